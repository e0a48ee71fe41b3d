/**
 * Interactions on the static page in real headless Chromium, driven by real keys and mouse
 * moves: alias search and camera framing, edge labels on hover, the degree slider, colour
 * switch and legend, Spread, and evidence kept out of the graph block.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM } from './browser.js';
import { nodeXY, staticFixture, type Fixture } from './static-fixture.js';

const skip = CHROMIUM ? false : 'Chromium not installed (apt-get install -y chromium)';
let fx: Fixture, page: Page;

const camera = (p: Page) => p.evaluate(() => (window as any).actorgraph.app.sigma.getCamera().getState() as { x: number; y: number; ratio: number });
const edgeLabel = (p: Page, e: string) => p.evaluate((k) => (window as any).actorgraph.app.sigma.getEdgeDisplayData(k)?.label || null, e);

before(async () => {
  if (skip) return;
  fx = await staticFixture();
  page = await fx.open();
});
after(async () => { await fx?.close(); });

test('typing an alias and pressing Enter should select its actor and frame its neighbourhood; closing should go back', { skip }, async () => {
  const start = await camera(page);
  await page.locator('#search').pressSequentially('Republic of', { delay: 20 });
  const first = page.locator('#search-results li').first();
  await first.waitFor();
  assert.equal(await first.getAttribute('data-node'), 'BLR');
  assert.match(await first.locator('.via').textContent() ?? '', /Republic of Belarus/);
  await page.keyboard.press('Enter');
  await page.locator('#details h2').waitFor();
  assert.equal(await page.textContent('#details h2'), 'Belarus');
  await page.waitForTimeout(700);
  const framed = await camera(page);
  assert.ok(framed.ratio < start.ratio, `zoomed in to the neighbourhood (ratio ${framed.ratio})`);
  // Every neighbour of Belarus stays inside the canvas.
  const box = (await page.locator('#sigma').boundingBox())!;
  for (const n of ['RUS', 'NATO', 'union-state', 'wagner-group', 'alexander-lukashenko']) {
    const { x, y } = await nodeXY(page, n);
    assert.ok(x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height, `${n} on screen`);
  }
  await page.click('#details button.close');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('#details').isHidden(), true);
  assert.deepEqual(await camera(page), start);
  assert.equal(await page.inputValue('#search'), '', 'the search box forgets the closed selection');
});

test('hovering an edge should show its label, and only while hovered', { skip }, async () => {
  const edge = 'andrei-belousov|LEAD|russian-ministry-of-defense';
  const [a, b] = [await nodeXY(page, 'andrei-belousov'), await nodeXY(page, 'russian-ministry-of-defense')];
  assert.equal(await edgeLabel(page, edge), null);
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  await page.waitForFunction((k) => (window as any).actorgraph.app.sigma.getEdgeDisplayData(k)?.label, edge, { timeout: 3000 });
  assert.equal(await edgeLabel(page, edge), 'lead');
  await page.mouse.move(5, 880);
  await page.waitForTimeout(100);
  assert.equal(await edgeLabel(page, edge), null);
});

test('hovering a node should label its edges once per neighbour, parallel relations joined', { skip }, async () => {
  const { x, y } = await nodeXY(page, 'BLR');
  await page.mouse.move(x, y, { steps: 3 });
  await page.waitForFunction(() => (window as any).actorgraph.app.sigma.getEdgeDisplayData('BLR|HOST|NATO')?.label === 'host', null, { timeout: 3000 });
  const pair = ['RUS|STRENGTHEN_MILITARY_COOPERATION_WITH|BLR', 'BLR|STRENGTHEN_MILITARY_COOPERATION_WITH|RUS', 'RUS|CONDUCT_JOINT_EXERCISES_WITH|BLR', 'BLR|PREPARE_AGREEMENT_WITH|RUS'];
  const labels = (await Promise.all(pair.map((e) => edgeLabel(page, e)))).filter(Boolean);
  assert.deepEqual(labels, ['strengthen military cooperation with · conduct joint exercises with +1']);
  await page.mouse.move(5, 880);
});

test('the min degree slider, moved with arrow keys, should hide low-degree actors and go into the URL', { skip }, async () => {
  await page.focus('#min-degree');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  assert.match(await page.textContent('#stats') ?? '', /^4 \/ 15 actors/);
  assert.deepEqual(await page.evaluate(() => (window as any).actorgraph.view.nodes().sort()), ['BLR', 'NATO', 'RUS', 'UKR']);
  assert.match(await page.evaluate(() => location.hash), /minDeg=3/);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  assert.match(await page.textContent('#stats') ?? '', /^15 \/ 15 actors/);
});

test('switching colour to Type should recolour nodes and turn the legend into actor types', { skip }, async () => {
  const colors = () => page.evaluate(() => { const { app } = (window as any).actorgraph; return app.model.graph.nodes().map((n: string) => app.sigma.getNodeDisplayData(n).color) as string[]; });
  const before = await colors();
  await page.click('#color-mode button[data-value="type"]');
  assert.match(await page.textContent('#legend') ?? '', /Actor types.*country.*concept/s);
  const byType = await colors();
  assert.notDeepEqual(byType, before);
  // RUS, BLR are countries; NATO an organization; exercises a concept.
  assert.equal(byType[0], byType[1]);
  assert.notEqual(byType[0], byType[2]);
  await page.click('#color-mode button[data-value="community"]');
  assert.match(await page.textContent('#legend') ?? '', /Louvain communities.*Russia/s);
  assert.deepEqual(await colors(), before);
});

test('Spread should move apart two nodes lying on each other', { skip }, async () => {
  const d = () => page.evaluate(() => { const g = (window as any).actorgraph.app.model.graph; return Math.hypot(g.getNodeAttribute('USA', 'x') - g.getNodeAttribute('UKR', 'x'), g.getNodeAttribute('USA', 'y') - g.getNodeAttribute('UKR', 'y')); });
  await page.evaluate(() => { const g = (window as any).actorgraph.app.model.graph; g.mergeNodeAttributes('USA', { x: g.getNodeAttribute('UKR', 'x'), y: g.getNodeAttribute('UKR', 'y') }); });
  assert.equal(await d(), 0);
  await page.click('#spread');
  assert.ok(await d() > 0);
  assert.deepEqual(fx.errors, []);
});

test('evidence sentences should sit in their own block, not in the graph JSON', { skip }, async () => {
  const html = await readFile(join(fx.dir, 'index.html'), 'utf8');
  const block = (id: string) => html.slice(html.indexOf(`id="${id}">`), html.indexOf('</script>', html.indexOf(`id="${id}">`)));
  assert.doesNotMatch(block('ag-graph'), /Belousov noted/);
  assert.match(block('ag-evidence'), /Belousov noted/);
});
