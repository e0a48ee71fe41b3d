/**
 * `actorgraph export` through the real CLI: the graph of the same inputs as `build` (documents
 * extracted, triples read as they are, merged by buildGraph) in each format, stdout for one-file
 * formats, and a clear error (exit 1, nothing half-written) for an output path that cannot be used.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import graphml from 'graphology-graphml';
import { runCli } from './_cli.js';
import { buildGraph } from '../../src/graph/build.js';
import { readTriplesJsonl } from '../../src/io/triples.js';
import { createReadStream } from 'node:fs';
import type { Triple } from '../../src/types.js';
import { DEFAULT_SETTINGS } from '../../src/settings.js';

const TRIPLES = 'test/fixtures/store/triples-a.jsonl';
let dir = '';
before(async () => { dir = await mkdtemp(join(tmpdir(), 'actorgraph-export-')); });
after(async () => { await rm(dir, { recursive: true, force: true }); });

async function fixtureGraph() {
  const triples: Triple[] = [];
  for await (const item of readTriplesJsonl(createReadStream(TRIPLES), TRIPLES, { onError: (e) => { throw e; }, maxRecordBytes: DEFAULT_SETTINGS.maxRecordBytes })) if ('triple' in item) triples.push(item.triple);
  return buildGraph(triples);
}

test('export -f graphml should write the graph build makes of the same triples', async () => {
  const out = join(dir, 'deep', 'er', 'g.graphml');
  const r = await runCli(['export', TRIPLES, '-f', 'graphml', '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  const read = graphml.parse(MultiDirectedGraph, await readFile(out, 'utf8'));
  const g = await fixtureGraph();
  assert.deepEqual(read.nodes(), g.nodes());
  assert.deepEqual(read.edges(), g.edges());
  assert.deepEqual(read.mapEdges((_k, a) => a.count), g.mapEdges((_k, a) => a.count));
  assert.match(r.stderr, new RegExp(`${g.order} nodes, ${g.size} relationships`));
});

test('export of documents should extract them first; jsonl goes to stdout without -o', async () => {
  const r = await runCli(['export', 'data/seed', '-f', 'jsonl']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.some((l) => l.type === 'node' && l.id === 'RUS'), 'Russia is in the seed article');
  assert.ok(lines.some((l) => l.type === 'relationship' && l.start.id === 'NATO'));
});

test('export -f csv should write nodes.csv and edges.csv into the folder', async () => {
  const out = join(dir, 'csv');
  const r = await runCli(['export', TRIPLES, '-f', 'csv', '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  const g = await fixtureGraph();
  const nodes = (await readFile(join(out, 'nodes.csv'), 'utf8')).trimEnd().split('\r\n');
  const edges = (await readFile(join(out, 'edges.csv'), 'utf8')).trimEnd().split('\r\n');
  assert.equal(nodes[0], 'id,label,type,country,aliases,mentions,degree,pagerank,community');
  assert.equal(edges[0], 'id,source,target,relation,label,lemma,category,negated,modality,count,evidence');
  assert.equal(nodes.length - 1, g.order);
  assert.equal(edges.length - 1, g.size);
});

test('export should refuse output paths it cannot use, with the reason and exit 1', async () => {
  const file = join(dir, 'a-file');
  await writeFile(file, 'x');
  const folder = join(dir, 'a-folder');
  await mkdir(folder);
  const table: Array<[string[], RegExp]> = [
    [['-f', 'graphml', '-o', join(file, 'g.graphml')], /cannot create the folder .*a-file: a file of that name is in the way/],
    [['-f', 'gexf', '-o', folder], /cannot write .*a-folder: a folder of that name is in the way/],
    [['-f', 'csv', '-o', file], /cannot create the folder .*a-file: a file of that name is in the way/],
    [['-f', 'neo4j-admin', '-o', '/proc/actorgraph-x'], /cannot create the folder \/proc\/actorgraph-x/],
    [['-f', 'csv'], /writes several files: name a folder with -o/],
  ];
  for (const [args, want] of table) {
    const r = await runCli(['export', TRIPLES, ...args]);
    assert.equal(r.code, 1, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, want, args.join(' '));
    assert.doesNotMatch(r.stderr, /internal error/);
  }
});

test('export should exit 2 on an unknown format', async () => {
  const r = await runCli(['export', TRIPLES, '-f', 'dot', '-o', join(dir, 'x')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /Choices: "graphml", "gexf", "csv", "jsonl", "neo4j-admin"/);
});

test('export --shard i/n of a triples file: the shards\' evidence should together be the whole file\'s (neo4j-admin files), and each graph count its own triples', async () => {
  const { syntheticTriples } = await import('../store/_synthetic.js');
  const file = join(dir, 'many.jsonl');
  await writeFile(file, syntheticTriples(240, { actors: 30, concepts: 8, prefix: 'sh' }).map((t) => JSON.stringify(t)).join('\n') + '\n');
  const evidenceIds = async (out: string) => (await readFile(join(out, 'Evidence.csv'), 'utf8')).trim().split('\n').slice(1).map((l) => l.slice(0, l.indexOf(',')));
  const whole = await runCli(['export', file, '-f', 'neo4j-admin', '-o', join(dir, 'adm-all')]);
  assert.equal(whole.code, 0, whole.stderr);
  const all = await evidenceIds(join(dir, 'adm-all'));
  assert.equal(all.length, 240);
  const parts: string[][] = [];
  let triples = 0;
  for (const s of ['1/3', '2/3', '3/3']) {
    const out = join(dir, `adm-${s[0]}`);
    const r = await runCli(['export', file, '--shard', s, '-f', 'neo4j-admin', '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    parts.push(await evidenceIds(out));
    const g = await runCli(['export', file, '--shard', s, '-f', 'jsonl', '-o', join(dir, `part-${s[0]}.jsonl`)]);
    assert.equal(g.code, 0, g.stderr);
    triples += Number(/from (\d+) triples/.exec(g.stderr)![1]);
  }
  for (const p of parts) assert.ok(p.length > 0 && p.length < 240, `every shard holds a part (${parts.map((x) => x.length).join(', ')})`);
  assert.deepEqual(parts.flat().sort(), [...all].sort());
  assert.equal(triples, 240, 'the graph exports count the shard\'s triples, and together all of them');
});
