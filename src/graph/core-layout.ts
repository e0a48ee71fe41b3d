/**
 * actorgraph/graph/core-layout — the picture a big graph opens on: its top actors (highest
 * degree first, the page's first view, settings.initialShown) laid out on their own.
 *
 * Why: in one ForceAtlas2 of MUC-3's 6,534 actors the top hundred are a knot at the centre (every
 * hub pulls on the others through thousands of small actors), so the page opened on a hairball.
 * Laid out among themselves (FA2 from where the whole layout put them, then the label-aware
 * noverlap) they spread out and their labels fit; the knot is scaled to the place it had in the
 * whole drawing, and the other actors settle around it (FA2 with the core fixed).
 */
import fa2Module from 'graphology-layout-forceatlas2';
import { MultiDirectedGraph } from 'graphology';
import type { ActorGraph, GraphAttrs } from './build.js';
import type { EdgeAttrs, NodeAttrs } from '../types.js';
import { byDegreeOrder } from './page-data.js';

const forceAtlas2 = ((fa2Module as unknown as { default?: typeof fa2Module.default }).default ?? fa2Module) as typeof fa2Module.default;

/** FA2 iterations for the core alone (≤ a few hundred actors: milliseconds). */
const CORE_ITERATIONS = 300;

/** The `k` actors of highest degree (concepts after every actor), in the page's order (viz/model.ts byDegree). */
export function coreOf(g: ActorGraph, k: number): string[] {
  return g.nodes().sort(byDegreeOrder((n) => g.getNodeAttribute(n, 'degree') ?? 0, (n) => g.getNodeAttribute(n, 'type') === 'other')).slice(0, k);
}

/** A copy of `nodes` and the edges among them, positions included. */
function subgraph(g: ActorGraph, nodes: string[]): ActorGraph {
  const sub: ActorGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: true });
  for (const n of nodes) sub.addNode(n, { ...g.getNodeAttributes(n) });
  g.forEachEdge((e, a, s, t) => { if (sub.hasNode(s) && sub.hasNode(t) && s !== t) sub.addDirectedEdgeWithKey(e, s, t, { ...a }); });
  return sub;
}

function extent(g: ActorGraph, nodes: Iterable<string>): { x0: number; y0: number; w: number; h: number } {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const n of nodes) {
    const { x = 0, y = 0 } = g.getNodeAttributes(n);
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  return { x0, y0, w: Math.max(x1 - x0, 1e-9), h: Math.max(y1 - y0, 1e-9) };
}

/**
 * Lays out the top `k` actors of an already laid-out graph on their own and the rest around them;
 * returns the core (empty when the graph has `k` actors or fewer: nothing to do).
 * `restIterations`: FA2 iterations of the whole graph with the core fixed; `spread`: the
 * label-aware noverlap (layout.ts spreadLabels, passed in: layout.ts calls this module).
 */
export function layoutCore(g: ActorGraph, k: number, restIterations: number, spread: (g: ActorGraph) => void): string[] {
  if (k < 2 || g.order <= k) return [];
  const core = coreOf(g, k);
  const sub = subgraph(g, core);
  const before = extent(g, core);
  const settings = { ...forceAtlas2.inferSettings(sub), strongGravityMode: true, gravity: 0.5 };
  forceAtlas2.assign(sub, { iterations: CORE_ITERATIONS, settings, getEdgeWeight: null });
  spread(sub);
  spread(sub);
  // The core's own picture, at the size and place the whole layout gave it (one scale for both
  // axes: the noverlap's label room is kept).
  const after = extent(sub, core);
  const scale = Math.max(before.w, before.h) / Math.max(after.w, after.h);
  // (FA2 reads graphology's `fixed` node attribute, which is not one of ours: set and removed here)
  const raw = g as unknown as { mergeNodeAttributes(n: string, a: Record<string, unknown>): void; removeNodeAttribute(n: string, k: string): void };
  for (const n of core) {
    const a = sub.getNodeAttributes(n);
    raw.mergeNodeAttributes(n, { x: before.x0 + (a.x! - after.x0) * scale, y: before.y0 + (a.y! - after.y0) * scale, fixed: true });
  }
  if (restIterations > 0) {
    forceAtlas2.assign(g, { iterations: restIterations, settings: { ...forceAtlas2.inferSettings(g), adjustSizes: false }, getEdgeWeight: null });
  }
  for (const n of core) raw.removeNodeAttribute(n, 'fixed');
  return core;
}
