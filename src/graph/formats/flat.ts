/**
 * actorgraph/graph/formats/flat — a node's or an edge's attributes as one flat record of scalars,
 * the shape every file export writes (GraphML, GEXF, CSV).
 *
 * The columns are fixed, in this order, so every export of every graph has the same ones:
 * nodes  id, label, type, country, aliases, mentions, degree, pagerank, community
 * edges  id, source, target, relation, label, lemma, category, negated, modality, count, evidence
 * Lists (aliases, evidence ids) are joined with LIST_SEP, as the page's GEXF export does: GraphML
 * and Gephi's spreadsheet import have no list type. The relation type is `relation` and not `type`
 * because Gephi reads an edge column named `type` as directed/undirected.
 * Missing values are absent (undefined), never empty strings: each format writes "no value" its way.
 */
import type { ActorGraph } from '../build.js';

export const LIST_SEP = ';';

export type Scalar = string | number | boolean | undefined;
export type ColumnType = 'string' | 'int' | 'double' | 'boolean';

export const NODE_COLUMNS = [
  ['id', 'string'], ['label', 'string'], ['type', 'string'], ['country', 'string'], ['aliases', 'string'],
  ['mentions', 'int'], ['degree', 'int'], ['pagerank', 'double'], ['community', 'int'],
] as const satisfies readonly (readonly [string, ColumnType])[];

export const EDGE_COLUMNS = [
  ['id', 'string'], ['source', 'string'], ['target', 'string'], ['relation', 'string'], ['label', 'string'], ['lemma', 'string'],
  ['category', 'string'], ['negated', 'boolean'], ['modality', 'string'], ['count', 'int'], ['evidence', 'string'],
] as const satisfies readonly (readonly [string, ColumnType])[];

export type NodeRecord = Record<(typeof NODE_COLUMNS)[number][0], Scalar>;
export type EdgeRecord = Record<(typeof EDGE_COLUMNS)[number][0], Scalar>;

const list = (xs: string[] | undefined): string | undefined => (xs && xs.length ? xs.join(LIST_SEP) : undefined);

/** Every node, in the graph's order (insertion order: deterministic for a given input). */
export function nodeRecords(g: ActorGraph): NodeRecord[] {
  return g.mapNodes((id, a) => ({
    id, label: a.label, type: a.type, country: a.country, aliases: list(a.aliases),
    mentions: a.mentions, degree: a.degree, pagerank: a.pagerank, community: a.community,
  }));
}

/** Every edge, in the graph's order; `id` is the edge key (subject|TYPE|object, graph/build.ts). */
export function edgeRecords(g: ActorGraph): EdgeRecord[] {
  return g.mapEdges((id, a, source, target) => ({
    id, source, target, relation: a.type, label: a.label, lemma: a.lemma, category: a.category,
    negated: a.negated, modality: a.modality, count: a.count, evidence: list(a.evidence),
  }));
}
