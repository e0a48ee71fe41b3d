/**
 * viz/draw — label and hover drawing for a dark canvas. Sigma's defaults paint a white hover
 * box (made for light backgrounds); ours outline the text so labels stay readable over edges.
 */
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';

type Data = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };
type Box = [x0: number, y0: number, x1: number, y1: number];

/**
 * The label boxes drawn in the current frame, and their nodes. Sigma's label grid keeps one label
 * per 90-pixel cell, but labels are longer than a cell: those of neighbouring cells printed over
 * each other ("Iran" over "European Union", "NATO" over "the collective West" on the map). A
 * label that would cross one already drawn is left out (sigma hands the bigger nodes' first); the
 * labels of a selection or hover (forceLabel) are always drawn. The app clears this before each
 * render (resetLabels).
 */
const drawnBoxes: Box[] = [];
export const drawnLabels = new Set<string>();
export function resetLabels(): void { drawnBoxes.length = 0; drawnLabels.clear(); }

export function drawLabel(ctx: CanvasRenderingContext2D, data: Data, settings: Settings): void {
  if (!data.label) return;
  const size = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 4, y = data.y + size / 3;
  const box: Box = [x - 1, data.y - size / 2 - 1, x + ctx.measureText(data.label).width + 1, data.y + size / 2 + 1];
  if (!data.forceLabel && drawnBoxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) return;
  drawnBoxes.push(box);
  if (data.key !== undefined) drawnLabels.add(data.key);
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(16,19,24,0.9)';
  ctx.strokeText(data.label, x, y);
  ctx.fillStyle = settings.labelColor.color ?? '#e6e9ef';
  ctx.fillText(data.label, x, y);
}

export function drawHover(ctx: CanvasRenderingContext2D, data: Data, settings: Settings): void {
  const size = settings.labelSize;
  ctx.font = `600 ${size}px ${settings.labelFont}`;
  const label = data.label ?? '';
  const w = label ? ctx.measureText(label).width + 12 : 0;
  const h = size + 10;
  const r = data.size + 3;
  ctx.fillStyle = '#232a35';
  ctx.strokeStyle = '#8fb8ff';
  ctx.lineWidth = 1.5;
  ctx.shadowColor = 'rgba(0,0,0,0.6)';
  ctx.shadowBlur = 10;
  ctx.beginPath();
  ctx.arc(data.x, data.y, r, 0, Math.PI * 2);
  if (label) ctx.roundRect(data.x + r - 2, data.y - h / 2, w + 4, h, 5);
  ctx.fill();
  ctx.shadowBlur = 0;
  ctx.stroke();
  ctx.beginPath();
  ctx.fillStyle = data.color;
  ctx.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  ctx.fill();
  if (label) {
    ctx.fillStyle = '#f4f7fb';
    ctx.fillText(label, data.x + r + 5, data.y + size / 3);
  }
}

type EdgeData = { label?: string | null; color: string; size: number };
type End = { x: number; y: number; size: number };

/**
 * An edge's label along the edge, whole: sigma's default cuts a label longer than the edge to
 * "provid…" (at 1024×640 most of a hub's relations read so). Ours is drawn in full, upright,
 * centred on the edge's visible part and outlined like node labels, so where it runs past the
 * edge's ends it stays readable over the discs.
 */
export function drawEdgeLabel(ctx: CanvasRenderingContext2D, edge: EdgeData, s: End, t: End, settings: Settings): void {
  const label = edge.label;
  if (!label) return;
  const dx0 = t.x - s.x, dy0 = t.y - s.y, d0 = Math.hypot(dx0, dy0);
  if (d0 === 0) return;
  // the part of the edge outside the two discs
  const sx = s.x + (dx0 * s.size) / d0, sy = s.y + (dy0 * s.size) / d0;
  const tx = t.x - (dx0 * t.size) / d0, ty = t.y - (dy0 * t.size) / d0;
  let angle = Math.atan2(ty - sy, tx - sx);
  // upright: never upside down, whichever way the edge points
  if (angle > Math.PI / 2) angle -= Math.PI;
  else if (angle < -Math.PI / 2) angle += Math.PI;
  ctx.save();
  ctx.translate((sx + tx) / 2, (sy + ty) / 2);
  ctx.rotate(angle);
  ctx.font = `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;
  ctx.textAlign = 'center';
  const y = -edge.size / 2 - 3;
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(16,19,24,0.9)';
  ctx.strokeText(label, 0, y);
  ctx.fillStyle = settings.edgeLabelColor.color ?? '#c9d3e0';
  ctx.fillText(label, 0, y);
  ctx.restore();
}
