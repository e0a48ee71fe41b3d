/**
 * actorgraph/store/lease — one writer at a time per database: a `(:LoadLease {id: 'load'})` node
 * holds the owner (host, pid, a random token), when it started and when it was last renewed.
 *
 * Why: two loads that overlap both create the same new edge (the edge step reads "is there an
 * edge?" then creates it, and neither sees the other's uncommitted one): 2,110 duplicate edges and
 * wrong counts on BBC, or raw ConstraintValidationFailed errors and partial graphs. Serialising
 * the writers makes the final graph the one a single load of the union gives, whoever runs them
 * (two terminals, two machines of a sharded run), because every load is idempotent on its own.
 *
 * A load that waits says who holds the lease; a holder renews it every staleMs / 4, so a lease
 * not renewed for staleMs belongs to a process that died (kill -9, a lost machine) and is taken
 * over (at once when the holder was a process of this machine that no longer runs). Times are the server's (timestamp()), so two machines with different clocks agree. Taking the lock: the acquiring transaction first SETs a property on the node, which takes
 * Neo4j's write lock before it reads owner and renewed (read-committed isolation otherwise lets
 * two transactions both see a free lease).
 *
 * Its uniqueness constraint is created with the others (store/cypher.ts CONSTRAINTS).
 *
 * @example
 *   const lease = await acquireLease(store, { staleMs: 60_000, waitMs: 600_000 }, 'load');
 *   try { await load(); lease.check(); } finally { await lease.release(); }
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import neo4j, { type QueryResult, type Record as Neo4jRecord } from 'neo4j-driver';
import { StoreError } from '../errors.js';
import { failureContext, type Store } from './connection.js';
import { toStoreError } from './failure.js';

/** Take the lease when it is free, ours, or stale; RETURNs who holds it after this transaction. */
const TAKE = `MERGE (l:LoadLease {id: 'load'})
SET l.lock = true
WITH l, timestamp() AS now
WITH l, now, l.owner IS NULL OR l.owner = $owner OR l.owner = $dead OR l.renewed < now - $staleMs AS free
SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
    l.task = CASE WHEN free THEN $task ELSE l.task END,
    l.started = CASE WHEN free THEN now ELSE l.started END,
    l.renewed = CASE WHEN free THEN now ELSE l.renewed END
REMOVE l.lock
RETURN l.owner AS owner, l.task AS task, l.started AS started, l.renewed AS renewed`;

const RENEW = `MATCH (l:LoadLease {id: 'load'}) WHERE l.owner = $owner SET l.renewed = timestamp() RETURN count(l) AS held`;
const RELEASE = `MATCH (l:LoadLease {id: 'load'}) WHERE l.owner = $owner DELETE l`;

export interface Holder { owner: string; task: string; started: Date }

export interface LeaseOptions {
  /** A lease not renewed for this long is taken over. */
  staleMs: number;
  /** Give up waiting for another holder after this long. */
  waitMs: number;
  /** Told once when we have to wait, with who holds the lease. */
  onWait?: (holder: Holder) => void;
}

export interface Lease {
  owner: string;
  /** Throws when another process took the lease over (we were presumed dead): stop writing. */
  check(): void;
  release(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function write<T>(store: Store, cypher: string, params: Record<string, unknown>, read: (r: QueryResult) => T): Promise<T> {
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return read(await session.executeWrite((tx) => tx.run(cypher, params)));
  } finally {
    await session.close();
  }
}

/**
 * True when `owner` names a process of this machine that no longer runs (a load killed, or one
 * that failed when the server died and could not release): its lease need not go stale first.
 */
function deadHere(owner: string): boolean {
  const [host, pid] = owner.split(':');
  if (host !== hostname() || !/^\d+$/.test(pid ?? '')) return false;
  try { process.kill(Number(pid), 0); return false; } catch (e) { return (e as NodeJS.ErrnoException).code === 'ESRCH'; }
}

/**
 * Who holds the lease, from TAKE's record; null when the lease vanished under us. Why: when its
 * holder DELETEs it between our MERGE's match and our SET's lock, the transaction goes on with
 * the deleted node, and every property reads null (17 of 450 takes in a stress run of three
 * processes; it crashed a concurrent load with "reading 'low'" of null).
 */
export function holderOf(r: Neo4jRecord): Holder | null {
  const owner = r.get('owner'), started = r.get('started');
  if (owner == null || started == null) return null;
  return { owner: String(owner), task: String(r.get('task') ?? 'load'), started: new Date(neo4j.integer.toNumber(started)) };
}

/** Waits for the database's lease and holds it (renewed in the background) until release(). */
export async function acquireLease(store: Store, opts: LeaseOptions, task: string): Promise<Lease> {
  const owner = `${hostname()}:${process.pid}:${randomUUID()}`;
  const staleMs = neo4j.int(opts.staleMs);
  const until = Date.now() + opts.waitMs;
  let told = false;
  let dead: string | null = null;
  try {
    for (let delay = 100; ; delay = Math.min(delay * 2, 2000)) {
      const r: Neo4jRecord = await write(store, TAKE, { owner, task, staleMs, dead }, (res) => res.records[0]);
      if (r.get('owner') === owner) break;
      const holder = holderOf(r);
      if (!holder) continue; // released while we took it: try again at once
      if (deadHere(holder.owner)) { dead = holder.owner; continue; } // taken over on the next try, no wait
      if (Date.now() > until) {
        throw new StoreError(`another ${holder.task} (${holder.owner}, since ${holder.started.toISOString()}) still holds database "${store.database}"; gave up after ${Math.round(opts.waitMs / 1000)} s.`, {
          code: 'actorgraph.LeaseBusy', hint: `Wait for it to end and run this again. A holder that died is taken over ${Math.round(opts.staleMs / 1000)} s after its last renewal (settings.load.leaseStaleMs).`,
        });
      }
      if (!told) { opts.onWait?.(holder); told = true; }
      await sleep(delay);
    }
  } catch (err) {
    throw toStoreError(err, failureContext(store));
  }
  let lost = false;
  const timer = setInterval(() => {
    write(store, RENEW, { owner }, (res) => neo4j.integer.toNumber(res.records[0].get('held')))
      .then((held) => { if (held === 0) lost = true; }).catch(() => undefined);
  }, Math.max(50, Math.floor(opts.staleMs / 4)));
  timer.unref();
  return {
    owner,
    check() {
      if (lost) {
        throw new StoreError(`the ${task} lost its hold on database "${store.database}": another process took the lease over after ${Math.round(opts.staleMs / 1000)} s without renewal.`, {
          code: 'actorgraph.LeaseLost', hint: 'Run the same command again when the other one is done: every write is a MERGE, so it finishes what is missing.',
        });
      }
    },
    async release() {
      clearInterval(timer);
      await write(store, RELEASE, { owner }, () => undefined).catch(() => undefined);
    },
  };
}
