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

export function frameNodes(sigma: Sigma, nodes: string[], duration = 400): void {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const n of nodes) {
    const d = sigma.getNodeDisplayData(n);
    if (!d || d.hidden) continue;
    x0 = Math.min(x0, d.x); x1 = Math.max(x1, d.x); y0 = Math.min(y0, d.y); y1 = Math.max(y1, d.y);
  }
  if (!Number.isFinite(x0)) return;
  // Display coordinates are "framed graph" units: the whole graph spans [0, 1] at ratio 1.
  const ratio = Math.min(1, Math.max(MIN_RATIO, Math.max(x1 - x0, y1 - y0) / FILL));
  sigma.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration });
}
