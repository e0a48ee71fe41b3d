/**
 * actorgraph/store/write — upsert triples into Neo4j: constraints first, then UNWIND $rows
 * batches inside session.executeWrite, step by step in dependency order:
 *
 *   {documents, actors, concepts} (side by side) → evidence (-[:IN]->document) → edges
 *
 * so an Evidence node is written only after its Document, and an edge only after its endpoints and
 * its Evidence nodes: a load cut off at any point leaves every edge's evidence reachable.
 *
 * Every statement MERGEs, so loading the same triples twice changes nothing, and a load cut off
 * halfway (server killed) is finished by running it again. Batch size: see scripts/bench-load.ts.
 *
 * @example
 *   await ensureSchema(store);
 *   const stats = await upsertTriples(store, triples, { docs });
 *   stats.edgesCreated; // new relationships between actors
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Doc, Triple } from '../types.js';
import { SettingsError, StoreError } from '../errors.js';
import { isSafeRelationType } from '../relation-type.js';
import { failureContext, type Store } from './connection.js';
import { CONSTRAINTS, EDGE_FIELDS, EVIDENCE_FIELDS, MERGE_ACTORS, MERGE_CONCEPTS, MERGE_DOCUMENTS, MERGE_DOCUMENTS_REPLACING, MERGE_EVIDENCE, mergeEdgesCypher, type EndpointLabel } from './cypher.js';
import { failFastOnMemory, toStoreError } from './failure.js';
import { groupedBatches, plainBatches, type Batch } from './batches.js';
import { toRows, type ChunkRows, type EdgeGroup, type EvidenceRow } from './rows.js';
import { toCount } from './values.js';

export interface WriteStats {
  triples: number;
  skipped: number;
  documentsCreated: number;
  actorsCreated: number;
  conceptsCreated: number;
  evidenceCreated: number;
  /** Evidence ids that were already in the graph (a reload, or a resumed load). */
  evidenceExisting: number;
  edgesCreated: number;
  /** Edges MERGEd: created now or already there (one per (subject, type, object) in the input). */
  edgesMerged: number;
  /** Edges already there whose evidence list grew. */
  edgesUpdated: number;
}

export const emptyStats = (): WriteStats => ({
  triples: 0, skipped: 0, documentsCreated: 0, actorsCreated: 0, conceptsCreated: 0, evidenceCreated: 0,
  evidenceExisting: 0, edgesCreated: 0, edgesMerged: 0, edgesUpdated: 0,
});

export function addStats(a: WriteStats, b: WriteStats): WriteStats {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof WriteStats)[]) out[k] += b[k];
  return out;
}

export interface WriteOptions {
  docs?: ReadonlyMap<string, Doc>;
  batchSize?: number;
  /** Called after every committed batch with the number of triples it finished (edges step). */
  onBatch?: (info: { step: string; rows: number }) => void;
  /** Triples written before this call, for the error message if the server goes away. */
  writtenBefore?: number;
  /** --replace: a document's title, date and source from this input overwrite the stored ones. */
  replaceDocuments?: boolean;
}

/** Uniqueness constraints (each also an index): run before any MERGE, idempotent. */
export async function ensureSchema(store: Store): Promise<void> {
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    // Schema changes cannot share a transaction with each other's data writes: one each.
    for (const q of CONSTRAINTS) {
      try {
        await session.executeWrite((tx) => tx.run(q));
      } catch (err) {
        // Two loads starting together both create it; the loser's "already exists" is no failure.
        if (!/EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists/.test((err as { code?: string }).code ?? '')) throw err;
      }
    }
  } catch (err) {
    throw toStoreError(err, failureContext(store));
  } finally {
    await session.close();
  }
}

/** Summary counters, plus the sum of a single numeric column the query may RETURN. */
export interface Counted { nodesCreated: number; relationshipsCreated: number; returned: number }

/**
 * Two transactions in flight: while the server runs one batch, the driver packs the next and the
 * server commits the previous one. Batches of one step touch disjoint ids, but two edge batches
 * can share an object node, so now and then a deadlock is retried by executeWrite (with its ~1 s
 * back-off). Measured on the warm BBC load (2 cores): one writer for edges was steadier but slower
 * (1.0–1.2 s vs a median ~0.9 s), one writer for evidence too (1.1–1.4 s vs 0.7–0.9 s).
 */
export const WRITERS = 2;

