/**
 * actorgraph/store/check-run — the work behind `actorgraph check [--repair]`: connect, count the
 * invariants' breaches (store/check.ts), repair them when asked, print what was found and done.
 */
import { DEFAULT_SETTINGS, type Settings } from '../settings.js';
import { closeStore, openStore } from './connection.js';
import { checkGraph, isSound, repairGraph, type CheckReport, type RepairReport } from './check.js';

export function formatCheck(r: CheckReport): string {
  return [
    `${r.edges} relationships checked: ${isSound(r) ? 'sound' : 'NOT sound'}`,
    `  duplicate edges (same subject, type, object): ${r.duplicateEdges}`,
    `  edges whose count is not the size of their evidence (or that repeat an id): ${r.badCounts}`,
    `  evidence ids that name no Evidence node: ${r.missingEvidence}`,
  ].join('\n') + '\n';
}

export function formatRepair(r: RepairReport): string {
  return `repaired: ${r.idsDropped} dead evidence ids dropped, ${r.duplicatesFolded} duplicate edges folded into their first, `
    + `${r.countsFixed} counts set, ${r.edgesDeleted} edges with no evidence left deleted\n`;
}

/** Returns the report after the run (after the repair with repair: true). */
export async function checkAndReport(cfg: Settings['neo4j'], opts: { repair?: boolean; load?: Settings['load']; out?: (t: string) => void } = {}): Promise<CheckReport> {
  const out = opts.out ?? ((t: string) => process.stdout.write(t));
  const store = await openStore(cfg);
  try {
    const before = await checkGraph(store);
    out(formatCheck(before));
    if (!opts.repair || isSound(before)) return before;
    out(formatRepair(await repairGraph(store, opts.load ?? DEFAULT_SETTINGS.load,
      (h) => process.stderr.write(`actorgraph check: waiting for another ${h.task} on this database (${h.owner}, since ${h.started.toISOString()})…\n`))));
    const after = await checkGraph(store);
    out(formatCheck(after));
    return after;
  } finally {
    await closeStore(store);
  }
}
