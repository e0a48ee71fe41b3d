/** store/columns: joined columns split back into exactly the values that were packed (no Neo4j needed). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NUL, packColumns, SEP, SEP2 } from '../../src/store/columns.js';

/** What the server does (cypher.ts UNPACK_COLUMNS, unpackList): Cypher's split() keeps empty pieces, as JS's does. */
function unpack(c: unknown): unknown[] {
  if (typeof c === 'string') return c.split(SEP);
  if (c && typeof c === 'object' && !Array.isArray(c)) {
    const { n, b, z } = c as { n?: string; b?: string; z?: string };
    if (n !== undefined) return n.split(SEP).map(Number); // Cypher toFloat(): Java's parseDouble reads JS's String(x) back exactly
    if (b !== undefined) return b.split(SEP).map((x) => x === 'true');
    if (z !== undefined) return z.split(SEP).map((x) => (x === NUL ? null : x));
  }
  return c as unknown[];
}
const unpackList = (x: unknown) => (typeof x === 'string' ? x.split(SEP2) : x);

test('it should join string, string-list, number, boolean and nullable-string columns', () => {
  const cols = packColumns([['a', 1, ['x'], true, null], ['b', 2.5, ['y', 'z'], false, 'w']], 5);
  assert.deepEqual(cols, [`a${SEP}b`, { n: `1${SEP}2.5` }, `x${SEP}y${SEP2}z`, { b: `true${SEP}false` }, { z: `${NUL}${SEP}w` }]);
});

test('it should keep a column a list when its values mix types or cannot be joined exactly', () => {
  const cols = packColumns([[1, -0, NaN, 'a', NUL, 1], [true, 1, 2, 3, null, null]], 6);
  // booleans with a number, -0 (String() drops its sign), NaN, a number among strings, NUL beside a null, a number with null
  assert.deepEqual(cols.map(Array.isArray), [true, true, true, true, true, true]);
});

test('it should give back numbers, booleans and nulls exactly', () => {
  const rows = [[0.1, true, null, 3], [1e21, false, '', 0], [-2.5e-7, true, 'x', 17]];
  const cols = packColumns(rows, 4);
  assert.ok(cols.every((c) => !Array.isArray(c)), 'every column joined');
  assert.deepEqual(rows.map((_, i) => cols.map((c) => unpack(c)[i])), rows);
});

test('it should give back exactly the packed values, empty strings, nulls and separators included', () => {
  const rows = [
    ['', 'has\u001fsep', null, [''], ['a', 'b'], 'é日本😀'],
    ['x', 'plain', 'y', ['c'], [], ''],
    ['', 'z', 'w', ['d\u001ee'], ['f'], '\u001e'],
  ];
  const cols = packColumns(rows, 6);
  assert.equal(typeof cols[0], 'string', 'empty strings still join');
  assert.ok(Array.isArray(cols[1]), 'a value holding the separator sends its column as a list');
  assert.deepEqual(cols[2], { z: `${NUL}${SEP}y${SEP}w` }, 'strings with a null join, the null as NUL');
  assert.ok(Array.isArray(cols[3]), 'a list item holding SEP2 sends its column as lists');
  assert.ok(Array.isArray(cols[4]), 'an empty list sends its column as lists');
  assert.equal(typeof cols[5], 'string');
  const back = rows.map((_, i) => cols.map((c, j) => (j === 3 || j === 4 ? unpackList(unpack(c)[i]) : unpack(c)[i])));
  assert.deepEqual(back, rows);
});

test('it should split a one-row column of one empty string into that one empty string', () => {
  assert.deepEqual(unpack(packColumns([['']], 1)[0]), ['']);
});
