/**
 * actorgraph/store/read — run one Cypher query and get plain rows back.
 *
 * Read-only unless asked, and read-only for the host too: the session opens in READ access mode,
 * AND the query's plan is checked before it runs (store/plan-check.ts: no LOAD CSV, no
 * transaction or server administration, no writing procedures), because a READ session alone
 * still lets those through. `write: true` skips both (the CLI's --write; the console never has it).
 *
 * For untrusted callers (serve's console) the options bound the work: a server-side transaction
 * timeout, a row cap (rows beyond it are never fetched; `truncated` says so), parameter limits,
 * and an AbortSignal that terminates the query on the server when the client goes away.
 * Values are converted at this boundary (store/values.ts).
 *
 * @example
 *   const { columns, rows } = await runQuery(store,
 *     'MATCH (a:Actor {id: $id})-[r]->(b) RETURN type(r) AS rel, b.name AS other', { id: 'RUS' });
 *   // columns: ['rel', 'other'], rows: [{ rel: 'COOPERATE_WITH', other: 'Belarus' }, …]
 */
import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Store } from './connection.js';
import { failureContext } from './connection.js';
import { StoreError } from '../errors.js';
import { toStoreError } from './failure.js';
import { checkParams, type ParamLimits } from './param-limits.js';
import { explainAndCheck } from './plan-check.js';
import { cancelTagged, TAG_KEY } from './cancel.js';
import { toPlain } from './values.js';

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** True when the query had more rows than `maxRows` and only the first ones are here. */
  truncated?: boolean;
}

export interface QueryOptions {
  /** Run in a WRITE transaction with no plan check (the CLI's --write); timeoutMs and maxRows still apply. */
  write?: boolean;
  /** Server-side transaction timeout; Neo4j stops the query after it. */
  timeoutMs?: number;
  /** Keep the first maxRows rows; the rest are not fetched. */
  maxRows?: number;
  /** Refuse parameters deeper or bigger than this before sending them. */
  paramLimits?: ParamLimits;
  /** Aborting terminates the query on the server (a console client that went away). */
  signal?: AbortSignal;
}

const rowOf = (columns: string[], r: Neo4jRecord) => Object.fromEntries(columns.map((c) => [c, toPlain(r.get(c))]));

async function runWrite(store: Store, cypher: string, params: Record<string, unknown>, opts: QueryOptions): Promise<QueryResult> {
  const max = opts.maxRows;
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx: ManagedTransaction) => {
      const res = tx.run(cypher, params);
      const columns = (await res.keys()) as string[];
      // (a write runs to its end whatever is shown: rows past the cap are read and dropped, not kept)
      const rows: Record<string, unknown>[] = [];
      let truncated = false;
      for await (const r of res) {
        if (max === undefined || rows.length < max) rows.push(rowOf(columns, r));
        else truncated = true;
      }
      return truncated ? { columns, rows, truncated } : { columns, rows };
    }, opts.timeoutMs !== undefined ? { timeout: opts.timeoutMs } : undefined);
  } finally {
    await session.close();
  }
}

/**
 * Why an explicit transaction and not executeRead: a managed transaction is retried on transient
 * errors, and a query we terminated (client gone, timeout) must end, not start again.
 */
async function runRead(store: Store, cypher: string, params: Record<string, unknown>, opts: QueryOptions): Promise<QueryResult> {
  const max = opts.maxRows;
  const session = store.driver.session({
    database: store.database, defaultAccessMode: neo4j.session.READ,
    // Rows arrive in batches of this size, so a capped query stops the server after the cap.
    ...(max !== undefined ? { fetchSize: Math.min(1000, max + 1) } : {}),
  });
  const tag = randomUUID();
  const onAbort = () => { void cancelTagged(store, tag); };
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const tx = await session.beginTransaction({ timeout: opts.timeoutMs, metadata: { [TAG_KEY]: tag } });
    try {
      await explainAndCheck(tx, cypher, params);
      const res = tx.run(cypher, params);
      const columns = (await res.keys()) as string[];
      const rows: Record<string, unknown>[] = [];
      let truncated = false;
      for await (const r of res) {
        if (max !== undefined && rows.length >= max) { truncated = true; break; }
        rows.push(rowOf(columns, r));
      }
      return truncated ? { columns, rows, truncated } : { columns, rows };
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined); // a read has nothing to commit
    }
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    await session.close().catch(() => undefined);
  }
}

export async function runQuery(store: Store, cypher: string, params: Record<string, unknown> = {},
  opts: QueryOptions = {}): Promise<QueryResult> {
  try {
    if (opts.paramLimits) checkParams(params, opts.paramLimits);
    if (opts.signal?.aborted) throw new StoreError('the query was cancelled before it ran.');
    return await (opts.write ? runWrite(store, cypher, params, opts) : runRead(store, cypher, params, opts));
  } catch (err) {
    if (opts.signal?.aborted) throw new StoreError('the query was cancelled (its client went away or was interrupted) and terminated on the server.', { code: 'actorgraph.Cancelled' });
    throw toStoreError(err, failureContext(store));
  }
}
