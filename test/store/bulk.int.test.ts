/**
 * `load --bulk` (store/bulk/) against real Neo4j: the graph Neo4j's bulk importer writes equals,
 * node by node and edge by edge with every property and its type, the graph `load` writes from
 * the same input (on the runner's test server); a database with data is refused; and `load` on
 * top of a bulk import stays incremental and idempotent.
 *
 * The bulk import needs a server of its own (it stops it, writes its store, starts it): this file
 * runs one on a free port with a fresh home in data/neo4j/test-bulk, and stops it at the end.
 * Chunks of 40 triples make the merge cross chunk boundaries many times (bulk/merge.ts).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { closeStore, openStore, type Store } from '../../src/store/connection.js';
import { loadItems } from '../../src/store/load.js';
import type { SourceItem } from '../../src/store/sources.js';
import { DEFAULT_SERVER, REPO_ROOT, startServer, stopServer, serverStatus, type ServerOptions } from '../../src/store/server.js';
import { bulkLoad } from '../../src/store/bulk/bulk-load.js';
import { importInServer, RefusedImport } from '../../src/store/bulk/import-tool.js';
import { StoreError } from '../../src/errors.js';
import type { Doc, Triple } from '../../src/types.js';
import { FIXTURES, clearGraph, openTestStore, testSettings } from './_helpers.js';
import { syntheticTriples } from './_synthetic.js';

const CHUNK = 40;
const HOME = join(REPO_ROOT, 'data', 'neo4j', 'test-bulk');

const fixture = (name: string): Triple[] => readFileSync(`${FIXTURES}/${name}`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

/** Text that a careless CSV would break, and the cases where load's types are easy to get wrong. */
function hostile(): Triple[] {
  const [t] = fixture('triples-a.jsonl');
  const ev = (doc: string, sentence: number, text: string) => ({ doc, sentence, text, start: 0, end: text.length });
  return [
    { ...t, id: 'h1', evidence: ev('doc-h', 0, 'He said "no, never",\nthen left; ok\r\n\ttab'), confidence: 1, time: '2024-05-01', attribution: { id: 'andrei-belousov', name: 'Andrei Belousov', type: 'person', mention: 'Belousov' } },
    { ...t, id: 'h2', evidence: ev('doc-h', 1, ''), subject: { ...t.subject, mention: 'A "quoted", semicolon; name' }, confidence: 0.1 },
    // an actor whose only mention is its name: an empty alias list, as load stores it
    { ...t, id: 'h3', evidence: ev('doc-h2', 0, 'Ünïcödé — “quotes” 中文 😀'), subject: { id: 'plain', name: 'Plain', type: 'group', mention: 'Plain' }, confidence: 0.333333333333333314829616256247390992939472198486328125 },
    { ...t, id: 'h4', evidence: ev('doc-h2', 1, ' spaces kept '), relation: { ...t.relation, category: undefined, negated: true }, object: { id: 'plain', name: 'Plain', type: 'group', mention: 'the plain ones' } },
  ];
}

function items(triples: Triple[], docs: Doc[] = []): SourceItem[] {
  const byDoc = new Map(docs.map((d) => [d.id, d]));
  const out: SourceItem[] = [];
  const seen = new Set<string>();
  for (const t of triples) {
    const d = byDoc.get(t.evidence.doc);
    if (d && !seen.has(d.id)) { seen.add(d.id); out.push({ doc: d }); }
    out.push({ triple: t });
  }
  return out;
}

const FIRST = items([...fixture('triples-a.jsonl'), ...hostile(), ...syntheticTriples(400, { actors: 60, concepts: 15, prefix: 'bulk' })],
  [{ id: 'doc-a', text: '', title: 'A, "title"', date: '2024-03-01', source: 'wire' }, { id: 'doc-h', text: '', title: '' }]);
const SECOND = items([...fixture('triples-b.jsonl'), ...syntheticTriples(120, { actors: 60, concepts: 15, prefix: 'more' })]);

/** Every node and relationship with every property, its value and its Cypher type, sorted. */
async function dump(store: Store): Promise<{ nodes: string[]; rels: string[] }> {
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ });
  const props = (x: string) => `[k IN keys(${x}) | [k, ${x}[k], valueType(${x}[k])]]`;
  try {
    const nodes = await session.executeRead((tx) => tx.run(`MATCH (n) RETURN labels(n) AS l, ${props('n')} AS p`));
    const rels = await session.executeRead((tx) => tx.run(`MATCH (s)-[r]->(o) RETURN labels(s)[0] AS s, s.id AS sid, type(r) AS t, labels(o)[0] AS o, o.id AS oid, ${props('r')} AS p`));
    const sorted = (xs: string[]) => xs.sort();
    const p = (v: [string, unknown, string][]) => JSON.stringify(v.sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    return {
      nodes: sorted(nodes.records.map((r) => `${JSON.stringify(r.get('l'))} ${p(r.get('p'))}`)),
      rels: sorted(rels.records.map((r) => `${r.get('s')}:${r.get('sid')} -${r.get('t')}-> ${r.get('o')}:${r.get('oid')} ${p(r.get('p'))}`)),
    };
  } finally { await session.close(); }
}

function freePort(): Promise<number> {
  return new Promise((done) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => done(p)); }); });
}

let reference: Store;
let server: ServerOptions;
let cfg: ReturnType<typeof testSettings>;

