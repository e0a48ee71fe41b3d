/**
 * actorgraph/store/load — the whole `actorgraph load`: read → (extract) → chunk → upsert.
 *
 * Streams: triples are written in chunks of `chunkTriples`, so memory stays flat however large
 * the input; each chunk is deduplicated (store/rows.ts) and written in UNWIND batches
 * (store/write.ts). Constraints are created first.
 *
 * @example
 *   const summary = await loadInputs(store, ['out/triples.jsonl']);
 *   summary.evidenceCreated; // 0 on a second run
 */
import type { InputError } from '../errors.js';
import type { Doc, Triple } from '../types.js';
import { DEFAULT_SETTINGS, type Settings } from '../settings.js';
import type { Store } from './connection.js';
import { readSources, type SourceItem } from './sources.js';
import { addStats, emptyStats, ensureSchema, upsertTriples, type WriteStats } from './write.js';
import { DocumentRemover, type RemoveStats } from './replace.js';
import { acquireLease, type LeaseOptions } from './lease.js';
import type { Shard } from '../parallel/shard.js';

export interface LoadProgress {
  seen: number; written: number; documents: number;
  /** Input bytes read so far, and of how many (loadInputs only: loadItems knows no files). */
  bytesRead?: number; bytesTotal?: number;
}

export interface LoadOptions {
  batchSize?: number;
  /** Triples per chunk (one dedup + write round). */
  chunkTriples?: number;
  settings?: Settings;
  onProgress?: (p: LoadProgress) => void;
  onInputError?: (e: InputError) => void;
  /** Take each input document's old evidence out of the graph before loading it (store/replace.ts). */
  replace?: boolean;
  /** The database's writer lease (store/lease.ts); defaults from settings.load. */
  lease?: Partial<LeaseOptions>;
  /** Threads extracting documents (default: one per core) and the shard kept (`--shard i/n`). */
  workers?: number;
  shard?: Shard;
}

export interface LoadSummary extends WriteStats {
  documentsRead: number;
  seconds: number;
  /** What --replace took out first (absent without it). */
  removed?: RemoveStats;
}

export const DEFAULT_CHUNK_TRIPLES = 20_000;

/** Read (and extract) the inputs, then load them: what `actorgraph load` runs. */
export async function loadInputs(store: Store, inputs: string[], opts: LoadOptions = {}): Promise<LoadSummary> {
  const lease = opts.lease ?? (opts.settings ? { staleMs: opts.settings.load.leaseStaleMs, waitMs: opts.settings.load.leaseWaitMs } : undefined);
  const bytes = { bytesRead: 0, bytesTotal: 0 };
  const onBytes = opts.onProgress && ((done: number, total: number) => { bytes.bytesRead = done; bytes.bytesTotal = total; });
  const onProgress = opts.onProgress && ((p: LoadProgress) => opts.onProgress!({ ...p, ...bytes }));
  return loadItems(store, readSources(inputs, { settings: opts.settings, onInputError: opts.onInputError, workers: opts.workers, shard: opts.shard, onBytes }),
    { ...opts, lease, onProgress });
}

/**
 * Load a stream of documents and triples (each document before its triples, as readSources()
 * yields them). Split from loadInputs so scripts/bench-load.ts times the load without the extractor.
 */
export async function loadItems(store: Store, items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  opts: Omit<LoadOptions, 'settings' | 'onInputError' | 'workers' | 'shard'> = {}): Promise<LoadSummary> {
  const t0 = performance.now();
  await ensureSchema(store);
  // One load at a time per database: a second one waits here (store/lease.ts says why).
  const lease = await acquireLease(store, {
    staleMs: DEFAULT_SETTINGS.load.leaseStaleMs, waitMs: DEFAULT_SETTINGS.load.leaseWaitMs, ...opts.lease,
  }, opts.replace ? 'load --replace' : 'load');
  try {
    return await loadHeld(store, items, opts, t0, lease.check);
  } finally {
    await lease.release();
  }
}

async function loadHeld(store: Store, items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  opts: Omit<LoadOptions, 'settings' | 'onInputError' | 'workers' | 'shard'>, t0: number, stillHeld: () => void): Promise<LoadSummary> {
  const chunkSize = opts.chunkTriples ?? DEFAULT_CHUNK_TRIPLES;
  let stats = emptyStats();
  let triples: Triple[] = [];
  let docs = new Map<string, Doc>();
  const progress: LoadProgress = { seen: 0, written: 0, documents: 0 };
  // --replace: every document is taken out once, before the first chunk that holds it, so a
  // document whose triples straddle two chunks keeps the first chunk's new evidence.
  const replaced = new Set<string>();
  const remover = opts.replace ? new DocumentRemover(store) : undefined;

  const flush = async () => {
    if (triples.length === 0 && docs.size === 0) return;
    stillHeld();
    if (remover) {
      const fresh = [...new Set([...docs.keys(), ...triples.map((t) => t.evidence.doc)])].filter((d) => !replaced.has(d));
      fresh.forEach((d) => replaced.add(d));
      await remover.remove(fresh);
    }
    stats = addStats(stats, await upsertTriples(store, triples, { docs, batchSize: opts.batchSize, writtenBefore: progress.written, replaceDocuments: opts.replace }));
    progress.written += triples.length;
    triples = [];
    docs = new Map();
    opts.onProgress?.({ ...progress });
  };

  for await (const item of items) {
    if (item.doc) { docs.set(item.doc.id, item.doc); progress.documents++; }
    if (item.triple) { triples.push(item.triple); progress.seen++; }
    if (triples.length >= chunkSize || docs.size >= chunkSize) await flush();
    else if (progress.seen % 1000 === 0 && item.triple) opts.onProgress?.({ ...progress });
  }
  await flush();
  return { ...stats, documentsRead: progress.documents, seconds: (performance.now() - t0) / 1000, ...(remover ? { removed: remover.stats() } : {}) };
}
