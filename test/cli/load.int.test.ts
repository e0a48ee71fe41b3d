/** `actorgraph load` end to end: summary, idempotence, text inputs through the extractor. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeStore, type Store } from '../../src/store/connection.js';
import { FIXTURES, clearGraph, graphCounts, openTestStore } from '../store/_helpers.js';
import { runCli } from './_cli.js';

let store: Store;
before(async () => { store = await openTestStore(); await clearGraph(store); });
after(async () => { await closeStore(store); });

test('it should load a triples file and print a summary', async () => {
  const r = await runCli(['load', `${FIXTURES}/triples-a.jsonl`]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /loaded 6 triples in [\d.]+ s/);
  assert.match(r.stdout, /nodes created: 5 actors, 1 concepts, 1 documents, 6 evidence/);
  assert.match(r.stdout, /relationships: 5 created/);
  assert.equal((await graphCounts(store)).evidence, 6);
});

test('it should change nothing on a second load, and say the evidence was already there', async () => {
  const before = await graphCounts(store);
  const r = await runCli(['load', `${FIXTURES}/triples-a.jsonl`, '--batch-size', '2']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /evidence already present \(merged\): 6/);
  assert.match(r.stdout, /relationships: 0 created, 0 updated/);
  assert.deepEqual(await graphCounts(store), before);
});

test('it should take --uri over NEO4J_URI and fail with the start hint when nothing listens', async () => {
  const r = await runCli(['load', `${FIXTURES}/triples-b.jsonl`, '--uri', 'bolt://127.0.0.1:9']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9: is it running\? Start it with `npm run neo4j:start`/);
});

test('it should pass text inputs to the reader and extractor (a document becomes a Document node)', async () => {
  const r = await runCli(['load', 'data/seed']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /from 1 documents/);
  assert.ok((await graphCounts(store)).documents >= 2);
});
