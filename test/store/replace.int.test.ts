/**
 * store/replace (`load --replace`) against the real Neo4j: loading new versions of some documents
 * with --replace leaves exactly the graph a fresh load of the final texts gives (same edges, counts,
 * evidence, actors), across chunk boundaries, and again on a rerun.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeStore, type Store } from '../../src/store/connection.js';
import { loadInputs, loadItems } from '../../src/store/load.js';
import { runQuery } from '../../src/store/read.js';
import { DocumentRemover } from '../../src/store/replace.js';
import type { Triple } from '../../src/types.js';
import { runCli } from '../cli/_cli.js';
import { clearGraph, graphCounts, openTestStore, testSettings } from './_helpers.js';
import { syntheticTriples, toJsonl } from './_synthetic.js';

let store: Store;
before(async () => { store = await openTestStore(); await clearGraph(store); });
after(async () => { await closeStore(store); });

const dir = mkdtempSync(join(tmpdir(), 'actorgraph-replace-'));
const file = (name: string, triples: Triple[]) => { const f = join(dir, name); writeFileSync(f, toJsonl(triples)); return f; };

// 150 documents of 8 triples; then new versions of the first 50 (r-doc-0 … r-doc-49): other
// sentences, so other triples and ids, as after an edit or a rule change.
const OLD = syntheticTriples(1200, { actors: 40, concepts: 8, seed: 'old', prefix: 'r' });
const NEW = syntheticTriples(400, { actors: 40, concepts: 8, seed: 'new', prefix: 'r' }).map((t) => ({ ...t, id: `new-${t.id}` }));
const replacedDocs = new Set(NEW.map((t) => t.evidence.doc));
const FINAL = [...OLD.filter((t) => !replacedDocs.has(t.evidence.doc)), ...NEW];

/** The graph as a comparable value: every edge with its count and evidence, every endpoint id. */
async function snapshot(): Promise<{ edges: string[]; nodes: string[]; counts: Record<string, number> }> {
  const edges = await runQuery(store, `MATCH (s)-[r]->(o) WHERE type(r) <> 'IN'
    RETURN s.id AS s, type(r) AS t, o.id AS o, r.count AS n, r.evidence AS ev`);
  const nodes = await runQuery(store, 'MATCH (n) WHERE n:Actor OR n:Concept RETURN n.id AS id');
  return {
    edges: edges.rows.map((r) => `${r.s}|${r.t}|${r.o}|${r.n}|${[...(r.ev as string[])].sort().join(',')}`).sort(),
    nodes: nodes.rows.map((r) => String(r.id)).sort(),
    counts: await graphCounts(store),
  };
}

test('it should leave the graph a fresh load of the final documents gives', async () => {
  await loadInputs(store, [file('final.jsonl', FINAL)]);
  const expected = await snapshot();
  assert.equal(expected.counts.evidence, FINAL.length);

  await clearGraph(store);
  await loadInputs(store, [file('old.jsonl', OLD)]);
  const before = await snapshot();
  assert.notDeepEqual(before.edges, expected.edges); // the test has something to do
  // Chunks of 150 triples: documents of 8 triples straddle chunks, and must keep the new
  // evidence the first chunk wrote.
  const s = await loadInputs(store, [file('new.jsonl', NEW)], { replace: true, chunkTriples: 150, batchSize: 97 });
  assert.equal(s.removed?.documents, replacedDocs.size);
  assert.equal(s.removed?.evidenceRemoved, OLD.filter((t) => replacedDocs.has(t.evidence.doc)).length);
  assert.ok((s.removed?.edgesDeleted ?? 0) > 0 && (s.removed?.edgesTrimmed ?? 0) > 0);
  assert.deepEqual(await snapshot(), expected);
});

test('it should change nothing when the same replacing load runs again', async () => {
  const before = await snapshot();
  const s = await loadInputs(store, [join(dir, 'new.jsonl')], { replace: true });
  assert.equal(s.removed?.evidenceRemoved, NEW.length); // taken out, then put back
  assert.equal(s.evidenceCreated, NEW.length);
  assert.deepEqual(await snapshot(), before);
});

