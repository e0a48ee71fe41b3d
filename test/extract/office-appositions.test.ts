/**
 * officeAppositions (src/extract/office-appositions.ts), through the extractor: an office in
 * apposition to a named person is that person, so a later bare office finds the person.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, findTriple, show } from './_triples.ts';

// [why, text, triple that must come out, id that must not appear as an endpoint]
const CASES: Array<[string, string, string, string]> = [
  ['the office after the name, then the bare office', 'Mr Okafor, the mayor of Lagos, criticised the paper. The mayor accused Ade Bello of lying.', 'okafor -ACCUSE-> ade-bello', 'lagos-mayor'],
  ['the office with a nationality, then the bare office', 'Alan Garcia, the Peruvian president, met Chilean officials. The president thanked Bolivia.', 'alan-garcia -THANK-> BOL', 'per-president'],
  ['a description by nationality', 'Okafor, the first Nigerian woman to win the race, will now face Kenya.', 'okafor -FACE-> KEN', 'nga-woman'],
  ['a description the parser made the subject, the name hung loose before it', 'Kaur, the first Indian woman to win a chess title this year on home soil at Pune, will now face Pakistan.', 'kaur -FACE-> PAK', 'ind-woman'],
];
for (const [why, text, want, absent] of CASES) {
  test(`office-appositions: ${why}`, () => {
    const ts = run(text);
    findTriple(ts, want);
    assert.ok(!ts.some((t) => t.subject.id === absent || t.object.id === absent), ts.map(show).join(' | '));
  });
}

// [why, text, title triple (by show), its tense]: an office a copula predicates of a named person
const COPULAR: Array<[string, string, string, string]> = [
  ['"X is the president of Y"', 'Alan Vela is the president of Peru.', 'alan-vela -PRESIDENT_OF-> PER', 'present'],
  ['"X was president of Y": held no longer', 'Tom Vale was president of Peru.', 'tom-vale -PRESIDENT_OF-> PER', 'past'],
  ['"The president of Y is X"', 'The president of Peru is Alan Vela.', 'alan-vela -PRESIDENT_OF-> PER', 'present'],
];
for (const [why, text, want, tense] of COPULAR) {
  test(`office-appositions: a copula's office is its subject's: ${why}`, () => {
    const ts = run(text);
    assert.equal(findTriple(ts, want).relation.tense, tense);
    // (no unnamed holder beside the named one)
    assert.ok(!ts.some((t) => t.subject.id === 'per-president' || t.object.id === 'per-president'), ts.map(show).join(' | '));
  });
}

test('appositions: "a former chairman of X" is held no longer', () => {
  const t = findTriple(run('Tom Vale, a former chairman of Zentrix, died.'), 'tom-vale -FORMER_CHAIRMAN_OF-> zentrix');
  assert.equal(t.relation.tense, 'past');
});

// [why, text, triples that must come out]: offices joined by "and" share the body after the last
const JOINED: Array<[string, string, string[]]> = [
  ['a chairman and chief executive', 'Tom Vale, the chairman and chief executive of Zentrix, met Peru.', ['tom-vale -CHAIRMAN_OF-> zentrix', 'tom-vale -CHIEF_EXECUTIVE_OF-> zentrix']],
  ['a director and shareholder', 'Tom Vale, a director and shareholder of Zentrix, met Peru.', ['tom-vale -DIRECTOR_OF-> zentrix', 'tom-vale -SHAREHOLDER_OF-> zentrix']],
];
for (const [why, text, wants] of JOINED) {
  test(`appositions: offices joined by "and" are each held at the body: ${why}`, () => {
    const ts = run(text);
    for (const w of wants) findTriple(ts, w);
  });
}

test('appositions: "an executive at X" is an office there, and the executive\'s "we" is X', () => {
  const ts = run('Marc Vale, an executive at Xentra, said: "We will review the offer from Peru."');
  findTriple(ts, 'marc-vale -EXECUTIVE_AT-> xentra');
  findTriple(ts, 'xentra -REVIEW_OFFER_FROM-> PER');
});
