/**
 * viz/panels/timeline — the histogram of evidence by date under the graph: drag across it to
 * keep only relations with evidence in that range (weights recomputed, actors left with nothing
 * faded), ▶ steps a window of the same width through time, the switch keeps or drops undated
 * evidence. Absent (no element at all shown) when nothing in the graph is dated.
 */
import type { App } from '../api.js';
import { el, clear } from '../dom.js';
import { binAt, binLabel, binsRange, type Timeline } from '../timeline.js';

const SVG = 'http://www.w3.org/2000/svg';
/** One play step (ms): long enough to see the graph change, short enough to watch three years. */
export const PLAY_STEP_MS = 700;

let player: ReturnType<typeof setInterval> | null = null;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function stop(): void {
  if (player !== null) clearInterval(player);
  player = null;
}

/** The selected bins [i, j] of the state's range, or null. */
function selectedBins(tl: Timeline, app: App): [number, number] | null {
  const r = app.state.time;
  return r ? [binAt(tl, r.from), binAt(tl, r.to)] : null;
}

function play(app: App): void {
  const tl = app.model.timeline;
  if (!tl) return;
  const sel = selectedBins(tl, app);
  const width = sel ? sel[1] - sel[0] + 1 : Math.max(1, Math.round(tl.bins.length / 6));
  // From the current window when there is one (and room to move), else from the start.
  let i = sel && sel[1] < tl.bins.length - 1 ? sel[0] : 0;
  const show = () => { app.state.time = binsRange(tl, i, Math.min(tl.bins.length - 1, i + width - 1)); app.update(); };
  stop();
  show();
  player = setInterval(() => {
    if (app.model.timeline !== tl || i + width >= tl.bins.length) { stop(); app.update(); return; }
    i++;
    show();
  }, PLAY_STEP_MS);
  app.update();
}

/** What the panel last drew: app.update runs on every change, and a redraw mid-drag loses the drag. */
let drawn: { tl: Timeline | null; key: string } | null = null;

export function renderTimeline(app: App, root: HTMLElement): void {
  const tl = app.model.timeline;
  const key = JSON.stringify([app.state.time, app.state.undated, player !== null]);
  if (drawn && drawn.tl === tl && drawn.key === key && (tl === null || root.childElementCount > 0)) return;
  drawn = { tl, key };
  clear(root);
  root.hidden = !tl;
  if (!tl) { stop(); return; }
  const n = tl.bins.length;
  const max = Math.max(1, ...tl.bins.map((b) => b.count));
  const sel = selectedBins(tl, app);
  const inSel = (i: number) => !sel || (i >= sel[0] && i <= sel[1]);
  const inRange = tl.bins.reduce((k, b, i) => k + (inSel(i) ? b.count : 0), 0);

  const chart = svg('svg', { id: 'timeline-chart', viewBox: `0 0 ${n} 100`, preserveAspectRatio: 'none', role: 'img', 'aria-label': 'Evidence by date; drag to choose a range' });
  tl.bins.forEach((b, i) => {
    const h = b.count ? Math.max(3, (b.count / max) * 96) : 0;
    const bar = svg('rect', { x: i + 0.08, width: 0.84, y: 100 - h, height: h, class: inSel(i) ? 'bar on' : 'bar' });
    bar.append(svg('title', {}));
    bar.firstChild!.textContent = `${binLabel(b.start, tl.unit)}: ${b.count}`;
    chart.append(bar);
  });
  const brush = svg('rect', { class: 'brush', x: sel ? sel[0] : 0, width: sel ? sel[1] - sel[0] + 1 : 0, y: 0, height: 100 });
  chart.append(brush);
  // Drag to brush: the shading follows the pointer; the graph changes once, on release.
  const binOf = (e: PointerEvent) => {
    const r = chart.getBoundingClientRect();
    return Math.min(n - 1, Math.max(0, Math.floor(((e.clientX - r.left) / r.width) * n)));
  };
  let anchor: number | null = null;
  chart.addEventListener('pointerdown', (e) => {
    stop();
    anchor = binOf(e);
    chart.setPointerCapture(e.pointerId);
    brush.setAttribute('x', String(anchor)); brush.setAttribute('width', '1');
  });
  chart.addEventListener('pointermove', (e) => {
    if (anchor === null) return;
    const j = binOf(e);
    brush.setAttribute('x', String(Math.min(anchor, j))); brush.setAttribute('width', String(Math.abs(j - anchor) + 1));
  });
  chart.addEventListener('pointerup', (e) => {
    if (anchor === null) return;
    const j = binOf(e);
    const whole = Math.min(anchor, j) === 0 && Math.max(anchor, j) === n - 1;
    app.state.time = whole ? null : binsRange(tl, anchor, j);
    anchor = null;
    app.update();
  });

  const label = (i: number) => binLabel(tl.bins[i].start, tl.unit);
  const rangeText = sel ? `${label(sel[0])}${sel[1] > sel[0] ? ` – ${label(sel[1])}` : ''}` : 'all dates';
  const undated = el('input', { attrs: { type: 'checkbox', id: 'timeline-undated' } });
  undated.checked = app.state.undated;
  undated.addEventListener('change', () => { app.state.undated = undated.checked; app.update(); });
  const playing = player !== null;
  root.append(
    el('div', { class: 'timeline-bar' }, [
      el('button', {
        class: playing ? 'running' : '', text: playing ? '■' : '▶', title: playing ? 'Stop' : 'Play: step a window through time',
        attrs: { id: 'timeline-play', 'aria-label': playing ? 'Stop' : 'Play' },
        on: { click: () => { if (player !== null) { stop(); app.update(); } else play(app); } },
      }),
      el('span', { class: 'range', text: rangeText, attrs: { id: 'timeline-range' } }),
      el('span', { class: 'muted', text: `${inRange.toLocaleString()} of ${tl.dated.toLocaleString()} dated evidence` }),
      sel ? el('button', { class: 'link', text: 'all dates', attrs: { id: 'timeline-clear' }, on: { click: () => { stop(); app.state.time = null; app.update(); } } }) : null,
      tl.undated ? el('label', { class: 'undated', title: 'Evidence with no date in the sentence or the document' }, [undated, ` undated (${tl.undated.toLocaleString()})`]) : null,
    ]),
    chart,
    // The end bars also hold the few dates beyond the span (timeline.ts): say so.
    el('div', { class: 'timeline-axis' }, [
      el('span', { text: tl.before ? `${label(0)} (and ${tl.before} earlier)` : label(0) }),
      el('span', { text: tl.after ? `${label(n - 1)} (and ${tl.after} later)` : label(n - 1) }),
    ]),
  );
}
