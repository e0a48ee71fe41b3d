/**
 * npm run bench:load [corpus.jsonl] [--naive 2000] [--warmup 4] [--big-batch 10000] [--bulk-scale 20] [--no-bulk] [--wipe] — load throughput, triples/s.
 *
 * The corpus (default ../shared/data/news/bbc.jsonl) is extracted ONCE with the project's own
 * reader and extractor; then, against one Neo4j 5 (2 GB heap), after --warmup untimed loads of it:
 *   1. three fresh loads with the real loader (loadItems: the `actorgraph load` path minus the
 *      extraction), the database wiped before each, median triples/s; each followed by the same load
 *      with --batch-size 10000 (--big-batch), to show what larger transactions buy;
 *   2. a second load of the same input on top of the loaded graph: a no-op, timed, and checked
 *      (every count must stay the same); then the same with --replace (every document taken out
 *      and loaded again: timed, and the counts checked again);
 *   3. a naive loader on the first N triples: one executeWrite per triple, each MERGEing its
 *      document, actors, evidence, IN link and edge (same model, cypher.ts naiveTripleCypher),
 *      beside the real loader on the same N triples;
 *   4. the floor: one bare indexed node per triple (CREATE, id only), the least any load writes;
 *   5. `load --bulk` (neo4j-admin import into a new database) beside `load` from the same triples
 *      file, on the corpus and on --bulk-scale (20) times the corpus (scripts/bench-load-bulk.ts);
 *      --no-bulk leaves it out.
 *
 * Server: NEO4J_URI/… when set (a non-empty database is wiped only with --wipe); else our own (server.ts) on
 * a free port, fresh store in data/neo4j/bench, 2 GB heap, stopped at the end. Noisy on 2 shared cores: medians.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { InputError } from '../src/errors.ts';
import { extractTriples } from '../src/extract/index.ts';
import { readInputs } from '../src/io/read.ts';
import { DEFAULT_SETTINGS, neo4jFromEnv, type Settings } from '../src/settings.ts';
import type { Doc, Triple } from '../src/types.ts';
import { closeStore, openStore, type Store } from '../src/store/connection.ts';
import { loadItems } from '../src/store/load.ts';
import { naiveLoad } from '../src/store/naive.ts';
import { REPO_ROOT, serverStatus, startServer, stopServer } from '../src/store/server.ts';
import type { SourceItem } from '../src/store/sources.ts';
import { plainBatches } from '../src/store/batches.ts';
import { ensureSchema, writeBatches, WRITERS } from '../src/store/write.ts';
import { benchBulk } from './bench-load-bulk.ts';

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const NAIVE_TRIPLES = Number(flag('--naive') ?? 2000);
const WARMUP = Number(flag('--warmup') ?? 4);
const BIG = Number(flag('--big-batch') ?? 10_000);
const BULK_SCALE = Number(flag('--bulk-scale') ?? 20);
const withBulk = !args.includes('--no-bulk');
const wipeAllowed = args.includes('--wipe');
const corpus = args.filter((a) => !a.startsWith('--'))[0] ?? '../shared/data/news/bbc.jsonl';
const BENCH_HOME = join(REPO_ROOT, 'data', 'neo4j', 'bench');
if (!existsSync(corpus)) {
  console.log(`bench:load skipped: ${corpus} not found (the news corpora live beside the repository in ../shared/data/news)`);
  process.exit(0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * CPU seconds the server has used (Linux /proc, our own server only). Why: on a shared machine the
 * wall clock mostly measures the other processes; server CPU per triple is what the loader costs.
 */
function serverCpu(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch { return NaN; }
}

