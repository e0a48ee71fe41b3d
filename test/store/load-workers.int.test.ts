/**
 * load --workers / --shard into the real Neo4j: documents extracted on 2 worker threads give the
 * same graph as in one thread, and two shards loaded one after the other (two machines of a
 * sharded run, loading into one database) give the graph of one whole load.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { loadInputs } from '../../src/store/load.js';
import { closeStore, type Store } from '../../src/store/connection.js';
import { clearGraph, graphCounts, openTestStore } from './_helpers.js';
import { corpus } from '../parallel/_corpus.js';

let store: Store;
let dir: string;
let file: string;

/** Every edge with its count and evidence, sorted: the graph as text. */
async function edges(): Promise<string[]> {
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ });
  try {
    const r = await session.run('MATCH (a)-[r]->(b) WHERE type(r) <> "IN" RETURN a.id AS a, type(r) AS t, b.id AS b, r.count AS n, r.evidence AS ev');
    return r.records.map((x) => JSON.stringify([x.get('a'), x.get('t'), x.get('b'), Number(x.get('n')), [...x.get('ev')].sort()])).sort();
  } finally {
    await session.close();
  }
}

before(async () => {
  store = await openTestStore();
  dir = mkdtempSync(join(tmpdir(), 'actorgraph-load-workers-'));
  file = join(dir, 'docs.jsonl');
  writeFileSync(file, corpus(12).map((d) => JSON.stringify(d)).join('\n') + '\n');
});
after(async () => { await clearGraph(store); await closeStore(store); rmSync(dir, { recursive: true, force: true }); });

describe('load with workers and shards', () => {
  let whole: { counts: Record<string, number>; edges: string[] };

  it('builds the same graph from documents with 1 and 2 workers', async () => {
    await clearGraph(store);
    const s1 = await loadInputs(store, [file], { workers: 1 });
    whole = { counts: await graphCounts(store), edges: await edges() };
    assert.equal(s1.documentsRead, 12);
    assert.ok(whole.edges.length > 10);
    await clearGraph(store);
    const s2 = await loadInputs(store, [file], { workers: 2 });
    assert.equal(s2.triples, s1.triples);
    assert.deepEqual(await graphCounts(store), whole.counts);
    assert.deepEqual(await edges(), whole.edges);
  });

  it('builds the whole graph from shards 1/2 and 2/2 loaded one after the other', async () => {
    await clearGraph(store);
    const a = await loadInputs(store, [file], { workers: 1, shard: { index: 1, count: 2 } });
    const b = await loadInputs(store, [file], { workers: 2, shard: { index: 2, count: 2 } });
    assert.ok(a.documentsRead > 0 && b.documentsRead > 0);
    assert.equal(a.documentsRead + b.documentsRead, 12);
    assert.deepEqual(await graphCounts(store), whole.counts);
    assert.deepEqual(await edges(), whole.edges);
  });
});
