/**
 * actorgraph/graph/page-cap — the part of a big graph a static page embeds.
 *
 * A browser parses the page's JSON into one heap: a 200 MB corpus makes a graph of ~800k
 * evidence sentences, which no tab holds. The page keeps the relations with the most evidence
 * (at most settings.page.maxEdges, ties by key) and their actors, and at most
 * settings.page.maxEvidence sentences, spread evenly (every kept relation has at least one
 * when the budget allows). Counts stay whole (an edge's `count` is still all its evidence);
 * graph.json and triples.jsonl keep everything. `left` says what the page lacks, for it to say.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, NodeAttrs } from '../types.js';
import type { ActorGraph, GraphAttrs } from './build.js';

export interface PageCap { maxEdges: number; maxEvidence: number }

export interface LeftOut { nodes: number; edges: number; evidence: number; totalNodes: number; totalEdges: number; totalEvidence: number }

/** The largest q with Σ min(count, q) ≤ budget (q ≥ 0): each edge's share of the sentences. */
function perEdgeQuota(counts: number[], budget: number): number {
  let lo = 0, hi = 0;
  for (const c of counts) if (c > hi) hi = c; // (no Math.max(...counts): arguments are stack)
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    let sum = 0;
    for (const c of counts) { sum += Math.min(c, mid); if (sum > budget) break; }
    if (sum <= budget) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/**
 * @example const { graph, left } = capPageGraph(g, { maxEdges: 50_000, maxEvidence: 100_000 });
 *          // left === null: the whole graph fits
 */
export function capPageGraph(g: ActorGraph, cap: PageCap): { graph: ActorGraph; left: LeftOut | null } {
  const evidence = g.getAttribute('evidence') ?? {};
  const lists: Array<{ key: string; ids: string[] }> = [];
  let totalEvidence = 0;
  g.forEachEdge((key, a) => { lists.push({ key, ids: a.evidence }); totalEvidence += a.evidence.length; });
  if (lists.length <= cap.maxEdges && totalEvidence <= cap.maxEvidence) return { graph: g, left: null };

  // (sort on a copy of the numbers: a stable, deterministic order, most evidence first)
  lists.sort((x, y) => y.ids.length - x.ids.length || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const kept = lists.slice(0, cap.maxEdges);
  const q = perEdgeQuota(kept.map((e) => e.ids.length), cap.maxEvidence);

  const out: ActorGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: false });
  const keptEvidence: GraphAttrs['evidence'] = {};
  let evidenceKept = 0;
  for (const { key, ids } of kept) {
    const [s, t] = [g.source(key), g.target(key)];
    if (!out.hasNode(s)) out.addNode(s, g.getNodeAttributes(s));
    if (!out.hasNode(t)) out.addNode(t, g.getNodeAttributes(t));
    const mine = ids.slice(0, q);
    for (const id of mine) if (evidence[id]) keptEvidence[id] = evidence[id];
    evidenceKept += mine.length;
    out.addDirectedEdgeWithKey(key, s, t, { ...g.getEdgeAttributes(key), evidence: mine });
  }
  out.replaceAttributes({ ...g.getAttributes(), evidence: keptEvidence });
  const left: LeftOut = {
    nodes: g.order - out.order, edges: g.size - out.size, evidence: totalEvidence - evidenceKept,
    totalNodes: g.order, totalEdges: g.size, totalEvidence,
  };
  return { graph: out, left };
}

/** One sentence for the page and the CLI. */
export function describeLeftOut(l: LeftOut): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `This page shows ${n(l.totalEdges - l.edges)} of ${n(l.totalEdges)} relations (those with the most evidence), `
    + `${n(l.totalNodes - l.nodes)} of ${n(l.totalNodes)} actors and ${n(l.totalEvidence - l.evidence)} of ${n(l.totalEvidence)} evidence sentences; `
    + 'graph.json and triples.jsonl hold them all.';
}
