/**
 * actorgraph/store/cypher — every Cypher string the loader sends, as a named constant.
 *
 * All values travel as $params, relationship types included (Neo4j 5.26 dynamic types, see
 * mergeEdgesCypher); they are still checked with isSafeRelationType() (THE whitelist, in
 * extract/relation-label.ts) before they are sent. Node labels come from a closed set. The naive
 * loader of the benchmark splices its type, checked here.
 *
 * Graph model:
 *   (:Actor {id, name, type, country, aliases})   (:Concept {id, name})   objects of type "other"
 *   (:Document {id, title, date, source, place, placeCountry})
 *   (:Evidence {id, text, sentence, doc, subject, object, relType, subjectMention, label, objectMention,
 *               negated, modality, confidence, rule, time, attribution, attributionName})-[:IN]->(:Document)
 *   (subject)-[:TYPE {label, lemma, negated, modality, category, count, evidence: [triple ids]}]->(object)
 * A relationship cannot be the end of another one, so an edge keeps its Evidence ids in `evidence`
 * and Evidence.id is indexed (unique) to go back to the sentences.
 */
import { isSafeRelationType, RESERVED_RELATION_TYPES } from '../relation-type.js';
import { StoreError } from '../errors.js';

/** (kept beside the one normaliser, which never makes one: extract/relation-label.ts) */
export { RESERVED_RELATION_TYPES };

/** Node labels an edge may join: a closed set, so safe to splice. */
export type EndpointLabel = 'Actor' | 'Concept';
export const ENDPOINT_LABELS: readonly EndpointLabel[] = ['Actor', 'Concept'];

export const CONSTRAINTS: readonly string[] = [
  'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (n:Concept) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE',
  // store/lease.ts: two loads that MERGE the lease at once find one node.
  'CREATE CONSTRAINT load_lease_id IF NOT EXISTS FOR (n:LoadLease) REQUIRE n.id IS UNIQUE',
];

/**
 * Why `CYPHER replan=skip`: a load changes the graph's size by orders of magnitude (an empty store
 * → 30k nodes), so Neo4j keeps re-planning each statement as its statistics diverge; the plans
 * here are unique-index seeks whatever the statistics say. Skipping the re-plans cut the server's
 * CPU for a fresh BBC load from ~5.1 s to ~2.9 s (scripts/bench-load.ts, same run).
 */
const PLAN = 'CYPHER replan=skip';

/**
 * The columnar statements (evidence, edges) start by splitting their joined columns back into
 * lists: col[c][i] is the value of column c in row i (store/columns.ts says why and how). A typed
 * column is a one-key map ({n}, {b} or {z}), so the statement needs no string literal.
 */
const UNPACK_COLUMNS = `[c IN $cols | CASE
  WHEN c IS :: STRING THEN split(c, $sep)
  WHEN c IS :: MAP AND c.n IS NOT NULL THEN [x IN split(c.n, $sep) | toFloat(x)]
  WHEN c IS :: MAP AND c.b IS NOT NULL THEN [x IN split(c.b, $sep) | toBoolean(x)]
  WHEN c IS :: MAP AND c.z IS NOT NULL THEN [x IN split(c.z, $sep) | CASE WHEN x = $nul THEN null ELSE x END]
  ELSE c END] AS col`;
/** A list-valued field of row i, joined with SEP2 when its column was joined (store/columns.ts). */
const unpackList = (expr: string) => `CASE WHEN ${expr} IS :: STRING THEN split(${expr}, $sep2) ELSE ${expr} END`;

/**
 * Title, date, source and place (its name and country, types.ts Place) are filled in when a later
 * load knows them; a known value is never blanked.
 */
export const MERGE_DOCUMENTS = `${PLAN}
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d.title = row.title, d.date = row.date, d.source = row.source, d.place = row.place, d.placeCountry = row.placeCountry
WITH d, row
WHERE (d.title IS NULL AND row.title IS NOT NULL) OR (d.date IS NULL AND row.date IS NOT NULL) OR (d.source IS NULL AND row.source IS NOT NULL)
  OR (d.place IS NULL AND row.place IS NOT NULL)
SET d.title = coalesce(d.title, row.title), d.date = coalesce(d.date, row.date), d.source = coalesce(d.source, row.source),
  d.place = coalesce(d.place, row.place), d.placeCountry = CASE WHEN d.place IS NULL THEN row.placeCountry ELSE d.placeCountry END`;

/** `load --replace`: the input's title, date, source and place win over the stored ones (a missing one keeps the stored value). */
export const MERGE_DOCUMENTS_REPLACING = `${PLAN}
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.title = coalesce(row.title, d.title), d.date = coalesce(row.date, d.date), d.source = coalesce(row.source, d.source),
  d.placeCountry = CASE WHEN row.place IS NULL THEN d.placeCountry ELSE row.placeCountry END, d.place = coalesce(row.place, d.place)`;

