/**
 * viz/view-graph — the graph sigma is given: only the nodes currently shown (cap, node filters,
 * expansions) and the edges among them.
 *
 * Why not the whole graph with hidden reducers: sigma runs its reducers and indexes every node
 * and edge on each full refresh, hidden or not. A 10k-node, 50k-edge graph capped at 1,500
 * nodes draws ~13k edges; handing sigma only those makes the first frame and every refresh
 * several times cheaper. Nodes and edges share their attribute objects with the full graph,
 * so positions written by the layout worker are seen by both.
 */
import { MultiDirectedGraph } from 'graphology';
import type { ActorGraph, GraphAttrs } from '../src/graph/build.js';
import type { EdgeAttrs, NodeAttrs } from '../src/types.js';

export function emptyView(): ActorGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: true });
}

/** Makes `view` hold exactly `shown` (and their edges) out of `full`; returns whether it changed. */
export function syncView(full: ActorGraph, view: ActorGraph, shown: Set<string>): boolean {
  const gone = view.filterNodes((n) => !shown.has(n) || !full.hasNode(n));
  for (const n of gone) view.dropNode(n);
  const added: string[] = [];
  for (const n of shown) {
    if (view.hasNode(n) || !full.hasNode(n)) continue;
    view.addNode(n, full.getNodeAttributes(n));
    added.push(n);
  }
  for (const n of added) {
    full.forEachEdge(n, (e, a, s, t) => {
      if (!view.hasEdge(e) && view.hasNode(s) && view.hasNode(t)) view.addDirectedEdgeWithKey(e, s, t, a);
    });
  }
  return gone.length > 0 || added.length > 0;
}

/** The full graph's extent, so expanding or filtering never re-frames (moves) the drawing. */
export function extentOf(g: ActorGraph): { x: [number, number]; y: [number, number] } | null {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  g.forEachNode((_, a) => {
    if (a.x! < x0) x0 = a.x!; if (a.x! > x1) x1 = a.x!;
    if (a.y! < y0) y0 = a.y!; if (a.y! > y1) y1 = a.y!;
  });
  return Number.isFinite(x0) ? { x: [x0, x1], y: [y0, y1] } : null;
}