before(async () => {
  reference = await openTestStore();
  await clearGraph(reference);
  await stopServer({ home: HOME });
  rmSync(HOME, { recursive: true, force: true });
  const password = 'actorgraph-test';
  server = { ...DEFAULT_SERVER, home: HOME, port: await freePort(), password, heap: '512m', pageCacheMiB: 128 };
  cfg = { ...testSettings(), uri: `bolt://127.0.0.1:${server.port}`, user: 'neo4j', password, database: 'neo4j' };
});

after(async () => {
  await closeStore(reference);
  await stopServer({ home: HOME });
  rmSync(HOME, { recursive: true, force: true });
});

test('a bulk-imported graph should equal the loaded graph of the same input, node by node and edge by edge', async () => {
  await loadItems(reference, FIRST, { chunkTriples: CHUNK });
  const s = await bulkLoad(cfg, FIRST, { server, chunkTriples: CHUNK });
  assert.equal(s.wasRunning, false);
  assert.equal(serverStatus(server).running, false, 'a server that was not running is left stopped');
  await startServer(server);
  const bulk = await openStore(cfg);
  try {
    const [want, got] = [await dump(reference), await dump(bulk)];
    assert.ok(want.nodes.length > 500 && want.rels.length > 500, `a graph worth comparing (${want.nodes.length} nodes, ${want.rels.length} relationships)`);
    assert.deepEqual(got.nodes, want.nodes);
    assert.deepEqual(got.rels, want.rels);
    assert.equal(s.triples, FIRST.filter((i) => i.triple).length);
    // the constraints load makes, on the bulk-imported graph too
    const session = bulk.driver.session({ database: 'neo4j' });
    const res = await session.run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names').finally(() => session.close());
    assert.deepEqual([...res.records[0].get('names')].sort(), ['actor_id', 'concept_id', 'document_id', 'evidence_id', 'load_lease_id']);
  } finally { await closeStore(bulk); }
});

test('load --bulk should refuse a database that holds data, running or stopped, and leave it as it was', async () => {
  const bulk = await openStore(cfg);
  const before = await dump(bulk).finally(() => closeStore(bulk));
  await assert.rejects(bulkLoad(cfg, SECOND, { server }), (e: unknown) => e instanceof StoreError && /needs a new or empty database, and this one holds \d+ nodes/.test(e.message));
  assert.equal(serverStatus(server).running, true);
  // the server's own check, for a load that began between the command's check and the import
  await assert.rejects(importInServer({ home: HOME, database: 'neo4j', args: ['--nodes=X=/nonexistent.csv'] }),
    (e: unknown) => e instanceof RefusedImport && e.nodes === before.nodes.length);
  await stopServer(server);
  await assert.rejects(bulkLoad(cfg, SECOND, { server }), /holds \d+ nodes/);
  assert.equal(serverStatus(server).running, false);
  await startServer(server);
  const again = await openStore(cfg);
  try { assert.deepEqual(await dump(again), before); } finally { await closeStore(again); }
});

test('load --bulk should refuse a server that is not the local one of its home', async () => {
  await assert.rejects(bulkLoad({ ...cfg, uri: 'bolt://db.example:7687' }, [], { server }), /imports into the store of the local server/);
  await assert.rejects(bulkLoad({ ...cfg, database: 'other' }, [], { server }), /default database "neo4j"/);
});

test('load on top of a bulk import should be idempotent, then incremental, as on a loaded graph', async () => {
  const bulk = await openStore(cfg);
  try {
    const before = await dump(bulk);
    const again = await loadItems(bulk, FIRST, { chunkTriples: CHUNK });
    assert.deepEqual([again.evidenceCreated, again.edgesCreated, again.edgesUpdated, again.actorsCreated, again.documentsCreated], [0, 0, 0, 0, 0]);
    assert.deepEqual(await dump(bulk), before);
    const more = await loadItems(bulk, SECOND, { chunkTriples: CHUNK });
    await loadItems(reference, SECOND, { chunkTriples: CHUNK });
    assert.ok(more.edgesUpdated > 0 && more.edgesCreated > 0, 'the second input grows old edges and adds new ones');
    const [want, got] = [await dump(reference), await dump(bulk)];
    assert.deepEqual(got.nodes, want.nodes);
    assert.deepEqual(got.rels, want.rels);
  } finally { await closeStore(bulk); }
});

test('a failed import should leave an empty, working database and name the importer\'s complaint', async () => {
  const dir = join(HOME, 'bad-import');
  mkdirSync(dir, { recursive: true });
  // a relationship to a node no file holds: the importer stops (no --skip-bad-relationships)
  writeFileSync(join(dir, 'A.csv'), 'id:ID(Actor),name\n"a","A"\n');
  writeFileSync(join(dir, 'R.csv'), ':START_ID(Actor),:END_ID(Actor),:TYPE\n"a","missing","X"\n');
  await stopServer(server);
  rmSync(join(HOME, 'data'), { recursive: true, force: true });
  await startServer(server);
  await assert.rejects(importInServer({ home: HOME, database: 'neo4j', args: ['--id-type=string', `--nodes=Actor=${join(dir, 'A.csv')}`, `--relationships=${join(dir, 'R.csv')}`] }),
    (e: unknown) => e instanceof StoreError && /import full failed \(failed \d+\)/.test(e.message) && /Error in input data/.test(e.message));
  const store = await openStore(cfg);
  try {
    assert.deepEqual(await dump(store), { nodes: [], rels: [] });
    const session = store.driver.session({ database: 'neo4j' });
    await session.run("CREATE (:Probe {id: 'p'})").finally(() => session.close());
    assert.equal((await dump(store)).nodes.length, 1, 'the database takes writes after the failed import');
  } finally { await closeStore(store); }
});
