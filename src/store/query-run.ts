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
  out?: (text: string) => void;
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
    const result = await runQuery(store, cypher, params, { write: opts.write, signal: interrupted.signal });
    (opts.out ?? ((t) => process.stdout.write(t)))(formatResult(result, opts.format));
  } finally {
    process.off('SIGINT', stop);
    await closeStore(store);
  }
}
