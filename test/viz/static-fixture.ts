/**
 * test/viz/static-fixture — the seed fixture built into a static page once per test file, and
 * pages opened on it with errors and dialogs collected.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../../src/page/build-site.js';
import { resolveSettings } from '../../src/settings.js';
import { launch } from './browser.js';

export interface Fixture { dir: string; url: string; browser: Browser; errors: string[]; open(hash?: string): Promise<Page>; close(): Promise<void> }

export async function staticFixture(): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), 'actorgraph-viz-'));
  await buildSite(['test/fixtures/viz/seed-triples.jsonl'], { outDir: dir, settings: resolveSettings(), title: 'seed fixture' });
  const url = pathToFileURL(join(dir, 'index.html')).href;
  const browser = await launch();
  const errors: string[] = [];
  return {
    dir, url, browser, errors,
    async open(hash = '') {
      const p = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      p.on('pageerror', (e) => errors.push(e.message));
      p.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
      await p.goto(url + hash);
      await p.waitForFunction(() => document.body.dataset.firstPaintAt, null, { timeout: 15000 });
      return p;
    },
    async close() {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Where a node is on the page, in CSS pixels (for real mouse moves). */
export function nodeXY(p: Page, node: string): Promise<{ x: number; y: number }> {
  return p.evaluate((n) => {
    const { sigma } = (window as any).actorgraph.app;
    const v = sigma.framedGraphToViewport(sigma.getNodeDisplayData(n));
    const r = document.getElementById('sigma')!.getBoundingClientRect();
    return { x: r.left + v.x, y: r.top + v.y };
  }, node);
}
