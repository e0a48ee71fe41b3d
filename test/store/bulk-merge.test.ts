/**
 * store/bulk/merge and store/bulk/admin-csv, without a server: chunks merged by the loader's
 * Cypher rules (the int test checks the result against a real load), and the import-file fields.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BulkGraph } from '../../src/store/bulk/merge.js';
import { chunksOf } from '../../src/store/bulk/chunks.js';
import { field, line, ARRAY_DELIMITER } from '../../src/store/bulk/admin-csv.js';
import { toRows } from '../../src/store/rows.js';
import type { Actor, Triple } from '../../src/types.js';

const actor = (id: string, mention: string, extra: Partial<Actor> = {}): Actor => ({ id, name: id.toUpperCase(), type: 'country', mention, ...extra });
function triple(id: string, s: Actor, o: Actor, doc = 'd1', type = 'MEET'): Triple {
  return {
    id, subject: s, object: o, rule: 'r', confidence: 0.5,
    relation: { label: type.toLowerCase(), lemma: 'meet', type, negated: false, modality: 'asserted', tense: 'past' },
    evidence: { doc, sentence: 0, text: `text of ${id}`, start: 0, end: 1 },
  };
}

test('BulkGraph should merge chunks as the loader does: first name, aliases united and cut at 20, first known country', () => {
  const ev: string[] = [];
  const g = new BulkGraph((e) => ev.push(e.id));
  g.add(toRows([triple('t1', actor('x', 'Ex One'), actor('y', 'why'))]));
  g.add(toRows([triple('t2', { ...actor('x', 'Ex Two', { country: 'RUS' }), name: 'Other name' }, actor('y', 'why'))]));
  const many = Array.from({ length: 25 }, (_, i) => triple(`m${i}`, actor('x', `Alias ${i}`), actor('y', 'why')));
  g.add(toRows(many));
  const x = g.actors.get('x')!;
  assert.equal(x.name, 'X');
  assert.equal(x.country, 'RUS');
  assert.deepEqual(x.aliases.slice(0, 3), ['Ex One', 'Ex Two', 'Alias 0']);
  assert.equal(x.aliases.length, 20);
  assert.deepEqual(ev, ['t1', 't2', ...many.map((t) => t.id)]);
});

test('BulkGraph should write an evidence id once, and grow an edge only by ids it does not hold', () => {
  const ev: string[] = [];
  const g = new BulkGraph((e) => ev.push(e.id));
  const t1 = triple('t1', actor('x', 'x'), actor('y', 'y'));
  g.add(toRows([t1, triple('t2', actor('x', 'x'), actor('y', 'y'))]));
  g.add(toRows([t1, triple('t3', actor('x', 'x'), actor('y', 'y')), triple('t4', actor('x', 'x'), { ...actor('c', 'c'), type: 'other' })]));
  assert.deepEqual(ev, ['t1', 't2', 't3', 't4']);
  const edges = [...g.edges.values()];
  assert.deepEqual(edges.map((e) => [e.from, e.row.s, e.type, e.to, e.row.o, e.row.evidence]), [
    ['Actor', 'x', 'MEET', 'Actor', 'y', ['t1', 't2', 't3']],
    ['Actor', 'x', 'MEET', 'Concept', 'c', ['t4']],
  ]);
});

test('BulkGraph should keep the first known title, date and source of a document', () => {
  const g = new BulkGraph(() => undefined);
  const t = triple('t1', actor('x', 'x'), actor('y', 'y'));
  g.add(toRows([t]));
  g.add(toRows([], new Map([['d1', { id: 'd1', text: '', title: 'First', date: '2024-01-01' }]])));
  g.add(toRows([], new Map([['d1', { id: 'd1', text: '', title: 'Second', source: 'wire' }]])));
  assert.deepEqual(g.documents.get('d1'), { id: 'd1', title: 'First', date: '2024-01-01', source: 'wire', place: null, placeCountry: null });
});

test('chunksOf should cut where load cuts: at `size` triples or `size` documents', async () => {
  const t = triple('t', actor('x', 'x'), actor('y', 'y'));
  const items = [{ doc: { id: 'a', text: '' } }, { triple: t }, { triple: t }, { triple: t }, { doc: { id: 'b', text: '' } }, { doc: { id: 'c', text: '' } }];
  const sizes: number[][] = [];
  for await (const c of chunksOf(items, 2)) sizes.push([c.docs.size, c.triples.length]);
  assert.deepEqual(sizes, [[1, 2], [2, 1]]);
});

test('field should write what the importer reads back exactly', () => {
  const table: Array<[unknown, string]> = [
    ['plain', '"plain"'], ['', '""'], ['a "b", c\nd', '"a ""b"", c\nd"'], [null, ''], [undefined, ''],
    [3, '3'], [0.1, '0.1'], [-0, '-0.0'], [true, 'true'], [false, 'false'], [['a', 'b;c'], `"a${ARRAY_DELIMITER}b;c"`], [[], '""'],
  ];
  for (const [v, want] of table) assert.equal(field(v), want, JSON.stringify(v));
  assert.equal(line(['x', 1, null]), '"x",1,\n');
  assert.throws(() => field([`a${ARRAY_DELIMITER}b`]), /holds U\+001F/);
});
