/**
 * bench:viz's rows for time and place: on a page whose evidence is dated (a synthetic graph with
 * its evidence spread over two years), the time from a timeline brush to the frame that shows
 * it (edge counts recomputed for the range, reducers, sigma's refresh), and from the layout
 * switch to the map's frame and back to force's. Medians of several runs.
 */
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import type { ActorGraph, EvidenceRecord } from '../src/graph/build.js';
import { isoDay } from '../src/graph/evidence-day.js';

export interface ExploreRow { name: string; brushMs: number; mapMs: number; forceMs: number }

/** Gives every evidence id of `g` a record dated within 1989–1990 (deterministic). */
export function dateEvidence(g: ActorGraph): void {
  const evidence: Record<string, EvidenceRecord> = {};
  const start = 6940; // 1989-01-01
  let i = 0;
  g.forEachEdge((_, a) => {
    for (const id of a.evidence) {
      evidence[id] = { doc: 'd0', sentence: 0, text: '', subject: '', relation: '', object: '', negated: false, modality: 'asserted', time: isoDay(start + ((i++ * 7919) % 730)), rule: 'synthetic', confidence: 1 };
    }
  });
  g.setAttribute('evidence', evidence);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureExplore(browser: Browser, name: string, file: string): Promise<ExploreRow> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(pathToFileURL(file).href, { timeout: 120_000 });
  await page.waitForFunction(() => document.body.dataset.firstPaintAt, null, { timeout: 300_000 });
  const split = await page.evaluate('window.actorgraph.app.model.graph.order < window.actorgraph.app.model.order');
  if (split) await page.waitForFunction(() => document.body.dataset.wholeAt, null, { timeout: 300_000 });
  // A string, not a function: tsx's __name helpers don't exist in the page.
  const timed = (action: string) => page.evaluate(`(async () => {
    const { app } = window.actorgraph;
    const tl = app.model.timeline;
    const t0 = performance.now();
    ${action}
    // Sigma renders in its own animation-frame callback (or at once, on refresh()); the second
    // frame after the action is the one that presents it. (Waiting for sigma's afterRender could
    // hang: a synchronous refresh has rendered before a listener could be added.)
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  })()`) as Promise<number>;
  const brush: number[] = [];
  for (let k = 0; k < 7; k++) {
    // Windows of 3 to 9 months at different places.
    brush.push(await timed(`const i = ${(k * 5) % 18}, j = Math.min(tl.bins.length - 1, i + ${2 + (k % 3) * 3}); app.state.time = { from: tl.bins[i].start, to: tl.bins[j].end - 1 }; app.update();`));
  }
  await timed('app.state.time = null; app.update();');
  const map: number[] = [], force: number[] = [];
  for (let k = 0; k < 3; k++) {
    map.push(await timed("app.setLayout('map');"));
    force.push(await timed("app.setLayout('force');"));
  }
  await page.close();
  return { name, brushMs: Math.round(median(brush)), mapMs: Math.round(median(map)), forceMs: Math.round(median(force)) };
}
