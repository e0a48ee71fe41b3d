/**
 * viz/evidence — one evidence record by id. Graphs from `serve` and the console carry their
 * evidence in the graph attributes; the static page keeps it in its own JSON block
 * (src/page/render.ts), parsed the first time a panel asks, not before the first frame.
 */
import type { ActorGraph, EvidenceRecord } from '../src/graph/build.js';
import { readJsonScript } from './data.js';

let embedded: Record<string, EvidenceRecord> | null | undefined;

export function evidenceOf(graph: ActorGraph, id: string): EvidenceRecord | undefined {
  const inline = graph.getAttribute('evidence')?.[id];
  if (inline) return inline;
  if (embedded === undefined) embedded = readJsonScript<Record<string, EvidenceRecord>>('ag-evidence');
  return embedded?.[id];
}
