/**
 * actorgraph/store/cypher — every Cypher string the loader sends, as a named constant.
 *
 * All values travel as $params. The one exception is the relationship type in MERGE_EDGE, which
 * Cypher cannot take as a parameter: it is checked with isSafeRelationType() (THE whitelist, in
 * extract/relation-label.ts) right here, and node labels come from a closed set.
 *
 * Graph model:
 *   (:Actor {id, name, type, country, aliases})   (:Concept {id, name})   objects of type "other"
 *   (:Document {id, title, date, source})
 *   (:Evidence {id, text, sentence, doc, subject, object, relType, …})-[:IN]->(:Document)
 *   (subject)-[:TYPE {label, lemma, negated, modality, category, count, evidence: [triple ids]}]->(object)
 * A relationship cannot be the end of another one, so an edge keeps its Evidence ids in `evidence`
 * and Evidence.id is indexed (unique) to go back to the sentences.
 */
import { isSafeRelationType } from '../extract/relation-label.js';
import { StoreError } from '../errors.js';

/** Node labels an edge may join: a closed set, so safe to splice. */
export type EndpointLabel = 'Actor' | 'Concept';

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
export const EVIDENCE_FIELDS = ['text', 'sentence', 'doc', 'subject', 'object', 'relType', 'negated', 'modality', 'confidence', 'rule', 'time', 'attribution'] as const;

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
CREATE (e:Evidence {id: row[0]})
SET ${EVIDENCE_FIELDS.map((f, i) => `e.${f} = row[${i + 2}]`).join(', ')}
CREATE (e)-[:IN]->(d)`;

/** The column order of an edge row. */
export const EDGE_FIELDS = ['s', 'o', 'label', 'lemma', 'negated', 'modality', 'category', 'evidence'] as const;

/**
 * One relationship per (subject, type, object). `count` grows only by evidence ids not yet on the
 * edge, which makes a reload a no-op and a resumed load exact.
 */
export function mergeEdgeCypher(type: string, from: EndpointLabel, to: EndpointLabel): string {
  if (!isSafeRelationType(type)) {
    throw new StoreError(`refusing relationship type ${JSON.stringify(type)}: not UPPER_SNAKE`, {
      hint: 'Relation types must come from extract/relation-label.ts relationType().',
    });
  }
  return `
UNWIND $rows AS row
MATCH (s:${from} {id: row[0]})
MATCH (o:${to} {id: row[1]})
MERGE (s)-[r:${type}]->(o)
ON CREATE SET r.label = row[2], r.lemma = row[3], r.negated = row[4], r.modality = row[5],
              r.category = row[6], r.count = 0, r.evidence = []
WITH r, [x IN row[7] WHERE NOT x IN r.evidence] AS fresh
WHERE size(fresh) > 0
SET r.evidence = r.evidence + fresh, r.count = r.count + size(fresh)
RETURN count(r) AS grown`;
}

/** The naive loader of the benchmark: one triple, one transaction, no batching. */
export function naiveTripleCypher(type: string, from: EndpointLabel, to: EndpointLabel): string {
  if (!isSafeRelationType(type)) throw new StoreError(`refusing relationship type ${JSON.stringify(type)}`);
  return `
MERGE (d:Document {id: $doc})
MERGE (s:${from} {id: $s.id}) ON CREATE SET s.name = $s.name
MERGE (o:${to} {id: $o.id}) ON CREATE SET o.name = $o.name
MERGE (e:Evidence {id: $id}) ON CREATE SET e += $props
MERGE (e)-[:IN]->(d)
MERGE (s)-[r:${type}]->(o)
ON CREATE SET r.label = $label, r.count = 0, r.evidence = []
WITH r WHERE NOT $id IN r.evidence
SET r.evidence = r.evidence + $id, r.count = r.count + 1`;
}
