/**
 * actorgraph/store/query-run — the work behind `actorgraph query`: connect, run, print, close.
 * Kept out of the command module so the CLI stays thin and the driver loads only when needed.
 */
import type { Settings } from '../settings.js';
import { closeStore, openStore } from './connection.js';
import { formatResult, type QueryFormat } from './format.js';
import { parseParams } from './params.js';
import { runQuery } from './read.js';

export interface QueryRunOptions {
  params?: readonly string[];
  format: QueryFormat;
  write: boolean;
  /** Neo4j stops the query after this long (default: none). */
  timeoutMs?: number;
  /** Only the first maxRows rows are printed (default: all), and a line on stderr says so. */
  maxRows?: number;
  out?: (text: string) => void;
  /** Where the "first N rows" line goes. Default: stderr, so JSON and CSV on stdout stay whole. */
  note?: (text: string) => void;
}

export async function queryAndPrint(cfg: Settings['neo4j'], cypher: string, opts: QueryRunOptions): Promise<void> {
  const params = parseParams(opts.params);
  const store = await openStore(cfg);
  // Ctrl+C ends the query on the server too, not only this process (a read runs in a tagged
  // transaction that store/cancel.ts terminates).
  const interrupted = new AbortController();
  const stop = () => interrupted.abort();
  if (!opts.write) process.once('SIGINT', stop); // (a write keeps Node's own Ctrl+C)
  try {
    const result = await runQuery(store, cypher, params, { write: opts.write, signal: interrupted.signal, timeoutMs: opts.timeoutMs, maxRows: opts.maxRows });
    (opts.out ?? ((t) => process.stdout.write(t)))(formatResult(result, opts.format));
    if (result.truncated) {
      (opts.note ?? ((t) => process.stderr.write(t)))(`actorgraph query: first ${opts.maxRows} rows: the query returned more (add LIMIT or narrow it, or raise --max-rows)\n`);
    }
  } finally {
    process.off('SIGINT', stop);
    await closeStore(store);
  }
}
