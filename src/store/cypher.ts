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
 *   (:Document {id, title, date, source})
 *   (:Evidence {id, text, sentence, doc, subject, object, relType, subjectMention, label, objectMention,
 *               negated, modality, confidence, rule, time, attribution})-[:IN]->(:Document)
 *   (subject)-[:TYPE {label, lemma, negated, modality, category, count, evidence: [triple ids]}]->(object)
 * A relationship cannot be the end of another one, so an edge keeps its Evidence ids in `evidence`
 * and Evidence.id is indexed (unique) to go back to the sentences.
 */
import { isSafeRelationType } from '../extract/relation-label.js';
import { StoreError } from '../errors.js';

/** Node labels an edge may join: a closed set, so safe to splice. */
export type EndpointLabel = 'Actor' | 'Concept';
export const ENDPOINT_LABELS: readonly EndpointLabel[] = ['Actor', 'Concept'];

export const CONSTRAINTS: readonly string[] = [
  'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (n:Concept) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE',
];

/** Title, date, source are filled in when a later load knows them; a known value is never blanked. */
export const MERGE_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d.title = row.title, d.date = row.date, d.source = row.source
WITH d, row
WHERE (d.title IS NULL AND row.title IS NOT NULL) OR (d.date IS NULL AND row.date IS NOT NULL) OR (d.source IS NULL AND row.source IS NOT NULL)
SET d.title = coalesce(d.title, row.title), d.date = coalesce(d.date, row.date), d.source = coalesce(d.source, row.source)`;

/** Aliases grow as a union (at most 20, as in graph/build.ts); the WHERE skips no-op writes on a reload. */
export const MERGE_ACTORS = `
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.type = row.type, a.country = row.country, a.aliases = row.aliases
WITH a, row, [x IN row.aliases WHERE NOT x IN coalesce(a.aliases, [])] AS fresh
WHERE (size(fresh) > 0 AND size(coalesce(a.aliases, [])) < 20) OR (a.country IS NULL AND row.country IS NOT NULL)
SET a.aliases = (coalesce(a.aliases, []) + fresh)[..20], a.country = coalesce(a.country, row.country)`;

export const MERGE_CONCEPTS = `
UNWIND $rows AS row
MERGE (c:Concept {id: row.id})
ON CREATE SET c.name = row.name`;

/**
 * Evidence and edge rows travel as positional lists, not maps: the driver then packs no key
 * strings per row, which roughly halves the Bolt encoding time of a batch (measured with
 * scripts/bench-load.ts). The column order is fixed here and used by write.ts.
 */
export const EVIDENCE_FIELDS = ['text', 'sentence', 'doc', 'subject', 'object', 'relType', 'subjectMention', 'label', 'objectMention',
  'negated', 'modality', 'confidence', 'rule', 'time', 'attribution'] as const;

/**
 * One Evidence node per triple id, created together with its -[:IN]-> link in one transaction,
 * so an Evidence node that exists always has its link: a reload only has to skip known ids.
 * Why not MERGE: MERGE locks and re-checks the IN link of every row; the OPTIONAL MATCH filter
 * plus CREATE measured about twice as fast (scripts/bench-load.ts). row = [id, doc, ...EVIDENCE_FIELDS]
 */
export const MERGE_EVIDENCE = `
UNWIND $rows AS row
OPTIONAL MATCH (known:Evidence {id: row[0]})
WITH row WHERE known IS NULL
MATCH (d:Document {id: row[1]})
CREATE (e:Evidence {id: row[0], ${EVIDENCE_FIELDS.map((f, i) => `${f}: row[${i + 2}]`).join(', ')}})-[:IN]->(d)`;

/** The column order of an edge row: the relationship type travels as a value, like the rest. */
export const EDGE_FIELDS = ['s', 'o', 'type', 'label', 'lemma', 'negated', 'modality', 'category', 'evidence'] as const;

/**
 * One relationship per (subject, type, object), for every relation type of a label pair at once.
 * `count` grows only by evidence ids not yet on the edge, which makes a reload a no-op and a
 * resumed load exact. RETURNs how many edges that were already there grew.
 *
 * Why the type is a value ($(row[2]), Neo4j 5.26) and not spliced per type: news text has
 * thousands of relation types (BBC: 4,429 in 18k triples), and one query text per type meant one
 * Cypher planning and one transaction per type — 90+% of the load time (scripts/bench-load.ts).
 * Why OPTIONAL MATCH + CREATE and not MERGE (s)-[:$(type)]->(o): in 5.26 a MERGE on a dynamic type
 * is planned as a scan of ALL relationships per row; the static pattern with a type filter is an
 * Expand(Into) between the two endpoints. Rows are unique per (s, type, o) within a load, so no
 * two rows of one load create the same edge. Types are still whitelisted (isSafeRelationType) in
 * rows.ts and write.ts. Endpoint labels come from the closed set EndpointLabel.
 */
export function mergeEdgesCypher(from: EndpointLabel, to: EndpointLabel): string {
  if (!ENDPOINT_LABELS.includes(from) || !ENDPOINT_LABELS.includes(to)) {
    throw new StoreError(`refusing endpoint labels ${JSON.stringify([from, to])}`, { hint: 'Edges join Actor and Concept nodes only.' });
  }
  return `
UNWIND $rows AS row
MATCH (s:${from} {id: row[0]})
MATCH (o:${to} {id: row[1]})
WITH s, o, row, [(s)-[k]->(o) WHERE type(k) = row[2] | k][0] AS known
FOREACH (_ IN CASE WHEN known IS NULL THEN [1] ELSE [] END |
  CREATE (s)-[:$(row[2]) {label: row[3], lemma: row[4], negated: row[5], modality: row[6], category: row[7],
                          count: size(row[8]), evidence: row[8]}]->(o))
WITH known, [x IN row[8] WHERE NOT x IN known.evidence] AS fresh
WHERE known IS NOT NULL AND size(fresh) > 0
SET known.evidence = known.evidence + fresh, known.count = known.count + size(fresh)
RETURN count(known) AS grown`;
}

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
