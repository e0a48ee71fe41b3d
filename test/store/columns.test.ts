/** store/columns: joined columns split back into exactly the values that were packed (no Neo4j needed). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packColumns, SEP, SEP2 } from '../../src/store/columns.js';

/** What the server does (cypher.ts UNPACK_COLUMNS, unpackList): Cypher's split() keeps empty pieces, as JS's does. */
const unpack = (c: unknown) => (typeof c === 'string' ? c.split(SEP) : c) as unknown[];
const unpackList = (x: unknown) => (typeof x === 'string' ? x.split(SEP2) : x);

test('it should join string columns and string-list columns, and keep every other column a list', () => {
  const cols = packColumns([['a', 1, ['x'], true], ['b', 2, ['y', 'z'], false]], 4);
  assert.deepEqual(cols, [`a${SEP}b`, [1, 2], `x${SEP}y${SEP2}z`, [true, false]]);
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
  assert.ok(Array.isArray(cols[2]), 'a null sends its column as a list');
  assert.ok(Array.isArray(cols[3]), 'a list item holding SEP2 sends its column as lists');
  assert.ok(Array.isArray(cols[4]), 'an empty list sends its column as lists');
  assert.equal(typeof cols[5], 'string');
  const back = rows.map((_, i) => cols.map((c, j) => (j === 3 || j === 4 ? unpackList(unpack(c)[i]) : unpack(c)[i])));
  assert.deepEqual(back, rows);
});

test('it should split a one-row column of one empty string into that one empty string', () => {
  assert.deepEqual(unpack(packColumns([['']], 1)[0]), ['']);
});
