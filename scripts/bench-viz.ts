/**
 * bench:viz — how fast the page shows a graph, in headless Chromium (SwiftShader WebGL, no GPU).
 *
 * For each dataset: node-side build time (graph + seeded layout + page), page size, time from
 * navigation to Sigma's first frame (JSON parse + graph import + first render; median of three
 * loads), when the rest of a capped graph has joined it (search and expand see everything),
 * time until the in-browser ForceAtlas2 worker settles (mean move per 250 ms under 0.2 % of the
 * drawing's extent, capped), and frame times while panning (median, p95).
 *
 *   npm run bench:viz                 seed, bbc (if extraction works), 10k/50k, 50k/250k
 *   npm run bench:viz -- --quick      seed and 10k/50k only
 */
import { mkdtemp, rm, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../test/viz/browser.js';
import { dateEvidence, measureExplore, type ExploreRow } from './bench-viz-explore.js';
import { syntheticGraph } from '../test/fixtures/viz/synthetic.js';
import { buildSite } from '../src/page/build-site.js';
import { renderPage } from '../src/page/render.js';
import { resolveSettings } from '../src/settings.js';

interface Row { name: string; nodes: number; edges: number; drawn: number; drawnEdges: number; wholeMs: number | string; buildMs: number; mb: number; readyMs: number; firstFrameMs: number; settleMs: number | string; panMedian: number; panP95: number }

const SETTLE_CAP_MS = 20_000;
/** Page loads per dataset; first-frame figures are their medians (the machine is shared). */
const LOADS = 3;
const quick = process.argv.includes('--quick');
const settings = resolveSettings();

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
}

