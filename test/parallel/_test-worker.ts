/**
 * A worker for test/parallel/pool.test.ts: answers {n, wait?, crash?} with n × 10 after `wait`
 * ms. crash 'always' kills the thread; 'once' kills it the first time only (a marker file in
 * the directory the test gives remembers it across threads). allocMb holds that much heap.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { poolData, serveJobs } from '../../src/parallel/worker-side.ts';

export interface TestJob { n: number; wait?: number; crash?: 'once' | 'always'; /** MiB of heap to hold while answering. */ allocMb?: number }

const { dir } = poolData<{ dir: string }>();

serveJobs<TestJob, number>((job) => {
  if (job.wait) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, job.wait);
  const marker = join(dir, `crashed-${job.n}`);
  if (job.crash === 'always' || (job.crash === 'once' && !existsSync(marker))) {
    writeFileSync(marker, '');
    process.exit(3);
  }
  // (held to the end: ~1 MiB of small integers per array)
  const held: number[][] = [];
  for (let i = 0; i < (job.allocMb ?? 0); i++) held.push(new Array(131072).fill(i));
  return job.n * 10 + held.length * 0;
});
