/**
 * viz/geo — where each actor goes in the map layout (pure: no DOM, tested in node).
 *
 * Graph coordinates are degrees: x = longitude, y = latitude (equirectangular; sigma draws
 * graph y upward). A country sits at its coordinates (world-countries' `latlng`, embedded at bundle
 * time: src/page/country-coords.ts); a person, body, group or place that acts for or lies in a
 * country sits on a sunflower spiral around it (biggest nearest); an actor with neither, around
 * the country its documents were filed in (NodeAttrs.docCountry: their datelines, or the first
 * place they name); a concept, around the centre of its placed neighbours where they are close
 * together, else around the one it is most tied to (else its documents' country); what is still unplaced, in rows under the map (where Antarctica would be: the outline
 * leaves it out, page/world-outline.ts), so it stays visible and clickable.
 */
import { MultiDirectedGraph } from 'graphology';
import type { ActorGraph, GraphAttrs } from '../src/graph/build.js';
import type { EdgeAttrs, NodeAttrs } from '../src/types.js';
import { spreadLabels, NOVERLAP_MAX_ORDER } from '../src/graph/layout.js';

export type Coords = Record<string, [lat: number, lng: number]>;
export interface Point { x: number; y: number }

/**
 * A satellite's distance from its anchor: SPIRAL_GAP degrees, then growing as √rank. The gap
 * keeps the first ones off the country's own disc (a big node is ~20 px, ~6° at world zoom).
 */
const SPIRAL_GAP = 4, SPIRAL_STEP = 1.2;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Rows of unplaced actors start here (degrees latitude), UNPLACED_GAP apart. */
const UNPLACED_TOP = -64, UNPLACED_GAP = 3.5, UNPLACED_PER_ROW = 90;

function spiral(anchor: Point, rank: number): Point {
  const r = SPIRAL_GAP + SPIRAL_STEP * Math.sqrt(rank), t = rank * GOLDEN_ANGLE;
  return { x: anchor.x + r * Math.cos(t), y: anchor.y + r * Math.sin(t) };
}

/**
 * @example mapPositions(g, { SLV: [13.83, -88.92] }).get('SLV') // { x: -88.92, y: 13.83 }
 */
export function mapPositions(g: ActorGraph, coords: Coords): Map<string, Point> {
  const out = new Map<string, Point>();
  const degree = (n: string) => g.getNodeAttribute(n, 'degree') ?? g.degree(n);
  const order = g.nodes().sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1));
  // 1. Countries at their coordinates; anything else acting for a country around it.
  const around = new Map<string, number>();
  // One spiral per anchor point (to 1°): a concept whose one neighbour is Russia continues
  // Russia's spiral instead of landing on its first satellite.
  const place = (n: string, anchor: Point) => {
    const anchorKey = `${Math.round(anchor.x)},${Math.round(anchor.y)}`;
    const rank = around.get(anchorKey) ?? 0;
    around.set(anchorKey, rank + 1);
    out.set(n, spiral(anchor, rank));
  };
  const pinned = new Set<string>();
  for (const n of order) {
    const a = g.getNodeAttributes(n);
    const c = a.type === 'country' ? coords[n] : undefined;
    if (c) { out.set(n, { x: c[1], y: c[0] }); pinned.add(n); }
  }
  const byCountry = (n: string, key: 'country' | 'docCountry') => {
    const home = g.getNodeAttribute(n, key);
    const c = home ? coords[home] : undefined;
    if (c) place(n, { x: c[1], y: c[0] });
  };
  for (const n of order) if (!out.has(n)) byCountry(n, 'country');
  // An actor with no country of its own is where its stories were filed ("the guerrillas" of
  // San Salvador's wire copy), not half-way between the countries it deals with.
  for (const n of order) if (!out.has(n) && g.getNodeAttribute(n, 'type') !== 'other') byCountry(n, 'docCountry');
  // 2. The rest near their placed neighbours (twice: a concept of a person of a country).
  for (let pass = 0; pass < 2; pass++) {
    const next: Array<[string, Point]> = [];
    for (const n of order) {
      if (out.has(n)) continue;
      const anchor = nearNeighbours(g, n, out, degree);
      if (anchor) next.push([n, anchor]);
    }
    for (const [n, c] of next) place(n, c);
  }
  // A concept with no placed neighbour: where its stories were filed.
  for (const n of order) if (!out.has(n)) byCountry(n, 'docCountry');
  // 3. Placed ones apart, countries where they are.
  spreadSatellites(g, out, pinned);
  // 4. Rows under the map, under whatever the spreading moved down there.
  let top = UNPLACED_TOP, i = 0;
  for (const p of out.values()) top = Math.min(top, p.y - UNPLACED_GAP);
  for (const n of order) {
    if (out.has(n)) continue;
    out.set(n, { x: -178 + (i % UNPLACED_PER_ROW) * 4, y: top - Math.floor(i / UNPLACED_PER_ROW) * UNPLACED_GAP });
    i++;
  }
  return out;
}

/** The world outline's north edge (degrees: Greenland's and the Arctic islands' coasts). */
export const MAP_TOP = 84;

/** Neighbours this far (degrees) from their centre are not "around" it. */
const NEAR = 12;

