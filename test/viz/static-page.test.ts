/**
 * The static page (actorgraph build → out/index.html) in real headless Chromium from file://:
 * it draws, search opens the evidence panel, filters hide edges, the URL keeps the view,
 * exports work, and document text with markup stays text.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../../src/page/build-site.js';
import { resolveSettings } from '../../src/settings.js';
import { CHROMIUM, launch, saturatedPixels } from './browser.js';

const skip = CHROMIUM ? false : 'Chromium not installed (apt-get install -y chromium)';
let dir = '', url = '', browser: Browser, page: Page;
const dialogs: string[] = [];
const errors: string[] = [];

async function open(hash = ''): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  p.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(url + hash);
  await p.waitForFunction(() => document.body.dataset.firstFrameMs, null, { timeout: 15000 });
  return p;
}

/** Edges sigma currently draws: in its (view) graph and not hidden by a reducer. */
const visibleEdges = (p: Page) => p.evaluate(() => {
  const { app } = (window as any).actorgraph;
  return app.model.graph.edges().filter((e: string) => { const d = app.sigma.getEdgeDisplayData(e); return d && !d.hidden; }).length as number;
});


before(async () => {
  if (skip) return;
  dir = await mkdtemp(join(tmpdir(), 'actorgraph-viz-'));
  await buildSite(['test/fixtures/viz/seed-triples.jsonl'], { outDir: dir, settings: resolveSettings(), title: 'seed fixture' });
  url = pathToFileURL(join(dir, 'index.html')).href;
  browser = await launch();
  page = await open();
});

after(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the page should draw the graph on a canvas from file://', { skip }, async () => {
  const png = await page.locator('#sigma').screenshot({ path: 'test-results/static-page.png' });
  assert.ok(saturatedPixels(png) > 800, 'coloured node pixels on the canvas');
  const labels = await page.evaluate(() => {
    const { app } = (window as any).actorgraph;
    return app.model.graph.nodes().filter((n: string) => app.sigma.getNodeDisplayData(n) && !app.sigma.getNodeDisplayData(n).hidden).map((n: string) => app.model.graph.getNodeAttribute(n, 'label'));
  });
  for (const name of ['Russia', 'Belarus', 'NATO', 'Andrei Belousov', 'Union State']) assert.ok(labels.includes(name), name);
  assert.match(await page.textContent('#stats') ?? '', /15 \/ 15 actors/);
  assert.deepEqual(errors, []);
});

test('typing "Bela" and choosing Belarus should open the panel with the Russia–Belarus evidence', { skip }, async () => {
  await page.fill('#search', 'Bela');
  const option = page.locator('#search-results li[data-node="BLR"]');
  await option.waitFor();
  assert.equal(await page.locator('#search-results li').first().getAttribute('data-node'), 'BLR');
  await option.click();
  await page.locator('#details h2').waitFor();
  assert.equal(await page.textContent('#details h2'), 'Belarus');
  const text = await page.textContent('#details');
  assert.match(text!, /Russian Federation and Belarus continue to actively strengthen military cooperation/);
  assert.match(text!, /Belousov: Russian Federation And Belarus Continue/); // document title
  const marks = await page.locator('#details [data-type="STRENGTHEN_MILITARY_COOPERATION_WITH"] mark').allTextContents();
  assert.ok(marks.includes('Belarus') && marks.includes('the Russian Federation'), marks.join('|'));
  assert.ok(marks.some((m) => /strengthen/i.test(m)), 'relation words marked');
  // Neighbours highlighted, the rest faded.
  const faded = await page.evaluate(() => {
    const { sigma } = (window as any).actorgraph.app;
    return { nato: sigma.getNodeDisplayData('NATO').label, putin: sigma.getNodeDisplayData('vladimir-putin').label };
  });
  assert.equal(faded.nato, 'NATO');
  assert.equal(faded.putin, null);
  assert.match(await page.evaluate(() => location.hash), /node=BLR/);
  await page.screenshot({ path: 'test-results/static-page-belarus.png' });
});

test('a document holding <script> and <img onerror> should stay text', { skip }, async () => {
  const host = page.locator('#details [data-type="HOST"] blockquote');
  assert.match(await host.textContent() ?? '', /<script>window.__xss=1<\/script>.*<img src=x onerror=/);
  assert.equal(await page.locator('#details script, #details img').count(), 0);
  assert.match(await page.locator('#details [data-type="HOST"] .doc-title').textContent() ?? '', /^<img src=x onerror=/);
  const injected = await page.evaluate(() => [(window as any).__xss, (window as any).__xssTitle, document.querySelectorAll('img').length]);
  assert.deepEqual(injected, [undefined, undefined, 0]);
  assert.deepEqual(dialogs, []);
});

