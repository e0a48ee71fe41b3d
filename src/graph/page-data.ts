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
 *
 * Big graphs come in two parts (splitPageGraph): the *head* holds the actors the page draws
 * first (the `cap` of highest degree) and the relations among them, placed before the page's
 * script; the *rest* goes after the script and is added once the first frame is on screen.
 * At 10k actors / 50k relations the head is a fifth of the bytes to parse before that frame.
 */
import { MultiDirectedGraph } from 'graphology';
import type { ActorType, EdgeAttrs, Modality, NodeAttrs } from '../types.js';
import type { ActorGraph, GraphAttrs } from './build.js';
import { evidenceDay } from './evidence-day.js';

type Relation = [type: string, label: string, lemma: string, category: string | null, negated: 0 | 1, modality: Modality];

export interface PageGraph {
  format: 'actorgraph-page/1';
  attributes: Omit<GraphAttrs, 'evidence'>;
  types: string[];
  /** Per node: key, label, type index, x, y, size, degree, pagerank, community, mentions, country, aliases, docCountry. */
  nodes: Array<[string, string, number, number, number, number, number, number, number, number, string | 0, string[] | 0, (string | 0)?]>;
  relations: Relation[];
  /** Per edge: source index, target index, relation index, count. */
  edges: number[];
  /** Per edge: supporting triple ids (keys of the evidence block). */
  evidence: string[][];
  /**
   * Per edge, parallel to `evidence`: each one's day (graph/evidence-day.ts) or null, for the
   * timeline. Absent when nothing in the graph is dated (the page then shows no timeline).
   */
  days?: Array<Array<number | null>>;
  /** Set on a head whose rest comes separately: what the page needs of the whole graph before it arrives. */
  whole?: WholeGraph;
}

/** Facts about the whole graph that a head alone would get wrong (drawing extent, colours, sizes, totals). */
export interface WholeGraph {
  order: number;
  size: number;
  extent: { x: [number, number]; y: [number, number] } | null;
  maxDegree: number;
  maxPagerank: number;
  /** Community ids, biggest first (ties: name of the highest-degree member), as viz/model ranks them. */
  communities: number[];
}

/** The part of a split page graph that follows the script. Edge endpoints index head nodes, then these. */
export interface PageRest {
  nodes: PageGraph['nodes'];
  edges: number[];
  evidence: string[][];
  days?: Array<Array<number | null>>;
}

/** Positions and sizes to 2 decimals, PageRank to 4 significant digits: the page can't show more. */
const r2 = (v: number | undefined) => Math.round((v ?? 0) * 100) / 100;
const sig4 = (v: number | undefined) => Number((v ?? 0).toPrecision(4));

/**
 * Highest degree first, ties by key: the order the page fills its cap in (viz/model.ts uses it too).
 * With `concept`, actors come before concepts whatever their degree: the first view of a big news
 * graph is who did what, not "people", "plans" and "way" (the concepts stay one control away).
 */
export function byDegreeOrder(degree: (n: string) => number, concept?: (n: string) => boolean): (a: string, b: string) => number {
  return (a, b) => (concept ? Number(concept(a)) - Number(concept(b)) : 0) || degree(b) - degree(a) || (a < b ? -1 : a > b ? 1 : 0);
}

export function toPageGraph(g: ActorGraph): PageGraph {
  const { evidence: records, ...attributes } = g.getAttributes();
  const types: string[] = [], typeIx = new Map<string, number>();
  const index = new Map<string, number>();
  const nodes: PageGraph['nodes'] = [];
  g.forEachNode((key, a) => {
    if (!typeIx.has(a.type)) { typeIx.set(a.type, types.length); types.push(a.type); }
    index.set(key, nodes.length);
    nodes.push([key, a.label, typeIx.get(a.type)!, r2(a.x), r2(a.y), r2(a.size), a.degree ?? 0, sig4(a.pagerank), a.community ?? 0, a.mentions ?? 0, a.country ?? 0, a.aliases?.length ? a.aliases : 0, a.docCountry ?? 0]);
  });
  const relations: Relation[] = [], relIx = new Map<string, number>();
  const edges: number[] = [], evidence: string[][] = [], days: Array<Array<number | null>> = [];
  let dated = false;
  const dayOfId = (id: string) => {
    const r = records?.[id];
    const d = r ? evidenceDay(r.time, attributes.docs?.[r.doc]?.date) : null;
    if (d !== null) dated = true;
    return d;
  };
  g.forEachEdge((key, a, s, t) => {
    if (key !== `${s}|${a.type}|${t}`) throw new Error(`actorgraph/page-data: edge key "${key}" is not "${s}|${a.type}|${t}". Build graphs with graph/build.ts.`);
    const rel: Relation = [a.type, a.label, a.lemma, a.category ?? null, a.negated ? 1 : 0, a.modality];
    const rk = JSON.stringify(rel);
    if (!relIx.has(rk)) { relIx.set(rk, relations.length); relations.push(rel); }
    edges.push(index.get(s)!, index.get(t)!, relIx.get(rk)!, a.count);
    evidence.push(a.evidence);
    days.push(a.evidence.map(dayOfId));
  });
  return { format: 'actorgraph-page/1', attributes, types, nodes, relations, edges, evidence, ...(dated ? { days } : {}) };
}