/**
 * Where an actor placed by its neighbours goes: the centre of its placed neighbours when they
 * lie close together; else by the one it is most tied to (evidence, then degree). The centre of
 * Belarus and Russia (whose coordinates are Siberia's) is Kazakhstan, near neither: the seed's
 * "joint strategic exercises" and "agreement" landed there.
 */
function nearNeighbours(g: ActorGraph, n: string, placed: Map<string, Point>, degree: (n: string) => number): Point | null {
  const ties = new Map<string, number>();
  g.forEachEdge(n, (_e, a, s, t) => {
    const m = s === n ? t : s;
    if (placed.has(m)) ties.set(m, (ties.get(m) ?? 0) + (a.count || 1));
  });
  if (!ties.size) return null;
  let x = 0, y = 0;
  for (const m of ties.keys()) { const p = placed.get(m)!; x += p.x; y += p.y; }
  const c = { x: x / ties.size, y: y / ties.size };
  if ([...ties.keys()].every((m) => { const p = placed.get(m)!; return Math.hypot(p.x - c.x, p.y - c.y) <= NEAR; })) return c;
  const [best] = [...ties].sort((a, b) => b[1] - a[1] || degree(b[0]) - degree(a[0]) || (a[0] < b[0] ? -1 : 1))[0];
  return placed.get(best)!;
}

/**
 * The drawing's frame in map mode: the actors' own region with a margin, at least
 * MIN_FRAME degrees across (two neighbouring countries are not zoomed into a street map), within
 * the world (and the rows under it when there are any). A seed about Russia and Belarus opens
 * on Eastern Europe and Russia, where the satellites around each country are far enough apart
 * to read; *Fit* comes back to it, zooming out shows the rest of the world.
 */
const MIN_FRAME = 50, FRAME_MARGIN = 0.12;
export function mapExtent(pos: Map<string, Point>): { x: [number, number]; y: [number, number] } {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const p of pos.values()) { x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y); }
  if (!Number.isFinite(x0)) return { x: [-180, 180], y: [-58, 84] };
  const grow = (a: number, b: number, lo: number, hi: number): [number, number] => {
    const m = Math.max((b - a) * FRAME_MARGIN, (MIN_FRAME - (b - a)) / 2, 2);
    return [Math.max(lo, a - m), Math.min(hi, b + m)];
  };
  return { x: grow(x0, x1, -185, 185), y: grow(y0, y1, Math.min(-58, y0 - 2), 86) };
}

/** Rounds of label-aware noverlap (src/graph/layout.ts) between which countries go back to their coordinates. */
const SPREAD_ROUNDS = 40, SPREAD_ITERATIONS = 5;
/** Past this many nodes the map is not spread (noverlap's rounds would cost seconds; sigma's label grid culls labels there anyway). */
const SPREAD_MAX_ORDER = 200;
/** The frame's width in page pixels assumed for the spreading (a 1280-pixel window less the filters). */
const MAP_VIEW_PX = 900;
/** Degrees a satellite may be pushed from where it was placed. */
const MAX_DRIFT = 6;

/**
 * Moves the actors placed around a country (and concepts around their neighbours) apart so that
 * their discs and labels do not print over each other ("NATO" over "the collective West" around
 * Russia), while every country stays at its coordinates: noverlap cannot pin nodes, so it runs in
 * short rounds and the countries are put back after each. Skipped past SPREAD_MAX_ORDER nodes.
 */
export function spreadSatellites(g: ActorGraph, pos: Map<string, Point>, pinned: ReadonlySet<string>): void {
  if (pos.size < 2 || pos.size > Math.min(SPREAD_MAX_ORDER, NOVERLAP_MAX_ORDER)) return;
  const tmp: ActorGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>();
  for (const [n, p] of pos) {
    const a = g.getNodeAttributes(n);
    tmp.addNode(n, { label: a.label, type: a.type, mentions: 0, size: a.size, x: p.x, y: p.y });
  }
  // Pixels are those of the frame the map opens on (fixed: measured again each round, the
  // spreading would feed on itself).
  const f = mapExtent(pos);
  const unitsPerPx = Math.max(f.x[1] - f.x[0], f.y[1] - f.y[0]) / MAP_VIEW_PX;
  // A satellite pushed further than MAX_DRIFT from where it was placed would stand for another
  // country: it is held there after each round, so the next rounds part it from its neighbours
  // within that reach (held only at the end, two could be held onto the same spot: the seed's
  // NATO and "exercises" ended 1° apart, one disc over the other).
  const hold = () => tmp.forEachNode((n, a) => {
    const p = pos.get(n)!;
    if (pinned.has(n)) { a.x = p.x; a.y = p.y; return; }
    const dx = a.x! - p.x, dy = a.y! - p.y, d = Math.hypot(dx, dy);
    const k = d > MAX_DRIFT ? MAX_DRIFT / d : 1;
    a.x = p.x + dx * k; a.y = p.y + dy * k;
  });
  for (let r = 0; r < SPREAD_ROUNDS; r++) {
    spreadLabels(tmp, SPREAD_ITERATIONS, unitsPerPx);
    hold();
  }
  tmp.forEachNode((n, a) => { pos.set(n, { x: a.x!, y: a.y! }); });
}
