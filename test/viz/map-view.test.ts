/**
 * The map layout's first view at 1280×720, in real headless Chromium: the camera goes to where
 * the actors are (all inside the canvas, no band of empty sky above the map's north edge: the
 * seed opened with a fifth of the view blank above Russia), and concepts sit by an actor they
 * are tied to (the seed's "agreement" of Belarus and Russia sat in Kazakhstan).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { CHROMIUM } from './browser.js';
import { staticFixture, type Fixture } from './static-fixture.js';
import { MAP_TOP } from '../../viz/geo.js';

const skip = CHROMIUM ? false : 'Chromium not installed (apt-get install -y chromium)';
let fx: Fixture;
before(async () => { if (!skip) { fx = await staticFixture(); await mkdir('test-results', { recursive: true }); } });
after(async () => { await fx?.close(); });

for (const [how, hash] of [['opened from a link', '#layout=map'], ['switched to', '']] as const) {
  test(`the map, ${how}, should frame the actors with no empty sky, concepts by their actors`, { skip }, async () => {
    const p = await fx.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await p.goto(fx.url + hash);
    await p.waitForFunction(() => document.body.dataset.timelineAt, null, { timeout: 15000 });
    if (!hash) await p.click('#layout-mode [data-value="map"]');
    await p.waitForTimeout(900);
    await p.screenshot({ path: `test-results/map-${hash ? 'link' : 'switch'}.png` });
    const r = await p.evaluate((top) => {
      const { app, view } = (window as any).actorgraph;
      const s = app.sigma, { width, height } = s.getDimensions();
      const outside: string[] = [];
      let minY = Infinity, maxY = -Infinity;
      view.forEachNode((n: string) => {
        const v = s.framedGraphToViewport(s.getNodeDisplayData(n));
        if (v.x < 0 || v.y < 0 || v.x > width || v.y > height) outside.push(n);
        minY = Math.min(minY, v.y); maxY = Math.max(maxY, v.y);
      });
      // the canvas's rows north of the map's edge
      const sky = Math.max(0, s.graphToViewport({ x: 0, y: top }).y);
      // concepts (and actors with no country) and how far (degrees) their nearest neighbour is
      const far: string[] = [];
      view.forEachNode((n: string, a: { type: string; country?: string; x: number; y: number }) => {
        if (a.type === 'country' || a.country) return;
        const d = Math.min(...view.neighbors(n).map((m: string) => { const b = view.getNodeAttributes(m); return Math.hypot(a.x - b.x, a.y - b.y); }));
        if (d > 22) far.push(`${n} ${d.toFixed(0)}°`);
      });
      return { outside, sky: sky / height, spread: (maxY - minY) / height, far, order: view.order };
    }, MAP_TOP);
    assert.ok(r.order >= 10);
    assert.deepEqual(r.outside, [], 'actors outside the canvas');
    assert.ok(r.sky < 0.03, `share of the canvas above the map's north edge: ${r.sky.toFixed(2)}`);
    assert.deepEqual(r.far, [], 'actors placed by their neighbours, more than 22° from all of them');
    await p.close();
    assert.deepEqual(fx.errors, []);
  });
}
