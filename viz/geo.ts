/**
 * viz/geo — where each actor goes in the map layout (pure: no DOM, tested in node).
 *
 * Graph coordinates are degrees: x = longitude, y = latitude (equirectangular; sigma draws
 * graph y upward). A country sits at its coordinates (world-countries' `latlng`, embedded at bundle
 * time: src/page/country-coords.ts); a person, body, group or place that acts for or lies in a
 * country sits on a sunflower spiral around it (biggest nearest); an actor or concept with
 * neither, around the centre of its placed neighbours; what has no placed neighbour, in rows
 * under the map (Antarctica's latitudes), so it stays visible and clickable.
 */
import type { ActorGraph } from '../src/graph/build.js';

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
  for (const n of order) {
    const a = g.getNodeAttributes(n);
    const c = a.type === 'country' ? coords[n] : undefined;
    if (c) out.set(n, { x: c[1], y: c[0] });
  }
  for (const n of order) {
    if (out.has(n)) continue;
    const home = g.getNodeAttribute(n, 'country');
    const c = home ? coords[home] : undefined;
    if (c) place(n, { x: c[1], y: c[0] });
  }
  // 2. The rest near their placed neighbours (twice: a concept of a person of a country).
  for (let pass = 0; pass < 2; pass++) {
    const next: Array<[string, Point]> = [];
    for (const n of order) {
      if (out.has(n)) continue;
      let x = 0, y = 0, k = 0;
      for (const m of g.neighbors(n)) { const p = out.get(m); if (p) { x += p.x; y += p.y; k++; } }
      if (k) next.push([n, { x: x / k, y: y / k }]);
    }
    for (const [n, c] of next) place(n, c);
  }
  // 3. Rows under the map.
  let i = 0;
  for (const n of order) {
    if (out.has(n)) continue;
    out.set(n, { x: -178 + (i % UNPLACED_PER_ROW) * 4, y: UNPLACED_TOP - Math.floor(i / UNPLACED_PER_ROW) * UNPLACED_GAP });
    i++;
  }
  return out;
}

/** The drawing's frame in map mode: the world (84°N to 58°S), and the rows under it when there are any. */
export function mapExtent(pos: Map<string, Point>): { x: [number, number]; y: [number, number] } {
  let y0 = -58;
  for (const p of pos.values()) if (p.y < y0) y0 = p.y;
  return { x: [-180, 180], y: [y0 - 2, 84] };
}
