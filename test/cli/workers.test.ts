/**
 * --workers and --shard through the real CLI (bin/actorgraph.js, which registers tsx itself: the
 * worker threads must start from there too): the same bytes with 1 and 2 workers, for extract
 * and build; two shards that together are the whole run; bad values refused naming the flag.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus } from '../parallel/_corpus.ts';

const BIN = new URL('../../bin/actorgraph.js', import.meta.url).pathname;
let dir: string;

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'actorgraph-workers-'));
  writeFileSync(join(dir, 'corpus.jsonl'), corpus(14).map((d) => JSON.stringify(d)).join('\n') + '\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('extract --workers / --shard', () => {
  let whole: string;

  it('writes the same bytes with --workers 1 and --workers 2', () => {
    const one = cli('extract', 'corpus.jsonl', '--workers', '1');
    const two = cli('extract', 'corpus.jsonl', '--workers', '2');
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.status, 0, two.stderr);
    assert.match(two.stderr, /14 docs, \d+ triples, 0 errors/);
    assert.ok(one.stdout.split('\n').length > 30);
    assert.equal(two.stdout, one.stdout);
    whole = one.stdout;
  });

  it('splits the run into shards 1/2 and 2/2 whose files together hold the whole run\'s triples', () => {
    const parts = ['1/2', '2/2'].map((s, i) => {
      const r = cli('extract', 'corpus.jsonl', '--shard', s, '--workers', String(i + 1), '-o', `part-${i + 1}.jsonl`);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, new RegExp(`shard ${s.replace('/', '\\/')} \\(\\d+ docs left to the other shards\\)`));
      return readFileSync(join(dir, `part-${i + 1}.jsonl`), 'utf8');
    });
    const lines = (t: string) => t.split('\n').filter(Boolean).sort();
    assert.ok(lines(parts[0]).length > 0 && lines(parts[1]).length > 0);
    assert.deepEqual(lines(parts[0] + parts[1]), lines(whole));
  });

  const bad: Array<[string[], RegExp]> = [
    [['--shard', '3/2'], /--shard 3\/2: i must be between 1 and 2/],
    [['--shard', 'half'], /--shard "half": expected i\/n/],
    [['--workers', '0'], /--workers must be a whole number from 1 to 1024, got 0/],
    [['--workers', '1.5'], /--workers must be a whole number/],
  ];
  for (const [args, re] of bad) {
    it(`refuses ${args.join(' ')} naming the flag, before reading anything`, () => {
      const r = cli('extract', 'corpus.jsonl', ...args);
      assert.equal(r.status, 2); // a usage error (src/cli/main.ts UsageError)
      assert.match(r.stderr, re);
      assert.doesNotMatch(r.stderr, /internal error/);
      assert.equal(r.stdout, '');
    });
  }
});

describe('build --workers', () => {
  it('writes the same triples.jsonl and graph.json with --workers 1 and --workers 2', () => {
    for (const w of ['1', '2']) {
      const r = cli('build', 'corpus.jsonl', '--workers', w, '-o', `site-${w}`);
      assert.equal(r.status, 0, r.stderr);
    }
    for (const f of ['triples.jsonl', 'graph.json']) {
      assert.equal(readFileSync(join(dir, 'site-2', f), 'utf8'), readFileSync(join(dir, 'site-1', f), 'utf8'), f);
    }
  });
});
