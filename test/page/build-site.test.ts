/**
 * page/build-site streams its outputs and caps the page (issue 11 §4): triples.jsonl holds every
 * triple in input order, graph.json the whole graph, and index.html only what the caps allow,
 * saying what it left out; an input that gives nothing leaves an old triples.jsonl alone.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../src/page/build-site.ts';
import { resolveSettings } from '../../src/settings.ts';

const TRIPLES = 'test/fixtures/viz/seed-triples.jsonl';
let dir = '';
before(async () => { dir = await mkdtemp(join(tmpdir(), 'actorgraph-site-')); });
after(async () => { await rm(dir, { recursive: true, force: true }); });

const tripleLines = async () => (await readFile(TRIPLES, 'utf8')).trim().split('\n').filter((l) => l.includes('"subject"'));

test('a page over its caps keeps the relations with most evidence and says what it left out; graph.json keeps all', async () => {
  const out = join(dir, 'capped');
  const r = await buildSite([TRIPLES], { outDir: out, settings: resolveSettings({ pageMaxEdges: 3, pageMaxEvidence: 4 }) });
  assert.ok(r.leftOut, 'the result says what was left out');
  assert.match(r.leftOut, new RegExp(`shows 3 of ${r.edges} relations`));
  const html = await readFile(join(out, 'index.html'), 'utf8');
  assert.match(html, /<p id="page-note" role="note">This page shows 3 of/);
  const evidence = JSON.parse(html.match(/<script type="application\/json" id="ag-evidence">(.*?)<\/script>/s)![1]);
  assert.equal(Object.keys(evidence).length, 3, 'one sentence for each of the 3 relations (quota 1: 3 ≤ 4 < 6)');
  const graph = JSON.parse(await readFile(join(out, 'graph.json'), 'utf8'));
  assert.equal(graph.edges.length, r.edges, 'graph.json holds every relation');
  assert.equal(Object.keys(graph.attributes.evidence).length, (await tripleLines()).length);
  const written = (await readFile(join(out, 'triples.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l).id);
  assert.deepEqual(written, (await tripleLines()).map((l) => JSON.parse(l).id), 'triples.jsonl: every triple, in input order');
});

test('a page within its caps says nothing is missing', async () => {
  const out = join(dir, 'whole');
  const r = await buildSite([TRIPLES], { outDir: out, settings: resolveSettings() });
  assert.equal(r.leftOut, undefined);
  assert.doesNotMatch(await readFile(join(out, 'index.html'), 'utf8'), /<p id="page-note"/);
});

test('an input that gives nothing leaves the old triples.jsonl alone and no .part file', async () => {
  const out = join(dir, 'old');
  await buildSite([TRIPLES], { outDir: out, settings: resolveSettings() });
  const before = await readFile(join(out, 'triples.jsonl'), 'utf8');
  const empty = join(dir, 'empty.txt');
  await writeFile(empty, '');
  await assert.rejects(buildSite([empty], { outDir: out, settings: resolveSettings(), onError: () => {} }), /nothing could be read/);
  assert.equal(await readFile(join(out, 'triples.jsonl'), 'utf8'), before);
  await assert.rejects(readFile(join(out, 'triples.jsonl.part')), /ENOENT/);
});
