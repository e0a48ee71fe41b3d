/**
 * A graph bigger than the cap, in real headless Chromium: the page draws the head (the cap's
 * actors) first, adds the rest after the first frame without changing the picture, and then
 * search, "expand neighbours", shared links and the GEXF export reach the whole graph.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderPage } from '../../src/page/render.js';
import { syntheticGraph } from '../fixtures/viz/synthetic.js';
import type { ActorGraph } from '../../src/graph/build.js';
import { CHROMIUM, launch } from './browser.js';

const skip = CHROMIUM ? false : 'Chromium not installed (apt-get install -y chromium)';
const CAP = 100;
let dir = '', url = '', browser: Browser, g: ActorGraph, leaf = '';
const errors: string[] = [];

async function open(hash = ''): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  p.on('pageerror', (e) => errors.push(e.message));
  // Records what the first frame drew: the first animation frame after the app exists comes
  // before the rest can be added (that waits two frames, the parser and idle time).
  // A string, not a function: tsx's __name helpers don't exist in the page.
  await p.addInitScript(`(() => {
    const look = () => {
      const ag = window.actorgraph;
      if (!ag) { requestAnimationFrame(look); return; }
      window.__firstOrder = ag.app.model.graph.order;
      window.__firstDrawn = ag.view.nodes().sort().map((n) => n + ':' + ag.app.sigma.getNodeDisplayData(n).color + ':' + ag.app.sigma.getNodeDisplayData(n).size.toFixed(2));
    };
    requestAnimationFrame(look);
  })()`);
  await p.goto(url + hash);
  await p.waitForFunction(() => document.body.dataset.firstPaintAt, null, { timeout: 15000 });
  return p;
}
const whole = (p: Page) => p.waitForFunction((n) => (window as any).actorgraph.app.model.graph.order === n, g.order, { timeout: 10000 });
const drawn = (p: Page) => p.evaluate(() => {
  const { app, view } = (window as any).actorgraph;
  return view.nodes().sort().map((n: string) => `${n}:${app.sigma.getNodeDisplayData(n).color}:${app.sigma.getNodeDisplayData(n).size.toFixed(2)}`) as string[];
});

before(async () => {
  if (skip) return;
  dir = await mkdtemp(join(tmpdir(), 'actorgraph-split-'));
  g = syntheticGraph(800, 3000, 'split');
  // A low-degree actor: never in the head.
  leaf = g.nodes().filter((n) => g.degree(n) === 1)[0];
  await writeFile(join(dir, 'index.html'), await renderPage({ mode: 'static', title: 'split', cap: CAP, graph: g }));
  url = pathToFileURL(join(dir, 'index.html')).href;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the graph block before the script should hold only the capped actors', { skip }, async () => {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const start = html.indexOf('id="ag-graph">'), script = html.indexOf('<script>', start), restAt = html.indexOf('id="ag-graph-rest">');
  const head = JSON.parse(html.slice(start + 14, html.indexOf('</script>', start)));
  assert.equal(head.nodes.length, CAP);
  assert.ok(restAt > script, 'the rest follows the script');
  assert.equal(head.whole.order, g.order);
});

test('the page should add the rest after the first frame without changing what is drawn', { skip }, async () => {
  const p = await open();
  // What the first frame drew, recorded before any idle callback could add the rest.
  const [first, firstOrder] = await p.evaluate(() => [(window as any).__firstDrawn, (window as any).__firstOrder]);
  assert.equal(firstOrder, CAP, 'the first frame had only the head');
  await whole(p);
  assert.equal(await p.evaluate(() => (window as any).actorgraph.app.model.graph.size), g.size);
  const after = await drawn(p);
  assert.equal(after.length, CAP);
  assert.deepEqual(after, first);
  // Relations drawn (those among the 100 actors) of the whole graph's.
  const drawnEdges = await p.evaluate(() => (window as any).actorgraph.view.size);
  assert.equal(await p.textContent('#stats'), `100 / 800 actors · ${drawnEdges.toLocaleString('en')} / ${g.size.toLocaleString('en')} relations`);
  assert.deepEqual(errors, []);
  await p.close();
});

test('search should find an actor outside the head, and expand neighbours should draw them', { skip }, async () => {
  const p = await open();
  const label = g.getNodeAttribute(leaf, 'label');
  await p.locator('#search').pressSequentially(label, { delay: 10 });
  const hit = p.locator(`#search-results li[data-node="${leaf}"]`);
  await hit.waitFor();
  await hit.click();
  await p.locator('#details h2').waitFor();
  assert.equal(await p.textContent('#details h2'), label);
  const nb = g.neighbors(leaf)[0];
  const shown = () => p.evaluate(() => [...(window as any).actorgraph.app.shown] as string[]);
  if (!(await shown()).includes(nb)) {
    await p.click('#expand-btn');
    assert.ok((await shown()).includes(nb), 'neighbour drawn');
  }
  assert.ok(await p.evaluate(([a, b]) => (window as any).actorgraph.view.hasNode(a) && (window as any).actorgraph.view.hasNode(b), [leaf, nb]));
  assert.deepEqual(errors, []);
  await p.close();
});

test('a shared link to an actor outside the head should open its panel once the rest is in', { skip }, async () => {
  const p = await open(`#node=${leaf}`);
  await whole(p);
  await p.locator('#details h2').waitFor();
  assert.equal(await p.textContent('#details h2'), g.getNodeAttribute(leaf, 'label'));
  assert.match(await p.evaluate(() => location.hash), new RegExp(`node=${leaf}`));
  assert.ok(await p.evaluate((n) => (window as any).actorgraph.view.hasNode(n), leaf));
  assert.deepEqual(errors, []);
  await p.close();
});

test('GEXF should export the whole graph', { skip }, async () => {
  const p = await open();
  const [dl] = await Promise.all([p.waitForEvent('download'), p.click('#export-gexf')]);
  const gexf = await readFile((await dl.path())!, 'utf8');
  assert.equal((gexf.match(/<node /g) ?? []).length, g.order);
  assert.equal((gexf.match(/<edge /g) ?? []).length, g.size);
  await p.close();
});
