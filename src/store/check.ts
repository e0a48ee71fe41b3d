/**
 * actorgraph/store/check — the graph's invariants, counted, and restored on request.
 *
 *   1. one relationship per (subject, type, object)                      (duplicate edges)
 *   2. an edge's `count` is the size of its `evidence` list, which holds no id twice
 *   3. every id in an edge's `evidence` names an Evidence node
 *
 * Why: every load keeps them (store/write.ts), but a graph written by two overlapping loads of an
 * older actorgraph, or by hand with `query --write`, may not; `serve` and the analyst's queries
 * assume them. Repair takes the database's lease (store/lease.ts) like a load, then: drops ids
 * with no Evidence node, folds duplicate edges into the first one (the union of their evidence,
 * the first one's other properties), deletes an edge left with no evidence, and sets every
 * count to the size of its list. Running it on a sound graph changes nothing.
 *
 * @example
 *   const report = await checkGraph(store);   // { duplicateEdges: 0, badCounts: 0, … }
 *   if (!isSound(report)) await repairGraph(store, settings.load);
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Settings } from '../settings.js';
import { failureContext, type Store } from './connection.js';
import { failFastOnMemory, toStoreError } from './failure.js';
import { acquireLease, type LeaseOptions } from './lease.js';
import { toCount } from './values.js';

export interface CheckReport {
  /** Relationships (Actor/Concept to Actor/Concept). */
  edges: number;
  /** Extra relationships beyond the first per (subject, type, object). */
  duplicateEdges: number;
  /** Edges whose count is not the number of distinct ids in their evidence list (or that repeat an id). */
  badCounts: number;
  /** Evidence ids, over all edges, that name no Evidence node. */
  missingEvidence: number;
}

export const isSound = (r: CheckReport): boolean => r.duplicateEdges === 0 && r.badCounts === 0 && r.missingEvidence === 0;

/** The edges the model writes: between actors and concepts (IN links Evidence to Document). */
const EDGES = 'MATCH (s)-[r]->(o) WHERE (s:Actor OR s:Concept) AND (o:Actor OR o:Concept)';
const distinct = (list: string) => `reduce(acc = [], x IN coalesce(${list}, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;

export const CHECK_EDGES = `${EDGES}
WITH r, ${distinct('r.evidence')} AS ids
RETURN count(r) AS edges,
       sum(CASE WHEN r.count IS NULL OR r.count <> size(ids) OR size(ids) <> size(coalesce(r.evidence, [])) THEN 1 ELSE 0 END) AS badCounts`;

export const CHECK_DUPLICATES = `${EDGES}
WITH s, o, type(r) AS t, count(r) AS n WHERE n > 1
RETURN coalesce(sum(n - 1), 0) AS duplicates`;

export const CHECK_MISSING = `${EDGES}
UNWIND coalesce(r.evidence, []) AS id
OPTIONAL MATCH (e:Evidence {id: id})
WITH e WHERE e IS NULL
RETURN count(*) AS missing`;

export const REPAIR_MISSING = `${EDGES}
WITH r, [id IN coalesce(r.evidence, []) WHERE EXISTS { MATCH (:Evidence {id: id}) }] AS kept
WHERE size(kept) < size(coalesce(r.evidence, []))
SET r.evidence = kept
RETURN count(r) AS edges`;

export const REPAIR_DUPLICATES = `${EDGES}
WITH s, o, type(r) AS t, collect(r) AS rs WHERE size(rs) > 1
WITH rs[0] AS keep, rs[1..] AS extra, reduce(acc = [], x IN rs | acc + coalesce(x.evidence, [])) AS all
FOREACH (x IN extra | DELETE x)
SET keep.evidence = all
RETURN coalesce(sum(size(extra)), 0) AS deleted`;

export const REPAIR_COUNTS = `${EDGES}
WITH r, ${distinct('r.evidence')} AS ids
WHERE r.count IS NULL OR r.count <> size(ids) OR size(ids) <> size(coalesce(r.evidence, []))
FOREACH (_ IN CASE WHEN size(ids) = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN size(ids) > 0 THEN [1] ELSE [] END | SET r.evidence = ids, r.count = size(ids))
RETURN count(r) AS fixed, sum(CASE WHEN size(ids) = 0 THEN 1 ELSE 0 END) AS emptied`;

async function one(store: Store, cypher: string, write: boolean): Promise<Record<string, number>> {
  const session = store.driver.session({ database: store.database, defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ });
  try {
    const work = (tx: ManagedTransaction) => failFastOnMemory(tx.run(cypher));
    const res = await (write ? session.executeWrite(work) : session.executeRead(work));
    const rec = res.records[0];
    return rec ? Object.fromEntries(rec.keys.map((k) => [String(k), toCount(rec.get(k))])) : {};
  } finally {
    await session.close();
  }
}

export async function checkGraph(store: Store): Promise<CheckReport> {
  try {
    const edges = await one(store, CHECK_EDGES, false);
    const dup = await one(store, CHECK_DUPLICATES, false);
    const missing = await one(store, CHECK_MISSING, false);
    return { edges: edges.edges ?? 0, duplicateEdges: dup.duplicates ?? 0, badCounts: edges.badCounts ?? 0, missingEvidence: missing.missing ?? 0 };
  } catch (err) {
    throw toStoreError(err, failureContext(store, 'the check'));
  }
}

export interface RepairReport { idsDropped: number; duplicatesFolded: number; countsFixed: number; edgesDeleted: number }

/** Restores the invariants (order matters: drop dead ids, fold duplicates, then recount). */
export async function repairGraph(store: Store, load: Settings['load'], onWait?: LeaseOptions['onWait']): Promise<RepairReport> {
  const lease = await acquireLease(store, { staleMs: load.leaseStaleMs, waitMs: load.leaseWaitMs, onWait }, 'check --repair');
  try {
    const before = await checkGraph(store);
    await one(store, REPAIR_MISSING, true);
    const folded = await one(store, REPAIR_DUPLICATES, true);
    lease.check();
    const counts = await one(store, REPAIR_COUNTS, true);
    return { idsDropped: before.missingEvidence, duplicatesFolded: folded.deleted ?? 0, countsFixed: (counts.fixed ?? 0) - (counts.emptied ?? 0), edgesDeleted: counts.emptied ?? 0 };
  } catch (err) {
    throw toStoreError(err, failureContext(store, 'the repair'));
  } finally {
    await lease.release();
  }
}
