/**
 * actorgraph/graph/page-data — the graph as the static page embeds it: columns instead of
 * graphology's export objects.
 *
 * Why a second format: graph.json repeats every attribute name on every edge (`"label":`,
 * `"lemma":`, `"modality":` …) and spells each edge key out; for 50k edges that is ~11 MB the
 * browser must tokenise, parse and garbage-collect before the first frame. Here each distinct
 * relation (type, label, lemma, category, negated, modality) is stored once, edges are four
 * integers plus their evidence ids, and keys are rebuilt as build.ts makes them
 * (`subject|TYPE|object`). graph.json stays graphology's format for other tools.
 */
import { MultiDirectedGraph } from 'graphology';
import type { ActorType, EdgeAttrs, Modality, NodeAttrs } from '../types.js';
import type { ActorGraph, GraphAttrs } from './build.js';

type Relation = [type: string, label: string, lemma: string, category: string | null, negated: 0 | 1, modality: Modality];

export interface PageGraph {
  format: 'actorgraph-page/1';
  attributes: Omit<GraphAttrs, 'evidence'>;
  types: string[];
  /** Per node: key, label, type index, x, y, size, degree, pagerank, community, mentions, country, aliases. */
  nodes: Array<[string, string, number, number, number, number, number, number, number, number, string | 0, string[] | 0]>;
  relations: Relation[];
  /** Per edge: source index, target index, relation index, count. */
  edges: number[];
  /** Per edge: supporting triple ids (keys of the evidence block). */
  evidence: string[][];
}

/** Positions and sizes to 2 decimals, PageRank to 4 significant digits: the page can't show more. */
const r2 = (v: number | undefined) => Math.round((v ?? 0) * 100) / 100;
const sig4 = (v: number | undefined) => Number((v ?? 0).toPrecision(4));

export function toPageGraph(g: ActorGraph): PageGraph {
  const { evidence: _evidence, ...attributes } = g.getAttributes();
  const types: string[] = [], typeIx = new Map<string, number>();
  const index = new Map<string, number>();
  const nodes: PageGraph['nodes'] = [];
  g.forEachNode((key, a) => {
    if (!typeIx.has(a.type)) { typeIx.set(a.type, types.length); types.push(a.type); }
    index.set(key, nodes.length);
    nodes.push([key, a.label, typeIx.get(a.type)!, r2(a.x), r2(a.y), r2(a.size), a.degree ?? 0, sig4(a.pagerank), a.community ?? 0, a.mentions ?? 0, a.country ?? 0, a.aliases?.length ? a.aliases : 0]);
  });
  const relations: Relation[] = [], relIx = new Map<string, number>();
  const edges: number[] = [], evidence: string[][] = [];
  g.forEachEdge((key, a, s, t) => {
    if (key !== `${s}|${a.type}|${t}`) throw new Error(`actorgraph/page-data: edge key "${key}" is not "${s}|${a.type}|${t}". Build graphs with graph/build.ts.`);
    const rel: Relation = [a.type, a.label, a.lemma, a.category ?? null, a.negated ? 1 : 0, a.modality];
    const rk = JSON.stringify(rel);
    if (!relIx.has(rk)) { relIx.set(rk, relations.length); relations.push(rel); }
    edges.push(index.get(s)!, index.get(t)!, relIx.get(rk)!, a.count);
    evidence.push(a.evidence);
  });
  return { format: 'actorgraph-page/1', attributes, types, nodes, relations, edges, evidence };
}

export function fromPageGraph(p: PageGraph): ActorGraph {
  const g: ActorGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: false });
  g.replaceAttributes({ ...p.attributes, evidence: {} });
  const keys: string[] = new Array(p.nodes.length);
  p.nodes.forEach(([key, label, type, x, y, size, degree, pagerank, community, mentions, country, aliases], i) => {
    keys[i] = key;
    const a: NodeAttrs = { label, type: p.types[type] as ActorType, x, y, size, degree, pagerank, community, mentions, aliases: aliases || [] };
    if (country) a.country = country;
    g.addNode(key, a);
  });
  for (let i = 0, e = 0; i < p.edges.length; i += 4, e++) {
    const s = keys[p.edges[i]], t = keys[p.edges[i + 1]], count = p.edges[i + 3];
    const [type, label, lemma, category, negated, modality] = p.relations[p.edges[i + 2]];
    const a: EdgeAttrs = { label, type, lemma, negated: negated === 1, modality, count, evidence: p.evidence[e] };
    if (category !== null) a.category = category;
    g.addDirectedEdgeWithKey(`${s}|${type}|${t}`, s, t, a);
  }
  return g;
}
