/**
 * viz/draw — label and hover drawing for a dark canvas. Sigma's defaults paint a white hover
 * box (made for light backgrounds); ours outline the text so labels stay readable over edges.
 */
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import { LabelSpace, rectFromBox, type Rect } from './label-space.js';

type Data = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string; labelMust?: boolean };

/**
 * The room taken in the current frame (viz/label-space.ts): a node label goes right of its disc,
 * else left of it, where it meets no other label and no other actor's disc, else it is left out
 * (sigma hands the bigger nodes' labels over first; zooming in shows the others). The labels of
 * a selection or a hover (forceLabel) are always drawn, on the freer side. The app resets it before
 * each render and feeds it the discs.
 */
export const space = new LabelSpace();
/** Discs under this share of a node's radius may lie under its label. */
const SMALLER_DISC = 0.5;
/** The nodes whose label was drawn this frame (tests and the app read it). */
export const drawnLabels = new Set<string>();
export function resetLabels(): void { space.resetFrame(); drawnLabels.clear(); }

/** Label widths by font and text: measuring hundreds of labels on every frame of a pan costs. */
const widths = new Map<string, number>();
function textWidth(ctx: CanvasRenderingContext2D, text: string): number {
  const k = `${ctx.font}\u0000${text}`;
  let w = widths.get(k);
  if (w === undefined) {
    if (widths.size > 20000) widths.clear();
    widths.set(k, (w = ctx.measureText(text).width));
  }
  return w;
}

export function drawLabel(ctx: CanvasRenderingContext2D, data: Data, settings: Settings): void {
  if (!data.label) return;
  const size = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const w = textWidth(ctx, data.label);
  const at = (x: number) => rectFromBox(x - 1, data.y - size / 2 - 1, x + w + 1, data.y + size / 2 + 1);
  const right = data.x + data.size + 4, left = data.x - data.size - 4 - w;
  const must = !!(data.highlighted || data.labelMust);
  // The selected or hovered actor's label is drawn whatever it meets, right of its disc, where
  // drawHover's box goes: that whole box is taken. Another goes right, else left (not past the
  // canvas's left edge), where it meets nothing; else it is left out, a selection's neighbours
  // too (in MUC-3, FMLN's 49 neighbours printed over each other).
  if (must) {
    space.takeNodeLabel(rectFromBox(data.x + data.size + 1, data.y - size / 2 - 5, data.x + data.size + 13 + w, data.y + size / 2 + 5));
    drawText(ctx, data, settings, right, 'right');
    return;
  }
  const sides: Array<['right' | 'left', number]> = left < 0 ? [['right', right]] : [['right', right], ['left', left]];
  // A big actor's label may lie over a much smaller actor's disc (in a dense core the hubs were
  // otherwise the ones left unlabelled), never over a label or a disc of its own rank.
  const pick = sides.find(([, x]) => space.free(at(x), data.key ?? null, data.size * SMALLER_DISC));
  if (!pick) return;
  const [side, x] = pick;
  space.takeNodeLabel(at(x));
  drawText(ctx, data, settings, x, side);
}

function drawText(ctx: CanvasRenderingContext2D, data: Data, settings: Settings, x: number, side: 'right' | 'left'): void {
  if (!data.label) return;
  if (data.key !== undefined) { drawnLabels.add(data.key); space.side.set(data.key, side); }
  const y = data.y + settings.labelSize / 3;
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
  // (on the side where drawLabel put the label, which this box covers)
  const left = data.key !== undefined && space.side.get(data.key) === 'left';
  const boxX = left ? data.x - r + 2 - (w + 4) : data.x + r - 2;
  ctx.fillStyle = '#232a35';
  ctx.strokeStyle = '#8fb8ff';
  ctx.lineWidth = 1.5;
  ctx.shadowColor = 'rgba(0,0,0,0.6)';
  ctx.shadowBlur = 10;
  ctx.beginPath();
  ctx.arc(data.x, data.y, r, 0, Math.PI * 2);
  if (label) ctx.roundRect(boxX, data.y - h / 2, w + 4, h, 5);
  ctx.fill();
  ctx.shadowBlur = 0;
  ctx.stroke();
  ctx.beginPath();
  ctx.fillStyle = data.color;
  ctx.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  ctx.fill();
  if (label) {
    ctx.fillStyle = '#f4f7fb';
    ctx.fillText(label, boxX + 7, data.y + size / 3);
  }
}

type EdgeData = { key?: string; label?: string | null; color: string; size: number; forceLabel?: boolean };
type End = { key?: string; x: number; y: number; size: number };

/** Where along the edge's visible part a label may sit, best first (the middle). */
const ALONG = [0.5, 0.35, 0.65, 0.2, 0.8];

/**
 * An edge's label along the edge, whole and upright (sigma's default cut it to "provid…"). It
 * goes at the middle of the edge's part outside the two discs, above or below the line, else
 * further along it, wherever it meets no label and no disc (its own ends' included); where
 * there is no such place its head is drawn, cut to the edge ("minister of de…"), else it is left
 * out (the side panel lists every relation).
 * A hovered edge's label is always drawn, at the middle.
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
  const size = settings.edgeLabelSize;
  ctx.font = `${settings.edgeLabelWeight} ${size}px ${settings.edgeLabelFont}`;
  // (the label's centre is `off` pixels off the line: above it, or below)
  const off = edge.size / 2 + 3 + size / 2;
  const nx = -Math.sin(angle), ny = Math.cos(angle);
  const rectAt = (w: number, f: number, o: number): Rect => ({ cx: sx + (tx - sx) * f + nx * o, cy: sy + (ty - sy) * f + ny * o, hw: w / 2 + 1, hh: size / 2 + 1, angle });
  const findSpot = (w: number) => {
    for (const f of ALONG) for (const o of [-off, off]) if (space.free(rectAt(w, f, o), null)) return [f, o] as const;
    return undefined;
  };
  let text = label, w = ctx.measureText(label).width;
  let spot = findSpot(w);
  // No room for the whole label (a short edge at a hub): its head, cut to the edge's visible
  // length, rather than nothing (hovering the edge, or the side panel, gives it whole).
  if (!spot && !edge.forceLabel) {
    const room = Math.hypot(tx - sx, ty - sy) - 6;
    text = fitText(ctx, label, room);
    if (!text) return;
    w = ctx.measureText(text).width;
    spot = findSpot(w);
    if (!spot) return;
  }
  spot ??= [0.5, -off];
  const r = rectAt(w, ...spot);
  space.takeEdgeLabel(r);
  ctx.save();
  ctx.translate(r.cx, r.cy);
  ctx.rotate(angle);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(16,19,24,0.9)';
  ctx.strokeText(text, 0, 0);
  ctx.fillStyle = settings.edgeLabelColor.color ?? '#c9d3e0';
  ctx.fillText(text, 0, 0);
  ctx.restore();
}

/** Fewest characters kept before "…": a shorter head says nothing. */
const MIN_HEAD = 4;

/** The longest head of `label` (with "…") at most `px` wide; '' when not even MIN_HEAD fit. */
export function fitText(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, label: string, px: number): string {
  if (ctx.measureText(label).width <= px) return label;
  let lo = 0, hi = label.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.measureText(label.slice(0, mid).trimEnd() + '…').width <= px) lo = mid; else hi = mid - 1;
  }
  return lo >= MIN_HEAD ? label.slice(0, lo).trimEnd() + '…' : '';
}
