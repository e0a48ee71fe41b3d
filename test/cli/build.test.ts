/**
 * `actorgraph build` exit codes and stdin, through the real CLI: the same contract as extract
 * (0 all read, 1 something could not be read, nothing written when nothing could be read), and
 * `build -` reads triples (or text) from stdin.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './_cli.js';

const TRIPLES = 'test/fixtures/store/triples-a.jsonl';
let dir = '';
before(async () => { dir = await mkdtemp(join(tmpdir(), 'actorgraph-build-')); });
after(async () => { await rm(dir, { recursive: true, force: true }); });

test('build - should read triples from stdin and write the page', async () => {
  const out = join(dir, 'stdin');
  const r = await runCli(['build', '-', '-o', out], {}, await readFile(TRIPLES));
  assert.equal(r.code, 0, r.stderr);
  const graph = JSON.parse(await readFile(join(out, 'graph.json'), 'utf8'));
  assert.ok(graph.nodes.some((n: { key: string }) => n.key === 'RUS'));
  assert.equal((await readFile(join(out, 'triples.jsonl'), 'utf8')).trim().split('\n').length, 6);
});

test('build --shard i/n of a triples file: the shards\' triples should together be the whole file\'s', async () => {
  const { syntheticTriples } = await import('../store/_synthetic.js');
  const { writeFile } = await import('node:fs/promises');
  const file = join(dir, 'many.jsonl');
  const all = syntheticTriples(120, { actors: 20, concepts: 5, prefix: 'bs' });
  await writeFile(file, all.map((t) => JSON.stringify(t)).join('\n') + '\n');
  const parts: string[][] = [];
  for (const s of ['1/2', '2/2']) {
    const out = join(dir, `shard-${s[0]}`);
    const r = await runCli(['build', file, '--shard', s, '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    parts.push((await readFile(join(out, 'triples.jsonl'), 'utf8')).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).id));
  }
  for (const p of parts) assert.ok(p.length > 0 && p.length < 120, `every shard holds a part (${parts.map((x) => x.length).join(', ')})`);
  assert.deepEqual(parts.flat().sort(), all.map((t) => t.id).sort());
});

test('build should exit 1 when an input could not be read, and still build the page from the rest', async () => {
  const out = join(dir, 'partial');
  const r = await runCli(['build', TRIPLES, 'no/such/file.txt', '-o', out]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /no\/such\/file\.txt: no such file/);
  assert.ok(existsSync(join(out, 'index.html')));
});

test('build should exit 1 and write nothing when nothing could be read', async () => {
  const out = join(dir, 'nothing');
  const r = await runCli(['build', 'no/such/file.txt', '-o', out]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /nothing could be read from the inputs/);
  assert.equal(existsSync(join(out, 'index.html')), false);
});
