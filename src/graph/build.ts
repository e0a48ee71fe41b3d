/**
 * actorgraph/graph/build — triples → a graphology multi-directed graph.
 *
 * One node per canonical actor (or concept), one edge per (subject, relation type, object):
 * repeated facts merge into the same edge, with `count` incremented and the supporting triple
 * ids kept as provenance (GraphRAG's merge on (source, target), keyed by type as well).
 * The evidence itself (sentence, doc title/date, highlighted words) lives once in the graph
 * attributes so the page can show it without duplicating sentences on every edge.
 */
import { MultiDirectedGraph } from 'graphology';
import type { Doc, EdgeAttrs, NodeAttrs, Triple, Actor, Place } from '../types.js';
import { headline, titleFromEvidence } from './headline.js';
import { isAlias } from '../resolve/aliases.js';
import { assignDocCountries } from './doc-country.js';

/** One evidence record as the page shows it. */
export interface EvidenceRecord {
  doc: string;
  sentence: number;
  text: string;
  subject: string;
  relation: string;
  object: string;
  negated: boolean;
  modality: string;
  time?: string;
  attribution?: string;
  rule: string;
  confidence: number;
}

/** What the page knows of a document: the evidence panel shows it under the document's first sentence. */
export interface DocInfo { title?: string; date?: string; source?: string; place?: Pick<Place, 'name' | 'country'> }

export interface GraphAttrs {
  name: string;
  evidence: Record<string, EvidenceRecord>;
  docs: Record<string, DocInfo>;
}

export type ActorGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;

export function edgeKey(t: Pick<Triple, 'subject' | 'object' | 'relation'>): string {
  return `${t.subject.id}|${t.relation.type}|${t.object.id}`;
}


function mergeActor(g: ActorGraph, a: Actor, mentionIds: Map<string, Set<string>>): void {
  // mergeNode would overwrite attributes on every triple (mentions back to 0): set them once.
  if (!g.hasNode(a.id)) g.addNode(a.id, { label: a.name, type: a.type, mentions: 0 });
  if (a.mention) mentionIds.set(a.mention, (mentionIds.get(a.mention) ?? new Set()).add(a.id));
  g.updateNodeAttributes(a.id, (attrs) => {
    const aliases = new Set(attrs.aliases ?? []);
    for (const x of [a.mention, ...(a.aliases ?? [])]) if (isAlias(x, a)) aliases.add(x);
    return { ...attrs, country: attrs.country ?? a.country, aliases: [...aliases].slice(0, 20), mentions: attrs.mentions + 1 };
  });
}

/**
 * A mention that named several actors ("the two countries", "both sides") is a pair, not an
 * alias of either: it would make a search for it pick one at random.
 */
function dropSharedMentions(g: ActorGraph, mentionIds: Map<string, Set<string>>): void {
  const shared = new Set([...mentionIds].filter(([, ids]) => ids.size > 1).map(([m]) => m));
  if (!shared.size) return;
  g.forEachNode((n, a) => {
    if (a.aliases?.some((x) => shared.has(x))) g.setNodeAttribute(n, 'aliases', a.aliases.filter((x) => !shared.has(x)));
  });
}

/**
 * @example
 *   const g = buildGraph(triples, docs);
 *   g.order; // number of actors and concepts
 */
export function buildGraph(triples: Iterable<Triple>, docs: Iterable<Doc> = [], name = 'actorgraph'): ActorGraph {
  const b = new GraphBuilder(name);
  for (const d of docs) b.addDoc(d);
  for (const t of triples) b.add(t);
  return b.finish();
}

/**
 * buildGraph a triple at a time, for callers that stream (page/build-site.ts): the triples need
 * not be held anywhere but in the graph.
 */
export class GraphBuilder {
  private readonly g: ActorGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: false });
  private readonly attrs: GraphAttrs;
  private readonly mentionIds = new Map<string, Set<string>>();

  constructor(name = 'actorgraph') {
    this.attrs = { name, evidence: {}, docs: {} };
  }

  addDoc(d: Doc): void {
    this.attrs.docs[d.id] = { title: d.title ?? headline(d.text), date: d.date, source: d.source, ...(d.place ? { place: { name: d.place } } : {}) };
  }

  add(t: Triple): void {
    const { g, attrs, mentionIds } = this;
    if (t.subject.id === t.object.id) return;
    mergeActor(g, t.subject, mentionIds);
    mergeActor(g, t.object, mentionIds);
    const key = edgeKey(t);
    if (!g.hasEdge(key)) {
      g.addDirectedEdgeWithKey(key, t.subject.id, t.object.id, {
        label: t.relation.label, type: t.relation.type, lemma: t.relation.lemma, category: t.relation.category,
        negated: t.relation.negated, modality: t.relation.modality, count: 0, evidence: [],
      });
    }
    // (in place, and the id looked up in the evidence map, not the list: copying or scanning an
    // edge's list on each triple is quadratic in its evidence; a triple's id hashes its edge key)
    const e = g.getEdgeAttributes(key);
    e.count++;
    if (!Object.hasOwn(attrs.evidence, t.id)) e.evidence.push(t.id);
    // The document's place travels with its evidence (a triples file has no document records);
    // the evidence's, from the extractor, knows the place's country.
    if (t.evidence.place && !attrs.docs[t.evidence.doc]?.place?.country) attrs.docs[t.evidence.doc] = { ...attrs.docs[t.evidence.doc], place: { name: t.evidence.place.name, country: t.evidence.place.country } };
    attrs.evidence[t.id] = {
      doc: t.evidence.doc, sentence: t.evidence.sentence, text: t.evidence.text,
      subject: t.subject.mention, relation: t.spans?.rel ?? t.relation.label, object: t.object.mention,
      negated: t.relation.negated, modality: t.relation.modality, time: t.time, attribution: t.attribution?.name,
      rule: t.rule, confidence: t.confidence,
    };
  }

  finish(): ActorGraph {
    dropSharedMentions(this.g, this.mentionIds);
    titleFromEvidence(this.attrs);
    this.g.replaceAttributes(this.attrs);
    assignDocCountries(this.g);
    return this.g;
  }
}
