/**
 * viz/label-space — the room taken on the canvas in the current frame: node discs, node label
 * boxes and edge label boxes (rotated along their edge), so that a label is drawn only where it
 * meets none of them. Pure geometry (no DOM): draw.ts asks, app.ts feeds the discs.
 *
 * Why: sigma's label grid keeps one label per cell, but labels are longer than a cell and it
 * knows nothing of discs or edge labels. At 1280×720 the seed's hub (Russia, 12 relations) had
 * "react to" printed over "with +2" and node labels ran across other actors' discs.
 */

/** A rectangle centred on (cx, cy), half-sizes hw × hh, turned by `angle` radians. */
export interface Rect { cx: number; cy: number; hw: number; hh: number; angle: number }
export interface Disc { key: string; x: number; y: number; r: number }

/** The discs' grid cell (pixels): a label meets the discs of a few cells, not all 10k. */
const CELL = 64;

export function rectFromBox(x0: number, y0: number, x1: number, y1: number): Rect {
  return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, hw: (x1 - x0) / 2, hh: (y1 - y0) / 2, angle: 0 };
}

/** Separating-axis test for two rotated rectangles. */
export function rectsMeet(a: Rect, b: Rect): boolean {
  // (node labels are upright: hundreds of them are tested against each other on every frame)
  if (a.angle === 0 && b.angle === 0) return Math.abs(a.cx - b.cx) < a.hw + b.hw && Math.abs(a.cy - b.cy) < a.hh + b.hh;
  for (const axis of [a.angle, a.angle + Math.PI / 2, b.angle, b.angle + Math.PI / 2]) {
    const ux = Math.cos(axis), uy = Math.sin(axis);
    const dist = Math.abs((b.cx - a.cx) * ux + (b.cy - a.cy) * uy);
    const ra = a.hw * Math.abs(Math.cos(a.angle - axis)) + a.hh * Math.abs(Math.sin(a.angle - axis));
    const rb = b.hw * Math.abs(Math.cos(b.angle - axis)) + b.hh * Math.abs(Math.sin(b.angle - axis));
    if (dist >= ra + rb) return false;
  }
  return true;
}

export function discMeetsRect(d: Disc, r: Rect): boolean {
  const c = Math.cos(-r.angle), s = Math.sin(-r.angle);
  const lx = (d.x - r.cx) * c - (d.y - r.cy) * s, ly = (d.x - r.cx) * s + (d.y - r.cy) * c;
  const dx = Math.max(Math.abs(lx) - r.hw, 0), dy = Math.max(Math.abs(ly) - r.hh, 0);
  return dx * dx + dy * dy < d.r * d.r;
}

/** The axis-aligned cells a rectangle may touch. */
function cellsOf(r: Rect): [number, number, number, number] {
  const ex = Math.abs(r.hw * Math.cos(r.angle)) + Math.abs(r.hh * Math.sin(r.angle));
  const ey = Math.abs(r.hw * Math.sin(r.angle)) + Math.abs(r.hh * Math.cos(r.angle));
  return [Math.floor((r.cx - ex) / CELL), Math.floor((r.cy - ey) / CELL), Math.floor((r.cx + ex) / CELL), Math.floor((r.cy + ey) / CELL)];
}

export class LabelSpace {
  private discGrid = new Map<string, Disc[]>();
  private maxR = 0;
  private nodeLabels: Rect[] = [];
  private edgeLabels: Rect[] = [];
  private discsIn = false;
  /** Where each node's label went this frame (draw.ts puts the hover box there too). */
  readonly side = new Map<string, 'right' | 'left'>();

  /** `discs` is asked once per frame, on the first label drawn (sigma has placed the nodes then). */
  constructor(private discs: () => Disc[] = () => []) {}

  setDiscSource(discs: () => Disc[]): void { this.discs = discs; this.discsIn = false; }

  /** A new frame: nodes may have moved. */
  resetFrame(): void {
    this.discsIn = false;
    this.nodeLabels.length = 0;
    this.edgeLabels.length = 0;
    this.side.clear();
  }

  /** Sigma redraws edge labels alone on hover (node labels stay): their boxes only go. */
  resetEdgeLabels(): void { this.edgeLabels.length = 0; }

  private ensureDiscs(): void {
    if (this.discsIn) return;
    this.discsIn = true;
    this.discGrid.clear();
    this.maxR = 0;
    for (const d of this.discs()) {
      this.maxR = Math.max(this.maxR, d.r);
      const k = `${Math.floor(d.x / CELL)},${Math.floor(d.y / CELL)}`;
      const list = this.discGrid.get(k);
      if (list) list.push(d); else this.discGrid.set(k, [d]);
    }
  }

  /** Whether `r` meets a disc other than those of `except`, and of radius `minR` or more. */
  hitsDisc(r: Rect, except: ReadonlySet<string> | string | null = null, minR = 0): boolean {
    this.ensureDiscs();
    const pad = Math.ceil(this.maxR / CELL);
    const [c0, r0, c1, r1] = cellsOf(r);
    for (let i = c0 - pad; i <= c1 + pad; i++) {
      for (let j = r0 - pad; j <= r1 + pad; j++) {
        for (const d of this.discGrid.get(`${i},${j}`) ?? []) {
          const own = typeof except === 'string' ? d.key === except : except?.has(d.key);
          if (!own && d.r >= minR && discMeetsRect(d, r)) return true;
        }
      }
    }
    return false;
  }

  hitsLabel(r: Rect): boolean {
    return this.nodeLabels.some((b) => rectsMeet(r, b)) || this.edgeLabels.some((b) => rectsMeet(r, b));
  }

  free(r: Rect, except: ReadonlySet<string> | string | null, minR = 0): boolean {
    return !this.hitsLabel(r) && !this.hitsDisc(r, except, minR);
  }

  takeNodeLabel(r: Rect): void { this.nodeLabels.push(r); }
  takeEdgeLabel(r: Rect): void { this.edgeLabels.push(r); }
}
