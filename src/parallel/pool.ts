/**
 * actorgraph/parallel/pool — an ordered pool of worker threads: jobs go out in input order to
 * whichever worker is free, and results come back out **in input order**, whatever the number of
 * workers and however long each job takes. That is what makes `--workers N` give byte-identical
 * output.
 *
 * Backpressure: at most `window` jobs are between the input and the consumer (queued, running, or
 * done and waiting for an earlier one), and at most `maxBytes` of them by their `size`; the input
 * is not read further until the consumer takes a result. Memory is flat on a corpus of any size.
 *
 * A crashed worker (an uncaught error, out of memory, a native abort) loses nothing: its jobs
 * are given to a fresh worker in order. The job it was running when it died is tried once more;
 * if it kills that worker too, its result is `crashed(job, reason)` — an error the caller reports
 * naming the document — and the run goes on. A worker that dies before it is ready (its modules
 * do not load) stops the run with that error: no job is to blame.
 *
 * Worker protocol (parallel/worker-side.ts): the worker posts {ready: true} once loaded, then
 * answers each {seq, payload} with {seq, result}, one at a time, in the order received.
 */
import { Worker } from 'node:worker_threads';
import { ActorGraphError, messageOf } from '../errors.js';

export interface PoolOptions<P, R> {
  /** Worker threads at most (started when there is work for them). */
  size: number;
  /** The worker's module (a .ts file: started through parallel/boot.mjs, which registers tsx). */
  entry: URL;
  /** Given to every worker once, at start (structured-cloned): settings and the like. */
  workerData?: unknown;
  /** Jobs between input and consumer at most; default size × 8. */
  window?: number;
  /** …and their summed size() at most (one job always fits); default 32 MiB. */
  maxBytes?: number;
  /** A job's weight against maxBytes (a document's text length). */
  sizeOf?: (payload: P) => number;
  /** The result of a job whose worker died twice running it. */
  crashed: (payload: P, reason: string) => R;
  /**
   * Old-generation heap of each worker at most, in MiB (V8's resourceLimits); none by default.
   * Without a cap V8 lets each thread's heap grow with the corpus; with one it collects sooner
   * and memory stays flat. A job whose capped worker dies is tried again on an uncapped one, so
   * a document too big for the cap is slower, never lost.
   */
  heapMb?: number;
}

interface Job<P> { seq: number; payload: P; attempts: number }
/** A job's payload with its worker's result. */
export interface Done<P, R> { payload: P; result: R }
interface Slot<P> { worker: Worker; ready: boolean; jobs: Job<P>[]; closing: boolean; capped: boolean }

/** Jobs sent to one worker ahead of its answer: one running, one waiting in its port. */
const PER_WORKER = 2;

const BOOT = new URL('./boot.mjs', import.meta.url);

/**
 * @example
 *   for await (const { payload, result } of orderedPool(docs, { size: 2, entry: new URL('./extract-worker.ts', import.meta.url), crashed })) …
 */
