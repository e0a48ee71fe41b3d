/**
 * src/resolve/aliases.ts: endpoints carry the other names their actor goes by in the document.
 * Sentences written for the rule, not taken from any benchmark.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../extract/_triples.ts';
import { isAlias, withDocumentAliases } from '../../src/resolve/aliases.ts';
import type { Actor, Triple } from '../../src/types.ts';

test('aliases: a pronoun endpoint carries the full name seen earlier in the document', () => {
  const ts = run('U.N. Secretary-General Kofi Annan met Iraqi officials in Baghdad. He warned Iraq on Monday.');
  const warn = ts.find((t) => t.relation.lemma === 'warn');
  assert.ok(warn, ts.map((t) => t.relation.label).join(' | '));
  assert.equal(warn.subject.mention, 'He');
  assert.deepEqual(warn.subject.aliases, ['U.N. Secretary-General Kofi Annan']);
});

test('aliases: a mention shared by two actors ("the two countries") is an alias of neither', () => {
  const ts = run('Russia and Belarus signed a treaty. The two countries will hold talks with China.');
  assert.ok(ts.some((t) => t.subject.mention === 'The two countries'), 'the pair is an endpoint mention');
  for (const t of ts) for (const a of [t.subject, t.object]) assert.ok(!(a.aliases ?? []).includes('The two countries'), `${a.name}: ${a.aliases}`);
});

const CASES: Array<[mention: string | undefined, name: string, want: boolean]> = [
  ['the Russian Federation', 'Russia', true],
  ['Russia', 'Russia', false],
  ['it', 'Russia', false],
  ['They', 'NATO', false],
  [undefined, 'NATO', false],
  ['the Republic of Belarus', 'Belarus', true],
  ['U.N.', 'United Nations', true],
  ['The Moscow policy', 'Russia', false],
  ['the alliance', 'NATO', false],
  ['We', 'Russia', false],
  ['the two countries', 'Russia', false],
  ['Our Country', 'Russia', false],
  ['These Nations', 'NATO', false],
  ['a Russian Delegation', 'Russia', false],
  ['Both Sides', 'Russia', false],
  ['officials', 'Russia', false],
  ['the Kremlin', 'Russia', true],
  ['The Hague', 'Netherlands', true],
  ['Moscow', 'Russia', true],
  ['A', 'Alpha Company', true],
];
for (const [mention, name, want] of CASES) {
  test(`aliases: isAlias(${JSON.stringify(mention)}, ${name}) is ${want}`, () => assert.equal(isAlias(mention, { name }), want));
}

test('aliases: concepts get none, and the input triples are not changed', () => {
  const actor = (id: string, name: string, mention: string, type: Actor['type'] = 'country'): Actor => ({ id, name, type, mention });
  const t = (s: Actor, o: Actor): Triple => ({ id: s.mention + o.mention, subject: s, object: o, rule: 'x', confidence: 1,
    relation: { label: 'meet', lemma: 'meet', type: 'MEET', negated: false, modality: 'asserted', tense: 'past' },
    evidence: { doc: 'd', sentence: 0, text: '', start: 0, end: 0 } });
  const input = [t(actor('RUS', 'Russia', 'Moscow'), actor('c:talks', 'talks', 'the talks', 'other')), t(actor('RUS', 'Russia', 'the Kremlin'), actor('BLR', 'Belarus', 'Minsk'))];
  const out = withDocumentAliases(input);
  assert.deepEqual(out[0].subject.aliases, ['Moscow', 'the Kremlin']);
  assert.equal(out[0].object.aliases, undefined);
  assert.deepEqual(out[1].object.aliases, ['Minsk']);
  assert.equal(input[0].subject.aliases, undefined);
});
