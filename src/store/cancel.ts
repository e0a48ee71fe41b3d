/**
 * actorgraph/store/cancel — terminate, on the server, the transaction that carries our tag.
 *
 * Why on the server: a client that goes away (a closed browser tab) leaves its query running in
 * Neo4j at 100 % CPU until it ends or times out; dropping our side of the connection does not
 * stop it. Every read transaction of store/read.ts carries a random tag in its metadata, and this
 * finds it with SHOW TRANSACTIONS and ends it with TERMINATE TRANSACTIONS (both in Community
 * Neo4j, for the user's own transactions). Only this module runs them: the read-only path refuses
 * both to everyone else (store/plan-check.ts).
 */
import neo4j from 'neo4j-driver';
import type { Store } from './connection.js';

/** The metadata key that carries the tag. */
export const TAG_KEY = 'actorgraphQuery';

const FIND = `SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.${TAG_KEY} = $tag RETURN transactionId`;

/** Terminates the tagged transaction if it still runs; never throws (a best-effort clean-up). */
export async function cancelTagged(store: Store, tag: string): Promise<number> {
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ });
  try {
    const found = await session.run(FIND, { tag });
    const ids = found.records.map((r) => String(r.get('transactionId')));
    if (ids.length) await session.run('TERMINATE TRANSACTIONS $ids', { ids });
    return ids.length;
  } catch {
    return 0;
  } finally {
    await session.close().catch(() => undefined);
  }
}