test('it should count each edge once though documents go out in several transactions', async () => {
  await clearGraph(store);
  await loadInputs(store, [join(dir, 'old.jsonl')]);
  const key = (t: Triple) => `${t.subject.id}|${t.relation.type}|${t.object.id}`;
  const hit = new Set(OLD.filter((t) => replacedDocs.has(t.evidence.doc)).map(key));
  const kept = new Set(OLD.filter((t) => !replacedDocs.has(t.evidence.doc)).map(key));
  const survivors = [...hit].filter((k) => kept.has(k)).length;
  const remover = new DocumentRemover(store, 7); // 50 documents → 8 transactions
  await remover.remove([...replacedDocs]);
  const r = remover.stats();
  assert.equal(r.edgesDeleted, hit.size - survivors);
  assert.equal(r.edgesTrimmed, survivors);
  assert.ok(r.edgesDeleted > 0 && r.edgesTrimmed > 0);
  assert.equal((await graphCounts(store)).edges, kept.size);
});

test('it should delete actors and concepts that only a replaced document mentioned', async () => {
  await clearGraph(store);
  const lone: Triple = { ...OLD[0], id: 'lone-1', subject: { id: 'LONE', name: 'Lone Actor', type: 'person', mention: 'Lone Actor' },
    object: { id: 'concept:lone', name: 'lone thing', type: 'other', mention: 'lone thing' }, evidence: { ...OLD[0].evidence, doc: 'lone-doc' } };
  await loadInputs(store, [file('lone.jsonl', [lone, OLD[1]])]);
  const remover = new DocumentRemover(store);
  await remover.remove(['lone-doc', 'never-loaded']);
  assert.deepEqual(remover.stats(), { documents: 2, evidenceRemoved: 1, edgesDeleted: 1, edgesTrimmed: 0, nodesDeleted: 2, documentsDeleted: 0 });
  const ids = (await snapshot()).nodes;
  assert.ok(!ids.includes('LONE') && !ids.includes('concept:lone'));
  assert.ok(ids.includes(OLD[1].subject.id));
});

test('it should say what --replace removed on the command line', async () => {
  const cfg = testSettings();
  const env = { NEO4J_URI: cfg.uri, NEO4J_USERNAME: cfg.user, NEO4J_PASSWORD: cfg.password, NEO4J_DATABASE: cfg.database };
  const res = await runCli(['load', join(dir, 'lone.jsonl'), '--replace', '--no-progress'], env);
  assert.equal(res.code, 0, res.stderr);
  assert.match(res.stdout, /replaced 2 documents: removed 1 evidence/);
});

test('it should remove whole documents on the command line, naming ids it does not know', async () => {
  await clearGraph(store);
  await loadInputs(store, [join(dir, 'lone.jsonl')]); // lone-doc and r-doc-0
  const cfg = testSettings();
  const env = { NEO4J_URI: cfg.uri, NEO4J_USERNAME: cfg.user, NEO4J_PASSWORD: cfg.password, NEO4J_DATABASE: cfg.database };
  const res = await runCli(['remove', 'lone-doc', 'no-such-doc'], env);
  assert.equal(res.code, 1, 'an unknown id fails the run');
  assert.match(res.stderr, /no document "no-such-doc" in the graph/);
  assert.match(res.stdout, /^removed 1 documents: removed 1 evidence; relationships: 1 deleted .*; 2 actors\/concepts .* deleted; 1 document nodes deleted$/m);
  const docs = await runQuery(store, 'MATCH (d:Document) RETURN d.id AS id');
  assert.deepEqual(docs.rows.map((r) => r.id), [OLD[1].evidence.doc]);
  assert.equal((await graphCounts(store)).evidence, 1);
});

test('it should take a replaced document\'s new title and date, and keep what the new input does not say', async () => {
  await clearGraph(store);
  const t = { ...OLD[0], id: 'titled-1', evidence: { ...OLD[0].evidence, doc: 'titled' } };
  const doc = (title?: string, date?: string) => ({ doc: { id: 'titled', text: t.evidence.text, title, date, source: 'wire' } });
  await loadItems(store, [doc('Old title', '2024-01-01'), { triple: t }]);
  await loadItems(store, [doc('New title'), { triple: t }]); // a plain load never overwrites
  const read = async () => (await runQuery(store, "MATCH (d:Document {id: 'titled'}) RETURN d.title AS title, d.date AS date, d.source AS source")).rows[0];
  assert.deepEqual(await read(), { title: 'Old title', date: '2024-01-01', source: 'wire' });
  await loadItems(store, [doc('New title'), { triple: t }], { replace: true });
  assert.deepEqual(await read(), { title: 'New title', date: '2024-01-01', source: 'wire' });
});
