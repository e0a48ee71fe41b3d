/** `actorgraph query` end to end: the real CLI against the real Neo4j. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeStore, type Store } from '../../src/store/connection.js';
import { loadInputs } from '../../src/store/load.js';
import { FIXTURES, clearGraph, openTestStore, scalar } from '../store/_helpers.js';
import { runCli } from './_cli.js';

let store: Store;
before(async () => {
  store = await openTestStore();
  await clearGraph(store);
  await loadInputs(store, [`${FIXTURES}/triples-a.jsonl`, `${FIXTURES}/triples-b.jsonl`]);
});
after(async () => { await closeStore(store); });

test('it should print a table for the README example query', async () => {
  const r = await runCli(['query', 'MATCH (a:Actor {id: $id})-[r]->(b) RETURN type(r), b.name', '--param', 'id=RUS']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^type\(r\)\s+\| b\.name$/m);
  assert.match(r.stdout, /^COOPERATE_WITH \| Belarus$/m);
  assert.match(r.stdout, /\(1 row\)/);
});

test('it should print JSON with numbers, parsing --param n as an integer for LIMIT', async () => {
  const r = await runCli(['query', 'MATCH (a:Actor)-[r]->() RETURN a.id AS id, count(r) AS out ORDER BY out DESC, id LIMIT $n', '--param', 'n=2', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const rows = JSON.parse(r.stdout);
  assert.equal(rows.length, 2);
  assert.deepEqual(rows[0], { id: 'NATO', out: 3 });
});

test('it should print CSV', async () => {
  const r = await runCli(['query', "MATCH (a:Actor) WHERE a.id IN ['RUS', 'BLR'] RETURN a.id AS id, a.name AS name ORDER BY id", '--format', 'csv']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'id,name\r\nBLR,Belarus\r\nRUS,Russia\r\n');
});

test('it should refuse a write without --write, say to add it, and exit non-zero', async () => {
  const r = await runCli(['query', "CREATE (:Scratch {id: 'x'})"]);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /add --write/);
  assert.equal(r.stderr.trim().split('\n')[0].startsWith('actorgraph/store:'), true);
  assert.equal(await scalar(store, 'MATCH (n:Scratch) RETURN count(n)'), 0);
});

test('it should run a write with --write', async () => {
  const r = await runCli(['query', "CREATE (s:Scratch {id: 'x'}) RETURN s.id AS id", '--write', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), [{ id: 'x' }]);
  assert.equal(await scalar(store, 'MATCH (n:Scratch) RETURN count(n)'), 1);
  await runCli(['query', 'MATCH (n:Scratch) DELETE n', '--write']);
  assert.equal(await scalar(store, 'MATCH (n:Scratch) RETURN count(n)'), 0);
});

test("it should show Neo4j's syntax error message and position", async () => {
  const r = await runCli(['query', 'MATCH (n) RETRN n']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /Cypher syntax error: Invalid input 'RETRN'/);
  assert.match(r.stderr, /line 1, column 11/);
});

test('it should explain a wrong password and a wrong database, exit 1 each', async () => {
  const pw = await runCli(['query', 'RETURN 1', '--password', 'wrong-password']);
  assert.equal(pw.code, 1);
  assert.match(pw.stderr, /refused the user "neo4j"/);
  const db = await runCli(['query', 'RETURN 1'], { NEO4J_DATABASE: 'nosuchdb' });
  assert.equal(db.code, 1);
  assert.match(db.stderr, /database "nosuchdb" does not exist/);
});

test('it should refuse LOAD CSV of a host file without --write, print no file content, and exit 1', async () => {
  const r = await runCli(['query', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 3"]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^actorgraph\/store: LOAD CSV is refused on the read-only path/);
  assert.doesNotMatch(r.stdout + r.stderr, /root:/);
});

test('it should refuse TERMINATE TRANSACTIONS without --write', async () => {
  const r = await runCli(['query', 'TERMINATE TRANSACTIONS $ids', '--param', 'ids=["neo4j-transaction-1"]']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /administers the server or its transactions \(TerminateTransactions\)/);
});

test('Ctrl+C should end a running read query on the server too', async () => {
  const { spawn } = await import('node:child_process');
  const prefix = 'UNWIND range(1, 4000000000) AS x WITH x WHERE x < -3';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'query', `${prefix} RETURN count(*) AS n`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const running = async () => scalar(store, 'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH $p RETURN count(*)', { p: prefix });
  const until = Date.now() + 20_000;
  while (await running() === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
  assert.equal(await running(), 1, 'the query started');
  child.kill('SIGINT');
  const code = await new Promise<number | null>((r) => child.on('close', r));
  assert.equal(code, 1);
  assert.match(stderr, /cancelled/);
  assert.equal(await running(), 0);
});

// ── The console's bounds in the CLI too (issue 11) ──────────────────────────

test('it should print only the first --max-rows rows (10,000 by default) and say so on stderr', async () => {
  const capped = await runCli(['query', 'UNWIND range(1, 12000) AS x RETURN x', '--format', 'json']);
  assert.equal(capped.code, 0, capped.stderr);
  assert.equal(JSON.parse(capped.stdout).length, 10_000, 'the default cap is the console\'s');
  assert.match(capped.stderr, /first 10000 rows: the query returned more/);
  const small = await runCli(['query', 'UNWIND range(1, 12000) AS x RETURN x', '--format', 'json', '--max-rows', '5']);
  assert.deepEqual(JSON.parse(small.stdout), [1, 2, 3, 4, 5].map((x) => ({ x })));
  assert.match(small.stderr, /first 5 rows/);
  const all = await runCli(['query', 'UNWIND range(1, 12000) AS x RETURN x', '--format', 'csv', '--max-rows', '0']);
  assert.equal(all.stdout.trim().split('\r\n').length, 12_001);
  assert.doesNotMatch(all.stderr, /first/);
  const exact = await runCli(['query', 'UNWIND range(1, 5) AS x RETURN x', '--max-rows', '5']);
  assert.doesNotMatch(exact.stderr, /first/, 'a result of exactly the cap is whole');
});

test('it should stop a query past --timeout with a clear message, for reads and writes', async () => {
  const slow = 'UNWIND range(1, 4000000000) AS x WITH x WHERE x < -3 RETURN count(*) AS n';
  const r = await runCli(['query', slow, '--timeout', '1']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /ran past its time limit and Neo4j stopped it/);
  assert.match(r.stderr, /--timeout SECONDS/);
  const w = await runCli(['query', `CREATE (s:Scratch {id: 'slow'}) WITH s ${slow}`, '--write', '--timeout', '1']);
  assert.equal(w.code, 1, w.stderr);
  assert.match(w.stderr, /time limit/);
  assert.equal(await scalar(store, "MATCH (n:Scratch {id: 'slow'}) RETURN count(n)"), 0, 'the stopped write left nothing');
});

test('it should refuse bad --timeout and --max-rows values as usage errors', async () => {
  for (const args of [['--timeout', '-1'], ['--max-rows', '2.5']]) {
    const r = await runCli(['query', 'RETURN 1', ...args]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
  }
});

test('the local server should stop a query past its transaction memory with a clear error, and keep serving', async () => {
  // (db.memory.transaction.max: a quarter of the heap unless NEO4J_TX_MEMORY says otherwise; scripts/neo4j/Launcher.java)
  const r = await runCli(['query', 'UNWIND range(1, 400000000) AS x WITH collect(x) AS xs RETURN size(xs) AS n', '--timeout', '0']);
  assert.equal(r.code, 1, r.stdout);
  assert.match(r.stderr, /Neo4j ran out of the memory it allows one transaction or query/);
  assert.match(r.stderr, /NEO4J_TX_MEMORY/);
  const after = await runCli(['query', 'RETURN 1 AS one', '--format', 'json']);
  assert.deepEqual(JSON.parse(after.stdout), [{ one: 1 }], 'the server is still up');
});
