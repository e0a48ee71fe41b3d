/**
 * actorgraph/parallel/worker-side — the worker's half of parallel/pool.ts's protocol: say ready
 * once loaded, then answer each job in the order received. `handle` must not throw for a bad job
 * (return an error value instead): a throw here is a crash, and the pool retries the job once.
 *
 * @example
 *   serveJobs<Doc, Reply>((doc) => ({ items: extractOne(doc, settings) }));
 */
import { parentPort, workerData } from 'node:worker_threads';

/** What the pool gave this worker at start (PoolOptions.workerData). */
export function poolData<T>(): T {
  return (workerData as { data: T }).data;
}

export function serveJobs<P, R>(handle: (payload: P) => R): void {
  const port = parentPort;
  if (!port) throw new Error('actorgraph/parallel: serveJobs() runs in a worker thread only');
  port.on('message', (m: { seq: number; payload: P }) => {
    port.postMessage({ seq: m.seq, result: handle(m.payload) });
  });
  port.postMessage({ ready: true });
}