async function extractOnce(): Promise<{ items: SourceItem[]; docs: Map<string, Doc>; triples: Triple[]; seconds: number }> {
  const t0 = performance.now();
  const items: SourceItem[] = [], triples: Triple[] = [], docs = new Map<string, Doc>();
  const warn = (e: InputError) => process.stderr.write(`${e.message}\n`);
  for await (const doc of readInputs([corpus], { onError: warn })) {
    items.push({ doc });
    docs.set(doc.id, doc);
    for (const triple of extractTriples(doc)) { items.push({ triple }); triples.push(triple); }
  }
  return { items, docs, triples, seconds: (performance.now() - t0) / 1000 };
}

/** The items of the first n triples (with their documents), in input order. */
function firstItems(items: SourceItem[], n: number): SourceItem[] {
  const out: SourceItem[] = [];
  let seen = 0;
  for (const it of items) {
    if (it.triple && ++seen > n) break;
    out.push(it);
  }
  return out;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address() as { port: number }; srv.close(() => done(port)); });
  });
}

/** A connection, and what to do at the end (stop the server we started, if any). */
async function connect(): Promise<{ store: Store; stop: () => Promise<void>; where: string; pid?: number }> {
  if (process.env.NEO4J_URI) {
    const cfg: Settings['neo4j'] = { ...DEFAULT_SETTINGS.neo4j, ...neo4jFromEnv() };
    return { store: await openStore(cfg), stop: async () => undefined, where: `${cfg.uri} (NEO4J_URI)` };
  }
  await stopServer({ home: BENCH_HOME }); // left by an interrupted run
  rmSync(BENCH_HOME, { recursive: true, force: true }); // fresh store every run
  const port = await freePort(), password = 'actorgraph-bench';
  process.stderr.write(`bench:load: starting the local Neo4j on 127.0.0.1:${port} (home data/neo4j/bench)\n`);
  await startServer({ port, home: BENCH_HOME, password, heap: '2g' });
  const stop = async () => { await stopServer({ home: BENCH_HOME }); };
  try {
    const store = await openStore({ ...DEFAULT_SETTINGS.neo4j, uri: `bolt://127.0.0.1:${port}`, password });
    return { store, stop, where: `bolt://127.0.0.1:${port} (embedded, data/neo4j/bench)`, pid: serverStatus({ home: BENCH_HOME }).pid };
  } catch (err) { await stop(); throw err; }
}

async function run(store: Store, cypher: string, params: Record<string, unknown> = {}): Promise<unknown[]> {
  const session = store.driver.session({ database: store.database });
  try {
    return (await session.run(cypher, params)).records.map((r) => { const v = r.get(0); return neo4j.isInt(v) ? v.toNumber() : v; });
  } finally { await session.close(); }
}

/** Auto-commit batches: one transaction for a whole graph would need the heap for all of it. */
const wipe = (store: Store) => run(store, 'MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');

async function counts(store: Store): Promise<string> {
  const [nodes] = await run(store, 'MATCH (n) RETURN count(n)');
  const [rels] = await run(store, 'MATCH ()-[r]->() RETURN count(r)');
  const [sum] = await run(store, 'MATCH ()-[r]->() WHERE r.count IS NOT NULL RETURN sum(r.count) + sum(size(r.evidence))');
  const [aliases] = await run(store, 'MATCH (a:Actor) RETURN coalesce(sum(size(a.aliases)), 0)');
  return `${nodes} nodes, ${rels} relationships, edge count+evidence ${sum}, aliases ${aliases}`;
}

