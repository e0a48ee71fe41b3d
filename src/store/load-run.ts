/**
 * actorgraph/store/load-run — the work behind `actorgraph load`: connect, load with a progress
 * bar on stderr (only on a terminal; extract's bar, io/progress.ts: MB of the inputs read, with
 * an ETA, documents read and triples written), print a summary, close.
 */
import { InputError } from '../errors.js';
import { hintOnce, isWarning } from '../io/warning.js';
import { createProgress } from '../io/progress.js';
import type { Settings } from '../settings.js';
import { closeStore, openStore } from './connection.js';
import { loadInputs, type LoadSummary } from './load.js';
import { formatRemoved } from './remove-run.js';
import type { Shard } from '../parallel/shard.js';

export interface LoadRunOptions {
  batchSize?: number;
  progress?: boolean;
  replace?: boolean;
  settings?: Settings;
  out?: (text: string) => void;
  /** Threads extracting documents and the shard kept (`--workers`, `--shard`). */
  workers?: number;
  shard?: Shard;
}

export function formatSummary(s: LoadSummary): string {
  const rate = s.seconds > 0 ? Math.round(s.triples / s.seconds) : s.triples;
  const r = s.removed;
  return [
    ...(r ? [formatRemoved(r, 'replaced')] : []),
    `loaded ${s.triples} triples${s.documentsRead ? ` from ${s.documentsRead} documents` : ''} in ${s.seconds.toFixed(2)} s (${rate} triples/s)`,
    `  nodes created: ${s.actorsCreated} actors, ${s.conceptsCreated} concepts, ${s.documentsCreated} documents, ${s.evidenceCreated} evidence`,
    `  evidence already present (merged): ${s.evidenceExisting}`,
    `  relationships: ${s.edgesCreated} created, ${s.edgesUpdated} updated with new evidence, ${s.edgesMerged} merged in all`,
    ...(s.skipped ? [`  skipped: ${s.skipped} triples (self-loop or unsafe relation type)`] : []),
  ].join('\n') + '\n';
}

/** The summary, and how many input records or files could not be read (the CLI's exit code). */
export interface LoadRunResult { summary: LoadSummary; inputErrors: number }

export async function loadAndReport(cfg: Settings['neo4j'], inputs: string[], opts: LoadRunOptions = {}): Promise<LoadRunResult> {
  const store = await openStore(cfg);
  // (on a terminal only, unless --no-progress)
  const bar = createProgress({ enabled: opts.progress !== false && process.stderr.isTTY === true, label: 'load', triples: true });
  let inputErrors = 0;
  const withHint = hintOnce();
  const warn = (e: InputError) => {
    if (!isWarning(e)) inputErrors++;
    bar.log(withHint(e));
  };
  try {
    const summary = await loadInputs(store, inputs, {
      batchSize: opts.batchSize ?? cfg.batchSize,
      replace: opts.replace,
      settings: opts.settings,
      workers: opts.workers,
      shard: opts.shard,
      lease: {
        ...(opts.settings ? { staleMs: opts.settings.load.leaseStaleMs, waitMs: opts.settings.load.leaseWaitMs } : {}),
        onWait: (h) => bar.log(`actorgraph load: waiting for another ${h.task} on this database (${h.owner}, since ${h.started.toISOString()})…`),
      },
      onInputError: warn,
      onProgress: (p) => { bar.docs(p.documents); bar.triples(p.written); bar.update(p.bytesRead ?? 0, p.bytesTotal ?? 0); },
    });
    bar.stop();
    (opts.out ?? ((t) => process.stdout.write(t)))(formatSummary(summary));
    if (summary.triples === 0 && summary.documentsRead === 0 && inputErrors > 0) {
      throw new InputError('nothing could be read from the inputs', { hint: 'See the messages above; load reads triples files (extract output), .txt, .md, .html and .jsonl documents, folders of them, or - for stdin.' });
    }
    return { summary, inputErrors };
  } finally {
    bar.stop();
    await closeStore(store);
  }
}
