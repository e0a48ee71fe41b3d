/**
 * actorgraph/store/read — run one Cypher query and get plain rows back.
 *
 * Read-only unless asked: the session opens in READ access mode and the query runs in
 * executeRead, so the SERVER refuses a write (Neo.ClientError.Statement.AccessMode) — no guessing
 * from the query text. Values are converted at this boundary (store/values.ts).
 *
 * @example
 *   const { columns, rows } = await runQuery(store,
 *     'MATCH (a:Actor {id: $id})-[r]->(b) RETURN type(r) AS rel, b.name AS other', { id: 'RUS' });
 *   // columns: ['rel', 'other'], rows: [{ rel: 'COOPERATE_WITH', other: 'Belarus' }, …]
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Store } from './connection.js';
import { failureContext } from './connection.js';
import { toStoreError } from './failure.js';
import { toPlain } from './values.js';

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
}

export async function runQuery(store: Store, cypher: string, params: Record<string, unknown> = {},
  opts: { write?: boolean } = {}): Promise<QueryResult> {
  const session = store.driver.session({
    database: store.database,
    defaultAccessMode: opts.write ? neo4j.session.WRITE : neo4j.session.READ,
  });
  try {
    const work = async (tx: ManagedTransaction): Promise<QueryResult> => {
      const res = tx.run(cypher, params);
      const columns = (await res.keys()) as string[];
      const { records } = await res;
      return { columns, rows: records.map((r) => Object.fromEntries(columns.map((c) => [c, toPlain(r.get(c))]))) };
    };
    return await (opts.write ? session.executeWrite(work) : session.executeRead(work));
  } catch (err) {
    throw toStoreError(err, failureContext(store));
  } finally {
    await session.close();
  }
}
