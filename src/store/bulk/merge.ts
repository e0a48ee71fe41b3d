/**
 * actorgraph/store/bulk/merge — the graph `load` would leave, computed in memory, chunk by chunk,
 * for the bulk importer (which writes nodes and relationships once and merges nothing itself).
 *
 * Each chunk is turned into rows by the loader's own toRows (store/rows.ts); the rows are then
 * merged into what earlier chunks gave by the rules of the loader's Cypher (store/cypher.ts), one
 * function per statement, so a bulk-imported graph and a loaded graph are the same, chunk
 * boundaries included (test/store/bulk.int.test.ts compares them property by property):
 *
 *   MERGE_DOCUMENTS  title, date, source, place: the first known value wins (coalesce)
 *   MERGE_ACTORS     name and type of the first row; country: first known; aliases: the union, in
 *                    order of arrival, cut at 20
 *   MERGE_CONCEPTS   name of the first row
 *   MERGE_EVIDENCE   the first row of an id (with its IN link); later ones are known and skipped
 *   mergeEdges       one edge per (subject label, id, type, object label, id): the first row's
 *                    properties, evidence ids appended when new, count = their number
 *
 * Evidence is the bulk of the data (the sentences): it is handed to `onEvidence` as it comes and
 * not kept, only its id (to skip repeats), so memory grows with the graph, not with the text.
 *
 * Memory: one Set of every evidence id, and each edge's evidence list. The lists must be held
 * whole until the end anyway (an edge is one relationship whose `evidence` property lists them
 * all), and the Set holds the very same strings, so it adds an entry (~30 bytes) per id, not a
 * copy. It also spares a set per edge: an id new to the whole graph is new to its edges, so only
 * an id seen before (a repeated triple, rare) is looked for in the edge's list.
 */
import type { ActorRow, ChunkRows, ConceptRow, DocumentRow, EdgeRow, EvidenceRow } from '../rows.js';
import type { EndpointLabel } from '../cypher.js';

export interface BulkEdge { from: EndpointLabel; to: EndpointLabel; type: string; row: EdgeRow }

export class BulkGraph {
  readonly documents = new Map<string, DocumentRow>();
  readonly actors = new Map<string, ActorRow>();
  readonly concepts = new Map<string, ConceptRow>();
  readonly edges = new Map<string, BulkEdge>();
  private readonly evidenceIds = new Set<string>();
  triples = 0;
  skipped = 0;

  constructor(private readonly onEvidence: (e: EvidenceRow) => void) {}

  get evidence(): number { return this.evidenceIds.size; }

  add(rows: ChunkRows): void {
    this.triples += rows.triples;
    this.skipped += rows.skipped.unsafeType + rows.skipped.selfLoop;
    for (const d of rows.documents) {
      const known = this.documents.get(d.id);
      if (!known) this.documents.set(d.id, d);
      else {
        known.title ??= d.title; known.date ??= d.date; known.source ??= d.source;
        // (the place and its country go together, as MERGE_DOCUMENTS sets them)
        if (known.place === null && d.place !== null) { known.place = d.place; known.placeCountry = d.placeCountry; }
      }
    }
    for (const a of rows.actors) {
      const known = this.actors.get(a.id);
      if (!known) { this.actors.set(a.id, a); continue; }
      const fresh = a.aliases.filter((x) => !known.aliases.includes(x));
      known.aliases = [...known.aliases, ...fresh].slice(0, 20);
      known.country ??= a.country;
    }
    for (const c of rows.concepts) if (!this.concepts.has(c.id)) this.concepts.set(c.id, c);
    // Edges before evidence: an id not yet in evidenceIds is new to the graph, hence to its edge.
    for (const g of rows.edges) {
      for (const r of g.rows) {
        const key = `${g.from}\u0000${r.s}\u0000${g.type}\u0000${g.to}\u0000${r.o}`;
        const known = this.edges.get(key);
        // (the chunk's rows are fresh objects, used by nobody else: kept as they are, not copied)
        if (!known) { this.edges.set(key, { from: g.from, to: g.to, type: g.type, row: r }); continue; }
        const list = known.row.evidence;
        for (const id of r.evidence) if (!this.evidenceIds.has(id) || !list.includes(id)) list.push(id);
      }
    }
    for (const e of rows.evidence) {
      if (this.evidenceIds.has(e.id)) continue;
      this.evidenceIds.add(e.id);
      this.onEvidence(e);
    }
  }
}
