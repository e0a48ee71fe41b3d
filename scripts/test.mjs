#!/usr/bin/env node
// Runs every test/**/*.test.ts on Node's built-in runner through tsx.
//
//   node scripts/test.mjs          all tests; Neo4j integration tests (*.int.test.ts) included
//   node scripts/test.mjs --unit   only the unit tests, no Neo4j started
//
// When NEO4J_URI is not set and integration tests are to run, this script starts its OWN local
// Neo4j (scripts/neo4j, jars fetched with Maven if missing) on port 7688 (or a free one) with its
// own store in data/neo4j/test, wiped first, so a user's data/neo4j/dev is never touched; it
// exports NEO4J_URI/USERNAME/PASSWORD to the tests and stops the server afterwards, also when
// tests fail or the run is interrupted. With NEO4J_URI set, the tests use that server instead.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { register } from 'tsx/esm/api';

function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.test.ts') ? [p] : [];
  });
}

const unitOnly = process.argv.includes('--unit');
const files = walk('test').sort().filter((f) => !unitOnly || !f.endsWith('.int.test.ts'));
const needsNeo4j = files.some((f) => f.endsWith('.int.test.ts'));

/** A port nobody listens on: the preferred one if free, else one the OS picks. */
function freePort(preferred) {
  const tryPort = (port) => new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(undefined));
    srv.listen(port, '127.0.0.1', () => { const p = srv.address().port; srv.close(() => resolve(p)); });
  });
  return tryPort(preferred).then((p) => p ?? tryPort(0));
}

const env = { ...process.env };
let server; // the server module, when we started one
const TEST_HOME = join('data', 'neo4j', 'test');

async function startTestServer() {
  register();
  server = await import('../src/store/server.ts');
  await server.stopServer({ home: TEST_HOME }); // a server left by an interrupted run
  rmSync(TEST_HOME, { recursive: true, force: true }); // fresh store every run
  const port = await freePort(Number(process.env.NEO4J_TEST_PORT ?? 7688));
  const password = 'actorgraph-test';
  process.stderr.write(`test: starting local Neo4j on 127.0.0.1:${port} (home ${TEST_HOME})\n`);
  const t0 = Date.now();
  await server.startServer({ port, home: TEST_HOME, password, pageCacheMiB: 256 });
  process.stderr.write(`test: Neo4j ready in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  Object.assign(env, { NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: password, NEO4J_DATABASE: 'neo4j' });
}

async function stopTestServer() {
  if (!server) return;
  const s = server;
  server = undefined;
  await s.stopServer({ home: TEST_HOME });
  process.stderr.write('test: local Neo4j stopped\n');
}

let child;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    child?.kill(sig);
    stopTestServer().finally(() => process.exit(130));
  });
}

// The usual report goes to the terminal; a second, spec-style copy goes to a file, so that when a
// test fails its name and assertion can be repeated at the very end, where a CI log's tail shows it
// (in a 2,000-test log the 'not ok' line is otherwise buried mid-way).
const specDir = mkdtempSync(join(tmpdir(), 'actorgraph-test-'));
const specFile = join(specDir, 'spec.txt');
const reporters = [
  '--test-reporter', process.stdout.isTTY ? 'spec' : 'tap', '--test-reporter-destination', 'stdout',
  '--test-reporter', 'spec', '--test-reporter-destination', specFile,
];

/** The spec report's closing "failing tests" section, if any. */
function failingSection() {
  try {
    const text = readFileSync(specFile, 'utf8');
    const at = text.lastIndexOf('failing tests:');
    return at < 0 ? '' : text.slice(at);
  } catch { return ''; }
}

let status = 1;
try {
  if (needsNeo4j && !process.env.NEO4J_URI) await startTestServer();
  status = await new Promise((resolve) => {
    child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...reporters, ...files], { stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 1)));
    child.on('error', () => resolve(1));
  });
} catch (err) {
  process.stderr.write(`test: ${err?.message ?? err}\n${err?.hint ? `  hint: ${err.hint}\n` : ''}`);
  status = 1;
} finally {
  await stopTestServer().catch((err) => { process.stderr.write(`test: could not stop Neo4j: ${err.message}\n`); });
}
if (status !== 0) {
  const failing = failingSection();
  if (failing) process.stderr.write(`\ntest: ${failing}\n`);
}
rmSync(specDir, { recursive: true, force: true });
process.exitCode = status;
