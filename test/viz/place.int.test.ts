/**
 * The document's place (types.ts Place) in the evidence panel of the static page and of the
 * served one (real Neo4j, real Chromium): a wire story's dateline, else the first place named.
 * Stories written for the test.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { resolveSettings, neo4jFromEnv } from '../../src/settings.js';
import { buildSite } from '../../src/page/build-site.js';
import { CHROMIUM, launch } from './browser.js';
import { clearGraph } from '../store/_helpers.js';

const skip = !CHROMIUM ? 'Chromium not installed (apt-get install -y chromium)' : !process.env.NEO4J_URI ? 'NEO4J_URI not set (run through scripts/test.mjs)' : false;
const settings = resolveSettings({ neo4j: neo4jFromEnv() });
const STORIES = [
  { id: 'wire-1', date: '1990-03-12', text: 'LIMA, 12 MAR 90 -- [TEXT] Peru accused Ecuador of violating the border on Sunday.' },
  { id: 'wire-2', date: '1990-03-14', title: 'Talks in Quito', text: 'Ecuador and Peru agreed to hold talks in Quito. Colombia welcomed the talks.' },
];
let dir = '', base = '', server: Server, browser: Browser;
let closeStore: (() => Promise<void>) | undefined;

before(async () => {
  if (skip) return;
  dir = await mkdtemp(join(tmpdir(), 'actorgraph-place-'));
  const input = join(dir, 'wire.jsonl');
  await writeFile(input, STORIES.map((s) => JSON.stringify(s)).join('\n') + '\n');
  await buildSite([input], { outDir: join(dir, 'site'), settings: resolveSettings(), title: 'wire' });
  const [{ openStore, closeStore: close }, { createApiServer, listen }] = await Promise.all([import('../../src/store/connection.js'), import('../../src/server/http.js')]);
  const store = await openStore(settings.neo4j);
  closeStore = () => close(store);
  await clearGraph(store);
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'load', input, '--no-progress'], { encoding: 'utf8', env: process.env });
  assert.equal(r.status, 0, `actorgraph load failed: ${r.stderr}`);
  server = createApiServer({ store, settings, port: 0 });
  base = await listen(server, 0);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  await closeStore?.();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The places the panel of `node` shows, and the titles they stand beside. */
async function placesIn(url: string, node: string): Promise<string[]> {
  const p: Page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await p.goto(url);
    await p.waitForFunction(() => document.body.dataset.firstPaintAt, null, { timeout: 30000 });
    await p.evaluate((n) => (window as any).actorgraph.app.select(n), node);
    await p.locator('#details .doc-place').first().waitFor();
    return [...new Set(await p.locator('#details .doc-place').allTextContents())].sort();
  } finally {
    await p.close();
  }
}

test('the static page\'s evidence panel should show each document\'s place: the dateline, else the first place named', { skip }, async () => {
  assert.deepEqual(await placesIn(pathToFileURL(join(dir, 'site', 'index.html')).href, 'PER'), ['Ecuador', 'LIMA']);
});

test('the served page should show the same places, read from the Document nodes in Neo4j', { skip }, async () => {
  const { openStore, closeStore: close } = await import('../../src/store/connection.js');
  const { runQuery } = await import('../../src/store/read.js');
  const store = await openStore(settings.neo4j);
  try {
    const { rows } = await runQuery(store, 'MATCH (d:Document) RETURN d.id AS id, d.place AS place, d.placeCountry AS country ORDER BY id');
    assert.deepEqual(rows, [{ id: 'wire-1', place: 'LIMA', country: 'PER' }, { id: 'wire-2', place: 'Ecuador', country: 'ECU' }]);
  } finally {
    await close(store);
  }
  assert.deepEqual(await placesIn(base, 'PER'), ['Ecuador', 'LIMA']);
});
