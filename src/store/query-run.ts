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
  try {
    const result = await runQuery(store, cypher, params, { write: opts.write });
    (opts.out ?? ((t) => process.stdout.write(t)))(formatResult(result, opts.format));
  } finally {
    await closeStore(store);
  }
}
