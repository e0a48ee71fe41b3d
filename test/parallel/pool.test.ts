/**
 * parallel/pool: results in input order whatever the threads and job times; bounded read-ahead;
 * a crashed thread loses nothing (its jobs go to a fresh one, the killer job is named after a
 * second death); a thread that cannot start stops the run. Real worker threads throughout.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { orderedPool } from '../../src/parallel/pool.ts';
import { ActorGraphError } from '../../src/errors.ts';
import type { TestJob } from './_test-worker.ts';

const ENTRY = new URL('./_test-worker.ts', import.meta.url);
let dir: string;
before(() => { dir = mkdtempSync(join(tmpdir(), 'actorgraph-pool-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(jobs: TestJob[], size: number, extra: { window?: number; heapMb?: number } = {}, onRead?: (n: number) => void): Promise<Array<number | string>> {
  async function* input() { for (const j of jobs) { onRead?.(j.n); yield j; } }
  const out: Array<number | string> = [];
  for await (const { payload, result } of orderedPool<TestJob, number | string>(input(), {
    size, entry: ENTRY, workerData: { dir }, ...extra, crashed: (job, reason) => `crashed ${job.n}: ${reason}`,
  })) {
    assert.equal(typeof result === 'number' ? result / 10 : payload.n, payload.n, 'each result comes with its own job');
    out.push(result);
  }
  return out;
}

describe('orderedPool', () => {
  it('gives results in input order when later jobs finish first', async () => {
    // (the first jobs are the slowest: with 3 threads they finish last)
    const jobs = Array.from({ length: 12 }, (_, n) => ({ n, wait: n < 3 ? 150 - n * 40 : 5 }));
    assert.deepEqual(await run(jobs, 3), jobs.map((j) => j.n * 10));
  });

  it('reads at most its window ahead of the consumer', async () => {
    let read = 0;
    const jobs = Array.from({ length: 40 }, (_, n) => ({ n }));
    async function* input() { for (const j of jobs) { read++; yield j; } }
    const seen: number[] = [];
    for await (const { result } of orderedPool<TestJob, number>(input(), { size: 2, entry: ENTRY, workerData: { dir }, window: 4, crashed: () => -1 })) {
      seen.push(read);
      await new Promise((r) => setTimeout(r, 5));
      assert.ok(result >= 0);
    }
    // the consumer holds result k while at most window jobs (k…k+3) have been read, plus the one being read
    seen.forEach((r, k) => assert.ok(r <= k + 4 + 1, `read ${r} documents while handing out #${k}`));
    assert.equal(read, 40);
  });

  it('gives the jobs of a thread that died once to a fresh thread, in order, losing none', async () => {
    const jobs = Array.from({ length: 10 }, (_, n) => ({ n, ...(n === 4 ? { crash: 'once' as const } : {}) }));
    assert.deepEqual(await run(jobs, 2), jobs.map((j) => j.n * 10));
  });

  it('names the job that kills its thread twice and goes on with the others', async () => {
    const jobs = Array.from({ length: 8 }, (_, n) => ({ n, ...(n === 5 ? { crash: 'always' as const } : {}) }));
    const out = await run(jobs, 2);
    assert.equal(out.length, 8);
    assert.match(String(out[5]), /^crashed 5: the worker thread exited with code 3/);
    assert.deepEqual(out.filter((_, i) => i !== 5), jobs.filter((j) => j.n !== 5).map((j) => j.n * 10));
  });

  it('retries a job that outgrows a capped heap on an uncapped thread, losing nothing', async () => {
    // (job 3 holds ~160 MiB: more than the 64 MiB cap, so its capped thread dies out of memory)
    const jobs: TestJob[] = Array.from({ length: 6 }, (_, n) => ({ n, ...(n === 3 ? { allocMb: 160 } : {}) }));
    assert.deepEqual(await run(jobs, 2, { heapMb: 64 }), jobs.map((j) => j.n * 10));
    // (without the retry on an uncapped thread the job would have died twice)
  });

  it('stops with a clear error when a thread cannot start (no job is blamed)', async () => {
    await assert.rejects(async () => {
      for await (const _ of orderedPool<TestJob, number>([{ n: 1 }, { n: 2 }], { size: 2, entry: new URL('./_broken-worker.ts', import.meta.url), crashed: () => -1 })) { /* nothing */ }
    }, (e: unknown) => e instanceof ActorGraphError && /could not start: .*cannot load the models/.test(e.message) && /--workers 1/.test(e.hint ?? ''));
  });
});
