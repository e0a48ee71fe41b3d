/**
 * `actorgraph serve` against the real Neo4j (scripts/test.mjs starts one and exports NEO4J_*):
 * fixture triples loaded with `actorgraph load`, the page reads the graph from /api/graph, and a
 * Cypher query typed in the console draws its result; Neo4j errors are shown; writes refused.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { resolveSettings, neo4jFromEnv } from '../../src/settings.js';
import { CHROMIUM, launch, saturatedPixels } from './browser.js';
import { clearGraph } from '../store/_helpers.js';
import { staticFixture, type Fixture } from './static-fixture.js';

const skip = !CHROMIUM ? 'Chromium not installed (apt-get install -y chromium)' : !process.env.NEO4J_URI ? 'NEO4J_URI not set (run through scripts/test.mjs)' : false;
const settings = resolveSettings({ neo4j: neo4jFromEnv() });
let dir = '', base = '', server: Server, browser: Browser, page: Page;
let closeStore: (() => Promise<void>) | undefined;
const pageErrors: string[] = [];

const runQuery = (p: Page, query: string, params = '{}') => p.evaluate(([q, ps]) => {
  const c = (window as any).actorgraphConsole;
  c.editor.dispatch({ changes: { from: 0, to: c.editor.state.doc.length, insert: q } });
  (document.getElementById('console-params') as HTMLTextAreaElement).value = ps;
  return c.run();
}, [query, params] as const);

before(async () => {
  if (skip) return;
  dir = await mkdtemp(join(tmpdir(), 'actorgraph-serve-'));
  // The fixture mixes triples and document records; `load` takes triples only.
  // One triple gets a full ISO time, so the served page has a timeline (the others carry none).
  const lines = (await readFile('test/fixtures/viz/seed-triples.jsonl', 'utf8')).split('\n').filter((l) => l.includes('"subject"'))
    .map((l) => (l.includes('"ce798a98e52501e4"') ? JSON.stringify({ ...JSON.parse(l), time: '2024-12-06' }) : l));
  const triples = join(dir, 'triples.jsonl');
  await writeFile(triples, lines.join('\n') + '\n');
  const [{ openStore, closeStore: close }, { createApiServer, listen }] = await Promise.all([import('../../src/store/connection.js'), import('../../src/server/http.js')]);
  const store = await openStore(settings.neo4j);
  closeStore = () => close(store);
  await clearGraph(store); // the counts below are the fixture's, whatever earlier test files left
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'load', triples, '--no-progress'], { encoding: 'utf8', env: process.env });
  assert.equal(r.status, 0, `actorgraph load failed: ${r.stderr}`);
  server = createApiServer({ store, settings, port: 0 });
  base = await listen(server, 0);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(base);
  await page.waitForFunction(() => document.body.dataset.firstFrameMs, null, { timeout: 30000 });
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  await closeStore?.();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('serve should draw the graph read from Neo4j', { skip }, async () => {
  const nodes = await page.evaluate(() => (window as any).actorgraph.app.model.graph.nodes());
  for (const id of ['RUS', 'BLR', 'NATO', 'andrei-belousov']) assert.ok(nodes.includes(id), id);
  assert.ok(saturatedPixels(await page.locator('#sigma').screenshot()) > 500);
  const html = await (await fetch(base)).text();
  assert.doesNotMatch(html, new RegExp(settings.neo4j.password), 'no credentials in the page');
});

test('a Cypher query in the console should draw its result and list it in a table', { skip }, async () => {
  await runQuery(page, 'MATCH p = (a:Actor {id: $id})-[r]-(b) RETURN p', '{"id": "BLR"}');
  await page.locator('#console-summary').waitFor();
  const g = await page.evaluate(() => { const m = (window as any).actorgraph.app.model.graph; return { nodes: m.nodes().sort(), size: m.size, name: m.getAttribute('name') }; });
  assert.equal(g.name, 'query result');
  assert.ok(g.nodes.includes('BLR') && g.nodes.includes('RUS') && g.nodes.includes('NATO'), g.nodes.join());
  assert.ok(!g.nodes.includes('vladimir-putin'));
  assert.ok(await page.locator('#console-out table tbody tr').count() >= 5);
  assert.match(await page.textContent('#banner-text') ?? '', /Query result/);
  await page.screenshot({ path: 'test-results/serve-query.png' });
  assert.ok(saturatedPixels(await page.locator('#sigma').screenshot()) > 300);
  // Clicking a result node still shows evidence from the loaded graph.
  await page.evaluate(() => (window as any).actorgraph.app.select('BLR'));
  assert.match(await page.textContent('#details') ?? '', /strengthen military cooperation/);
  await page.click('#banner-reset');
  assert.equal(await page.evaluate(() => (window as any).actorgraph.app.model.graph.order), 15);
});

test('Neo4j errors should be shown as they come, and writes refused', { skip }, async () => {
  await runQuery(page, 'MATCH (n RETURN n');
  assert.match(await page.textContent('#console-error') ?? '', /SyntaxError|Invalid input/i);
  // The console's own advice: no CLI flags the browser does not have.
  assert.match(await page.textContent('#console-error') ?? '', /Parameters box/);
  assert.doesNotMatch(await page.textContent('#console-error') ?? '', /--param|--write/);
  await runQuery(page, 'CREATE (x:Injected) RETURN x');
  assert.match(await page.textContent('#console-error') ?? '', /read|access mode|not allowed/i);
  assert.doesNotMatch(await page.textContent('#console-error') ?? '', /--param|add --write/);
  await runQuery(page, 'MATCH (a:Actor {id: $id}) RETURN a');
  assert.match(await page.textContent('#console-error') ?? '', /Parameters box/);
  await runQuery(page, 'RETURN 1', '{not json');
  assert.match(await page.textContent('#console-out') ?? '', /Parameters are not JSON/);
});

test('the console should say "first N rows" for a result over the cap, and refuse LOAD CSV in words', { skip }, async () => {
  await runQuery(page, 'UNWIND range(1, 1000000) AS x RETURN x');
  assert.match(await page.textContent('#console-summary') ?? '', new RegExp(`^first ${settings.console.maxRows} rows \\(the query returned more`));
  await runQuery(page, "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row");
  const error = await page.textContent('#console-error') ?? '';
  assert.match(error, /LOAD CSV is refused on the read-only path/);
  assert.doesNotMatch(error, /root:/);
});

test('the served page should be titled for its database, show the key for Run as this system has it, and have a timeline from Neo4j', { skip }, async () => {
  // Back from the query result an earlier test drew.
  if (await page.locator('#banner').isVisible()) await page.click('#banner-reset');
  await page.waitForFunction(() => document.body.dataset.timelineAt);
  assert.equal(await page.title(), 'Neo4j');
  assert.equal(await page.textContent('.graph-name'), 'Neo4j');
  // Chromium here runs on Linux: Ctrl, not ⌘.
  assert.equal(await page.textContent('#console-run'), 'Run Ctrl+↵');
  // The one dated triple: one bar, the rest counted as undated.
  assert.equal(await page.locator('#timeline').isVisible(), true);
  assert.equal(await page.locator('#timeline-chart rect.bar').count(), 1);
  assert.match(await page.textContent('#timeline') ?? '', /1 of 1 dated evidence.*undated \(\d+\)/s);
  await page.click('#timeline-undated');
  await page.waitForFunction(() => location.hash.includes('undated=0'));
  const drawn = await page.evaluate(() => { const { app, view } = (window as any).actorgraph; return (view.edges() as string[]).filter((e) => !app.sigma.getEdgeDisplayData(e)?.hidden); });
  assert.deepEqual(drawn, ['UKR|ACCUSE|RUS']);
  await page.click('#timeline-undated');
  await page.waitForFunction(() => !location.hash.includes('undated=0'));
  // Including while the console swapped graphs (a reducer once asked the old graph about new edges).
  assert.deepEqual(pageErrors, []);
});

/** What the side panel of `node` says: its facts, and per evidence sentence its marks and speaker. */
const panelOf = async (p: Page, node: string) => {
  await p.evaluate((n) => (window as any).actorgraph.app.select(n), node);
  await p.locator('#details .facts').waitFor();
  return p.evaluate(() => ({
    facts: [...document.querySelectorAll('#details .facts dt')].map((dt) => `${dt.textContent}=${dt.nextElementSibling?.textContent}`),
    evidence: [...document.querySelectorAll('#details li.evidence')].map((li) => [
      ...[...li.querySelectorAll('mark')].map((m) => `${m.className}:${m.textContent}`), ...[...li.querySelectorAll('.attrib')].map((a) => a.textContent)].join(' | ')).sort(),
  }));
};

