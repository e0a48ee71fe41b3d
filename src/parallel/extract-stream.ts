/**
 * actorgraph/parallel/extract-stream — documents in, each document's triples out, in input
 * order: in this thread (`workers: 1`) or on N worker threads (parallel/pool.ts), with the same
 * output byte for byte either way. `--shard i/n` is applied here, before any work is handed out.
 *
 * A document the extractor fails on gives `{ doc, error }` (an ExtractionError naming it, the
 * same in a worker as here); the caller reports it and goes on.
 *
 * @example
 *   for await (const r of extractStream(readInputs(['news/']), { settings, workers: 2 })) {
 *     if ('error' in r) report(r.error); else write(r.items);
 *   }
 */
import { ExtractionError } from '../errors.js';
import type { Settings } from '../settings.js';
import type { Doc } from '../types.js';
import type { Extracted, ExtractFormat } from './extract-one.js';
import type { ExtractReply, ExtractWorkerData } from './extract-worker.js';
import { orderedPool } from './pool.js';
import { inShard, type Shard } from './shard.js';
import { defaultWorkers } from './workers.js';

export type DocResult<T extends Extracted = Extracted> = { doc: Doc; items: T[] } | { doc: Doc; error: ExtractionError };

export interface StreamOptions {
  settings: Settings;
  /** Threads extracting; 1 extracts in this thread. Default: the machine's cores. */
  workers?: number;
  shard?: Shard;
  format?: ExtractFormat;
  /** Called for each document read but left to another shard (the progress bar counts it). */
  onOutOfShard?: (doc: Doc) => void;
}


const WORKER = new URL('./extract-worker.ts', import.meta.url);

async function* ofShard(docs: AsyncIterable<Doc>, shard: Shard | undefined, onOut?: (doc: Doc) => void): AsyncGenerator<Doc> {
  for await (const doc of docs) {
    if (inShard(doc.id, shard)) yield doc;
    else onOut?.(doc);
  }
}

export function extractStream<T extends Extracted = Extracted>(docs: AsyncIterable<Doc>, opts: StreamOptions): AsyncGenerator<DocResult<T>> {
  const workers = opts.workers ?? defaultWorkers();
  const format = opts.format ?? 'jsonl';
  const mine = ofShard(docs, opts.shard, opts.onOutOfShard);
  return (workers <= 1 ? inThread(mine, opts.settings, format) : onWorkers(mine, workers, opts.settings, format)) as AsyncGenerator<DocResult<T>>;
}

async function* inThread(docs: AsyncIterable<Doc>, settings: Settings, format: ExtractFormat): AsyncGenerator<DocResult> {
  // (imported here: with workers, this thread never loads the extractor or its models)
  const { extractOne, extractionError } = await import('./extract-one.js');
  for await (const doc of docs) {
    let items: Extracted[];
    try {
      items = extractOne(doc, settings, format);
    } catch (e) {
      yield { doc, error: extractionError(doc.id, e) };
      continue;
    }
    yield { doc, items };
  }
}

async function* onWorkers(docs: AsyncIterable<Doc>, size: number, settings: Settings, format: ExtractFormat): AsyncGenerator<DocResult> {
  const workerData: ExtractWorkerData = { settings, format };
  const done = orderedPool<Doc, ExtractReply>(docs, {
    size, entry: WORKER, workerData,
    sizeOf: (doc) => doc.text.length,
    ...(settings.workerHeapMb > 0 ? { heapMb: settings.workerHeapMb } : {}),
    crashed: (_doc, reason) => ({ error: { message: `the worker thread died twice on this document (${reason})` } }),
  });
  for await (const { payload: doc, result } of done) {
    if ('error' in result) yield { doc, error: new ExtractionError(doc.id, result.error.message, result.error.detail) };
    else yield { doc, items: result.items };
  }
}
