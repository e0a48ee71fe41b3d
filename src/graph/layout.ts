/**
 * actorgraph/graph/layout — a settled, reproducible picture computed before the page opens.
 *
 * Seeded random start (so the same triples give the same drawing), ForceAtlas2
 * (M. Jacomy et al. 2014, doi:10.1371/journal.pone.0098679) with graphology's inferSettings,
 * then noverlap so labels of neighbours do not sit on top of each other. The page can keep
 * refining it with the FA2 web worker; this only saves users from watching a hairball unfold.
 */
import fa2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import seedrandom from 'seedrandom';
import type { ActorGraph } from './build.js';
import { DEFAULT_SETTINGS } from '../settings.js';

// CommonJS with `export default` typings: see enrich.ts.
const forceAtlas2 = ((fa2Module as unknown as { default?: typeof fa2Module.default }).default ?? fa2Module) as typeof fa2Module.default;
const noverlap = ((noverlapModule as unknown as { default?: typeof noverlapModule.default }).default ?? noverlapModule) as typeof noverlapModule.default;

export interface LayoutOptions {
  seed?: string;
  /** FA2 iterations; default shrinks with graph size so a 50k-node build stays in seconds. */
  iterations?: number;
  /** Skip noverlap (its grid pass is the slow part on very large graphs). */
  noverlap?: boolean;
}

/** Iterations that settle small graphs fully and keep big ones affordable. */
export function defaultIterations(order: number): number {
  if (order <= 500) return 500;
  if (order <= 5000) return 200;
  if (order <= 20000) return 60;
  return 25;
}

/** Positions on a disc of radius ~sqrt(n) from a seeded rng. */
export function seedPositions(g: ActorGraph, seed: string): void {
  const rng = seedrandom(seed);
  const r = 10 * Math.sqrt(Math.max(1, g.order));
  g.forEachNode((n) => {
    const a = rng() * 2 * Math.PI;
    const d = r * Math.sqrt(rng());
    g.mergeNodeAttributes(n, { x: d * Math.cos(a), y: d * Math.sin(a) });
  });
}

/**
 * @example
 *   layoutGraph(enrichGraph(g), { seed: settings.seed });
 *   g.getNodeAttributes('RUS'); // { x: 12.3, y: -4.5, … }
 */
export function layoutGraph(g: ActorGraph, opts: LayoutOptions = {}): ActorGraph {
  seedPositions(g, opts.seed ?? DEFAULT_SETTINGS.seed);
  if (g.order < 2) return g;
  const settings = { ...forceAtlas2.inferSettings(g), adjustSizes: false };
  forceAtlas2.assign(g, { iterations: opts.iterations ?? defaultIterations(g.order), settings, getEdgeWeight: null });
  if (opts.noverlap ?? g.order <= 20000) {
    noverlap.assign(g, { maxIterations: 150, settings: { margin: 2, ratio: 1.2 } });
  }
  return g;
}