/** Aliases grow as a union (at most 20, as in graph/build.ts); the WHERE skips no-op writes on a reload. */
export const MERGE_ACTORS = `${PLAN}
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.type = row.type, a.country = row.country, a.aliases = row.aliases
WITH a, row, [x IN row.aliases WHERE NOT x IN coalesce(a.aliases, [])] AS fresh
WHERE (size(fresh) > 0 AND size(coalesce(a.aliases, [])) < 20) OR (a.country IS NULL AND row.country IS NOT NULL)
SET a.aliases = (coalesce(a.aliases, []) + fresh)[..20], a.country = coalesce(a.country, row.country)`;

export const MERGE_CONCEPTS = `${PLAN}
UNWIND $rows AS row
MERGE (c:Concept {id: row.id})
ON CREATE SET c.name = row.name`;

/** The columns of an evidence batch ($cols, store/columns.ts), in this order: id, then the fields. */
export const EVIDENCE_FIELDS = ['text', 'sentence', 'doc', 'subject', 'object', 'relType', 'subjectMention', 'label', 'objectMention',
  'negated', 'modality', 'confidence', 'rule', 'time', 'attribution', 'attributionName'] as const;

/**
 * One Evidence node per triple id, created together with its -[:IN]-> link in one transaction,
 * so an Evidence node that exists always has its link, to the document its id was hashed with.
 * Rows come sorted by document: $docs lists a batch's documents, rows $starts[k] up to
 * $starts[k + 1] belong to $docs[k].
 * Why per document: an id is known when the document already links to it, so one index seek and
 * one walk of a few IN links per document replace two index seeks per row (the known-id check
 * and the document) — index seeks were ~40% of the server's query time (JFR profile of a load).
 * Why CREATE, not MERGE: MERGE locks and re-checks every row; nothing is left to check here.
 */
export const MERGE_EVIDENCE = `${PLAN}
WITH ${UNPACK_COLUMNS}
UNWIND range(0, size($docs) - 1) AS k
MATCH (d:Document {id: $docs[k]})
WITH col, k, d, [(d)<-[:IN]-(e:Evidence) | e.id] AS known
UNWIND range($starts[k], $starts[k + 1] - 1) AS i
WITH col, d, i, known WHERE NOT col[0][i] IN known
CREATE (:Evidence {id: col[0][i], ${EVIDENCE_FIELDS.map((f, i) => `${f}: col[${i + 1}][i]`).join(', ')}})-[:IN]->(d)`;

/** The columns of an edge batch, after the subject ($subjects/$starts): the type travels as a value. */
export const EDGE_FIELDS = ['o', 'type', 'label', 'lemma', 'negated', 'modality', 'category', 'evidence'] as const;

/**
 * One relationship per (subject, type, object), for every relation type of a label pair at once.
 * `count` grows only by evidence ids not yet on the edge, which makes a reload a no-op and a
 * resumed load exact. RETURNs how many edges that were already there grew. Rows come sorted by
 * subject ($subjects, $starts as for evidence): one index seek per subject, not per row.
 *
 * Why the type is a value ($(col[1][i]), Neo4j 5.26) and not spliced per type: news text has
 * thousands of relation types (BBC: 4,429 in 18k triples), and one query text per type meant one
 * Cypher planning and one transaction per type — 90+% of the load time (scripts/bench-load.ts).
 * Why a pattern comprehension + CREATE and not MERGE (s)-[:$(type)]->(o): in 5.26 a MERGE on a
 * dynamic type is planned as a scan of ALL relationships per row; the static pattern with a type
 * filter is an Expand(Into) between the two endpoints. Rows are unique per (s, type, o) within a
 * load, so no two rows of one load create the same edge. Types are still whitelisted
 * (isSafeRelationType) in rows.ts and write.ts. Endpoint labels come from the closed set EndpointLabel.
 */
export function mergeEdgesCypher(from: EndpointLabel, to: EndpointLabel): string {
  if (!ENDPOINT_LABELS.includes(from) || !ENDPOINT_LABELS.includes(to)) {
    throw new StoreError(`refusing endpoint labels ${JSON.stringify([from, to])}`, { hint: 'Edges join Actor and Concept nodes only.' });
  }
  return `${PLAN}
WITH ${UNPACK_COLUMNS}
UNWIND range(0, size($subjects) - 1) AS k
MATCH (s:${from} {id: $subjects[k]})
UNWIND range($starts[k], $starts[k + 1] - 1) AS i
MATCH (o:${to} {id: col[0][i]})
WITH s, o, col, i, ${unpackList('col[7][i]')} AS ev
WITH s, o, col, i, ev, [(s)-[r]->(o) WHERE type(r) = col[1][i] | r][0] AS known
FOREACH (_ IN CASE WHEN known IS NULL THEN [1] ELSE [] END |
  CREATE (s)-[:$(col[1][i]) {label: col[2][i], lemma: col[3][i], negated: col[4][i], modality: col[5][i], category: col[6][i],
                             count: size(ev), evidence: ev}]->(o))
WITH known, [x IN ev WHERE NOT x IN known.evidence] AS fresh
WHERE known IS NOT NULL AND size(fresh) > 0
SET known.evidence = known.evidence + fresh, known.count = known.count + size(fresh)
RETURN count(known) AS grown`;
}

