/**
 * The facts a reader takes from the seed article (data/seed/belousov-union-state.txt), asserted on
 * actorgraph's own output: canonical actors, relation lemmas, qualifiers, and no pronoun endpoints.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractTriples } from '../../src/extract/index.ts';
import type { Triple } from '../../src/types.ts';

const text = readFileSync(new URL('../../data/seed/belousov-union-state.txt', import.meta.url), 'utf8');
const triples = extractTriples({ id: 'seed', text });

const has = (f: (t: Triple) => boolean) => triples.some(f);
const ends = (t: Triple, s: string, o: string) => t.subject.id === s && t.object.id === o;

const FACTS: Array<[string, (t: Triple) => boolean]> = [
  ['Russia and Belarus cooperate (either direction)', (t) => (ends(t, 'RUS', 'BLR') || ends(t, 'BLR', 'RUS')) && t.relation.lemma === 'cooperate'],
  ['NATO conducts exercises', (t) => t.subject.id === 'NATO' && t.relation.lemma === 'conduct' && /exercises/.test(t.object.name)],
  ['Russia will conduct joint strategic exercises', (t) => t.subject.id === 'RUS' && t.relation.lemma === 'conduct' && t.relation.tense === 'future' && /exercises/.test(t.object.name)],
  ['Belarus will conduct joint strategic exercises', (t) => t.subject.id === 'BLR' && t.relation.lemma === 'conduct' && t.relation.tense === 'future'],
  ['Belousov is the defence minister of Russia', (t) => t.subject.name === 'Andrei Belousov' && t.subject.type === 'person' && t.relation.type === 'MINISTER_OF' && t.object.id === 'RUS'],
  ['Belarus is a participant in the Union State', (t) => ends(t, 'BLR', 'UNION_STATE') && t.relation.label === 'participant in'],
  ['Russia may use nuclear weapons', (t) => t.subject.id === 'RUS' && t.relation.lemma === 'use' && t.relation.modality === 'possible' && t.object.name === 'nuclear weapons'],
  ['… in response to aggression against Belarus', (t) => t.subject.id === 'RUS' && t.relation.lemma === 'use' && (t.spans?.args ?? []).some((a) => /response to aggression against Belarus/.test(a))],
  ['Belarus prepares an agreement', (t) => t.subject.id === 'BLR' && t.relation.lemma === 'prepare' && t.object.name === 'agreement'],
  ['Russia prepares an agreement', (t) => t.subject.id === 'RUS' && t.relation.lemma === 'prepare' && t.object.name === 'agreement'],
  ['an agreement between Belarus and Russia', (t) => ends(t, 'BLR', 'RUS') && t.relation.category === 'AGREE'],
  ['Western countries are involved in the conflict in Ukraine', (t) => t.subject.id === 'WEST' && t.relation.lemma === 'involve' && /Ukraine/.test(t.object.name)],
];

for (const [fact, f] of FACTS) {
  test(`seed: ${fact}`, () => assert.ok(has(f), `no triple for "${fact}"`));
}

test('seed: Moscow, the Russian Federation and Russia are one actor RUS', () => {
  const mentions = new Set(triples.filter((t) => t.subject.id === 'RUS').map((t) => t.subject.mention));
  assert.ok([...mentions].some((m) => /Moscow/.test(m)), `mentions: ${[...mentions]}`);
  assert.ok([...mentions].some((m) => /Russian Federation/.test(m)));
  assert.ok([...mentions].some((m) => m === 'Russia'));
});

test('seed: "Belousov" alone is the same person as "Andrei Belousov"', () => {
  const ids = new Set(triples.flatMap((t) => [t.subject, t.object, t.attribution].filter((a) => a && /Belousov/.test(a.name)).map((a) => a!.id)));
  assert.deepEqual([...ids], ['andrei-belousov']);
  assert.ok(triples.some((t) => t.attribution?.id === 'andrei-belousov' && t.attribution.country === 'RUS'), 'reported speech attributed to Belousov (RUS)');
});

test('seed: no endpoint is a pronoun', () => {
  const PRONOUN = /^(he|she|it|they|we|him|her|them|us|his|its|their|our|this|that|which|who)$/i;
  for (const t of triples) {
    assert.ok(!PRONOUN.test(t.subject.name) && !PRONOUN.test(t.object.name), `pronoun endpoint in ${t.subject.name} -${t.relation.label}-> ${t.object.name}`);
  }
});

test('seed: every triple cites its sentence, offsets and rule; ids are stable and unique', () => {
  const again = extractTriples({ id: 'seed', text });
  assert.deepEqual(again.map((t) => t.id), triples.map((t) => t.id));
  assert.equal(new Set(triples.map((t) => t.id)).size, triples.length);
  for (const t of triples) {
    assert.equal(text.slice(t.evidence.start, t.evidence.end), t.evidence.text);
    assert.ok(t.rule && t.confidence > 0 && t.confidence <= 1);
    assert.match(t.relation.type, /^[A-Z][A-Z0-9_]{0,63}$/);
  }
});
