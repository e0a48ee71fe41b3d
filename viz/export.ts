/**
 * viz/export — PNG of the current view and GEXF of the whole graph.
 *
 * Sigma draws on several stacked canvases (WebGL edges and nodes, 2D labels). A WebGL canvas
 * keeps its pixels only until the frame is composited, so we render synchronously and copy
 * every layer in the same task.
 */
import type Sigma from 'sigma';
import { write } from 'graphology-gexf/browser/index.js';
import type { ActorGraph } from '../src/graph/build.js';
import type { EdgeAttrs, NodeAttrs } from '../src/types.js';

export function viewToPng(sigma: Sigma, background = '#14171c'): string {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = width * ratio;
  out.height = height * ratio;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, out.width, out.height);
  sigma.refresh();
  for (const c of Object.values(sigma.getCanvases())) ctx.drawImage(c, 0, 0, out.width, out.height);
  return out.toDataURL('image/png');
}

/** GEXF 1.3 with our attributes; arrays (aliases, evidence ids) become ";"-joined strings. */
export function graphToGexf(graph: ActorGraph): string {
  const flat = (a: object) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, Array.isArray(v) ? v.join(';') : v]));
  return write(graph, {
    formatNode: (_k: string, a: NodeAttrs) => ({ label: a.label, attributes: flat({ ...a, label: undefined, x: undefined, y: undefined, size: undefined }), viz: { x: a.x, y: a.y, size: a.size } }),
    formatEdge: (_k: string, a: EdgeAttrs) => ({ label: a.label, attributes: flat({ ...a }) }),
  });
}

export function download(name: string, href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}
