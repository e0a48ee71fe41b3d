/**
 * actorgraph/graph/serialize — graph.json in and out, and the one safe way to put it in HTML.
 *
 * graph.json is graphology's own `graph.export()` (nodes, edges, attributes, options), so any
 * graphology tool (Gephi Lite, graphology-gexf) reads it. Embedding JSON in a <script> is the
 * classic XSS hole: a document sentence holding `</script>` would end the block. embedJson()
 * escapes `<`, `>`, `&` and the JS line separators so the JSON text never contains markup.
 */
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttrs, NodeAttrs } from '../types.js';
import type { ActorGraph, GraphAttrs } from './build.js';

export type GraphJSON = SerializedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;

export function toJSON(g: ActorGraph): GraphJSON {
  return g.export();
}

/** Rebuilds a graph from graph.json (or an /api/graph answer). */
export function fromJSON(data: GraphJSON): ActorGraph {
  const g: ActorGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: false });
  g.import(data);
  return g;
}

const UNSAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON text safe inside `<script type="application/json">`; JSON.parse gives back the same value.
 * @example embedJson({ t: '</script>' }) // '{"t":"\\u003c/script\\u003e"}'
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]);
}
