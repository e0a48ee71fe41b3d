/**
 * test/viz/text-ink — what the page really printed: every fillText on sigma's label canvases is
 * recorded with its box (after the canvas transform, so rotated edge labels are rotated boxes),
 * and a full clear of a canvas forgets that canvas's texts. Independent of viz/draw.ts's own
 * bookkeeping, so it measures old and new drawing code alike.
 *
 * Plain JavaScript strings: the test's TypeScript transform would wrap named functions in a
 * helper the page does not have.
 */
import type { Page } from 'playwright-core';

/** Install before the page loads (page.addInitScript). */
export const RECORD_TEXT = `(() => {
  const texts = new Map();
  window.__agTexts = texts;
  const P = CanvasRenderingContext2D.prototype, fill = P.fillText, clear = P.clearRect;
  P.fillText = function (text, x, y, maxWidth) {
    const layer = this.canvas.className || '';
    if (layer.startsWith('sigma-') && String(text).trim()) {
      const m = this.measureText(text), t = this.getTransform();
      const l = x - m.actualBoundingBoxLeft, r = x + m.actualBoundingBoxRight, top = y - m.actualBoundingBoxAscent, b = y + m.actualBoundingBoxDescent;
      const dpr = window.devicePixelRatio || 1;
      const quad = [[l, top], [r, top], [r, b], [l, b]].map(([px, py]) => [(t.a * px + t.c * py + t.e) / dpr, (t.b * px + t.d * py + t.f) / dpr]);
      if (!texts.has(layer)) texts.set(layer, []);
      texts.get(layer).push({ text: String(text), quad });
    }
    return fill.call(this, text, x, y, maxWidth);
  };
  P.clearRect = function (x, y, w, h) {
    if (x <= 0 && y <= 0 && w >= this.canvas.width / (window.devicePixelRatio || 1) - 1) texts.delete(this.canvas.className);
    return clear.call(this, x, y, w, h);
  };
})();`;

export interface Collisions {
  texts: number;
  /** Pairs of printed texts whose boxes cross (the same text twice, a hover box over its label, excepted). */
  textOverText: Array<[string, string]>;
  /** A printed text over a drawn actor's disc (a node label over one under half its own disc excepted). */
  textOverDisc: Array<[string, string]>;
  edgeLabels: number;
  nodeLabels: number;
}

/** Boxes shrunk by `slack` pixels: anti-aliased edges touching is not a collision. */
export function collisions(p: Page, slack = 1): Promise<Collisions> {
  return p.evaluate(`(() => {
    const slack = ${slack};
    const { app, view } = window.actorgraph;
    const s = app.sigma;
    const all = [];
    for (const [layer, list] of window.__agTexts) for (const t of list) all.push({ layer, ...t });
    const discs = [];
    view.forEachNode((n) => {
      const d = s.getNodeDisplayData(n);
      if (!d || d.hidden) return;
      const v = s.framedGraphToViewport(d);
      discs.push({ n, x: v.x, y: v.y, r: s.scaleSize(d.size) - slack });
    });
    const axes = (q) => [[q[1][0] - q[0][0], q[1][1] - q[0][1]], [q[3][0] - q[0][0], q[3][1] - q[0][1]]];
    const proj = (q, ax) => { const v = q.map(([x, y]) => x * ax[0] + y * ax[1]); return [Math.min(...v), Math.max(...v)]; };
    const shrink = (q) => { const cx = q.reduce((a, p) => a + p[0], 0) / 4, cy = q.reduce((a, p) => a + p[1], 0) / 4; return q.map(([x, y]) => { const dx = x - cx, dy = y - cy, d = Math.hypot(dx, dy) || 1; return [x - (dx / d) * slack, y - (dy / d) * slack]; }); };
    const meet = (a, b) => { for (const ax of [...axes(a), ...axes(b)]) { const [a0, a1] = proj(a, ax), [b0, b1] = proj(b, ax); if (a1 <= b0 || b1 <= a0) return false; } return true; };
    const discMeet = (d, q) => {
      const [ux, uy] = axes(q)[0], [vx, vy] = axes(q)[1], lu = Math.hypot(ux, uy) || 1, lv = Math.hypot(vx, vy) || 1;
      const px = d.x - q[0][0], py = d.y - q[0][1];
      const a = Math.min(Math.max((px * ux + py * uy) / lu, 0), lu), b = Math.min(Math.max((px * vx + py * vy) / lv, 0), lv);
      const cx = q[0][0] + (ux / lu) * a + (vx / lv) * b, cy = q[0][1] + (uy / lu) * a + (vy / lv) * b;
      return Math.hypot(d.x - cx, d.y - cy) < d.r;
    };
    const qs = all.map((t) => shrink(t.quad));
    const textOverText = [], textOverDisc = [];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) if (all[i].text !== all[j].text && meet(qs[i], qs[j])) textOverText.push([all[i].text, all[j].text]);
      // (a node's label may lie over discs under half its own: viz/draw.ts SMALLER_DISC)
      const owner = all[i].layer === 'sigma-labels' ? discs.find((d) => view.getNodeAttribute(d.n, 'label') === all[i].text) : undefined;
      const minR = owner ? (owner.r + slack) * 0.5 : 0;
      for (const d of discs) if (d.r > 0 && d.r + slack >= minR && discMeet(d, qs[i])) textOverDisc.push([all[i].text, d.n]);
    }
    return { texts: all.length, textOverText, textOverDisc, edgeLabels: all.filter((t) => t.layer === 'sigma-edgeLabels').length, nodeLabels: all.filter((t) => t.layer === 'sigma-labels').length };
  })()`);
}

/** The texts printed on sigma's canvases now, with their boxes' corners (CSS pixels). */
export function printed(p: Page): Promise<Array<{ layer: string; text: string; quad: Array<[number, number]> }>> {
  return p.evaluate(`(() => { const out = []; for (const [layer, list] of window.__agTexts) for (const t of list) out.push({ layer, ...t }); return out; })()`);
}
