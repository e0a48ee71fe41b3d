/** The one home of name normalisation: keys, slugs, display forms, and the relation-type normaliser. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, slug, displayCase, stripDeterminer } from '../../src/resolve/names.ts';
import { relationType, isSafeRelationType } from '../../src/relation-type.ts';

const TABLE: Array<[string, (s: string) => string, string, string]> = [
  ['nameKey folds accents and curly quotes', nameKey, 'Médecins  Sans’Frontières', "medecins sans'frontieres"],
  // (plain ASCII takes a shorter path: the same key as the full folding)
  ['nameKey: plain ASCII, spaces collapsed', nameKey, '  Andrei \t Belousov ', 'andrei belousov'],
  ['nameKey: a backtick is folded even in ASCII', nameKey, 'O`Brien', "o'brien"],
  ['nameKey: a dash beyond ASCII is unified', nameKey, 'Guinea‑Bissau', 'guinea-bissau'],
  ['nameKey: dotted capital I beyond ASCII', nameKey, 'İstanbul', 'istanbul'],
  ['slug makes ids', slug, 'Andrei Belousov', 'andrei-belousov'],
  ['slug drops possessive', slug, "Russia's army", 'russia-army'],
  ['displayCase title-cases capitals', displayCase, 'ANDREI BELOUSOV', 'Andrei Belousov'],
  ['displayCase keeps mixed case', displayCase, 'McDonald', 'McDonald'],
  ['displayCase keeps a short acronym', displayCase, 'BBC', 'BBC'],
  ['stripDeterminer', stripDeterminer, 'the Russian Federation', 'Russian Federation'],
  ['stripDeterminer', stripDeterminer, 'Both Scotland', 'Scotland'],
  ['stripDeterminer', stripDeterminer, 'Neither Zentrix', 'Zentrix'],
  ['relationType: verb + preposition', relationType, 'cooperate with', 'COOPERATE_WITH'],
  ['relationType: punctuation and accents', relationType, 'coöperate—with!', 'COOPERATE_WITH'],
  ['relationType: leading digit', relationType, '2nd to', 'R_2ND_TO'],
  ['relationType: empty', relationType, '  ', 'RELATED_TO'],
  ['relationType: never a type the model reserves for itself', relationType, 'in', 'BE_IN'],
  ['relationType: injection attempt', relationType, 'x]->(n) DETACH DELETE n //', 'X_N_DETACH_DELETE_N'],
];
for (const [name, f, input, want] of TABLE) test(`names: ${name}`, () => assert.equal(f(input), want));

test('names: every relationType output passes the whitelist, even for 200 characters of noise', () => {
  const noise = 'é\u0000`;MATCH (n) '.repeat(20);
  for (const s of ['a', noise, 'cooperate with', '9']) assert.ok(isSafeRelationType(relationType(s)), s);
  assert.ok(!isSafeRelationType('A-B'));
  assert.ok(!isSafeRelationType('a_b'));
});
