/**
 * serve's POST /api/cypher over real HTTP against the real Neo4j: refused queries get 403 and a
 * typed message, the row cap says "first N rows", deep parameters are refused at once, and a
 * client that goes away has its query terminated on the server.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request, type Server } from 'node:http';
import neo4j from 'neo4j-driver';
import { resolveSettings, neo4jFromEnv } from '../../src/settings.js';
import { closeStore, openStore, type Store } from '../../src/store/connection.js';
import { createApiServer, listen } from '../../src/server/http.js';
import { loadInputs } from '../../src/store/load.js';
import { FIXTURES, clearGraph } from '../store/_helpers.js';

const settings = resolveSettings({ neo4j: neo4jFromEnv(), console: { maxRows: 50, timeoutMs: 20_000 } });
let store: Store, server: Server, base = '';
before(async () => {
  store = await openStore(settings.neo4j);
  await clearGraph(store);
  await loadInputs(store, [`${FIXTURES}/triples-a.jsonl`]);
  server = createApiServer({ store, settings, port: 0 });
  base = await listen(server, 0);
});
after(async () => {
  await new Promise((r) => server.close(r));
  await closeStore(store);
});

/** `params` may be JSON text already (a value too deep for JSON.stringify's stack). */
const cypher = async (query: string, params: unknown = {}) => {
  const body = `{"query": ${JSON.stringify(query)}, "params": ${typeof params === 'string' ? params : JSON.stringify(params)}}`;
  const res = await fetch(`${base}api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, body: await res.json() as Record<string, any> };
};

const running = async (prefix: string) => {
  const r = await store.driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH $p RETURN count(*) AS n', { p: prefix }, { database: store.database });
  return neo4j.integer.toNumber(r.records[0].get('n'));
};

test('a reading query answers 200 with its rows', async () => {
  const r = await cypher('MATCH (a:Actor {id: $id}) RETURN a.name AS name', { id: 'BLR' });
  assert.equal(r.status, 200);
  assert.deepEqual(r.body.rows, [{ name: 'Belarus' }]);
  assert.equal(r.body.truncated, undefined);
});

test('LOAD CSV, TERMINATE TRANSACTIONS and administration procedures are refused with 403', async () => {
  for (const [q, code] of [
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 3", 'load-csv'],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'administration'],
    ['CALL db.clearQueryCaches()', 'procedure'],
    ['CALL dbms.listConnections()', 'procedure'],
  ]) {
    const r = await cypher(q);
    assert.equal(r.status, 403, q);
    assert.equal(r.body.error.code, `actorgraph.QueryRefused.${code}`, q);
    assert.doesNotMatch(JSON.stringify(r.body), /root:|\n\s+at /, 'no file content, no stack');
  }
});

test('a result over the cap is cut and says "first N rows"', async () => {
  const r = await cypher('UNWIND range(1, 50000000) AS x RETURN x');
  assert.equal(r.status, 200);
  assert.equal(r.body.rows.length, 50);
  assert.equal(r.body.truncated, true);
  assert.match(r.body.note, /^first 50 rows/);
});

test('a 5,000-deep parameter is refused at once', async () => {
  const t0 = Date.now();
  const r = await cypher('RETURN $p AS p', `{"p": ${'['.repeat(5000)}1${']'.repeat(5000)}}`);
  assert.equal(r.status, 403);
  assert.match(r.body.error.message, /nests deeper than 32/);
  assert.ok(Date.now() - t0 < 5000);
});

test('a client that goes away has its query terminated on the server', async () => {
  const query = 'UNWIND range(1, 4000000000) AS x WITH x WHERE x < -7 RETURN count(*) AS n';
  const req = request(`${base}api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' } });
  req.on('error', () => undefined);
  req.end(JSON.stringify({ query }));
  const until = Date.now() + 10_000;
  while (await running('UNWIND range(1, 4000000000)') === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  assert.equal(await running('UNWIND range(1, 4000000000)'), 1, 'the query started');
  req.destroy();
  const gone = Date.now() + 5_000;
  while (await running('UNWIND range(1, 4000000000)') > 0 && Date.now() < gone) await new Promise((r) => setTimeout(r, 100));
  assert.equal(await running('UNWIND range(1, 4000000000)'), 0, 'terminated within 5 s of the client leaving');
});