async function measure(browser: Browser, name: string, file: string, nodes: number, edges: number, buildMs: number): Promise<Row> {
  const mb = (await stat(file)).size / 1e6;
  const loads: Array<{ ready: number; frame: number; whole: number }> = [];
  let page!: Page;
  for (let i = 0; i < LOADS; i++) {
    await page?.close();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(pathToFileURL(file).href, { timeout: 120_000 });
    await page.waitForFunction(() => document.body.dataset.firstPaintAt, null, { timeout: 300_000 });
    // A capped graph's rest joins after the first frame (viz/rest.ts); small graphs come whole.
    const split = await page.evaluate('window.actorgraph.app.model.graph.order < window.actorgraph.app.model.order');
    if (split) await page.waitForFunction(() => document.body.dataset.wholeAt, null, { timeout: 300_000 });
    // ready: Sigma has processed the graph and issued the draw calls; frame: that frame has been
    // rasterised and presented (two animation frames later; SwiftShader here, no GPU).
    loads.push(await page.evaluate(`(() => { const d = document.body.dataset; return { ready: Number(d.firstFrameAt), frame: Number(d.firstPaintAt), whole: Number(d.wholeAt ?? d.firstPaintAt) }; })()`) as { ready: number; frame: number; whole: number });
  }
  const med = (k: 'ready' | 'frame' | 'whole') => pct(loads.map((l) => l[k]), 0.5);
  const [readyMs, firstFrameMs, wholeMs] = [med('ready'), med('frame'), med('whole')];
  const drawn = Number(await page.evaluate('window.actorgraph.app.shown.size'));
  const drawnEdges = Number(await page.evaluate('window.actorgraph.view.size'));

  // Settling: start the FA2 worker and watch positions.
  // Scripts go in as strings: tsx's keepNames helpers (__name) don't exist in the page.
  const settleMs = Number(await page.evaluate(`(async (cap) => {
    const { app } = window.actorgraph;
    const g = app.model.graph;
    const sample = g.nodes().filter((_, i) => i % Math.max(1, Math.floor(g.order / 2000)) === 0);
    const snap = () => sample.map((n) => [g.getNodeAttribute(n, 'x'), g.getNodeAttribute(n, 'y')]);
    document.getElementById('layout-toggle').click();
    const t0 = performance.now();
    let prev = snap(), calm = 0;
    while (performance.now() - t0 < cap) {
      await new Promise((r) => setTimeout(r, 250));
      const cur = snap();
      let minX = Infinity, maxX = -Infinity, move = 0;
      cur.forEach(([x, y], i) => { minX = Math.min(minX, x); maxX = Math.max(maxX, x); move += Math.hypot(x - prev[i][0], y - prev[i][1]); });
      prev = cur;
      calm = move / cur.length < 0.002 * (maxX - minX || 1) ? calm + 1 : 0;
      if (calm >= 2) { document.getElementById('layout-toggle').click(); return Math.round(performance.now() - t0 - 250); }
    }
    document.getElementById('layout-toggle').click();
    return -1;
  })(${SETTLE_CAP_MS})`));

  // Panning: drag across the canvas while recording frame intervals.
  await page.evaluate(`(() => {
    const w = window;
    w.__frames = [];
    let last = performance.now();
    const tick = (t) => { w.__frames.push(t - last); last = t; if (w.__frames.length < 100000 && !w.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const box = (await page.locator('#sigma').boundingBox())!;
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) {
    await page.mouse.move(cx + 250 * Math.sin(i / 6), cy + 150 * Math.cos(i / 7), { steps: 1 });
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const frames = (await page.evaluate('(() => { window.__stop = true; return window.__frames.slice(2); })()')) as number[];
  await page.close();
  return {
    name, nodes, edges, drawn, drawnEdges, wholeMs: drawn < nodes ? Math.round(wholeMs) : '-', buildMs: Math.round(buildMs), mb: Math.round(mb * 10) / 10, readyMs: Math.round(readyMs), firstFrameMs: Math.round(firstFrameMs),
    settleMs: settleMs < 0 ? `>${SETTLE_CAP_MS / 1000}s` : settleMs, panMedian: Math.round(pct(frames, 0.5) * 10) / 10, panP95: Math.round(pct(frames, 0.95) * 10) / 10,
  };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'actorgraph-bench-viz-'));
  const browser = await launch();
  const rows: Row[] = [];
  const explore: ExploreRow[] = [];
  try {
    const real: Array<[string, string[]]> = [['seed', ['data/seed']]];
    if (!quick && existsSync('../shared/data/news/bbc.jsonl')) real.push(['bbc', ['../shared/data/news/bbc.jsonl']]);
    for (const [name, inputs] of real) {
      const t = performance.now();
      const out = join(dir, name);
      const r = await buildSite(inputs, { outDir: out, settings, title: name });
      if (r.nodes === 0) { process.stderr.write(`bench:viz: ${name}: no triples extracted, skipped\n`); continue; }
      process.stderr.write(`bench:viz: ${name} built (${r.nodes} nodes) ${JSON.stringify(r.ms)}\n`);
      rows.push(await measure(browser, name, join(out, 'index.html'), r.nodes, r.edges, performance.now() - t));
    }
    // Default cap (settings.initialNodeCap, as users get it) and, for reference, everything drawn.
    const cap = settings.initialNodeCap;
    const synth: Array<[number, number, number]> = quick ? [[10_000, 50_000, cap]] : [[10_000, 50_000, cap], [10_000, 50_000, 10_000], [50_000, 250_000, cap]];
    for (const [n, m, c] of synth) {
      const t = performance.now();
      const g = syntheticGraph(n, m);
      const file = join(dir, `synthetic-${n}-${c}.html`);
      await writeFile(file, await renderPage({ mode: 'static', title: `synthetic ${n}/${m}`, cap: c, graph: g }));
      process.stderr.write(`bench:viz: synthetic ${n}/${g.size} built\n`);
      rows.push(await measure(browser, `synthetic ${n / 1000}k/${m / 1000}k${c >= n ? ' (all drawn)' : ''}`, file, g.order, g.size, performance.now() - t));
      if (n === 10_000 && c < n) {
        // The same graph with dated evidence, for the timeline brush and the map switch.
        dateEvidence(g);
        const dated = join(dir, 'synthetic-dated.html');
        await writeFile(dated, await renderPage({ mode: 'static', title: 'synthetic dated', cap: c, graph: g }));
        explore.push(await measureExplore(browser, `synthetic ${n / 1000}k/${m / 1000}k, evidence dated 1989–90`, dated));
      }
    }
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
  const head = ['dataset', 'nodes', 'edges', 'drawn nodes', 'drawn edges', 'build ms', 'page MB', 'JS ready ms', 'first frame ms', 'whole graph in ms', 'FA2 settle ms', 'pan median ms', 'pan p95 ms'];
  const lines = rows.map((r) => [r.name, r.nodes, r.edges, r.drawn, r.drawnEdges, r.buildMs, r.mb, r.readyMs, r.firstFrameMs, r.wholeMs, r.settleMs, r.panMedian, r.panP95].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  process.stdout.write(`${fmt(head)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n${lines.map(fmt).join('\n')}\n`);
  if (explore.length) {
    process.stdout.write('\n| dataset | brush → frame median ms | map switch → frame median ms | back to force → frame median ms |\n| --- | --- | --- | --- |\n');
    for (const e of explore) process.stdout.write(`| ${e.name} | ${e.brushMs} | ${e.mapMs} | ${e.forceMs} |\n`);
  }
  const tenK = rows.find((r) => r.name === 'synthetic 10k/50k');
  if (tenK) process.stdout.write(`10k/50k first frame ${tenK.firstFrameMs} ms (target < 1500 ms): ${tenK.firstFrameMs < 1500 ? 'met' : 'NOT met'}\n`);
}

await main();
