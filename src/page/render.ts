/**
 * actorgraph/page/render — fills viz/index.html: style, config, graph JSON and script.
 *
 * Safety: the graph JSON goes through embedJson (no `<` can close the script block), the title
 * is HTML-escaped, and the page's CSP allows only the one script whose hash we compute here,
 * so even a missed escape could not run an injected inline handler.
 */
import { createHash } from 'node:crypto';
import { embedJson } from '../graph/serialize.js';
import { splitPageGraph, toPageGraph } from '../graph/page-data.js';
import type { ActorGraph } from '../graph/build.js';
import { bundleApp, type PageMode } from './bundle.js';

export interface PageOptions {
  mode: PageMode;
  title: string;
  cap: number;
  /** Actors drawn at first (settings.initialShown; absent: `cap`). */
  show?: number;
  /** Embedded for the static page; `serve` pages fetch theirs. */
  graph?: ActorGraph;
  /** A line the page shows under its header: what a capped page left out (graph/page-cap.ts). */
  note?: string;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A script body can't hold `</script`; esbuild output never should, but make sure. */
function safeScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1');
}

export async function renderPage(opts: PageOptions): Promise<string> {
  const { js, css, template } = await bundleApp(opts.mode);
  const script = safeScript(js);
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  const config = { mode: opts.mode, cap: opts.cap, show: opts.show, title: opts.title };
  // Evidence sentences are half the bytes of a big graph and needed only when a panel opens:
  // a block of their own is skipped by the first JSON.parse (viz/evidence.ts reads it later).
  const evidence = opts.graph?.getAttribute('evidence');
  // Past the cap, only the actors drawn first (and their relations) are parsed before the
  // first frame; the rest follows the script (graph/page-data.ts, viz/data.ts).
  const split = opts.graph ? splitPageGraph(opts.graph, toPageGraph(opts.graph), opts.cap) : null;
  const values: Record<string, string> = {
    STYLE: css.replace(/<\/(style)/gi, '<\\/$1'),
    TITLE: escapeHtml(opts.title),
    MODE: opts.mode,
    CONFIG: embedJson(config),
    GRAPH: split ? embedJson(split.head) : '',
    REST: split?.rest ? embedJson(split.rest) : '',
    EVIDENCE: evidence ? embedJson(evidence) : '',
    SCRIPT: script,
    NOTE: opts.note ? `<p id="page-note" role="note">${escapeHtml(opts.note)}</p>` : '',
  };
  // One pass over the template: text we insert (a document could contain "{{SCRIPT}}") is
  // never scanned for placeholders again.
  return template
    .replace("script-src 'unsafe-inline' blob:", `script-src 'sha256-${hash}' blob:`)
    .replace(/\/\*\{\{(STYLE)\}\}\*\/|\{\{([A-Z]+)\}\}/g, (m, a: string | undefined, b: string | undefined) => values[(a ?? b)!] ?? m);
}
