/**
 * viz/map-layer — the world's coastlines and borders on a 2D canvas under sigma's edges, in the
 * map layout only. Graph coordinates there are degrees (viz/geo.ts: x = longitude, y = latitude),
 * so the outline is drawn in graph space through the camera's affine transform, redrawn after
 * each sigma render.
 */
import type Sigma from 'sigma';
import { outline } from 'actorgraph:geo';

const STROKE = 'rgba(143, 184, 255, 0.28)';
const FILL_BG = 'rgba(143, 184, 255, 0.035)';

export interface MapLayer { show(on: boolean): void; visible(): boolean }

export function mountMapLayer(sigma: Sigma): MapLayer {
  let on = false, blank = true;
  const canvas = sigma.createCanvas('ag-map', { beforeLayer: 'edges', style: { pointerEvents: 'none' } });
  const ctx = canvas.getContext('2d')!;
  const draw = () => {
    // In the force layout this runs after every frame: nothing to do once the canvas is blank.
    if (!on && blank) return;
    const { width, height } = sigma.getDimensions();
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr); canvas.height = Math.round(height * dpr);
      canvas.style.width = `${width}px`; canvas.style.height = `${height}px`;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    blank = !on;
    if (!on) return;
    // (lng, lat) → viewport is affine: three points give its matrix.
    const o = sigma.graphToViewport({ x: 0, y: 0 }), ex = sigma.graphToViewport({ x: 1, y: 0 }), ey = sigma.graphToViewport({ x: 0, y: 1 });
    ctx.setTransform(dpr * (ex.x - o.x), dpr * (ex.y - o.y), dpr * (ey.x - o.x), dpr * (ey.y - o.y), dpr * o.x, dpr * o.y);
    // The world's frame, faintly filled, so the map reads as a map even where few lines are.
    ctx.fillStyle = FILL_BG;
    ctx.fillRect(-180, -58, 360, 142);
    ctx.beginPath();
    for (const line of outline) {
      ctx.moveTo(line[0], line[1]);
      for (let i = 2; i < line.length; i += 2) ctx.lineTo(line[i], line[i + 1]);
    }
    // Stroke in screen pixels, whatever the zoom.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.strokeStyle = STROKE;
    ctx.lineWidth = dpr;
    ctx.stroke();
  };
  sigma.on('afterRender', draw);
  return {
    show(v) { on = v; canvas.hidden = !v; draw(); },
    visible: () => on,
  };
}