function nodeAttrs(p: PageGraph, n: PageGraph['nodes'][number]): NodeAttrs {
  const [, label, type, x, y, size, degree, pagerank, community, mentions, country, aliases, docCountry] = n;
  const a: NodeAttrs = { label, type: p.types[type] as ActorType, x, y, size, degree, pagerank, community, mentions, aliases: aliases || [] };
  if (country) a.country = country;
  if (docCountry) a.docCountry = docCountry;
  return a;
}

function addEdges(g: ActorGraph, p: PageGraph, keys: string[], edges: number[], evidence: string[][], days?: Array<Array<number | null>>): void {
  for (let i = 0, e = 0; i < edges.length; i += 4, e++) {
    const s = keys[edges[i]], t = keys[edges[i + 1]], count = edges[i + 3];
    const [type, label, lemma, category, negated, modality] = p.relations[edges[i + 2]];
    const a: EdgeAttrs = { label, type, lemma, negated: negated === 1, modality, count, evidence: evidence[e] };
    if (category !== null) a.category = category;
    if (days) a.days = days[e];
    g.addDirectedEdgeWithKey(`${s}|${type}|${t}`, s, t, a);
  }
}

/** The graph of a whole page graph, or of a head alone (addPageRest adds the rest later). */
export function fromPageGraph(p: PageGraph): ActorGraph {
  const g: ActorGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: false });
  g.replaceAttributes({ ...p.attributes, evidence: {} });
  for (const n of p.nodes) g.addNode(n[0], nodeAttrs(p, n));
  addEdges(g, p, p.nodes.map((n) => n[0]), p.edges, p.evidence, p.days);
  return g;
}

/** Community ids by size, biggest first; ties by the name of each one's highest-degree member. */
export function rankCommunities(g: ActorGraph): number[] {
  const deg = new Map<string, number>();
  g.forEachNode((n, a) => { deg.set(n, a.degree ?? 0); });
  const seen = new Map<number, { name: string; count: number }>();
  for (const n of g.nodes().sort(byDegreeOrder((x) => deg.get(x)!))) {
    const c = g.getNodeAttribute(n, 'community') ?? 0;
    const v = seen.get(c);
    if (v) v.count++; else seen.set(c, { name: g.getNodeAttribute(n, 'label'), count: 1 });
  }
  return [...seen].sort(([, a], [, b]) => b.count - a.count || a.name.localeCompare(b.name)).map(([c]) => c);
}

/**
 * Splits `p` (from toPageGraph(g)) into the head — the `cap` highest-degree actors and the
 * relations among them — and the rest. Nothing is split when the whole graph fits the cap.
 * @example
 *   const { head, rest } = splitPageGraph(g, toPageGraph(g), 1500); // rest === null for small graphs
 */
export function splitPageGraph(g: ActorGraph, p: PageGraph, cap: number): { head: PageGraph; rest: PageRest | null } {
  if (p.nodes.length <= cap) return { head: p, rest: null };
  // (the page's order: actors before concepts, then by degree, byDegreeOrder)
  const deg = (i: number) => p.nodes[i][6];
  const concept = (i: number) => Number(p.types[p.nodes[i][2]] === 'other');
  const order = p.nodes.map((_, i) => i).sort((a, b) => concept(a) - concept(b) || deg(b) - deg(a) || (p.nodes[a][0] < p.nodes[b][0] ? -1 : 1));
  const inHead = new Uint8Array(p.nodes.length);
  for (let k = 0; k < cap; k++) inHead[order[k]] = 1;
  // New node positions: head nodes first, each part in the original order.
  const at = new Int32Array(p.nodes.length);
  const headNodes: PageGraph['nodes'] = [], restNodes: PageGraph['nodes'] = [];
  p.nodes.forEach((n, i) => { if (inHead[i]) { at[i] = headNodes.length; headNodes.push(n); } });
  p.nodes.forEach((n, i) => { if (!inHead[i]) { at[i] = headNodes.length + restNodes.length; restNodes.push(n); } });
  const part = () => ({ edges: [] as number[], evidence: [] as string[][], ...(p.days ? { days: [] as Array<Array<number | null>> } : {}) });
  const head = part(), rest = part();
  for (let i = 0, e = 0; i < p.edges.length; i += 4, e++) {
    const into = inHead[p.edges[i]] && inHead[p.edges[i + 1]] ? head : rest;
    into.edges.push(at[p.edges[i]], at[p.edges[i + 1]], p.edges[i + 2], p.edges[i + 3]);
    into.evidence.push(p.evidence[e]);
    into.days?.push(p.days![e]);
  }
  let maxDegree = 0, maxPagerank = 0;
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const n of p.nodes) {
    maxDegree = Math.max(maxDegree, n[6]); maxPagerank = Math.max(maxPagerank, n[7]);
    x0 = Math.min(x0, n[3]); x1 = Math.max(x1, n[3]); y0 = Math.min(y0, n[4]); y1 = Math.max(y1, n[4]);
  }
  const whole: WholeGraph = {
    order: p.nodes.length, size: p.evidence.length, extent: { x: [x0, x1], y: [y0, y1] },
    maxDegree, maxPagerank, communities: rankCommunities(g),
  };
  return { head: { ...p, nodes: headNodes, ...head, whole }, rest: { nodes: restNodes, ...rest } };
}

/** Adds a split graph's rest to the graph made from its head by fromPageGraph. */
export function addPageRest(g: ActorGraph, head: PageGraph, rest: PageRest): void {
  const keys = head.nodes.map((n) => n[0]);
  for (const n of rest.nodes) { keys.push(n[0]); g.addNode(n[0], nodeAttrs(head, n)); }
  addEdges(g, head, keys, rest.edges, rest.evidence, rest.days);
}
