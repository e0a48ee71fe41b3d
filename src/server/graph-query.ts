/**
 * actorgraph/server/graph-query — the page's graph read back from Neo4j: the `limit` actors
 * and concepts with most relationships, the relationships among them, and their evidence
 * (sentence, mentions, document) so the side panel works as on the static page. A graph that
 * breaks the loader's invariants (store/check.ts) is still drawn: a duplicate edge is folded.
 */
import { MultiDirectedGraph } from 'graphology';
import type { Store } from '../store/connection.js';
import { runQuery } from '../store/read.js';
import type { ActorGraph, EvidenceRecord, GraphAttrs } from '../graph/build.js';
import type { ActorType, EdgeAttrs, Modality, NodeAttrs } from '../types.js';
import { evidenceDay } from '../graph/evidence-day.js';
import { assignDocCountries } from '../graph/doc-country.js';
import { titleFromEvidence } from '../graph/headline.js';

export const TOP_NODES = `
MATCH (a) WHERE a:Actor OR a:Concept
WITH a, COUNT { (a)--() } AS degree
ORDER BY degree DESC, a.id
LIMIT toInteger($limit)
// Mentions as the static page counts them (graph/build.ts): one per triple naming the actor,
// which is the evidence count of its relationships, summed.
RETURN a.id AS id, a.name AS name, a.type AS type, a.country AS country, a.aliases AS aliases, a:Concept AS concept,
  COLLECT { MATCH (a)-[r]-() RETURN r.count } AS counts`;

export const EDGES_AMONG = `
MATCH (a)-[r]->(b)
WHERE a.id IN $ids AND b.id IN $ids AND (a:Actor OR a:Concept) AND (b:Actor OR b:Concept)
RETURN a.id AS s, b.id AS o, type(r) AS type, properties(r) AS p`;

export const EVIDENCE_OF = `
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
OPTIONAL MATCH (e)-[:IN]->(d:Document)
// The speaker by name, as the static page shows it: loads since the speaker's name is kept on the
// evidence carry it; older ones have only its id, named by its Actor node when there is one.
OPTIONAL MATCH (sp:Actor {id: e.attribution})
RETURN e.id AS id, properties(e) AS p, d.id AS doc, d.title AS title, d.date AS date, d.source AS source,
  d.place AS place, d.placeCountry AS placeCountry,
  coalesce(e.attributionName, sp.name, e.attribution) AS speaker`;

const ACTOR_TYPES = new Set<ActorType>(['country', 'organization', 'person', 'group', 'location', 'other']);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/**
 * @example
 *   const g = await readGraph(store, 1500); // then enrichGraph + layoutGraph as for build
 */
export async function readGraph(store: Store, limit: number): Promise<ActorGraph> {
  const g: ActorGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: false });
  const attrs: GraphAttrs = { name: store.database === 'neo4j' ? 'neo4j' : `neo4j-${store.database}`, evidence: {}, docs: {} };
  const nodes = await runQuery(store, TOP_NODES, { limit: Math.floor(limit) });
  for (const r of nodes.rows) {
    const id = String(r.id);
    const type = ACTOR_TYPES.has(r.type as ActorType) ? (r.type as ActorType) : 'other';
    g.mergeNode(id, { label: str(r.name) ?? id, type, country: str(r.country), aliases: Array.isArray(r.aliases) ? (r.aliases as string[]) : [],
      mentions: Array.isArray(r.counts) ? (r.counts as unknown[]).reduce<number>((k, c) => k + (typeof c === 'number' ? c : 0), 0) : 0 });
  }
  const ids = g.nodes();
  const edges = await runQuery(store, EDGES_AMONG, { ids });
  const evidenceIds = new Set<string>();
  for (const r of edges.rows) {
    const p = (r.p ?? {}) as Record<string, unknown>;
    const evidence = Array.isArray(p.evidence) ? (p.evidence as unknown[]).map(String) : [];
    evidence.forEach((e) => evidenceIds.add(e));
    const s = String(r.s), o = String(r.o), type = String(r.type);
    if (s === o || !g.hasNode(s) || !g.hasNode(o)) continue;
    const key = `${s}|${type}|${o}`;
    if (g.hasEdge(key)) {
      // A duplicate edge (two overlapping loads of an old version; `actorgraph check --repair`
      // folds it): drawn once with the union of the evidence, never a 500 for the whole page.
      const union = [...new Set([...(g.getEdgeAttribute(key, 'evidence') as string[]), ...evidence])];
      g.mergeEdgeAttributes(key, { evidence: union, count: union.length });
      continue;
    }
    g.addDirectedEdgeWithKey(key, s, o, {
      label: str(p.label) ?? type.toLowerCase().replace(/_/g, ' '), type, lemma: str(p.lemma) ?? '', category: str(p.category),
      negated: p.negated === true, modality: (str(p.modality) ?? 'asserted') as Modality, count: typeof p.count === 'number' ? p.count : evidence.length, evidence,
    });
  }
  const ev = await runQuery(store, EVIDENCE_OF, { ids: [...evidenceIds] });
  for (const r of ev.rows) {
    const p = (r.p ?? {}) as Record<string, unknown>;
    const doc = str(r.doc) ?? str(p.doc) ?? '';
    const rec: EvidenceRecord = {
      doc, sentence: typeof p.sentence === 'number' ? p.sentence : 0, text: str(p.text) ?? '',
      subject: str(p.subjectMention) ?? '', relation: str(p.label) ?? '', object: str(p.objectMention) ?? '',
      negated: p.negated === true, modality: str(p.modality) ?? 'asserted', time: str(p.time), attribution: str(r.speaker),
      rule: str(p.rule) ?? '', confidence: typeof p.confidence === 'number' ? p.confidence : 0,
    };
    attrs.evidence[String(r.id)] = rec;
    if (doc && !attrs.docs[doc]) {
      const place = str(r.place), country = str(r.placeCountry);
      attrs.docs[doc] = { title: str(r.title), date: str(r.date), source: str(r.source),
        ...(place ? { place: { name: place, ...(country ? { country } : {}) } } : {}) };
    }
  }
  // Document nodes loaded from a triples file have no title: named by their headline evidence.
  titleFromEvidence(attrs);
  // The page's timeline reads each edge's evidence days, as on the static page (graph/page-data.ts).
  g.forEachEdge((e, a) => {
    const days = a.evidence.map((id) => { const r = attrs.evidence[id]; return r ? evidenceDay(r.time, attrs.docs[r.doc]?.date) : null; });
    if (days.some((d) => d !== null)) g.setEdgeAttribute(e, 'days', days);
  });
  g.replaceAttributes(attrs);
  assignDocCountries(g);
  return g;
}