const { items, docs, triples, seconds: extractSeconds } = await extractOnce();
const n = triples.length;
process.stderr.write(`bench:load: ${docs.size} documents → ${n} triples, extracted in ${extractSeconds.toFixed(1)} s\n`);
const { store, stop, where, pid } = await connect();
/** Wall seconds and server CPU seconds of one step. */
async function timed(f: () => Promise<unknown>): Promise<{ s: number; cpu: number }> {
  const t0 = performance.now(), c0 = serverCpu(pid);
  await f();
  return { s: (performance.now() - t0) / 1000, cpu: serverCpu(pid) - c0 };
}
try {
  const [version] = await run(store, "CALL dbms.components() YIELD versions RETURN versions[0]");
  if (process.env.NEO4J_URI && !wipeAllowed && Number((await run(store, 'MATCH (n) RETURN count(n)'))[0]) > 0) {
    throw new Error(`bench:load: the database at ${where} is not empty and the benchmark wipes it; rerun with --wipe, or unset NEO4J_URI to use a throw-away local server`);
  }
  // Untimed warm-up loads: a new JVM interprets and JIT-compiles (server CPU per BBC load on a new server: 17.8,
  // 4.7, 3.6, 3.2, 1.7, 1.7 s); later loads show the loader's cost on a server up for a while. Times are printed.
  const warm: { s: number; cpu: number }[] = [];
  for (let i = 0; i < WARMUP; i++) {
    await wipe(store);
    warm.push(await timed(() => loadItems(store, items)));
    process.stderr.write(`bench:load: warm-up load ${i + 1}: ${warm[i].s.toFixed(2)} s, server CPU ${warm[i].cpu.toFixed(2)} s\n`);
  }
  // Fresh loads with the default batch size, interleaved with loads in batches of BIG rows (the
  // --batch-size knob: fewer, larger transactions), so both see the same machine load.
  const fresh: { s: number; cpu: number }[] = [], big: { s: number; cpu: number }[] = [];
  for (let i = 0; i < 3; i++) {
    for (const [out, batchSize] of [[fresh, undefined], [big, BIG]] as const) {
      await wipe(store);
      out.push(await timed(() => loadItems(store, items, { batchSize })));
    }
    process.stderr.write(`bench:load: fresh load ${i + 1}: ${fresh[i].s.toFixed(2)} s (batches of ${BIG}: ${big[i].s.toFixed(2)} s)\n`);
  }
  const loaded = await counts(store);
  let noopStats: Awaited<ReturnType<typeof loadItems>> | undefined;
  const noop = await timed(async () => { noopStats = await loadItems(store, items); });
  const reloaded = await counts(store);
  // --replace of the same input: every document taken out, then loaded again; must end where it began.
  let replaceStats: Awaited<ReturnType<typeof loadItems>> | undefined;
  const replace = await timed(async () => { replaceStats = await loadItems(store, items, { replace: true }); });
  const replaced = await counts(store);

  const subset = triples.slice(0, NAIVE_TRIPLES);
  await wipe(store);
  const realSubset = await timed(() => loadItems(store, firstItems(items, subset.length)));
  await wipe(store);
  await ensureSchema(store);
  const naive = await timed(() => naiveLoad(store, subset, docs));
  // The floor: the least any load of this model must write, one indexed node per triple with its id
  // and nothing else (no property, link, edge or check), through the loader's own batches and writers.
  // Why: it shows how far the write path itself is from a throughput target, whatever the loader does.
  await wipe(store);
  await ensureSchema(store);
  const ids = [...new Set(triples.map((t) => t.id))], step = DEFAULT_SETTINGS.neo4j.batchSize;
  const floor = await timed(() => writeBatches(store, 'UNWIND $rows AS id CREATE (:Evidence {id: id})', plainBatches(ids, step), 'floor'));

  // 5. bulk: new databases of a server of its own, beside load on the bench server, same files.
  const bulk = withBulk ? await benchBulk(store, () => wipe(store), triples, [1, BULK_SCALE], { heap: '2g', port: await freePort() }) : [];

  const real = median(fresh.map((x) => x.s));
  const realCpu = median(fresh.map((x) => x.cpu));
  const rows: [string, number, { s: number; cpu: number }, string][] = [
    [`actorgraph load, fresh DB (median of 3; UNWIND batches of ${DEFAULT_SETTINGS.neo4j.batchSize})`, n, { s: real, cpu: realCpu }, fresh.map((x) => x.s.toFixed(2)).join(', ') + ' s'],
    [`actorgraph load --batch-size ${BIG}, fresh DB (median of 3)`, n, { s: median(big.map((x) => x.s)), cpu: median(big.map((x) => x.cpu)) }, big.map((x) => x.s.toFixed(2)).join(', ') + ' s'],
    ['actorgraph load, same input again (no-op)', n, noop, `created ${noopStats!.evidenceCreated} evidence, ${noopStats!.edgesCreated} edges, ${noopStats!.edgesUpdated} updated`],
    ['actorgraph load --replace, same input again (all taken out, then loaded)', n, replace, `removed ${replaceStats!.removed?.evidenceRemoved} evidence, ${replaceStats!.removed?.edgesDeleted} edges; created ${replaceStats!.evidenceCreated} evidence, ${replaceStats!.edgesCreated} edges`],
    [`actorgraph load, first ${subset.length} triples, fresh DB`, subset.length, realSubset, ''],
    ...warm.map((w, i): [string, number, { s: number; cpu: number }, string] =>
      [`warm-up load ${i + 1} (untimed above), fresh DB${i === 0 ? ', JVM just started' : ''}`, n, w, '']),
    [`naive: one MERGE transaction per triple, first ${subset.length}`, subset.length, naive, 'type spliced: one query text per relation type'],
    [`floor: CREATE (:Evidence {id}) only, one node per triple, batches of ${step}, ${WRITERS} writers`, ids.length, floor, 'a third of the records a load writes, no property, link or check'],
  ];
  console.log(`corpus: ${corpus} (${docs.size} documents → ${n} triples, extracted once in ${extractSeconds.toFixed(1)} s)`);
  console.log(`neo4j:  ${version} at ${where}\n`);
  console.log('| loader | triples | seconds | triples/s | server CPU s | triples per server CPU s | notes |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const [name, k, t, note] of rows) console.log(`| ${name} | ${fmt(k)} | ${t.s.toFixed(2)} | ${fmt(k / t.s)} | ${t.cpu.toFixed(2)} | ${Number.isFinite(t.cpu) ? fmt(k / t.cpu) : '–'} | ${note} |`);
  for (const b of bulk) console.log(`| ${b.name} | ${fmt(b.triples)} | ${b.seconds.toFixed(2)} | ${fmt(b.triples / b.seconds)} | – | – | ${b.note} |`);
  const speedup = (n / real) / (subset.length / naive.s);
  const cpuSpeedup = (n / realCpu) / (subset.length / naive.cpu);
  console.log(`\nspeedup, real loader (full corpus, median) over naive: ${speedup.toFixed(1)}x wall, ${Number.isFinite(cpuSpeedup) ? cpuSpeedup.toFixed(1) : '–'}x server CPU`);
  console.log(`targets: >= 30,000 triples/s ${n / real >= 30_000 ? 'met' : 'NOT met'}; >= 30x naive ${speedup >= 30 ? 'met' : 'NOT met'}`);
  if (bulk.length) {
    const big = bulk.filter((b) => b.triples > n), load20 = big[0], bulk20 = big[1];
    const rate = bulk20.triples / bulk20.seconds;
    console.log(`targets (bulk, ${BULK_SCALE}x corpus, import files + import): >= 100,000 triples/s ${rate >= 100_000 ? 'met' : 'NOT met'} (${fmt(rate)}); >= 10x load ${load20.seconds / bulk20.seconds >= 10 ? 'met' : 'NOT met'} (${(load20.seconds / bulk20.seconds).toFixed(1)}x)`);
  }
  console.log(`second load left every count unchanged: ${loaded === reloaded ? 'yes' : `NO\n  before: ${loaded}\n  after:  ${reloaded}`} (${loaded})`);
  console.log(`load --replace of the same input ended where it began: ${loaded === replaced ? 'yes' : `NO\n  before: ${loaded}\n  after:  ${replaced}`}`);
  if (loaded !== reloaded || loaded !== replaced) process.exitCode = 1;
} finally {
  await closeStore(store);
  await stop();
}