/**
 * `load --replace`: take the documents $docs out of the graph before their new triples go in.
 * Their Evidence nodes go (with the IN links); every edge they supported loses those ids and that
 * much `count`, and is deleted when nothing supports it any more; an actor or concept left with no
 * relationship at all goes too. The Document nodes stay (the load that follows MERGEs them).
 * Edges are found from the Evidence's own subject/relType/object (the reason Evidence keeps them):
 * one row per edge, its ids from all the batch's documents at once. An endpoint is an Actor or a
 * Concept; two OPTIONAL index seeks find it (a label disjunction would scan). Aggregating with no
 * grouping key returns one row, also when the documents were not in the graph (so does the orphan
 * subquery's count). Why the subquery: a DISTINCT over rows that also carry the id lists made the
 * server account each row's copy of both lists (quadratic: 1,000 BBC documents ran out of its
 * transaction memory with a 2 GB heap); here it sees only the node. It returns
 * the element ids of the edges deleted and trimmed, so that an edge trimmed by one transaction and
 * deleted by a later one is counted once (store/replace.ts).
 */
export const REMOVE_DOCUMENTS = `${PLAN}
UNWIND $docs AS docId
MATCH (:Document {id: docId})<-[:IN]-(e:Evidence)
WITH e.subject AS sid, e.relType AS type, e.object AS oid, collect(e.id) AS ids, collect(e) AS gone
FOREACH (x IN gone | DETACH DELETE x)
WITH sid, type, oid, ids
OPTIONAL MATCH (sa:Actor {id: sid})
OPTIONAL MATCH (sc:Concept {id: sid})
OPTIONAL MATCH (oa:Actor {id: oid})
OPTIONAL MATCH (oc:Concept {id: oid})
WITH coalesce(sa, sc) AS s, coalesce(oa, oc) AS o, type, ids
WITH s, o, ids, [(s)-[r]->(o) WHERE type(r) = type | r][0] AS r
WITH s, o, ids, r, elementId(r) AS rid, CASE WHEN r IS NULL THEN null ELSE [x IN r.evidence WHERE NOT x IN ids] END AS kept
FOREACH (_ IN CASE WHEN r IS NOT NULL AND size(kept) = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN size(kept) > 0 THEN [1] ELSE [] END | SET r.evidence = kept, r.count = size(kept))
WITH sum(size(ids)) AS evidence, collect(CASE WHEN size(kept) = 0 THEN rid END) AS deleted,
     collect(CASE WHEN size(kept) > 0 THEN rid END) AS trimmed, collect(s) + collect(o) AS ends
CALL {
  WITH ends
  UNWIND ends AS n
  WITH DISTINCT n WHERE NOT EXISTS { (n)--() }
  DELETE n
  RETURN count(n) AS orphans
}
RETURN evidence, deleted, trimmed, orphans`;

/** `actorgraph remove`: after REMOVE_DOCUMENTS, the Document nodes themselves (those nothing links to any more). */
export const DELETE_DOCUMENTS = `${PLAN}
UNWIND $docs AS docId
MATCH (d:Document {id: docId})
WHERE NOT EXISTS { (d)<-[:IN]-() }
DELETE d
RETURN count(d) AS documents`;

/** Which of $docs the graph holds (the others are reported as unknown before anything is removed). */
export const KNOWN_DOCUMENTS = `UNWIND $docs AS docId
MATCH (d:Document {id: docId})
RETURN collect(d.id) AS known`;

/**
 * The naive loader scripts/bench-load.ts measures against: the same model, one triple per
 * transaction, every node and link MERGEd on its own. Params: $doc {id, title, date, source},
 * $s/$o {id, props}, $id, $ev (Evidence properties), $edge {label, lemma, negated, modality, category}.
 */
export function naiveTripleCypher(type: string, from: EndpointLabel, to: EndpointLabel): string {
  if (!isSafeRelationType(type)) throw new StoreError(`refusing relationship type ${JSON.stringify(type)}: not UPPER_SNAKE`);
  return `
MERGE (d:Document {id: $doc.id}) ON CREATE SET d.title = $doc.title, d.date = $doc.date, d.source = $doc.source
MERGE (s:${from} {id: $s.id}) ON CREATE SET s += $s.props
MERGE (o:${to} {id: $o.id}) ON CREATE SET o += $o.props
MERGE (e:Evidence {id: $id}) ON CREATE SET e += $ev
MERGE (e)-[:IN]->(d)
MERGE (s)-[r:${type}]->(o) ON CREATE SET r += $edge, r.count = 0, r.evidence = []
WITH r WHERE NOT $id IN r.evidence
SET r.evidence = r.evidence + $id, r.count = r.count + 1`;
}

/**
 * After a bulk import (store/bulk/bulk-load.ts): `load` gives every actor an `aliases` list, an
 * empty one too, but an import file cannot say "empty list" (the importer reads an empty field as
 * no value), so the actors left without one get [] here: a few rows, auto-committed in batches.
 */
export const EMPTY_ALIASES = `MATCH (a:Actor) WHERE a.aliases IS NULL
CALL { WITH a SET a.aliases = [] } IN TRANSACTIONS OF 10000 ROWS`;
