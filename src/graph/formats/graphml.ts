/**
 * actorgraph/graph/formats/graphml — the graph as GraphML (http://graphml.graphdrawing.org/),
 * which Gephi, Cytoscape, yEd, NetworkX and igraph read.
 *
 * Why a writer of our own: graphology's package for the format, graphology-graphml (0.5.2, the
 * latest), only parses; no maintained npm package writes GraphML from a graphology graph. The
 * format needs little: typed <key> declarations, then <node> and <edge> elements with <data>.
 * Every text goes through escapeXml (markup characters, and characters XML forbids), and the
 * test reads the file back with graphology-graphml's parser and a strict XML parser.
 *
 * Columns and their types are graph/formats/flat.ts's; a missing value has no <data> element.
 *
 * @example
 *   await writeFile('graph.graphml', toGraphml(enrichGraph(buildGraph(triples))));
 */
import type { ActorGraph } from '../build.js';
import { EDGE_COLUMNS, NODE_COLUMNS, edgeRecords, nodeRecords, type Scalar } from './flat.js';
import { checkXmlIds, escapeXml } from './xml-text.js';

const NS = 'http://graphml.graphdrawing.org/xmlns';

/** A value as GraphML text: numbers in JavaScript's shortest round-trip form, booleans as true/false. */
const text = (v: Exclude<Scalar, undefined>): string => escapeXml(String(v));

export function toGraphml(g: ActorGraph): string {
  const nodes = nodeRecords(g), edges = edgeRecords(g);
  checkXmlIds([...nodes.map((n) => n.id as string), ...edges.map((e) => e.id as string)], 'GraphML');
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NS} ${NS}/1.0/graphml.xsd">`,
  ];
  // Keys are named after the element and column (n_label, e_count): GraphML ids are one namespace.
  // The node and edge ids are the element ids themselves, not <data>.
  for (const [name, type] of NODE_COLUMNS) if (name !== 'id') out.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_COLUMNS) if (!['id', 'source', 'target'].includes(name)) out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  out.push(`  <graph id="${escapeXml(g.getAttribute('name') ?? 'actorgraph')}" edgedefault="directed">`);
  for (const n of nodes) {
    out.push(`    <node id="${text(n.id!)}">`);
    for (const [name] of NODE_COLUMNS) {
      const v = n[name];
      if (name !== 'id' && v !== undefined) out.push(`      <data key="n_${name}">${text(v)}</data>`);
    }
    out.push('    </node>');
  }
  for (const e of edges) {
    out.push(`    <edge id="${text(e.id!)}" source="${text(e.source!)}" target="${text(e.target!)}">`);
    for (const [name] of EDGE_COLUMNS) {
      const v = e[name];
      if (!['id', 'source', 'target'].includes(name) && v !== undefined) out.push(`      <data key="e_${name}">${text(v)}</data>`);
    }
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
