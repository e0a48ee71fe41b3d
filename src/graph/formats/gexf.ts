/**
 * actorgraph/graph/formats/gexf — the graph as GEXF 1.3, Gephi's own format, written by
 * graphology-gexf (graphology's maintained writer; the page's GEXF button uses it too).
 *
 * The attributes are graph/formats/flat.ts's columns (lists joined with ";", as the page does);
 * an edge's `count` is also its GEXF weight, so Gephi sizes and weighs edges by evidence.
 * graphology-gexf escapes markup but not the characters XML 1.0 forbids outright (a stray
 * control character from a PDF-to-text tool would make Gephi refuse the whole file), so every
 * string goes through xmlLegal first.
 */
import gexf from 'graphology-gexf';
import type { ActorGraph } from '../build.js';
import { edgeRecords, nodeRecords, type Scalar } from './flat.js';
import { checkXmlIds, xmlLegal } from './xml-text.js';

const legal = (r: Record<string, Scalar>, drop: string[]): Record<string, string | number | boolean> => {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(r)) {
    if (v === undefined || drop.includes(k)) continue;
    out[k] = typeof v === 'string' ? xmlLegal(v) : v;
  }
  return out;
};

export function toGexf(g: ActorGraph): string {
  const nodes = new Map(nodeRecords(g).map((r) => [r.id as string, r]));
  const edges = new Map(edgeRecords(g).map((r) => [r.id as string, r]));
  // (ids are written by graphology-gexf from the graph's keys, escaped by its XML writer)
  checkXmlIds([...nodes.keys(), ...edges.keys()], 'GEXF');
  return gexf.write(g, {
    version: '1.3',
    formatNode: (key) => {
      const r = nodes.get(key)!;
      return { label: xmlLegal(String(r.label)), attributes: legal(r, ['id', 'label']) };
    },
    formatEdge: (key) => {
      const r = edges.get(key)!;
      return { label: xmlLegal(String(r.label)), weight: r.count as number, attributes: legal(r, ['id', 'source', 'target', 'label']) };
    },
  });
}