/** Every step's batches through WRITERS sessions, each batch one executeWrite (also bench-load's floor row). */
export async function writeBatches(store: Store, cypher: string, batches: Batch[], step: string,
  onBatch?: WriteOptions['onBatch']): Promise<Counted> {
  const total: Counted = { nodesCreated: 0, relationshipsCreated: 0, returned: 0 };
  let next = 0;
  const worker = async () => {
    const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      while (next < batches.length) {
        const batch = batches[next++];
        const params = batch.params();
        const c = await session.executeWrite(async (tx: ManagedTransaction) => {
          const res = await failFastOnMemory(tx.run(cypher, params));
          const first = res.records[0]?.get(0);
          return { ...res.summary.counters.updates(), returned: toCount(first) };
        });
        total.nodesCreated += c.nodesCreated;
        total.relationshipsCreated += c.relationshipsCreated;
        total.returned += c.returned;
        onBatch?.({ step, rows: batch.rows });
      }
    } finally {
      await session.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITERS, batches.length) }, worker));
  return total;
}

/** [id, ...EVIDENCE_FIELDS]: the columns MERGE_EVIDENCE reads. */
const evidenceTuple = (e: EvidenceRow) => [e.id, ...EVIDENCE_FIELDS.map((f) => e.props[f] ?? null)];

/**
 * Edge groups → one row list per endpoint label pair, the type as a column (EDGE_FIELDS order).
 * The whitelist is checked again here, at the last step before the type reaches the server.
 */
function edgePairs(groups: EdgeGroup[]): { from: EndpointLabel; to: EndpointLabel; rows: { s: string; tuple: unknown[] }[] }[] {
  const byPair = new Map<string, { from: EndpointLabel; to: EndpointLabel; rows: { s: string; tuple: unknown[] }[] }>();
  for (const g of groups) {
    if (!isSafeRelationType(g.type)) throw new StoreError(`refusing relationship type ${JSON.stringify(g.type)}: not UPPER_SNAKE`);
    const key = `${g.from}>${g.to}`;
    if (!byPair.has(key)) byPair.set(key, { from: g.from, to: g.to, rows: [] });
    const out = byPair.get(key)!.rows;
    for (const r of g.rows) out.push({ s: r.s, tuple: EDGE_FIELDS.map((f) => (f === 'type' ? g.type : r[f])) });
  }
  return [...byPair.values()];
}

/** Write rows already built by toRows(). */
export async function upsertRows(store: Store, rows: ChunkRows, opts: WriteOptions = {}): Promise<WriteStats> {
  const size = opts.batchSize ?? store.batchSize;
  if (!(Number.isInteger(size) && size > 0)) throw new SettingsError(`neo4j.batchSize must be a positive integer, got ${size}`, 'Pass --batch-size 2000 or leave it out.');
  const stats = emptyStats();
  stats.triples = rows.triples;
  stats.skipped = rows.skipped.unsafeType + rows.skipped.selfLoop;
  try {
    // Why the three node steps at once: they touch disjoint labels (no shared locks), and each is
    // mostly round trips (BBC: 0.55-0.63 s one after the other, 0.36-0.50 s together; same server CPU).
    const [documents, actors, concepts] = await Promise.all([
      writeBatches(store, opts.replaceDocuments ? MERGE_DOCUMENTS_REPLACING : MERGE_DOCUMENTS, plainBatches(rows.documents, size), 'documents', opts.onBatch),
      writeBatches(store, MERGE_ACTORS, plainBatches(rows.actors, size), 'actors', opts.onBatch),
      writeBatches(store, MERGE_CONCEPTS, plainBatches(rows.concepts, size), 'concepts', opts.onBatch),
    ]);
    stats.documentsCreated = documents.nodesCreated;
    stats.actorsCreated = actors.nodesCreated;
    stats.conceptsCreated = concepts.nodesCreated;
    const evidence = groupedBatches(rows.evidence, (e) => e.doc, evidenceTuple, 1 + EVIDENCE_FIELDS.length, size, 'docs');
    stats.evidenceCreated = (await writeBatches(store, MERGE_EVIDENCE, evidence, 'evidence', opts.onBatch)).nodesCreated;
    stats.evidenceExisting = rows.evidence.length - stats.evidenceCreated;
    for (const pair of edgePairs(rows.edges)) {
      const batches = groupedBatches(pair.rows, (r) => r.s, (r) => r.tuple, EDGE_FIELDS.length, size, 'subjects');
      const c = await writeBatches(store, mergeEdgesCypher(pair.from, pair.to), batches, 'edges', opts.onBatch);
      stats.edgesCreated += c.relationshipsCreated;
      stats.edgesMerged += pair.rows.length;
      stats.edgesUpdated += c.returned;
    }
  } catch (err) {
    throw toStoreError(err, failureContext(store, `the load (${(opts.writtenBefore ?? 0)} triples written before this chunk)`));
  }
  return stats;
}

/** Triples → rows → Neo4j. Call ensureSchema() once before the first chunk. */
export async function upsertTriples(store: Store, triples: Iterable<Triple>, opts: WriteOptions = {}): Promise<WriteStats> {
  return upsertRows(store, toRows(triples, opts.docs), opts);
}
