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

test('it should load every good record of a triples file, name each bad one file:line, and exit 1', async () => {
  const { mkdtemp, readFile, rm, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = await mkdtemp(join(tmpdir(), 'actorgraph-badload-'));
  try {
    await clearGraph(store);
    const good = (await readFile(`${FIXTURES}/triples-a.jsonl`, 'utf8')).trim().split('\n');
    const t = JSON.parse(good[0]);
    const lines = [
      good[0],
      '{"id": "broken", "subject": ',                                                    // 2: malformed
      JSON.stringify({ id: 'doc-9', title: 'A document record', text: 'Russia met Belarus.' }), // 3: a document record
      JSON.stringify({ ...t, id: 'x'.repeat(9000) }),                                    // 4: id too long for the index
      JSON.stringify({ ...t, id: 'reserved', relation: { ...t.relation, type: 'IN' } }),  // 5: reserved type
      `{"id": "nul\u0000", "subject": {}}`,                                              // 6: a NUL byte
      ...good.slice(1),
    ];
    const file = join(dir, 'mixed.jsonl');
    await writeFile(file, lines.join('\n') + '\n');
    const r = await runCli(['load', file, '--no-progress']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /loaded 6 triples/);
    for (const [line, why] of [[2, /not JSON/], [3, /a document record in a triples file/], [4, /id is 9000 bytes, longer than the 8000/], [5, /relation\.type "IN" is reserved/], [6, /binary data in the record \(NUL byte/]] as const) {
      assert.match(r.stderr, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:${line}: ${why.source}`), `line ${line}`);
    }
    assert.equal((await graphCounts(store)).evidence, 6);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('load - should read triples from stdin (extract … | load -)', async () => {
  const { readFile } = await import('node:fs/promises');
  await clearGraph(store);
  const r = await runCli(['load', '-', '--no-progress'], {}, await readFile(`${FIXTURES}/triples-b.jsonl`));
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /loaded 4 triples/);
  assert.equal((await graphCounts(store)).evidence, 4);
});

test('load should exit 1 with "nothing could be read" when no input can be read', async () => {
  const r = await runCli(['load', 'no/such/file.jsonl', '--no-progress']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /no\/such\/file\.jsonl/);
  assert.match(r.stderr, /nothing could be read from the inputs/);
});
