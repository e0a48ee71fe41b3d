/**
 * viz/reducers — sigma nodeReducer/edgeReducer: filters, cap, size/colour mode and the
 * "selected node + neighbours, everything else faded" highlight, without touching the graph.
 *
 * Our attributes reuse names sigma reads (`type` on nodes is the actor type, on edges the
 * relation type), so every reducer output sets sigma's own `type` explicitly.
 */
import type { Attributes } from 'graphology-types';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { Model } from './model.js';
import { edgeCategory } from './model.js';
import type { ViewState } from './state.js';
import { COMMUNITY_COLORS, OTHER_COLOR, TYPE_COLORS, FADED_NODE, FADED_EDGE, EDGE_COLOR, EDGE_HIGHLIGHT, NEGATED_EDGE } from './palette.js';
import type { ActorType } from '../src/types.js';
import { pairLabels } from './edge-labels.js';

/** Drawn edges above which they are plain 1-pixel lines (see makeReducers and app.ts). */
export const PLAIN_EDGES_OVER = 5000;

export interface Interaction { hoveredNode: string | null; hoveredEdge: string | null; resultNodes: Set<string> | null }

/** What the timeline adds to a view (app.ts computes it). */
export interface ViewExtras {
  /** Per edge, its evidence in the brushed range (viz/timeline.ts countsInRange); null: no time filter. */
  counts?: Map<string, number> | null;
}

export function nodeSize(a: Attributes, m: Model, s: ViewState): number {
  const v = s.sizeBy === 'pagerank' ? (a.pagerank ?? 0) : (a.degree ?? 0);
  const max = s.sizeBy === 'pagerank' ? m.maxPagerank : m.maxDegree;
  return max > 0 ? 4 + 16 * Math.sqrt(Math.max(0, v) / max) : 6;
}

export function communityColor(m: Model, community: number | undefined): string {
  const rank = m.communities.findIndex((c) => c.key === String(community ?? 0));
  return rank >= 0 && rank < COMMUNITY_COLORS.length ? COMMUNITY_COLORS[rank] : OTHER_COLOR;
}

export function nodeColor(a: Attributes, m: Model, s: ViewState, cache: Map<string, string>): string {
  if (s.colorBy === 'type') return TYPE_COLORS[a.type as ActorType] ?? OTHER_COLOR;
  const key = String(a.community ?? 0);
  let c = cache.get(key);
  if (!c) { c = communityColor(m, a.community); cache.set(key, c); }
  return c;
}

export function edgePasses(a: Attributes, s: ViewState): boolean {
  return !s.hiddenRelations.has(a.type) && !s.hiddenCategories.has(edgeCategory(a.category));
}

/** `plainEdges`: sigma draws more than PLAIN_EDGES_OVER edges (app.ts knows its view graph). */
export function makeReducers(m: Model, s: ViewState, shown: Set<string>, ui: Interaction, plainEdges = false, extras: ViewExtras = {}) {
  const g = m.graph;
  const counts = extras.counts ?? null;
  // Actors with at least one relation left in the time range; the others are faded.
  let alive: Set<string> | null = null;
  if (counts) {
    alive = new Set();
    for (const e of counts.keys()) {
      if (!g.hasEdge(e) || !edgePasses(g.getEdgeAttributes(e), s)) continue;
      const [a, b] = g.extremities(e);
      if (shown.has(a) && shown.has(b)) { alive.add(a); alive.add(b); }
    }
  }
  const colors = new Map<string, string>();
  const focus = s.selected && g.hasNode(s.selected) ? s.selected : null;
  const neighbours = new Set(focus ? g.neighbors(focus) : []);
  // Arrowheads double the triangles to rasterise; past PLAIN_EDGES_OVER drawn edges they are
  // unreadable anyway, so only highlighted edges get them.
  const passes = (e: string) => edgePasses(g.getEdgeAttributes(e), s) && (!counts || counts.has(e));
  const focusLabels = focus ? pairLabels(g, focus, passes) : null;
  // The hovered node changes without new reducers (app.ts refreshes its neighbourhood only).
  let hoverLabels: { node: string; labels: Map<string, string | null> } | null = null;
  const hoverLabel = (edge: string, node: string) => {
    if (hoverLabels?.node !== node) hoverLabels = { node, labels: pairLabels(g, node, passes) };
    return hoverLabels.labels.get(edge) ?? null;
  };
  // Outputs carry only what sigma draws: spreading every attribute (aliases, evidence ids) of
  // 50k items on each refresh is most of the cost on big graphs.
  const nodeReducer = (node: string, a: Attributes): Partial<NodeDisplayData> => {
    const out: Partial<NodeDisplayData> = { x: a.x, y: a.y, label: a.label, type: 'circle', size: nodeSize(a, m, s), color: nodeColor(a, m, s, colors) };
    if (!shown.has(node)) { out.hidden = true; return out; }
    if (alive && !alive.has(node) && node !== focus) return { ...out, color: FADED_NODE, label: null, zIndex: 0 };
    if (ui.resultNodes && !ui.resultNodes.has(node)) return { ...out, color: FADED_NODE, label: null, zIndex: 0 };
    // (`labelMust`, read by draw.ts: the selected and the hovered actor's labels are drawn
    // whatever they meet; a neighbour's, offered by forceLabel, only where there is room)
    if (focus) {
      if (node === focus) return { ...out, highlighted: true, forceLabel: true, zIndex: 2, labelMust: true } as Partial<NodeDisplayData>;
      if (neighbours.has(node)) return { ...out, forceLabel: true, zIndex: 1 };
      return { ...out, color: FADED_NODE, label: null, zIndex: 0 };
    }
    if (node === ui.hoveredNode) return { ...out, forceLabel: true, zIndex: 2, labelMust: true } as Partial<NodeDisplayData>;
    return out;
  };
  const edgeReducer = (edge: string, a: Attributes): Partial<EdgeDisplayData> => {
    // While app.setGraph swaps graphs, sigma asks the reducers of one graph about edges of the
    // other (the view is refilled before new reducers are set): those are hidden for that instant.
    if (!g.hasEdge(edge)) return { hidden: true, type: plainEdges ? 'line' : 'arrow' };
    const [src, tgt] = g.extremities(edge);
    // In a time range an edge weighs what it has there.
    const n = counts ? (counts.get(edge) ?? 0) : (a.count ?? 1);
    const base: Partial<EdgeDisplayData> = {
      type: plainEdges ? 'line' : 'arrow', size: Math.min(1.5 + Math.log2(Math.max(1, n)), 5),
      color: a.negated ? NEGATED_EDGE : EDGE_COLOR, label: null,
    };
    if (!shown.has(src) || !shown.has(tgt) || !edgePasses(a, s) || n === 0) return { ...base, hidden: true };
    const touchesFocus = focus !== null && (src === focus || tgt === focus);
    if (edge === ui.hoveredEdge) return { ...base, type: 'arrow', color: EDGE_HIGHLIGHT, label: a.label, forceLabel: true, zIndex: 2 };
    if (focus) {
      return touchesFocus ? { ...base, type: 'arrow', color: a.negated ? NEGATED_EDGE : EDGE_HIGHLIGHT, label: focusLabels!.get(edge) ?? null, zIndex: 1 } : { ...base, color: FADED_EDGE, zIndex: 0 };
    }
    if (ui.hoveredNode && (src === ui.hoveredNode || tgt === ui.hoveredNode)) return { ...base, color: EDGE_HIGHLIGHT, label: hoverLabel(edge, ui.hoveredNode), zIndex: 1 };
    return base;
  };
  return { nodeReducer, edgeReducer };
}
