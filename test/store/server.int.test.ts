/**
 * store/server and failure recovery against a SECOND local Neo4j (own port, own store in
 * data/neo4j/test-failure), so stopping and killing it never disturbs the other tests:
 * start is idempotent, a stopped server gives the "start it" message, and a server killed in the
 * middle of a load fails the load with a clear line; after a restart, the same load finishes
 * with no duplicates.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverStatus, startServer, stopServer } from '../../src/store/server.js';
import { closeStore, openStore } from '../../src/store/connection.js';
import { DEFAULT_SETTINGS } from '../../src/settings.js';
import { StoreError } from '../../src/errors.js';
import { runCli } from '../cli/_cli.js';
import { graphCounts, scalar } from './_helpers.js';
import { syntheticTriples, toJsonl } from './_synthetic.js';

const HOME = join('data', 'neo4j', 'test-failure');
const PASSWORD = 'actorgraph-failure';
let port = 0;
let uri = '';
const cfg = () => ({ ...DEFAULT_SETTINGS.neo4j, uri, password: PASSWORD });
const serverOpts = () => ({ port, home: HOME, password: PASSWORD, pageCacheMiB: 64, heap: '768m' });
const cliEnv = () => ({ NEO4J_URI: uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: PASSWORD, NEO4J_DATABASE: 'neo4j' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const p = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return p;
}

before(async () => {
  await stopServer({ home: HOME });
  rmSync(HOME, { recursive: true, force: true });
  // A user's neo4j.conf in the home folder is read at start (Launcher.java); checked below.
  mkdirSync(HOME, { recursive: true });
  writeFileSync(join(HOME, 'neo4j.conf'), '# user settings\ndb.lock.acquisition.timeout=42s\n');
  port = await freePort();
  uri = `bolt://127.0.0.1:${port}`;
  const s = await startServer(serverOpts());
  assert.equal(s.started, true);
});
after(async () => { await stopServer({ home: HOME }); });

test('it should leave a running server alone when started again', async () => {
  const first = serverStatus({ home: HOME });
  const again = await startServer(serverOpts());
  assert.equal(again.started, false);
  assert.equal(again.pid, first.pid);
  assert.equal(again.port, port);
});

test('it should apply the settings of a neo4j.conf in the home folder', async () => {
  const store = await openStore(cfg());
  try {
    const session = store.driver.session({ database: 'system' });
    try {
      const res = await session.run("SHOW SETTINGS YIELD name, value WHERE name = 'db.lock.acquisition.timeout' RETURN value");
      assert.match(String(res.records[0]?.get('value')), /^(42s|42000ms|PT42S)$/);
    } finally { await session.close(); }
  } finally { await closeStore(store); }
});

test('it should refuse to start a second server on a port already in use', async () => {
  await assert.rejects(startServer({ ...serverOpts(), home: join('data', 'neo4j', 'test-other') }),
    (err: unknown) => err instanceof StoreError && /port \d+ is already in use/.test(err.message));
  rmSync(join('data', 'neo4j', 'test-other'), { recursive: true, force: true });
});

test('it should say "start it" while stopped, and work again after a restart with the data kept', async () => {
  const store = await openStore(cfg());
  await store.driver.executeQuery("MERGE (:Actor {id: 'KEEP'})", {}, { database: 'neo4j' });
  await closeStore(store);

  const stopped = await stopServer({ home: HOME });
  assert.equal(stopped.stopped, true);
  assert.equal(serverStatus({ home: HOME }).running, false);
  await assert.rejects(openStore(cfg()), (err: unknown) =>
    err instanceof StoreError && /cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+: is it running\? Start it with `npm run neo4j:start`/.test(err.message));
  const cli = await runCli(['query', 'RETURN 1'], cliEnv());
  assert.equal(cli.code, 1);
  assert.equal(cli.stderr.split('\n')[0].includes('cannot reach Neo4j'), true);

  await startServer(serverOpts());
  const again = await openStore(cfg());
  assert.equal(await scalar(again, "MATCH (a:Actor {id: 'KEEP'}) RETURN count(a)"), 1);
  await closeStore(again);
});

test('it should fail a load whose server is killed midway, and finish it exactly after a restart', async () => {
  const N = 40_000;
  const triples = syntheticTriples(N, { seed: 'kill', prefix: 'k' });
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-kill-'));
  const file = join(dir, 'triples.jsonl');
  writeFileSync(file, toJsonl(triples));

  const load = runCli(['load', file, '--batch-size', '200', '--no-progress'], cliEnv());
  const watcher = await openStore(cfg());
  let seen = 0;
  for (let i = 0; i < 600 && seen === 0; i++) {
    await sleep(50);
    seen = await scalar(watcher, 'MATCH (e:Evidence) RETURN count(e)').catch(() => 0);
  }
  await closeStore(watcher);
  assert.ok(seen > 0 && seen < N, `load should be midway, saw ${seen} evidence`);
  await stopServer({ home: HOME, signal: 'SIGKILL' });

  const failed = await load;
  assert.equal(failed.code, 1);
  const line = failed.stderr.split('\n')[0];
  assert.match(line, /actorgraph\/store: (lost the connection to Neo4j|cannot reach Neo4j) at bolt:\/\/127\.0\.0\.1:\d+/);
  assert.match(line, /npm run neo4j:start/);

  await startServer(serverOpts());
  const store = await openStore(cfg());
  const partial = await scalar(store, "MATCH (e:Evidence) WHERE e.id STARTS WITH 'k-' RETURN count(e)");
  assert.ok(partial < N, `the kill should have left the load unfinished (${partial} of ${N})`);

  const rerun = await runCli(['load', file, '--no-progress'], cliEnv());
  assert.equal(rerun.code, 0, rerun.stderr);
  const c = await graphCounts(store);
  const distinctEdges = new Set(triples.map((t) => `${t.subject.id}|${t.relation.type}|${t.object.id}`)).size;
  assert.equal(c.evidence, N + 0); // KEEP is an Actor, not evidence
  assert.equal(c.inLinks, N);
  assert.equal(c.edges, distinctEdges);
  assert.equal(c.edgeCountSum, N);
  assert.equal(c.edgeEvidenceSum, N);
  assert.equal(await scalar(store, 'MATCH ()-[r]->() WHERE type(r) <> "IN" AND r.count <> size(r.evidence) RETURN count(r)'), 0);
  await closeStore(store);
  rmSync(dir, { recursive: true, force: true });
});
