/** store/params (--param parsing), store/format (table/json/csv), store/values (Integer → number). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import neo4j from 'neo4j-driver';
import { parseParams } from '../../src/store/params.js';
import { formatResult, cell } from '../../src/store/format.js';
import { toPlain } from '../../src/store/values.js';
import { StoreError } from '../../src/errors.js';

test('it should parse integers as Neo4j integers, floats, booleans, null, JSON and keep the rest as text', () => {
  const p = parseParams(['id=RUS', 'n=5', 'x=2.5', 'ok=true', 'none=null', 'ids=["RUS","UKR"]', 'eq=a=b', 'neg=-3', 'code=007x']);
  assert.equal(p.id, 'RUS');
  assert.ok(neo4j.isInt(p.n) && (p.n as ReturnType<typeof neo4j.int>).toNumber() === 5);
  assert.equal(p.x, 2.5);
  assert.equal(p.ok, true);
  assert.equal(p.none, null);
  assert.deepEqual(p.ids, ['RUS', 'UKR']);
  assert.equal(p.eq, 'a=b');
  assert.equal((p.neg as ReturnType<typeof neo4j.int>).toNumber(), -3);
  assert.equal(p.code, '007x');
});

test('it should refuse a --param without name=value', () => {
  assert.throws(() => parseParams(['RUS']), StoreError);
  assert.throws(() => parseParams(['=RUS']), /name=value/);
});

test('it should convert Integers to numbers, and unsafe ones to strings', () => {
  assert.equal(toPlain(neo4j.int(42)), 42);
  assert.equal(toPlain(neo4j.int('9007199254740993')), '9007199254740993');
  assert.deepEqual(toPlain({ a: [neo4j.int(1), 'x', null] }), { a: [1, 'x', null] });
});

const result = {
  columns: ['name', 'n', 'node'],
  rows: [
    { name: 'Russia, "RF"', n: 3, node: { kind: 'node', id: '4:x:1', labels: ['Actor'], properties: { id: 'RUS' } } },
    { name: 'Belarus', n: null, node: null },
  ],
};

test('it should print an aligned table with a row count', () => {
  const out = formatResult(result, 'table');
  const lines = out.trimEnd().split('\n');
  assert.match(lines[0], /^name\s+\| n \| node$/);
  assert.match(lines[2], /^Russia, "RF" \| 3 \| \(:Actor \{id: RUS\}\)$/);
  assert.equal(lines.at(-1), '(2 rows)');
});

test('it should quote CSV fields with commas and quotes (RFC 4180)', () => {
  const out = formatResult(result, 'csv');
  assert.equal(out.split('\r\n')[1], '"Russia, ""RF""",3,(:Actor {id: RUS})');
  assert.equal(out.split('\r\n')[2], 'Belarus,,');
});

test('it should print JSON rows that parse back', () => {
  assert.deepEqual(JSON.parse(formatResult(result, 'json')), result.rows);
});

test('it should render a path as nodes joined by relationships', () => {
  const n = (id: string) => ({ kind: 'node', id, labels: ['Actor'], properties: { id } });
  const path = { kind: 'path', nodes: [n('A'), n('B')], relationships: [{ kind: 'relationship', id: 'r', type: 'MEET', start: 'A', end: 'B', properties: {} }] };
  assert.equal(cell(path), '(:Actor {id: A})-[:MEET]->(:Actor {id: B})');
});
