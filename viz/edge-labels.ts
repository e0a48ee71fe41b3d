/**
 * viz/edge-labels — labels for the edges around one node, one label per neighbour.
 *
 * Sigma draws parallel edges (Russia →cooperate→ Belarus, Belarus →agree with→ Russia …) on
 * the same straight line, so their labels print over each other into an unreadable smear. The
 * first edge of each pair carries all their labels joined; the others carry none.
 */
import type { ActorGraph } from '../src/graph/build.js';

/** Relation names kept in one joined label before "+n more". */
const MAX_NAMES = 2;

/** @example pairLabels(g, 'BLR').get('RUS|COOPERATE_WITH|BLR') // 'cooperate with · agree with +1' */
export function pairLabels(g: ActorGraph, node: string, passes: (edge: string) => boolean = () => true): Map<string, string | null> {
  const byOther = new Map<string, string[]>();
  g.forEachEdge(node, (e, _a, s, t) => {
    if (!passes(e)) return;
    const other = s === node ? t : s;
    const list = byOther.get(other);
    if (list) list.push(e); else byOther.set(other, [e]);
  });
  const out = new Map<string, string | null>();
  for (const edges of byOther.values()) {
    // Best-supported relation first (count sums both directions), then alphabetical.
    const weight = new Map<string, number>();
    for (const e of edges) { const a = g.getEdgeAttributes(e); weight.set(a.label, (weight.get(a.label) ?? 0) + (a.count || 1)); }
    const names = [...weight.keys()].sort((x, y) => weight.get(y)! - weight.get(x)! || x.localeCompare(y));
    const more = names.length > MAX_NAMES ? ` +${names.length - MAX_NAMES}` : '';
    edges.forEach((e, i) => out.set(e, i === 0 ? names.slice(0, MAX_NAMES).join(' · ') + more : null));
  }
  return out;
}
