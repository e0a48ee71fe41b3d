/**
 * viz/model — indexes over the loaded graph that the panels and reducers share:
 * facet counts (relation types, PLOVER categories, actor types), nodes by degree for the cap,
 * community names for the legend, and the set of nodes currently shown.
 */
import type { ActorGraph } from '../src/graph/build.js';
import { byDegreeOrder, type WholeGraph } from '../src/graph/page-data.js';
import type { ViewState } from './state.js';
import { typeName } from './type-names.js';
import { buildTimeline, type Timeline } from './timeline.js';

export const NO_CATEGORY = '(none)';

export interface Facet { key: string; label: string; count: number }

export interface Model {
  graph: ActorGraph;
  byDegree: string[];
  relations: Facet[];
  categories: Facet[];
  types: Facet[];
  /** Community ids ranked by size, named after their highest-degree member. */
  communities: Facet[];
  maxDegree: number;
  maxPagerank: number;
  /** Actors read before the first frame (a split page's head). */
  cap: number;
  /** Actors drawn when the URL asks for no other number (the Show control; at most `cap`). */
  show: number;
  /** Actors and relations in the whole graph, counting a rest still to come (see data.ts). */
  order: number;
  size: number;
  /** Evidence by date; null when nothing is dated (no timeline is shown). Built on first use. */
  readonly timeline: Timeline | null;
}

function facets(counts: Map<string, { label: string; count: number }>): Facet[] {
  return [...counts].map(([key, v]) => ({ key, ...v })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function bump(m: Map<string, { label: string; count: number }>, key: string, label: string): void {
  const v = m.get(key);
  if (v) v.count++; else m.set(key, { label, count: 1 });
}

/**
 * `whole` (a page graph's head, before its rest arrives): colours and sizes follow the whole
 * graph's community ranking and maxima, so nothing changes colour or size when the rest comes.
 */
export function buildModel(graph: ActorGraph, cap: number, whole?: WholeGraph, show = cap): Model {
  const rel = new Map<string, { label: string; count: number }>();
  const cat = new Map<string, { label: string; count: number }>();
  const typ = new Map<string, { label: string; count: number }>();
  const com = new Map<string, { label: string; count: number }>();
  let maxDegree = whole?.maxDegree ?? 0, maxPagerank = whole?.maxPagerank ?? 0;
  graph.forEachEdge((_, a) => {
    bump(rel, a.type, a.label);
    bump(cat, a.category ?? NO_CATEGORY, a.category ?? NO_CATEGORY);
  });
  // Degrees read once: attribute lookups inside the comparator cost ~0.3 s at 10k nodes.
  const degree = new Map<string, number>(), concept = new Set<string>();
  graph.forEachNode((n, a) => { degree.set(n, a.degree ?? 0); if (a.type === 'other') concept.add(n); });
  const byDegree = graph.nodes().sort(byDegreeOrder((n) => degree.get(n)!, (n) => concept.has(n)));
  for (const n of byDegree) {
    const a = graph.getNodeAttributes(n);
    bump(typ, a.type, typeName(a.type));
    // byDegree order: the first member seen names the community.
    bump(com, String(a.community ?? 0), a.label);
    maxDegree = Math.max(maxDegree, a.degree ?? 0);
    maxPagerank = Math.max(maxPagerank, a.pagerank ?? 0);
  }
  let timeline: Timeline | null | undefined;
  let communities = facets(com);
  if (whole) {
    const rank = new Map(whole.communities.map((c, i) => [String(c), i]));
    const at = (f: Facet) => rank.get(f.key) ?? Infinity;
    communities = communities.sort((a, b) => at(a) - at(b) || b.count - a.count);
  }
  return {
    graph, byDegree, relations: facets(rel), categories: facets(cat), types: facets(typ), communities, maxDegree, maxPagerank, cap, show: Math.min(show, cap),
    order: Math.max(graph.order, whole?.order ?? 0), size: Math.max(graph.size, whole?.size ?? 0),
    // Not on the way to the first frame: app.ts asks for it once that frame is shown.
    get timeline() { return (timeline ??= buildTimeline(graph)); },
  };
}

export function edgeCategory(category: string | undefined): string {
  return category ?? NO_CATEGORY;
}

/** How many actors the Show control asks for now. */
export function topLimit(m: Model, s: ViewState): number {
  return s.top === 'all' ? Infinity : (s.top ?? m.show);
}

/**
 * Nodes drawn: those passing the node filters, the top ones of highest degree first (the Show
 * control: state.top, else the model's `show`), plus any the user expanded and the selected one
 * (a shared link must show what it points at).
 */
export function shownNodes(m: Model, s: ViewState): Set<string> {
  const out = new Set<string>();
  const g = m.graph, limit = topLimit(m, s);
  for (const n of m.byDegree) {
    if (out.size >= limit) break;
    const a = g.getNodeAttributes(n);
    if (s.hiddenTypes.has(a.type) || (a.degree ?? 0) < s.minDegree) continue;
    out.add(n);
  }
  for (const n of s.expanded) if (g.hasNode(n)) out.add(n);
  if (s.selected && g.hasNode(s.selected)) out.add(s.selected);
  return out;
}

/** How many neighbours of `node` the cap or filters currently hide. */
export function hiddenNeighbours(m: Model, shown: Set<string>, node: string): string[] {
  return m.graph.neighbors(node).filter((n) => !shown.has(n));
}
