/**
 * actorgraph/store/rows — a chunk of triples → the parameter rows of each write step.
 *
 * Pure (no driver), so it is unit-tested on its own. Rows are deduplicated inside the chunk:
 * one row per document, actor, concept and evidence id, and one edge row per
 * (subject, type, object) carrying all its evidence ids. Edges are grouped by
 * (subject label, type, object label) because labels and types cannot be query parameters.
 * Self-loops are skipped, as graph/build.ts does.
 */
import type { Actor, Doc, Place, Triple } from '../types.js';
import { isSafeRelationType } from '../relation-type.js';
import { isAlias } from '../resolve/aliases.js';
import { RESERVED_RELATION_TYPES, type EndpointLabel } from './cypher.js';

export interface DocumentRow {
  id: string; title: string | null; date: string | null; source: string | null;
  /** The document's place (types.ts Place): its name and country, from its evidence or its dateline. */
  place: string | null; placeCountry: string | null;
}

/** A Document row from what the input says of it: its record (Doc) and the place its evidence carries. */
function documentRow(id: string, d: Doc | undefined, place: Place | undefined): DocumentRow {
  return {
    id, title: d?.title ?? null, date: d?.date ?? null, source: d?.source ?? null,
    place: place?.name ?? d?.place ?? null, placeCountry: place?.country ?? null,
  };
}
export interface ActorRow { id: string; name: string; type: string; country: string | null; aliases: string[] }
export interface ConceptRow { id: string; name: string }
export interface EvidenceRow { id: string; doc: string; props: Record<string, string | number | boolean> }
export interface EdgeRow {
  s: string; o: string; label: string; lemma: string; negated: boolean; modality: string;
  category: string | null; evidence: string[];
}
export interface EdgeGroup { type: string; from: EndpointLabel; to: EndpointLabel; rows: EdgeRow[] }

export interface ChunkRows {
  documents: DocumentRow[];
  actors: ActorRow[];
  concepts: ConceptRow[];
  evidence: EvidenceRow[];
  edges: EdgeGroup[];
  /** Triples left out: unsafe or reserved (store/cypher.ts) relation type, or subject = object. */
  skipped: { unsafeType: number; selfLoop: number };
  /** Triples that made it into the rows. */
  triples: number;
}

export const labelOf = (a: Pick<Actor, 'type'>): EndpointLabel => (a.type === 'other' ? 'Concept' : 'Actor');

function addActor(actors: Map<string, ActorRow>, a: Actor): void {
  let row = actors.get(a.id);
  if (!row) {
    row = { id: a.id, name: a.name, type: a.type, country: a.country ?? null, aliases: [] };
    actors.set(a.id, row);
  }
  row.country ??= a.country ?? null;
  // (a mention is an alias only when it is a name: "We", "the two countries" are not; resolve/aliases.ts)
  for (const x of [a.mention, ...(a.aliases ?? [])]) {
    if (isAlias(x, row) && !row.aliases.includes(x) && row.aliases.length < 20) row.aliases.push(x);
  }
}

/** Evidence properties (the Evidence node's, beside id): only defined scalars. */
/** The Evidence node's property names, in the order evidenceProps reads their values. */
const EVIDENCE_PROPS = ['text', 'sentence', 'doc', 'subject', 'object', 'relType', 'subjectMention', 'label', 'objectMention',
  'negated', 'modality', 'confidence', 'rule', 'time', 'attribution', 'attributionName'] as const;

function evidenceProps(t: Triple): Record<string, string | number | boolean> {
  const values = [
    t.evidence.text, t.evidence.sentence, t.evidence.doc, t.subject.id, t.object.id, t.relation.type,
    // What the sentence said, as the page's evidence panel shows it (server/graph-query.ts).
    t.subject.mention, t.relation.label, t.object.mention,
    t.relation.negated, t.relation.modality, t.confidence, t.rule, t.time, t.attribution?.id,
    // (the page says "said Andrei Belousov", not the id: server/graph-query.ts)
    t.attribution?.name,
  ];
  // (only the defined ones are set, rather than deleting the others after: a delete turns the
  // object into a slow dictionary, read once per field by the writers)
  const p: Record<string, string | number | boolean> = {};
  for (let i = 0; i < values.length; i++) if (values[i] !== undefined && values[i] !== null) p[EVIDENCE_PROPS[i]] = values[i]!;
  return p;
}

/**
 * @example
 *   const rows = toRows(triples, new Map([[doc.id, doc]]));
 *   rows.edges[0]; // { type: 'COOPERATE_WITH', from: 'Actor', to: 'Actor', rows: [{ s: 'RUS', o: 'BLR', evidence: […] }] }
 */
export function toRows(triples: Iterable<Triple>, docs: ReadonlyMap<string, Doc> = new Map()): ChunkRows {
  const documents = new Map<string, DocumentRow>();
  const actors = new Map<string, ActorRow>();
  const concepts = new Map<string, ConceptRow>();
  const evidence = new Map<string, EvidenceRow>();
  const edges = new Map<string, { group: EdgeGroup; byKey: Map<string, EdgeRow> }>();
  const skipped = { unsafeType: 0, selfLoop: 0 };
  let count = 0;

  for (const t of triples) {
    const type = t.relation.type;
    if (!isSafeRelationType(type) || RESERVED_RELATION_TYPES.has(type)) { skipped.unsafeType++; continue; }
    if (t.subject.id === t.object.id) { skipped.selfLoop++; continue; }
    count++;
    const docId = t.evidence.doc;
    if (!documents.has(docId)) {
      documents.set(docId, documentRow(docId, docs.get(docId), t.evidence.place));
    }
    for (const a of [t.subject, t.object]) {
      if (labelOf(a) === 'Concept') { if (!concepts.has(a.id)) concepts.set(a.id, { id: a.id, name: a.name }); }
      else addActor(actors, a);
    }
    // (an id new to the chunk is new to its edge: only a repeated id is looked for in the edge's list)
    const newId = !evidence.has(t.id);
    if (newId) evidence.set(t.id, { id: t.id, doc: docId, props: evidenceProps(t) });

    const from = labelOf(t.subject), to = labelOf(t.object);
    const gk = `${from}|${type}|${to}`;
    let g = edges.get(gk);
    if (!g) { g = { group: { type, from, to, rows: [] }, byKey: new Map() }; edges.set(gk, g); }
    const ek = `${t.subject.id}\u0000${t.object.id}`;
    let row = g.byKey.get(ek);
    if (!row) {
      row = { s: t.subject.id, o: t.object.id, label: t.relation.label, lemma: t.relation.lemma,
        negated: t.relation.negated, modality: t.relation.modality, category: t.relation.category ?? null, evidence: [] };
      g.byKey.set(ek, row);
      g.group.rows.push(row);
    }
    if (newId || !row.evidence.includes(t.id)) row.evidence.push(t.id);
  }
  // Documents that yielded no triple still become Document nodes: the graph knows what was read.
  for (const d of docs.values()) {
    if (!documents.has(d.id)) documents.set(d.id, documentRow(d.id, d, undefined));
  }
  return {
    documents: [...documents.values()], actors: [...actors.values()], concepts: [...concepts.values()],
    evidence: [...evidence.values()], edges: [...edges.values()].map((g) => g.group), skipped, triples: count,
  };
}