test('the served panel should say what the static page says for the same triples: speaker by name, mentions', { skip }, async () => {
  if (await page.locator('#banner').isVisible()) await page.click('#banner-reset');
  let fx: Fixture | undefined;
  try {
    fx = await staticFixture();
    const stat = await fx.open();
    for (const node of ['RUS', 'BLR', 'andrei-belousov']) {
      const [served, built] = [await panelOf(page, node), await panelOf(stat, node)];
      assert.ok(served.facts.some((f) => /^Mentions=\d+$/.test(f)), `${node}: ${served.facts.join(', ')}`);
      assert.deepEqual(served, built, node);
    }
    // The speaker is named, never its slug.
    const rus = (await panelOf(page, 'RUS')).evidence.join('\n');
    assert.match(rus, /said Andrei Belousov/);
    assert.doesNotMatch(rus, /said andrei-belousov/);
  } finally {
    await fx?.close();
    await page.evaluate(() => (window as any).actorgraph.app.select(null));
  }
});

test('the served panel should name a document loaded without its record by its headline, else its id, never a path', { skip }, async () => {
  if (await page.locator('#banner').isVisible()) await page.click('#banner-reset');
  await page.evaluate(() => (window as any).actorgraph.app.select('RUS'));
  await page.locator('#details .facts').waitFor();
  const titles = await page.evaluate(() => [...document.querySelectorAll('#details .doc-title')].map((t) => t.textContent));
  await page.evaluate(() => (window as any).actorgraph.app.select(null));
  // (`load` took the triples only: Neo4j's Document nodes have ids and no titles)
  assert.ok(titles.length > 0);
  assert.deepEqual(titles.filter((t) => /[\\/]|\.txt$/.test(t ?? '')), [], 'no file paths');
  // (no evidence of the fixture is a headline: graph/headline.ts titleFromEvidence, tested apart)
  assert.ok(titles.includes('belousov-union-state'), titles.join(' / '));
  assert.ok(titles.includes('fixture-wire-1'), titles.join(' / '));
  // the full id stays at hand, in the tooltip
  const tip = await page.evaluate(() => { (window as any).actorgraph.app.select('RUS'); return document.querySelector('#details .doc-title')?.getAttribute('title'); });
  await page.evaluate(() => (window as any).actorgraph.app.select(null));
  assert.match(tip ?? '', /\(data\/seed\/belousov-union-state\.txt\)|\(fixture-wire-1\)/);
});

test('the API should refuse foreign hosts and non-JSON posts', { skip }, async () => {
  const form = await fetch(`${base}api/cypher`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"RETURN 1"}' });
  assert.equal(form.status, 415);
  const http = await import('node:http');
  const status = await new Promise<number>((resolve) => {
    http.get(`${base}api/graph`, { headers: { host: 'evil.example:80' } }, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
  });
  assert.equal(status, 421);
  const ok = await fetch(`${base}api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'MATCH (a) WHERE a:Actor OR a:Concept RETURN count(a) AS n' }) });
  assert.deepEqual((await ok.json()).rows, [{ n: 15 }]);
});
