/**
 * actorgraph/store/connection — open a checked connection to Neo4j, close it.
 *
 * Why verify at open: a driver is lazy, so a wrong password or a stopped server would otherwise
 * surface in the middle of a load. openStore() logs in and touches the database once, and maps
 * any failure to a StoreError that says what to do (store/failure.ts).
 *
 * @example
 *   const store = await openStore({ ...DEFAULT_SETTINGS.neo4j, ...neo4jFromEnv() });
 *   try { await runQuery(store, 'MATCH (a:Actor) RETURN count(a) AS n'); } finally { await closeStore(store); }
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Settings } from '../settings.js';
import { toStoreError, type FailureContext } from './failure.js';

export interface Store {
  driver: Driver;
  /** The database every session of this store opens. */
  database: string;
  uri: string;
  user: string;
  /** Batch size for UNWIND writes (rows per transaction). */
  batchSize: number;
}

export interface OpenOptions {
  /** How long executeRead/executeWrite keep retrying a transient failure (driver default 30 s). */
  maxRetryMs?: number;
  /** How long to wait for a TCP connection before calling the server unreachable. */
  connectTimeoutMs?: number;
}

export function failureContext(store: Pick<Store, 'uri' | 'user' | 'database'>, during?: string): FailureContext {
  return { uri: store.uri, user: store.user, database: store.database, during };
}

export async function openStore(cfg: Settings['neo4j'], opts: OpenOptions = {}): Promise<Store> {
  const ctx: FailureContext = { uri: cfg.uri, user: cfg.user, database: cfg.database };
  let driver: Driver;
  try {
    driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
      maxTransactionRetryTime: opts.maxRetryMs ?? 15_000,
      connectionTimeout: opts.connectTimeoutMs ?? 5_000,
      connectionAcquisitionTimeout: (opts.connectTimeoutMs ?? 5_000) + 5_000,
      // Why no logging: the CLI reports errors itself, once, as a StoreError.
      userAgent: 'actorgraph',
    });
  } catch (err) {
    throw toStoreError(err, ctx); // a malformed URI fails here
  }
  const store: Store = { driver, database: cfg.database, uri: cfg.uri, user: cfg.user, batchSize: cfg.batchSize };
  try {
    await driver.verifyConnectivity({ database: cfg.database });
    // verifyConnectivity logs in but need not open the database: touch it so a wrong name fails now.
    const session = driver.session({ database: cfg.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run('RETURN 1'));
    } finally {
      await session.close();
    }
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw toStoreError(err, ctx);
  }
  return store;
}

export async function closeStore(store: Store): Promise<void> {
  await store.driver.close();
}
