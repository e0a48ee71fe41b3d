/**
 * viz/camera — framing a selection: the camera moves so the node and all its drawn neighbours
 * fit in the canvas, zooming in only as far as that allows (a hub's neighbours may span the
 * whole drawing; a leaf's neighbourhood is small).
 */
import type Sigma from 'sigma';

/** Share of the viewport the neighbourhood may take; the rest is margin for labels. */
const FILL = 0.7;
/** Never zoom in closer than this camera ratio (1 = whole graph). */
const MIN_RATIO = 0.08;

export function frameNodes(sigma: Sigma, nodes: string[], duration = 400, labelPx: (node: string) => number = () => 0): void {
  const shown: Array<{ x: number; y: number; size: number; label: number }> = [];
  for (const n of nodes) {
    const d = sigma.getNodeDisplayData(n);
    if (d && !d.hidden) shown.push({ x: d.x, y: d.y, size: d.size, label: labelPx(n) });
  }
  if (!shown.length) return;
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const d of shown) { x0 = Math.min(x0, d.x); x1 = Math.max(x1, d.x); y0 = Math.min(y0, d.y); y1 = Math.max(y1, d.y); }
  // Display coordinates are "framed graph" units: the whole graph spans [0, 1] at ratio 1.
  // Labels are pixels right of each disc: in framed units they shrink as the camera zooms in, so
  // the frame and the zoom are found together (a few rounds converge).
  const o = sigma.framedGraphToViewport({ x: 0, y: 0 }, { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } });
  const u = sigma.framedGraphToViewport({ x: 1, y: 0 }, { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } });
  const pxPerUnit = Math.hypot(u.x - o.x, u.y - o.y) || 1;
  let ratio = Math.min(1, Math.max(MIN_RATIO, Math.max(x1 - x0, y1 - y0) / FILL)), right = x1;
  for (let i = 0; i < 3; i++) {
    right = x1;
    for (const d of shown) if (d.label) right = Math.max(right, d.x + ((d.size + 4 + d.label) * ratio) / pxPerUnit);
    ratio = Math.min(1, Math.max(MIN_RATIO, Math.max(right - x0, y1 - y0) / FILL));
  }
  sigma.getCamera().animate({ x: (x0 + right) / 2, y: (y0 + y1) / 2, ratio }, { duration });
}

/** Past this many drawn actors not every label is drawn (sigma's label grid culls): no room is made. */
const LABEL_ROOM_MAX_NODES = 300;
/** Pixels kept free between the longest label and the canvas's right edge. */
const RIGHT_MARGIN = 8;

export type Extent = { x: [number, number]; y: [number, number] };

/**
 * The frame widened to the right so that the labels of the rightmost actors fit in the canvas.
 * Sigma fits the frame's nodes, not their labels (drawn to the right of each disc): in a canvas
 * narrowed by the side panel (1280×720: 610 pixels) "nuclear weapons" ran under the panel.
 * `width`, `height`, `padding` are the canvas's and sigma's stagePadding, in pixels.
 */
export function withLabelRoom(e: Extent, nodes: Array<{ x: number; size: number; labelPx: number }>, width: number, height: number, padding: number): Extent {
  if (!nodes.length || nodes.length > LABEL_ROOM_MAX_NODES) return e;
  const [x0] = e.x, [y0, y1] = e.y;
  const w = width - 2 * padding, h = height - 2 * padding;
  if (w <= 0 || h <= 0) return e;
  let x1 = e.x[1];
  // Widening the frame shrinks the drawing, so the overflow is measured again (it converges fast).
  for (let i = 0; i < 4; i++) {
    const span = Math.max(x1 - x0, 1e-9);
    // sigma keeps the aspect ratio: the tighter of the two dimensions sets the scale
    const scale = Math.min(w / span, h / Math.max(y1 - y0, 1e-9));
    // (when the height sets the scale, sigma centres the drawing: the slack is room on both sides)
    const left = padding + (w - span * scale) / 2;
    let overflow = 0;
    for (const n of nodes) overflow = Math.max(overflow, left + (n.x - x0) * scale + n.size + 4 + n.labelPx - (width - RIGHT_MARGIN));
    if (overflow <= 0.5) break;
    x1 += overflow / scale;
  }
  return { x: [x0, x1], y: e.y };
}

/** Pixels kept free around the fitted drawing (besides sigma's stagePadding). */
const FIT_MARGIN = 12;

/**
 * The camera that shows `nodes` filling the canvas, with the labels right of them: both of the
 * canvas's sides are used (sigma's own reset fits the frame's larger side into the canvas's
 * smaller one, so a wide canvas kept bands of empty map above and below the actors). Display
 * data must be processed (call after a render).
 * @example sigma.getCamera().animate(fitCamera(sigma, view.nodes(), labelPx, { top: 84 })!)
 */
export function fitCamera(sigma: Sigma, nodes: string[], labelPx: (node: string) => number = () => 0, opts: { top?: number } = {}): { x: number; y: number; ratio: number } | null {
  const reset = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const pts: Array<{ x: number; y: number; size: number; label: number }> = [];
  for (const n of nodes) {
    const d = sigma.getNodeDisplayData(n);
    if (!d || d.hidden) continue;
    const v = sigma.framedGraphToViewport(d, { cameraState: reset });
    pts.push({ x: v.x, y: v.y, size: sigma.scaleSize(d.size, 1), label: labelPx(n) });
  }
  if (!pts.length) return null;
  const { width, height } = sigma.getDimensions();
  const pad = sigma.getSetting('stagePadding') + FIT_MARGIN;
  const w = Math.max(50, width - 2 * pad), h = Math.max(50, height - 2 * pad);
  // Pixels at ratio 1 shrink by `ratio` on screen; labels and discs keep their screen size, so
  // the ratio and the box are found together (a few rounds converge).
  let ratio = 1, box = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (const p of pts) {
      x0 = Math.min(x0, p.x - p.size * ratio); x1 = Math.max(x1, p.x + (p.size + (p.label ? 4 + p.label : 0)) * ratio);
      y0 = Math.min(y0, p.y - Math.max(p.size, 8) * ratio); y1 = Math.max(y1, p.y + Math.max(p.size, 8) * ratio);
    }
    box = [x0, y0, x1, y1];
    ratio = Math.max((x1 - x0) / w, (y1 - y0) / h, MIN_RATIO);
  }
  const c = sigma.viewportToFramedGraph({ x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2 }, { cameraState: reset });
  let cam = { x: c.x, y: c.y, ratio, angle: 0 };
  // `top`: a graph y above which there is nothing to see (the map's north edge). Where the
  // canvas reaches past it, the camera moves down as far as the topmost actor allows: the map
  // goes on below the actors, not blank above them.
  if (opts.top !== undefined) {
    const edge = sigma.graphToViewport({ x: 0, y: opts.top }, { cameraState: cam }).y;
    const topmost = (box[1] - (box[1] + box[3]) / 2) / ratio + height / 2;
    const shift = Math.min(edge, topmost - FIT_MARGIN);
    if (shift > 0) cam = { ...cam, ...sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 + shift }, { cameraState: cam }) };
  }
  return { x: cam.x, y: cam.y, ratio: cam.ratio };
}