test('unchecking a relation type or a category should hide its edges', { skip }, async () => {
  await page.evaluate(() => (window as any).actorgraph.app.select(null));
  const all = await visibleEdges(page);
  assert.equal(all, 22);
  await page.locator('#filter-relations summary').click();
  await page.locator('#filter-relations input[data-key="STRENGTHEN_MILITARY_COOPERATION_WITH"]').uncheck();
  assert.equal(await visibleEdges(page), all - 2);
  await page.locator('#filter-categories input[data-key="THREATEN"]').uncheck();
  assert.equal(await visibleEdges(page), all - 2 - 3);
  assert.match(await page.evaluate(() => location.hash), /hideRel=STRENGTHEN_MILITARY_COOPERATION_WITH/);
  await page.locator('#filter-categories button:has-text("all")').click();
  await page.locator('#filter-relations button:has-text("all")').click();
  assert.equal(await visibleEdges(page), all);
});

test('a shared URL should restore the selection and filters', { skip }, async () => {
  const p = await open('#node=NATO&hideType=person&color=type&size=pagerank');
  assert.equal(await p.textContent('#details h2'), 'NATO');
  // Hidden nodes are not given to sigma at all (viz/view-graph.ts).
  assert.deepEqual(await p.evaluate(() => [(window as any).actorgraph.view.hasNode('andrei-belousov'), (window as any).actorgraph.view.hasNode('RUS')]), [false, true]);
  assert.equal(await p.getAttribute('#color-mode button[data-value="type"]', 'aria-pressed'), 'true');
  assert.match(await p.textContent('#legend') ?? '', /country/);
  await p.close();
});

test('a malformed shared link ("#node=%") should still draw the page, with no error', { skip }, async () => {
  const before = errors.length;
  const p = await open('#node=%&hideRel=%E0%A4,COOPERATE_WITH&minDeg=x');
  assert.deepEqual(errors.slice(before), [], 'no "URI malformed"');
  assert.equal(await p.locator('#fatal').isHidden(), true);
  assert.ok(saturatedPixels(await p.locator('#sigma').screenshot({ path: 'test-results/static-bad-hash.png' })) > 800);
  assert.equal(await p.locator('#details h2').count(), 0, 'no node is called "%"');
  await p.close();
});

test('the cap should draw the highest-degree actors first and expand neighbours on demand', { skip }, async () => {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const capped = html.replace(/("cap":)\d+/, '$13');
  const file = join(dir, 'capped.html');
  await (await import('node:fs/promises')).writeFile(file, capped);
  const p = await browser.newPage();
  // The CSP hash covers the script only, so editing the config keeps the page working.
  await p.goto(pathToFileURL(file).href + '#node=NATO');
  await p.waitForFunction(() => document.body.dataset.firstFrameMs);
  const shown = () => p.evaluate(() => [...(window as any).actorgraph.app.shown].sort());
  // Degrees: RUS 11, BLR 8, NATO 4 = UKR 4 (ties by id).
  const drawn = () => p.evaluate(() => (window as any).actorgraph.view.nodes().sort());
  assert.deepEqual(await shown(), ['BLR', 'NATO', 'RUS']);
  assert.deepEqual(await drawn(), ['BLR', 'NATO', 'RUS']);
  assert.match(await p.textContent('#expand-btn') ?? '', /\+2/);
  await p.click('#expand-btn');
  assert.deepEqual(await shown(), ['BLR', 'NATO', 'RUS', 'exercises', 'union-state']);
  assert.deepEqual(await drawn(), ['BLR', 'NATO', 'RUS', 'exercises', 'union-state']);
  assert.match(await p.evaluate(() => location.hash), /expand=/);
  await p.close();
});

test('PNG and GEXF exports should download files', { skip }, async () => {
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
  const pngBytes = await readFile((await png.path())!);
  await (await import('node:fs/promises')).writeFile('test-results/static-export.png', pngBytes);
  assert.equal(pngBytes.subarray(1, 4).toString(), 'PNG');
  assert.ok(saturatedPixels(pngBytes) > 500, 'exported PNG shows the nodes');
  const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
  const xml = await readFile((await gexf.path())!, 'utf8');
  assert.match(xml, /<gexf[\s\S]*<node id="BLR" label="Belarus"/);
});

test('the layout worker should start and stop', { skip }, async () => {
  await page.click('#layout-toggle');
  assert.match(await page.textContent('#layout-toggle') ?? '', /Stop/);
  assert.equal(await page.evaluate(() => (window as any).actorgraph.layout.inWorker()), true, 'FA2 runs in a web worker');
  const before = await page.evaluate(() => (window as any).actorgraph.app.model.graph.getNodeAttribute('RUS', 'x'));
  await page.waitForTimeout(500);
  const moved = await page.evaluate(() => (window as any).actorgraph.app.model.graph.getNodeAttribute('RUS', 'x'));
  await page.click('#layout-toggle');
  assert.match(await page.textContent('#layout-toggle') ?? '', /Layout/);
  assert.notEqual(moved, before);
  assert.deepEqual(errors, []);
});
