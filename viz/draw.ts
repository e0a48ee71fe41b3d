/**
 * viz/draw — label and hover drawing for a dark canvas. Sigma's defaults paint a white hover
 * box (made for light backgrounds); ours outline the text so labels stay readable over edges.
 */
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';

type Data = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;

export function drawLabel(ctx: CanvasRenderingContext2D, data: Data, settings: Settings): void {
  if (!data.label) return;
  const size = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 4, y = data.y + size / 3;
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
