/**
 * viz/console/result-graph — Cypher results (nodes, relationships, paths anywhere in the rows,
 * as store/values.ts shapes them) → a graph to draw, keyed like the loaded graph so actor ids
 * match and the evidence panel keeps working.
 */
import { MultiDirectedGraph } from 'graphology';
import type { ActorGraph, GraphAttrs } from '../../src/graph/build.js';
import type { ActorType, EdgeAttrs, Modality, NodeAttrs } from '../../src/types.js';

export interface PlainNode { kind: 'node'; id: string; labels: string[]; properties: Record<string, unknown> }
export interface PlainRel { kind: 'relationship'; id: string; type: string; start: string; end: string; properties: Record<string, unknown> }
export interface PlainPath { kind: 'path'; nodes: PlainNode[]; relationships: PlainRel[] }

const TYPES = new Set(['country', 'organization', 'person', 'group', 'location', 'other']);
const s = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

function collect(v: unknown, nodes: Map<string, PlainNode>, rels: Map<string, PlainRel>, depth = 0): void {
  if (!v || typeof v !== 'object' || depth > 6) return;
  if (Array.isArray(v)) { for (const x of v) collect(x, nodes, rels, depth + 1); return; }
  const o = v as { kind?: string };
  if (o.kind === 'node') nodes.set((o as PlainNode).id, o as PlainNode);
  else if (o.kind === 'relationship') rels.set((o as PlainRel).id, o as PlainRel);
  else if (o.kind === 'path') { for (const n of (o as PlainPath).nodes) nodes.set(n.id, n); for (const r of (o as PlainPath).relationships) rels.set(r.id, r); }
  else for (const x of Object.values(o)) collect(x, nodes, rels, depth + 1);
}

/** Our key for a Neo4j node: the actor/concept/document id when it has one. */
function keyOf(n: PlainNode): string {
  return s(n.properties.id) ?? `neo4j:${n.id}`;
}

function nodeLabel(n: PlainNode): string {
  const p = n.properties;
  const text = s(p.text);
  return s(p.name) ?? s(p.title) ?? (text ? (text.length > 40 ? `${text.slice(0, 40)}…` : text) : undefined) ?? s(p.id) ?? n.labels[0] ?? n.id;
}

/**
 * @example
 *   const g = resultGraph(rows, full.getAttributes()); // g.order === 0 when no graph values
 */
export function resultGraph(rows: Record<string, unknown>[], base?: GraphAttrs): ActorGraph {
  const nodes = new Map<string, PlainNode>();
  const rels = new Map<string, PlainRel>();
  collect(rows, nodes, rels);
  const g: ActorGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: true });
  const keys = new Map<string, string>();
  for (const n of nodes.values()) {
    const key = keyOf(n);
    keys.set(n.id, key);
    const p = n.properties;
    const type = (TYPES.has(String(p.type)) ? p.type : 'other') as ActorType;
    g.mergeNode(key, { label: nodeLabel(n), type, country: s(p.country), aliases: Array.isArray(p.aliases) ? (p.aliases as string[]) : [], mentions: 0 });
  }
  for (const r of rels.values()) {
    const a = keys.get(r.start), b = keys.get(r.end);
    if (!a || !b) continue; // a relationship returned without its end nodes can't be drawn
    const p = r.properties;
    const evidence = Array.isArray(p.evidence) ? (p.evidence as unknown[]).map(String) : [];
    g.mergeDirectedEdgeWithKey(`${a}|${r.type}|${b}`, a, b, {
      label: s(p.label) ?? r.type.toLowerCase().replace(/_/g, ' '), type: r.type, lemma: s(p.lemma) ?? '', category: s(p.category),
      negated: p.negated === true, modality: (s(p.modality) ?? 'asserted') as Modality, count: typeof p.count === 'number' ? p.count : 1, evidence,
    });
  }
  g.replaceAttributes({ name: 'query result', evidence: base?.evidence ?? {}, docs: base?.docs ?? {} });
  return g;
}
