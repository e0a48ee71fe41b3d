/**
 * The read-only path against the real Neo4j: what a READ session alone let through (LOAD CSV of a
 * host file, TERMINATE TRANSACTIONS on a running load, server administration) is refused from the
 * plan with a typed error, and the local server itself refuses file URLs and outbound LOAD CSV.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { closeStore, type Store } from '../../src/store/connection.js';
import { loadInputs } from '../../src/store/load.js';
import { runQuery } from '../../src/store/read.js';
import { QueryRefusedError, StoreError } from '../../src/errors.js';
import { FIXTURES, clearGraph, openTestStore } from './_helpers.js';

let store: Store, dir = '', csv = '', http: Server, hits = 0, url = '';
before(async () => {
  store = await openTestStore();
  await clearGraph(store);
  await loadInputs(store, [`${FIXTURES}/triples-a.jsonl`]);
  dir = await mkdtemp(join(tmpdir(), 'actorgraph-ro-'));
  csv = join(dir, 'secret.csv');
  await writeFile(csv, 'user,password\nalice,hunter2\n');
  http = createServer((_q, r) => { hits++; r.end('a\n1\n'); });
  await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
  url = `http://127.0.0.1:${(http.address() as { port: number }).port}/x.csv`;
});
after(async () => {
  await closeStore(store);
  await new Promise((ok) => http.close(ok));
  await rm(dir, { recursive: true, force: true });
});

const refused = (reason: QueryRefusedError['reason']) => (e: unknown) => e instanceof QueryRefusedError && e.reason === reason;

test('a plain MATCH still runs on the read-only path', async () => {
  const r = await runQuery(store, 'MATCH (a:Actor {id: $id}) RETURN a.name AS name', { id: 'RUS' });
  assert.deepEqual(r.rows, [{ name: 'Russia' }]);
  const labels = await runQuery(store, 'CALL db.labels() YIELD label RETURN label ORDER BY label');
  assert.ok(labels.rows.some((x) => x.label === 'Actor'));
});

test('LOAD CSV of a file on the host is refused before it runs, and says why', async () => {
  await assert.rejects(runQuery(store, `LOAD CSV FROM $u AS row RETURN row`, { u: `file://${csv}` }), refused('load-csv'));
  await assert.rejects(runQuery(store, `MATCH (a:Actor) CALL { LOAD CSV FROM 'file://${csv}' AS row RETURN row } RETURN row LIMIT 1`), /LOAD CSV is refused/);
  await assert.rejects(runQuery(store, `load csv from '${url}' as row return row`), refused('load-csv'));
  assert.equal(hits, 0, 'the server never fetched the URL');
});

test('the local server itself refuses file URLs and outbound fetches, even to a writer', async () => {
  await assert.rejects(runQuery(store, `LOAD CSV FROM 'file://${csv}' AS row RETURN row`, {}, { write: true }), /allow_csv_import_from_file_urls/);
  await assert.rejects(runQuery(store, `LOAD CSV FROM '${url}' AS row RETURN row`, {}, { write: true }), /blocked/);
  assert.equal(hits, 0);
});

test('TERMINATE TRANSACTIONS is refused and the transaction it named keeps running', async () => {
  const victim = store.driver.session({ database: store.database });
  const tx = await victim.beginTransaction();
  try {
    await tx.run("MERGE (s:Scratch {id: 'victim'})");
    const ids = await store.driver.executeQuery('SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN transactionId', {}, { database: store.database });
    const txIds = ids.records.map((r) => String(r.get('transactionId')));
    await assert.rejects(runQuery(store, 'TERMINATE TRANSACTIONS $ids', { ids: txIds }), refused('administration'));
    await tx.run('RETURN 1'); // still alive: a terminated transaction would throw here
  } finally {
    await tx.rollback();
    await victim.close();
  }
});

test('server and transaction administration and writing procedures are refused', async () => {
  const table: Array<[string, QueryRefusedError['reason']]> = [
    ['SHOW TRANSACTIONS', 'administration'],
    ['SHOW SETTINGS', 'administration'],
    ['CALL db.clearQueryCaches()', 'procedure'],
    ['CALL dbms.listConnections()', 'procedure'],
    ["CALL dbms.killConnections(['bolt-1'])", 'procedure'],
    ["CALL db.createLabel('Scratch')", 'write'],
    ["CREATE (:Scratch {id: 'x'})", 'write'],
  ];
  for (const [q, reason] of table) await assert.rejects(runQuery(store, q), refused(reason), q);
});

test('a row cap keeps the first rows and says so; a timeout stops a long query', async () => {
  const t0 = Date.now();
  const r = await runQuery(store, 'UNWIND range(1, 100000000) AS x RETURN x', {}, { maxRows: 100 });
  assert.equal(r.rows.length, 100);
  assert.equal(r.truncated, true);
  assert.ok(Date.now() - t0 < 20_000, 'the rest was not computed');
  await assert.rejects(runQuery(store, 'UNWIND range(1, 4000000000) AS x WITH x WHERE x < 0 RETURN count(*)', {}, { timeoutMs: 500 }),
    (e: unknown) => e instanceof StoreError && /time limit/.test(e.message));
});

test('an aborted query is terminated on the server', async () => {
  const gone = new AbortController();
  const q = runQuery(store, 'UNWIND range(1, 4000000000) AS x WITH x WHERE x < -1 RETURN count(*) AS n', {}, { signal: gone.signal });
  await new Promise((r) => setTimeout(r, 500));
  gone.abort();
  await assert.rejects(q, /was cancelled/);
  const left = await store.driver.executeQuery("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH 'UNWIND range(1, 4000000000)' RETURN count(*) AS n",
    {}, { database: store.database });
  assert.equal(neo4j.integer.toNumber(left.records[0].get('n')), 0);
});
