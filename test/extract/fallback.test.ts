/**
 * The chunk-pattern fallback (src/extract/fallback.ts) answers only for verbs the tree left
 * without a clause, and says so: its clauses carry `fallback`, their triples `rule: "chunks:…"`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../src/extract/analyse.ts';
import { fallbackClauses } from '../../src/extract/fallback.ts';
import { resolveSettings } from '../../src/settings.ts';
import { run } from './_triples.ts';

const first = (text: string) => analyse({ id: 't', text }, resolveSettings()).an[0];

test('fallback: a verb the tree read gets no second clause from the chunk patterns', () => {
  const a = first('France signed a treaty with Germany.');
  const tree = a.clauses.filter((c) => !c.fallback);
  assert.ok(tree.some((c) => c.verb.lemma === 'sign' && c.subjects.length), 'the tree reads "signed"');
  assert.deepEqual(fallbackClauses(a.s.tokens, a.chs, a.mentions, tree, (i) => a.tree.rel(i) === 'amod' && a.tree.head(i) === i + 1), []);
});

test('fallback: with no tree clause the chunk patterns answer, marked as such', () => {
  const a = first('France signed a treaty with Germany.');
  const fb = fallbackClauses(a.s.tokens, a.chs, a.mentions, [], (i) => a.tree.rel(i) === 'amod' && a.tree.head(i) === i + 1);
  assert.ok(fb.length > 0 && fb.every((c) => c.fallback === true), JSON.stringify(fb.map((c) => c.rule)));
});

test('fallback: "chunks:" triples come only from sentences with fallback clauses', () => {
  for (const text of ['France signed a treaty with Germany.', 'Iran urged Iraq to release the prisoners.', 'Spain granted Morocco fishing rights.']) {
    const hasFallback = first(text).clauses.some((c) => c.fallback);
    const chunkRules = run(text).filter((t) => t.rule.startsWith('chunks:'));
    if (!hasFallback) assert.deepEqual(chunkRules.map((t) => t.rule), [], text);
  }
});

// [why, text, verb lemma, tense the chunk patterns give it]
const TENSES: Array<[why: string, text: string, lemma: string, tense: string]> = [
  ['a verb whose past is its base form, after a singular name, is past', 'Zentrix shut the plant in Leeds.', 'shut', 'past'],
  ['… after "he" too', 'He cut the budget of the army.', 'cut', 'past'],
  ['after a plural it stays present', 'The firms cut prices in Leeds.', 'cut', 'present'],
  ['a regular verb keeps its own tense', 'Zentrix closes the plant in Leeds.', 'close', 'present'],
];

for (const [why, text, lemma, tense] of TENSES) {
  test(`fallback: ${why}: "${text}" → ${tense}`, () => {
    const a = first(text);
    const c = fallbackClauses(a.s.tokens, a.chs, a.mentions, [], (i) => a.tree.rel(i) === 'amod' && a.tree.head(i) === i + 1).find((x) => x.verb.lemma === lemma);
    assert.ok(c, `a fallback clause for "${lemma}"`);
    assert.equal(c.verb.tense, tense);
  });
}

test('fallback: an infinitive the chunk patterns read after its main clause is aimed at, not done ("given 30 days to respond")', () => {
  const hit = run('Seven Peruvian companies have been given up to 30 days to respond to the complaint from Zentrix.').find((t) => t.rule === 'chunks:infinitive' && t.relation.lemma === 'respond');
  assert.ok(hit, 'a chunks:infinitive triple for "respond"');
  assert.equal(hit.relation.modality, 'intended');
});

test('fallback: a participle the tree reads as a noun\'s modifier starts no clause ("as part of its cost cutting measures")', () => {
  const ts = run('Zentrix added that as part of its cost cutting measures, it is postponing the delivery of 54 jets.');
  assert.ok(!ts.some((t) => t.relation.lemma === 'cut'), ts.map((t) => `${t.subject.id} -${t.relation.label}-> ${t.object.id} (${t.rule})`).join(' | '));
});

test('fallback: a surname\'s particle in a team list starts no clause ("CA del Vantor, D dal Ruiz")', () => {
  const ts = run('G Zentrix, S Perugini, CA del Vantor, D dal Ruiz, P Griffen, M Barbini, KP Robertson.');
  assert.ok(!ts.some((t) => /^(del|dal)$/.test(t.relation.lemma)), ts.map((t) => `${t.subject.id} -${t.relation.label}-> ${t.object.id} (${t.rule})`).join(' | '));
});

test('fallback: a word the tree reads as the next noun\'s modifier starts no clause, "-ing" or not ("beat Kelso to best male")', () => {
  const ts = run('Zorvan beat Kelso to best male.');
  assert.ok(!ts.some((t) => t.relation.lemma === 'best'), ts.map((t) => `${t.subject.id} -${t.relation.label}-> ${t.object.id} (${t.rule})`).join(' | '));
  assert.ok(ts.some((t) => t.relation.lemma === 'beat'), 'the tree\'s own clause stays');
});
