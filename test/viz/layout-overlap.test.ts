/**
 * ▶ Layout on a mid-sized graph (70 actors) in real headless Chromium: ForceAtlas2 alone prints
 * labels over each other; stopping it ends with the label-aware noverlap (viz/layout-control.ts),
 * and the overlap of node-and-label boxes on the canvas drops. Screenshots of both states are
 * written to test-results/ (looked at when the test was written).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderPage } from '../../src/page/render.js';
import { syntheticGraph } from '../fixtures/viz/synthetic.js';
import { CHROMIUM, launch } from './browser.js';

const skip = CHROMIUM ? false : 'Chromium not installed (apt-get install -y chromium)';
const NAMES = ['Russia', 'European Union', 'Iran', 'the collective West', 'Andrei Belousov', 'Ministry of Defence', 'NATO', 'United Nations Security Council', 'Belarus', 'joint strategic exercises'];
let dir = '', browser: Browser, page: Page;

before(async () => {
  if (skip) return;
  dir = await mkdtemp(join(tmpdir(), 'actorgraph-overlap-'));
  const g = syntheticGraph(70, 180, 'overlap');
  g.forEachNode((n, a) => { a.label = `${NAMES[Number(n.slice(1)) % NAMES.length]} ${n.slice(1)}`; });
  await writeFile(join(dir, 'index.html'), await renderPage({ mode: 'static', title: 'overlap', cap: 1500, graph: g }));
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(pathToFileURL(join(dir, 'index.html')).href);
  await page.waitForFunction(() => document.body.dataset.firstPaintAt, null, { timeout: 30000 });
  await mkdir('test-results', { recursive: true });
});
after(async () => { await browser?.close(); if (dir) await rm(dir, { recursive: true, force: true }); });

/**
 * What the reader sees collide: pairs of a drawn label (sigma's displayed ones) and another drawn
 * label or another node's disc, intersecting on the canvas, and the area of those intersections in px².
 */
const overlap = (p: Page) => p.evaluate(() => {
  const { app, view } = (window as any).actorgraph;
  const s = app.sigma;
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `${s.getSetting('labelWeight')} ${s.getSetting('labelSize')}px ${s.getSetting('labelFont')}`;
  // (the labels actually drawn: sigma's displayed ones less those viz/draw.ts left out)
  const shown: Set<string> = (window as any).actorgraph.drawnLabels;
  type Box = [number, number, number, number];
  const labels: Array<[string, Box]> = [], discs: Array<[string, Box]> = [];
  view.forEachNode((n: string, a: { label: string }) => {
    const d = s.getNodeDisplayData(n);
    const v = s.framedGraphToViewport(d);
    discs.push([n, [v.x - d.size, v.y - d.size, v.x + d.size, v.y + d.size]]);
    // (the box viz/draw.ts reserves for a label)
    const half = s.getSetting('labelSize') / 2 + 1, x = v.x + d.size + 4;
    if (shown.has(n)) labels.push([n, [x - 1, v.y - half, x + ctx.measureText(a.label).width + 1, v.y + half]]);
  });
  // (no named helper functions in here: the test's TypeScript transform would name them with a
  // helper the page does not have)
  const tests: Array<[Box, Box, number]> = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) tests.push([labels[i][1], labels[j][1], 0]);
    for (const [n, b] of discs) if (n !== labels[i][0]) tests.push([labels[i][1], b, 1]);
  }
  let pairs = 0, area = 0, labelPairs = 0;
  for (const [a, b, kind] of tests) {
    const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]), h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
    if (w > 0 && h > 0) { pairs++; area += w * h; if (kind === 0) labelPairs++; }
  }
  // discs over discs (circles)
  let discPairs = 0;
  for (let i = 0; i < discs.length; i++) for (let j = i + 1; j < discs.length; j++) {
    const [a, b] = [discs[i][1], discs[j][1]];
    const ra = (a[2] - a[0]) / 2, rb = (b[2] - b[0]) / 2;
    if (Math.hypot(a[0] + ra - b[0] - rb, a[1] + ra - b[1] - rb) < ra + rb) discPairs++;
  }
  return { pairs, labelPairs, area: Math.round(area), labels: labels.length, nodes: discs.length, discPairs };
});

test('no drawn label should print over another, and stopping ▶ Layout should make room for more of them', { skip }, async () => {
  await page.click('#layout-toggle');
  await page.waitForTimeout(4000);
  const running = await overlap(page);
  await page.screenshot({ path: 'test-results/layout-fa2-running.png' });
  await page.click('#layout-toggle');
  await page.waitForFunction(() => !(window as any).actorgraph.layout.running());
  await page.waitForTimeout(600);
  const stopped = await overlap(page);
  await page.screenshot({ path: 'test-results/layout-fa2-stopped.png' });
  const both = `running ${JSON.stringify(running)}, stopped ${JSON.stringify(stopped)}`;
  assert.equal(running.nodes, 70);
  // Before this test's fixes sigma drew 21 labels of the running FA2 here with 30 label-over-label
  // or label-over-disc collisions; a label crossing a drawn one is now left out (viz/draw.ts)…
  assert.equal(running.labelPairs, 0, both);
  assert.equal(stopped.labelPairs, 0, both);
  // …and the noverlap that ends a run spreads the drawing so that more labels fit.
  assert.ok(stopped.labels > running.labels, both);
  // (labels over other nodes' discs are not left out, and not fewer after the run: not asserted)
});

test('with the side panel open, the selection\'s labels should lie in the canvas at 1280×720 and 1024×640', { skip }, async () => {
  const { staticFixture } = await import('./static-fixture.js');
  const fx = await staticFixture();
  try {
    for (const [width, height] of [[1280, 720], [1024, 640]]) {
      const p = await fx.browser.newPage({ viewport: { width, height } });
      await p.goto(`${fx.url}#node=RUS`);
      await p.waitForFunction(() => document.body.dataset.firstPaintAt, null, { timeout: 15000 });
      await p.waitForTimeout(900); // the camera's move to the selection
      await p.screenshot({ path: `test-results/panel-${width}x${height}.png` });
      const out = await p.evaluate(() => {
        const { app, view } = (window as any).actorgraph;
        const s = app.sigma, W = s.getDimensions().width;
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${s.getSetting('labelWeight')} ${s.getSetting('labelSize')}px ${s.getSetting('labelFont')}`;
        const cut: string[] = [];
        for (const n of ['RUS', ...view.neighbors('RUS')]) {
          const d = s.getNodeDisplayData(n), v = s.framedGraphToViewport(d);
          const right = v.x + d.size + 4 + ctx.measureText(view.getNodeAttribute(n, 'label')).width;
          if (v.x - d.size < 0 || right > W) cut.push(`${n}: ${Math.round(v.x - d.size)}..${Math.round(right)} of ${W}`);
        }
        return { W, cut, panel: !document.getElementById('details')!.hidden };
      });
      assert.ok(out.panel);
      assert.deepEqual(out.cut, [], `${width}×${height}: canvas ${out.W} px`);
      await p.close();
    }
  } finally {
    await fx.close();
  }
});
