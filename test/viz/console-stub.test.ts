/**
 * The serve page's Cypher console in real headless Chromium against a stub API (no Neo4j):
 * typing a query and parameters and pressing Ctrl+Enter posts them, lists the rows, draws the
 * returned path in place of the graph, and "Show full graph" goes back; API errors are shown.
 * serve.int.test.ts runs the same page against a real Neo4j.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { renderPage } from '../../src/page/render.js';
import { buildGraph } from '../../src/graph/build.js';
import { enrichGraph } from '../../src/graph/enrich.js';
import { layoutGraph } from '../../src/graph/layout.js';
import { toJSON } from '../../src/graph/serialize.js';
import { seedFixture } from '../graph/fixtures.js';
import { CHROMIUM, launch } from './browser.js';

const skip = CHROMIUM ? false : 'Chromium not installed (apt-get install -y chromium)';
let server: Server, browser: Browser, page: Page, base = '';
const posted: Array<{ query: string; params: Record<string, unknown> }> = [];

const node = (id: string, name: string, type: string, eid: string) => ({ kind: 'node', id: eid, labels: ['Actor'], properties: { id, name, type } });
const PATH = {
  kind: 'path',
  nodes: [node('BLR', 'Belarus', 'country', 'n1'), node('NATO', 'NATO', 'organization', 'n2')],
  relationships: [{ kind: 'relationship', id: 'r1', type: 'HOST', start: 'n1', end: 'n2', properties: { label: 'host', count: 1, evidence: [] } }],
};

before(async () => {
  if (skip) return;
  const { triples, docs } = seedFixture();
  const graph = JSON.stringify(toJSON(layoutGraph(enrichGraph(buildGraph(triples, docs)))));
  const html = await renderPage({ mode: 'serve', title: 'stub', cap: 1500 });
  server = createServer(async (req, res) => {
    if (req.url === '/') { res.writeHead(200, { 'content-type': 'text/html' }); return res.end(html); }
    if (req.url?.startsWith('/api/graph')) { res.writeHead(200, { 'content-type': 'application/json' }); return res.end(graph); }
    let body = '';
    for await (const c of req) body += c;
    const q = JSON.parse(body);
    posted.push(q);
    const bad = /BAD/.test(q.query);
    res.writeHead(bad ? 400 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(bad ? { error: { code: 'Neo.ClientError.Statement.SyntaxError', message: 'Invalid input \'BAD\'' } } : { columns: ['p'], rows: [{ p: PATH }], ms: 2 }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(base);
  await page.waitForFunction(() => document.body.dataset.firstFrameMs, null, { timeout: 15000 });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function typeQuery(query: string, params: string): Promise<void> {
  await page.click('#console .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(query);
  await page.fill('#console-params', params);
  await page.click('#console .cm-content');
  await page.keyboard.press('Control+Enter');
}

test('a query typed in the console should be posted with its parameters, listed and drawn', { skip }, async () => {
  assert.equal(await page.evaluate(() => (window as any).actorgraph.app.model.graph.order), 15);
  await typeQuery('MATCH p = (a:Actor {id: $id})-[:HOST]->(b) RETURN p', '{"id": "BLR"}');
  await page.locator('#console-summary').waitFor();
  assert.deepEqual(posted.at(-1), { query: 'MATCH p = (a:Actor {id: $id})-[:HOST]->(b) RETURN p', params: { id: 'BLR' } });
  assert.match(await page.textContent('#console-out table') ?? '', /\(Belarus\)-\[:HOST\]->\(NATO\)/);
  assert.deepEqual(await page.evaluate(() => (window as any).actorgraph.view.nodes().sort()), ['BLR', 'NATO']);
  assert.match(await page.textContent('#banner-text') ?? '', /Query result: 2 nodes, 1 relationships/);
  await page.screenshot({ path: 'test-results/console-stub.png' });
  await page.click('#banner-reset');
  assert.equal(await page.evaluate(() => (window as any).actorgraph.view.order), 15);
  assert.equal(await page.locator('#banner').isHidden(), true);
});

test('an API error should be shown verbatim and leave the graph alone', { skip }, async () => {
  await typeQuery('BAD', '{}');
  await page.locator('#console-error').waitFor();
  assert.match(await page.textContent('#console-error') ?? '', /SyntaxError[\s\S]*Invalid input 'BAD'/);
  assert.equal(await page.evaluate(() => (window as any).actorgraph.view.order), 15);
});
