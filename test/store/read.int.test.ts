/** store/read runQuery against the real Neo4j: shapes, integers, read-only by default. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeStore, type Store } from '../../src/store/connection.js';
import { loadInputs } from '../../src/store/load.js';
import { runQuery } from '../../src/store/read.js';
import { QueryRefusedError, StoreError } from '../../src/errors.js';
import { FIXTURES, clearGraph, openTestStore, scalar } from './_helpers.js';

let store: Store;
before(async () => {
  store = await openTestStore();
  await clearGraph(store);
  await loadInputs(store, [`${FIXTURES}/triples-a.jsonl`, `${FIXTURES}/triples-b.jsonl`]);
});
after(async () => { await closeStore(store); });

test('it should return columns in order and integers as numbers', async () => {
  const r = await runQuery(store, 'MATCH (a:Actor {id: $id})-[r]->(b) RETURN type(r) AS rel, b.id AS other, r.count AS n ORDER BY rel', { id: 'RUS' });
  assert.deepEqual(r.columns, ['rel', 'other', 'n']);
  assert.deepEqual(r.rows, [{ rel: 'COOPERATE_WITH', other: 'BLR', n: 3 }]);
  assert.equal(typeof r.rows[0].n, 'number');
});

test('it should return columns even when there are no rows', async () => {
  const r = await runQuery(store, 'MATCH (a:Actor {id: "nobody"}) RETURN a.name AS name');
  assert.deepEqual(r, { columns: ['name'], rows: [] });
});

test('it should turn nodes, relationships and paths into plain objects with elementIds', async () => {
  const r = await runQuery(store, `MATCH p = (a:Actor {id: 'NATO'})-[r:WARN]->(b:Actor) RETURN a, r, b, p`);
  const { a, r: rel, b, p } = r.rows[0] as Record<string, any>;
  assert.equal(a.kind, 'node');
  assert.deepEqual(a.labels, ['Actor']);
  assert.equal(a.properties.id, 'NATO');
  assert.equal(typeof a.id, 'string');
  assert.equal(rel.kind, 'relationship');
  assert.equal(rel.type, 'WARN');
  assert.equal(rel.start, a.id);
  assert.equal(rel.end, b.id);
  assert.equal(rel.properties.count, 1);
  assert.equal(p.kind, 'path');
  assert.deepEqual(p.nodes.map((n: any) => n.properties.id), ['NATO', 'RUS']);
  assert.deepEqual(p.relationships.map((x: any) => x.id), [rel.id]);
});

test('it should refuse a write in the default read mode from its plan, with a hint to add --write', async () => {
  await assert.rejects(runQuery(store, 'CREATE (:Scratch {id: 1})'), (err: unknown) =>
    err instanceof QueryRefusedError && /add --write/.test(err.message) && err.reason === 'write');
  assert.equal(await scalar(store, 'MATCH (n:Scratch) RETURN count(n)'), 0);
});

test('it should run a write with {write: true}', async () => {
  const r = await runQuery(store, 'CREATE (s:Scratch {id: $id}) RETURN s.id AS id', { id: 7 }, { write: true });
  assert.deepEqual(r.rows, [{ id: 7 }]);
  assert.equal(await scalar(store, 'MATCH (n:Scratch) RETURN count(n)'), 1);
  await runQuery(store, 'MATCH (n:Scratch) DELETE n', {}, { write: true });
});

test("it should show Neo4j's syntax error with its position", async () => {
  await assert.rejects(runQuery(store, 'MATCH (n) RETRN n'), (err: unknown) =>
    err instanceof StoreError && /syntax error/i.test(err.message) && /line 1, column 11/.test(err.message) && /RETRN/.test(err.message));
});

test('it should say which parameter is missing', async () => {
  await assert.rejects(runQuery(store, 'RETURN $nope AS x'), /nope/);
});
