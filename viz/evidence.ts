/**
 * viz/evidence — one evidence record by id. Graphs from `serve` and the console carry their
 * evidence in the graph attributes; the static page keeps it in its own JSON block placed
 * after the script (src/page/render.ts), so the first frame is drawn before the browser has
 * even parsed it. It is read the first time a panel asks.
 */
import type { ActorGraph, EvidenceRecord } from '../src/graph/build.js';
import { readJsonScript } from './data.js';

let embedded: Record<string, EvidenceRecord> | null | undefined;

export function evidenceOf(graph: ActorGraph, id: string): EvidenceRecord | undefined {
  const inline = graph.getAttribute('evidence')?.[id];
  if (inline) return inline;
  if (embedded === undefined) {
    // Still being parsed (a shared link opened the panel at start): ask again later.
    if (document.readyState === 'loading') return undefined;
    embedded = readJsonScript<Record<string, EvidenceRecord>>('ag-evidence');
  }
  return embedded?.[id];
}

/** Runs `f` once the page (and so the evidence block) is fully parsed. */
export function whenEvidenceReady(f: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', f, { once: true });
  else f();
}
