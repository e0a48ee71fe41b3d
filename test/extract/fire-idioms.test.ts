/**
 * "set fire to", "open fire on", "set … on fire" (src/extract/fire-idioms.ts, read by predicate.ts
 * and clauses.ts): the bare noun "fire" is part of the act, and the one it falls on is the object.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

const ROWS: Array<[why: string, text: string, want: string]> = [
  ['"set fire to" a thing, in capitals', 'LIMA, 3 MAY 90 (EFE) -- THE TERRORISTS SET FIRE TO THE OFFICES OF THE MINERS UNION.', 'per-terrorist -SET_FIRE_TO-> offices of miners union'],
  ['… to each of a list', 'LIMA, 3 MAY 90 (EFE) -- GUERRILLAS SET FIRE TO TWO BUSES AND A TRUCK.', 'per-guerrilla -SET_FIRE_TO-> truck'],
  ['… also where the parser joined the second to "fire"', 'SAN SALVADOR, 3 MAY 90 -- THE ARMY SAYS THAT THE REBELS SET FIRE TO A CAR AND ANOTHER TWO VEHICLES IN SANTA ANA.', 'slv-rebel -SET_FIRE_TO-> vehicles'],
  ['"opened fire on" people', 'Colombian soldiers opened fire on the marchers in Tarvo.', 'col-soldier -OPEN_FIRE_ON-> marchers'],
  ['"set … on fire": the object is what burned', 'LIMA, 3 MAY 90 (EFE) -- REBELS SET TWO BUSES ON FIRE.', 'per-rebel -SET_ON_FIRE-> buses'],
];

for (const [why, text, want] of ROWS) {
  test(`fire idioms: ${why} — "${text}" → ${want}`, () => { findTriple(run(text), want); });
}

test('fire idioms: the fire is never the object, and the act is one of force', () => {
  const ts = run('LIMA, 3 MAY 90 (EFE) -- THE TERRORISTS SET FIRE TO THE OFFICES OF THE MINERS UNION.');
  assert.ok(!ts.some((t) => t.object.name === 'fire'), ts.map(show).join(' | '));
  assert.equal(findTriple(ts, 'per-terrorist -SET_FIRE_TO-> offices of miners union').relation.category, 'FIGHT');
});

test('fire idioms: a fire with a determiner is a thing ("set the fire")', () => {
  const ts = run('The arsonist Tom Vale set the fire in the barn.');
  assert.ok(!ts.some((t) => /FIRE_IN|SET_FIRE/.test(t.relation.type) && t.object.name !== 'fire'), ts.map(show).join(' | '));
});
