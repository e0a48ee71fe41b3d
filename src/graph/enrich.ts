/**
 * actorgraph/graph/enrich — the metrics the page sizes and colours nodes by.
 *
 * Adds to every node: `degree` (in + out, multi-edges counted), `pagerank` (graphology-metrics,
 * edge `count` as weight), `community` (Louvain, V. D. Blondel et al. 2008,
 * doi:10.1088/1742-5468/2008/10/P10008) and a default `size` from degree.
 * Louvain visits nodes in a random order, so it gets a seeded rng: same input, same colours.
 */
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import seedrandom from 'seedrandom';
import type { ActorGraph } from './build.js';
import { DEFAULT_SETTINGS } from '../settings.js';

// These packages are CommonJS with `export default` typings: under NodeNext TypeScript sees the
// namespace, Node and esbuild hand over module.exports. Take whichever holds the function.
const louvain = ((louvainModule as unknown as { default?: typeof louvainModule.default }).default ?? louvainModule) as typeof louvainModule.default;
const pagerank = ((pagerankModule as unknown as { default?: typeof pagerankModule.default }).default ?? pagerankModule) as typeof pagerankModule.default;

export interface EnrichOptions {
  /** Seed of Louvain's random walk (settings.seed). */
  seed?: string;
}

/** Node size in pixels from a metric value and the graph's maximum: sqrt keeps hubs from swallowing the view. */
export function sizeFor(value: number, max: number, min = 3, span = 15): number {
  if (!(max > 0)) return min;
  return min + span * Math.sqrt(Math.max(0, value) / max);
}

/**
 * @example
 *   const g = enrichGraph(buildGraph(triples), { seed: settings.seed });
 *   g.getNodeAttribute('RUS', 'community'); // 0
 */
export function enrichGraph(g: ActorGraph, opts: EnrichOptions = {}): ActorGraph {
  let maxDegree = 0;
  g.forEachNode((n) => {
    const degree = g.degree(n);
    if (degree > maxDegree) maxDegree = degree;
    g.setNodeAttribute(n, 'degree', degree);
  });
  if (g.size > 0) {
    // PageRank may fail to converge on odd shapes; the page then falls back to degree.
    try {
      pagerank.assign(g, { getEdgeWeight: 'count', nodePagerankAttribute: 'pagerank' });
    } catch { g.forEachNode((n) => g.setNodeAttribute(n, 'pagerank', 0)); }
    louvain.assign(g, { rng: seedrandom(opts.seed ?? DEFAULT_SETTINGS.seed), getEdgeWeight: 'count', nodeCommunityAttribute: 'community' });
  } else {
    let c = 0;
    g.forEachNode((n) => g.mergeNodeAttributes(n, { pagerank: 0, community: c++ }));
  }
  g.forEachNode((n, a) => g.setNodeAttribute(n, 'size', sizeFor(a.degree ?? 0, maxDegree)));
  return g;
}
