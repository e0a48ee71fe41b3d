/** store/rows: triples → deduplicated write rows (no Neo4j needed). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toRows } from '../../src/store/rows.js';
import type { Triple } from '../../src/types.js';
import { FIXTURES } from './_helpers.js';

const triplesA: Triple[] = readFileSync(`${FIXTURES}/triples-a.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

test('it should merge repeated (subject, type, object) into one edge row with all evidence ids', () => {
  const rows = toRows(triplesA);
  const coop = rows.edges.find((g) => g.type === 'COOPERATE_WITH' && g.from === 'Actor' && g.to === 'Actor');
  assert.ok(coop);
  const rusBlr = coop.rows.find((r) => r.s === 'RUS' && r.o === 'BLR');
  assert.deepEqual(rusBlr?.evidence, ['t-a1', 't-a2']);
  assert.equal(coop.rows.length, 2); // RUS→BLR and UKR→RUS (negated)
});

test('it should put objects of type other into Concept rows and group their edges Actor→Concept', () => {
  const rows = toRows(triplesA);
  assert.deepEqual(rows.concepts, [{ id: 'exercises', name: 'exercises' }]);
  assert.ok(rows.edges.some((g) => g.type === 'CONDUCT' && g.to === 'Concept'));
  assert.ok(!rows.actors.some((a) => a.id === 'exercises'));
});

test('it should collect mentions and aliases other than the name, once each, names only', () => {
  const rows = toRows(triplesA);
  const nato = rows.actors.find((a) => a.id === 'NATO');
  // ("the alliance" names no one: a description, not an alias; resolve/aliases.ts)
  assert.deepEqual(nato?.aliases, ['NATO']);
  assert.deepEqual(rows.actors.find((a) => a.id === 'RUS')?.aliases, ['Moscow']);
});

// The seed article's mentions of Russia, as the extractor gives them: only names become aliases.
const MENTIONS: Array<[mention: string, alias: boolean]> = [
  ['We', false], ['The Moscow policy', false], ['the two countries', false], ['Russia', false],
  ['the Russian Federation', true], ['Russian Federation', true],
];
test('it should store only names as an actor\'s aliases, not pronouns or descriptions', () => {
  const ts = MENTIONS.map(([mention], i): Triple => ({ ...triplesA[0], id: `m${i}`, subject: { id: 'RUS', name: 'Russia', type: 'country', mention } }));
  const aliases = toRows(ts).actors.find((a) => a.id === 'RUS')?.aliases;
  assert.deepEqual(aliases, MENTIONS.filter(([, a]) => a).map(([m]) => m));
});

test('it should skip self-loops and unsafe relation types, and count them', () => {
  const bad: Triple = { ...triplesA[0], id: 'x1', relation: { ...triplesA[0].relation, type: 'X]->() DETACH DELETE n //' } };
  const loop: Triple = { ...triplesA[0], id: 'x2', object: triplesA[0].subject };
  const rows = toRows([bad, loop, triplesA[2]]);
  assert.deepEqual(rows.skipped, { unsafeType: 1, selfLoop: 1 });
  assert.equal(rows.triples, 1);
  assert.equal(rows.evidence.length, 1);
});

test('it should give each evidence row its sentence, ids and relation type, without undefined values', () => {
  const rows = toRows(triplesA);
  const ev = rows.evidence.find((e) => e.id === 't-a5');
  assert.equal(ev?.doc, 'doc-a');
  assert.equal(ev?.props.text, 'Belousov visited Minsk, said the ministry.');
  assert.equal(ev?.props.subject, 'andrei-belousov');
  assert.equal(ev?.props.relType, 'VISIT');
  assert.ok(Object.values(ev!.props).every((v) => v !== undefined && v !== null));
});

test('it should make Document rows for documents without triples too', () => {
  const rows = toRows([], new Map([['d0', { id: 'd0', text: 'Nothing happened.', title: 'Quiet day' }]]));
  assert.deepEqual(rows.documents, [{ id: 'd0', title: 'Quiet day', date: null, source: null, place: null, placeCountry: null }]);
});