export async function* orderedPool<P, R>(input: AsyncIterable<P> | Iterable<P>, opts: PoolOptions<P, R>): AsyncGenerator<Done<P, R>> {
  const window = opts.window ?? opts.size * 8;
  const maxBytes = opts.maxBytes ?? 32 * 2 ** 20;
  const sizeOf = opts.sizeOf ?? (() => 0);
  const slots: Slot<P>[] = [];
  const pending: Job<P>[] = []; // read, not yet sent (in seq order)
  const results = new Map<number, Done<P, R>>();
  let read = 0, out = 0, bytes = 0;
  const bytesOf = new Map<number, number>();
  let inputDone = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const poke = (): void => { const w = wake; wake = undefined; w?.(); };

  const spawn = (cap = true): Slot<P> => {
    // (execArgv []: the parent's flags — `--test`, tsx's own loader flags — are not the worker's;
    // boot.mjs registers tsx itself, the same under `node --import tsx`, `tsx` and bin/actorgraph.js)
    const heapMb = cap ? opts.heapMb : undefined;
    const worker = new Worker(BOOT, { workerData: { entry: opts.entry.href, data: opts.workerData }, execArgv: [], ...(heapMb !== undefined ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {}) });
    const slot: Slot<P> = { worker, ready: false, jobs: [], closing: false, capped: heapMb !== undefined };
    worker.on('message', (m: { ready?: boolean; seq?: number; result?: R }) => {
      if (m.ready) { slot.ready = true; return; }
      const i = slot.jobs.findIndex((j) => j.seq === m.seq);
      if (i < 0) return;
      const [job] = slot.jobs.splice(i, 1);
      results.set(job.seq, { payload: job.payload, result: m.result as R });
      dispatch();
      poke();
    });
    const died = (reason: string): void => {
      if (slot.closing) return;
      slot.closing = true;
      slots.splice(slots.indexOf(slot), 1);
      if (!slot.ready) { failure ??= new ActorGraphError(`actorgraph/workers: a worker thread could not start: ${reason}`, 'Run with --workers 1 to extract in this process; ACTORGRAPH_DEBUG=1 prints the stack.'); poke(); return; }
      // The first job it held was running: blame it (once); the rest go back in order.
      const [running, ...waiting] = slot.jobs;
      if (running && ++running.attempts >= 2) results.set(running.seq, { payload: running.payload, result: opts.crashed(running.payload, reason) });
      else if (running) waiting.unshift(running);
      pending.unshift(...waiting);
      pending.sort((a, b) => a.seq - b.seq);
      dispatch();
      poke();
    };
    worker.on('error', (e) => died(messageOf(e)));
    worker.on('exit', (code) => died(`the worker thread exited with code ${code}`));
    slots.push(slot);
    return slot;
  };

  function dispatch(): void {
    while (pending.length && !failure) {
      // (a job tried once already goes to a worker with no heap cap: the cap may have killed it)
      const retry = pending[0].attempts > 0 && opts.heapMb !== undefined;
      let slot = slots.filter((s) => s.jobs.length < PER_WORKER && (!retry || !s.capped)).sort((a, b) => a.jobs.length - b.jobs.length)[0];
      // a new worker only when every running one is busy: one small document starts one thread
      if (!slot || (slot.jobs.length > 0 && slots.length < opts.size)) slot = slots.length < opts.size || (retry && !slot) ? spawn(!retry) : slot;
      if (!slot) return;
      const job = pending.shift()!;
      slot.jobs.push(job);
      slot.worker.postMessage({ seq: job.seq, payload: job.payload });
    }
  }

  const it = (Symbol.asyncIterator in input ? (input as AsyncIterable<P>)[Symbol.asyncIterator]() : (input as Iterable<P>)[Symbol.iterator]()) as AsyncIterator<P> | Iterator<P>;
  let reading = false;
  const hasRoom = (): boolean => read - out < window && (read === out || bytes < maxBytes);
  // One read at a time (an iterator must not be advanced concurrently); each read posts its job.
  const readSome = async (): Promise<void> => {
    try {
      while (!inputDone && !failure && hasRoom()) {
        const r = await it.next();
        if (r.done) { inputDone = true; break; }
        const n = sizeOf(r.value);
        bytes += n;
        bytesOf.set(read, n);
        pending.push({ seq: read++, payload: r.value, attempts: 0 });
        dispatch();
      }
    } catch (e) {
      failure ??= e;
    } finally {
      reading = false;
      poke();
    }
  };

  try {
    for (;;) {
      if (failure) throw failure;
      if (results.has(out)) {
        const r = results.get(out)!;
        results.delete(out);
        bytes -= bytesOf.get(out) ?? 0;
        bytesOf.delete(out);
        out++;
        yield r;
        continue;
      }
      if (inputDone && out === read) return;
      if (!reading && !inputDone && hasRoom()) { reading = true; void readSome(); }
      await new Promise<void>((r) => { wake = r; });
    }
  } finally {
    for (const s of slots) { s.closing = true; void s.worker.terminate(); }
    if (!inputDone) await it.return?.();
  }
}
