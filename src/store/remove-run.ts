/**
 * actorgraph/store/remove-run — the work behind `actorgraph remove <docs..>`: take whole documents
 * out of the graph (a retracted story, a file loaded by mistake): their evidence, the edges and
 * actors only they supported, and their Document nodes. Ids the graph does not hold are named
 * first; the known ones are removed all the same.
 */
import { runQuery } from './read.js';
import { DEFAULT_SETTINGS, type Settings } from '../settings.js';
import { acquireLease } from './lease.js';
import { closeStore, openStore } from './connection.js';
import { KNOWN_DOCUMENTS } from './cypher.js';
import { DocumentRemover, type RemoveStats } from './replace.js';

export interface RemoveRunResult { stats: RemoveStats; unknown: string[] }

export function formatRemoved(r: RemoveStats, verb: 'replaced' | 'removed'): string {
  return `${verb} ${r.documents} documents: removed ${r.evidenceRemoved} evidence; relationships: ${r.edgesDeleted} deleted (no evidence left), `
    + `${r.edgesTrimmed} kept with less; ${r.nodesDeleted} actors/concepts with no relationship left deleted`
    + (verb === 'removed' ? `; ${r.documentsDeleted} document nodes deleted` : '');
}

export async function removeAndReport(cfg: Settings['neo4j'], docIds: string[],
  out: (text: string) => void = (t) => process.stdout.write(t), err: (text: string) => void = (t) => process.stderr.write(t)): Promise<RemoveRunResult> {
  const store = await openStore(cfg);
  try {
    const ids = [...new Set(docIds)];
    const known = new Set((await runQuery(store, KNOWN_DOCUMENTS, { docs: ids })).rows[0]?.known as string[] ?? []);
    const unknown = ids.filter((d) => !known.has(d));
    for (const d of unknown) err(`actorgraph remove: no document ${JSON.stringify(d)} in the graph (ids are the paths or JSONL ids given to load: MATCH (d:Document) RETURN d.id lists them)\n`);
    const remover = new DocumentRemover(store, undefined, true);
    // A removal writes like a load: it waits for the database's lease (store/lease.ts).
    const lease = await acquireLease(store, {
      staleMs: DEFAULT_SETTINGS.load.leaseStaleMs, waitMs: DEFAULT_SETTINGS.load.leaseWaitMs,
      onWait: (h) => err(`actorgraph remove: waiting for another ${h.task} on this database (${h.owner}, since ${h.started.toISOString()})…\n`),
    }, 'remove');
    try {
      await remover.remove(ids.filter((d) => known.has(d)));
    } finally {
      await lease.release();
    }
    const stats = remover.stats();
    out(formatRemoved(stats, 'removed') + '\n');
    return { stats, unknown };
  } finally {
    await closeStore(store);
  }
}
