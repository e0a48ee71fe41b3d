/**
 * A big graph's first view, in real headless Chromium at 1280×720: the page opens on its top
 * actors by degree (settings.initialShown; here 40 of 900), framed to fill the canvas, labelled
 * without labels over labels or discs, and says how many it shows of how many; the others are
 * reached by search and by the Show control ("all", a number, kept in the URL). Before, such a
 * page drew its first 1,500 (here: all 900) actors framed on the whole graph: a hairball.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderPage } from '../../src/page/render.js';
import { layoutGraph } from '../../src/graph/layout.js';
import { coreOf } from '../../src/graph/core-layout.js';
import { syntheticGraph } from '../fixtures/viz/synthetic.js';
import type { ActorGraph } from '../../src/graph/build.js';
import { CHROMIUM, launch } from './browser.js';
import { RECORD_TEXT, collisions } from './text-ink.js';

const skip = CHROMIUM ? false : 'Chromium not installed (apt-get install -y chromium)';
const SHOW = 40, ORDER = 900;
const NAMES = ['Russia', 'European Union', 'Iran', 'the collective West', 'Andrei Belousov', 'Ministry of Defence', 'NATO', 'United Nations', 'Belarus', 'FMLN', 'Shining Path', 'Colombian police'];
let dir = '', url = '', browser: Browser, g: ActorGraph;
const errors: string[] = [];

async function open(hash = ''): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  p.on('pageerror', (e) => errors.push(e.message));
  await p.addInitScript({ content: RECORD_TEXT });
  await p.goto(url + hash);
  await p.waitForFunction(() => document.body.dataset.timelineAt, null, { timeout: 20000 });
  await p.waitForTimeout(500);
  return p;
}
const stats = (p: Page) => p.evaluate(() => document.getElementById('stats')!.textContent);
const drawnNodes = (p: Page) => p.evaluate(() => ((window as any).actorgraph.view.nodes() as string[]).sort());

before(async () => {
  if (skip) return;
  dir = await mkdtemp(join(tmpdir(), 'actorgraph-first-'));
  g = syntheticGraph(ORDER, 3500, 'first-view');
  g.forEachNode((n, a) => { a.label = `${NAMES[Number(n.slice(1)) % NAMES.length]} ${n.slice(1)}`; });
  layoutGraph(g, { seed: 'first-view', core: SHOW });
  await writeFile(join(dir, 'index.html'), await renderPage({ mode: 'static', title: 'first view', cap: 300, show: SHOW, graph: g }));
  url = pathToFileURL(join(dir, 'index.html')).href;
  browser = await launch();
  await mkdir('test-results', { recursive: true });
});
after(async () => { await browser?.close(); if (dir) await rm(dir, { recursive: true, force: true }); });

test('a big graph should open on its top actors, framed, labelled apart, and say so in the header', { skip }, async () => {
  const p = await open();
  await p.screenshot({ path: 'test-results/first-view.png' });
  assert.deepEqual(await drawnNodes(p), coreOf(g, SHOW).sort());
  assert.match((await stats(p))!, new RegExp(`^${SHOW} / ${ORDER} actors · \\d+ / [\\d,]+ relations$`));
  // Framed on what is drawn: every disc inside the canvas, and the drawing fills most of it.
  const fit = await p.evaluate(() => {
    const { app, view } = (window as any).actorgraph;
    const s = app.sigma, { width, height } = s.getDimensions();
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity, outside = 0;
    view.forEachNode((n: string) => {
      const v = s.framedGraphToViewport(s.getNodeDisplayData(n));
      if (v.x < 0 || v.y < 0 || v.x > width || v.y > height) outside++;
      x0 = Math.min(x0, v.x); x1 = Math.max(x1, v.x); y0 = Math.min(y0, v.y); y1 = Math.max(y1, v.y);
    });
    return { outside, w: (x1 - x0) / width, h: (y1 - y0) / height };
  });
  assert.equal(fit.outside, 0);
  assert.ok(Math.max(fit.w, fit.h) > 0.6, `the drawing fills the canvas: ${JSON.stringify(fit)}`);
  const c = await collisions(p);
  assert.ok(c.nodeLabels >= SHOW / 2, `most top actors are labelled: ${c.nodeLabels} of ${SHOW}`);
  assert.deepEqual(c.textOverText, []);
  assert.deepEqual(c.textOverDisc, []);
  await p.close();
  assert.deepEqual(errors, []);
});

test('search should reach an actor beyond the first view, and the Show control every actor', { skip }, async () => {
  const p = await open();
  const leaf = g.nodes().filter((n) => g.degree(n) === 1)[0];
  await p.fill('#search', g.getNodeAttribute(leaf, 'label'));
  await p.waitForTimeout(300);
  await p.keyboard.press('Enter');
  await p.waitForFunction((n) => (window as any).actorgraph.app.state.selected === n, leaf, { timeout: 5000 });
  assert.ok((await drawnNodes(p)).includes(leaf));
  await p.click('#top-mode [data-value="all"]');
  await p.waitForFunction((n) => (window as any).actorgraph.view.order === n, ORDER, { timeout: 10000 });
  assert.match((await stats(p))!, new RegExp(`^${ORDER} / ${ORDER} actors`));
  assert.match(await p.evaluate(() => location.hash), /top=all/);
  await p.close();
  // A shared link keeps the choice.
  const q = await open('#top=300');
  assert.equal((await drawnNodes(q)).length, 300);
  assert.equal(await q.evaluate(() => document.querySelector('#top-mode [aria-pressed="true"]')?.getAttribute('data-value')), '300');
  await q.close();
  assert.deepEqual(errors, []);
});
