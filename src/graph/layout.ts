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
import { layoutCore } from './core-layout.js';

// CommonJS with `export default` typings: see enrich.ts.
const forceAtlas2 = ((fa2Module as unknown as { default?: typeof fa2Module.default }).default ?? fa2Module) as typeof fa2Module.default;
const noverlap = ((noverlapModule as unknown as { default?: typeof noverlapModule.default }).default ?? noverlapModule) as typeof noverlapModule.default;

export interface LayoutOptions {
  seed?: string;
  /** FA2 iterations; default shrinks with graph size so a 50k-node build stays in seconds. */
  iterations?: number;
  /** Run noverlap; default only up to NOVERLAP_MAX_ORDER nodes (its grid pass is slow on big graphs). */
  noverlap?: boolean;
  /** The page's first view (settings.initialShown): these top actors are laid out on their own (core-layout.ts). */
  core?: number;
}

/** Iterations that settle small graphs fully and keep big ones affordable. */
export function defaultIterations(order: number): number {
  if (order <= 500) return 500;
  if (order <= 2000) return 200;
  if (order <= 5000) return 100;
  if (order <= 20000) return 40;
  return 15;
}

/** noverlap's grid pass costs ~1 s per iteration at 14k nodes; past this size labels are culled anyway. */
export const NOVERLAP_MAX_ORDER = 2000;

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
  // Strong gravity keeps small disconnected pieces (two actors named once) near the main
  // component instead of drifting to the edges and shrinking everything else when fitted.
  const settings = { ...forceAtlas2.inferSettings(g), adjustSizes: false, ...(g.order <= 2000 ? { strongGravityMode: true, gravity: 0.5 } : {}) };
  const iterations = opts.iterations ?? defaultIterations(g.order);
  forceAtlas2.assign(g, { iterations, settings, getEdgeWeight: null });
  if (opts.core) layoutCore(g, opts.core, Math.ceil(iterations / 2), (sub) => spreadLabels(sub));
  if (opts.noverlap ?? g.order <= NOVERLAP_MAX_ORDER) {
    spreadLabels(g);
    // Spreading widens the drawing, so labels shrink relative to it: a second pass re-measures.
    if (g.order <= 300) spreadLabels(g);
  }
  return g;
}

/** Pixels a label of `chars` characters takes at the page's 13 px font (average glyph ~7 px). */
const LABEL_PX_PER_CHAR = 7.5;
/** Pixels between a node's disc and its label (viz/draw.ts). */
const LABEL_GAP_PX = 4;
/** The drawing is assumed about this many pixels across when fitted (a 1400×900 window, sidebar and padding off). */
const VIEW_PX = 700;

/** Layout units per page pixel when the drawing's extent is fitted to VIEW_PX. */
export function layoutUnitsPerPx(g: ActorGraph, viewPx = VIEW_PX): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  g.forEachNode((_, a) => { minX = Math.min(minX, a.x!); maxX = Math.max(maxX, a.x!); minY = Math.min(minY, a.y!); maxY = Math.max(maxY, a.y!); });
  return Math.max(maxX - minX, maxY - minY, 1) / viewPx;
}

/**
 * noverlap with each node's disc grown to cover its label too, so neighbours' labels don't
 * print over each other. Layout units are converted to page pixels from the layout's extent;
 * only graphs small enough to show every label get the label allowance.
 */
export function spreadLabels(g: ActorGraph, maxIterations = 200, unitsPerPx = layoutUnitsPerPx(g)): void {
  const withLabels = g.order <= 300;
  // Sigma draws a label to the right of its node, from the disc's edge (viz/draw.ts: x + size + 4).
  // Node + label is modelled as one disc over that whole footprint, from x − size to
  // x + size + 4 + label, centred `shift` to the right of the node, and shifted back afterwards.
  const shift = new Map<string, number>(), radius = new Map<string, number>();
  g.forEachNode((n, a) => {
    const labelPx = withLabels ? String(a.label ?? '').length * LABEL_PX_PER_CHAR + LABEL_GAP_PX : 0;
    shift.set(n, (labelPx / 2) * unitsPerPx);
    radius.set(n, ((a.size ?? 4) + labelPx / 2) * unitsPerPx);
  });
  noverlap.assign(g, {
    maxIterations,
    settings: { margin: 4 * unitsPerPx, ratio: 1.05 },
    inputReducer: (key, a) => ({ x: a.x + (shift.get(key) ?? 0), y: a.y, size: radius.get(key) ?? 0 }),
    outputReducer: (key, a) => ({ x: a.x - (shift.get(key) ?? 0), y: a.y }),
  });
}
