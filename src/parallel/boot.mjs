// actorgraph/parallel/boot — the first module of every worker thread: registers tsx's loader in
// this thread (a worker does not inherit the hooks bin/actorgraph.js registered in the main one),
// then imports the worker's TypeScript module named by the pool (parallel/pool.ts).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
