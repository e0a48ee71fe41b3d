/**
 * actorgraph/store/bulk/export — inputs → the import files of `neo4j-admin database import full`
 * (store/bulk/admin-csv.ts), holding the graph `load` of the same inputs would leave.
 *
 * Read as `load` reads (store/sources.ts: triples files as they are, documents extracted; the
 * same per-record checks), cut into the loader's chunks (bulk/chunks.ts), rows by the loader's
 * toRows, merged by the loader's rules (bulk/merge.ts). Evidence and its IN links are written as
 * they come; documents, actors, concepts and edges at the end, once merged.
 *
 * @example
 *   const r = await exportAdminCsv(['out/triples.jsonl'], 'out/import', { settings });
 *   r.importArgs; // ['--nodes=Document=out/import/Document.csv', …]
 */
import { makeDir } from '../../io/make-dir.js';
import type { InputError } from '../../errors.js';
import type { Settings } from '../../settings.js';
import type { Shard } from '../../parallel/shard.js';
import { readSources, type SourceItem } from '../sources.js';
import { toRows } from '../rows.js';
import { DEFAULT_CHUNK_TRIPLES } from '../load.js';
import { EVIDENCE_FIELDS, type EndpointLabel } from '../cypher.js';
import { ARRAY_DELIMITER_OPTION, CsvFile, HEADERS } from './admin-csv.js';
import { BulkGraph } from './merge.js';
import { chunksOf } from './chunks.js';

export interface AdminCsvCounts { triples: number; skipped: number; documents: number; nodes: number; relationships: number; evidence: number }

export interface AdminCsvResult {
  files: string[];
  rows: AdminCsvCounts;
  /** The importer's arguments for these files (without the database name). */
  importArgs: string[];
}

export interface AdminCsvOptions {
  /** Triples per chunk: load's, unless a test wants its boundaries elsewhere (it must then load with the same). */
  chunkTriples?: number;
}

/** The options every import of these files needs, beside the file lists. */
export const IMPORT_OPTIONS = [
  '--id-type=string', `--array-delimiter=${ARRAY_DELIMITER_OPTION}`, '--multiline-fields=true',
  // (an empty "" stays an empty string, as in load; whitespace is kept)
  '--ignore-empty-strings=false', '--trim-strings=false',
];

/** Writes the import files of a stream of documents and triples into `dir` (made if missing). */
export async function writeAdminCsv(items: AsyncIterable<SourceItem> | Iterable<SourceItem>, dir: string, opts: AdminCsvOptions = {}): Promise<AdminCsvResult> {
  await makeDir(dir);
  const evidence = CsvFile.in(dir, 'Evidence.csv', HEADERS.Evidence);
  const links = CsvFile.in(dir, 'IN.csv', HEADERS.IN);
  // (Evidence rows arrive inside add(), which is synchronous: queued, then written after each chunk)
  let queue: { id: string; doc: string; props: Record<string, unknown> }[] = [];
  const g = new BulkGraph((e) => queue.push(e));
  let documentsRead = 0;
  for await (const chunk of chunksOf(items, opts.chunkTriples ?? DEFAULT_CHUNK_TRIPLES)) {
    documentsRead += chunk.docs.size;
    g.add(toRows(chunk.triples, chunk.docs));
    for (const e of queue) {
      const row = [e.id];
      for (const f of EVIDENCE_FIELDS) row.push(e.props[f] as string);
      if (evidence.write(row)) await evidence.flush();
      if (links.write([e.id, e.doc])) await links.flush();
    }
    queue = [];
  }
  await Promise.all([evidence.close(), links.close()]);

  const documents = CsvFile.in(dir, 'Document.csv', HEADERS.Document);
  for (const d of g.documents.values()) if (documents.write([d.id, d.title, d.date, d.source, d.place, d.placeCountry])) await documents.flush();
  const actors = CsvFile.in(dir, 'Actor.csv', HEADERS.Actor);
  for (const a of g.actors.values()) if (actors.write([a.id, a.name, a.type, a.country, a.aliases])) await actors.flush();
  const concepts = CsvFile.in(dir, 'Concept.csv', HEADERS.Concept);
  for (const c of g.concepts.values()) if (concepts.write([c.id, c.name])) await concepts.flush();
  const pairs = new Map<string, CsvFile>();
  for (const e of g.edges.values()) {
    const name = `${e.from}-${e.to}`;
    let f = pairs.get(name);
    if (!f) { f = CsvFile.in(dir, `${name}.csv`, HEADERS.edges(e.from as EndpointLabel, e.to as EndpointLabel)); pairs.set(name, f); }
    const r = e.row;
    if (f.write([r.s, r.o, e.type, r.label, r.lemma, r.negated, r.modality, r.category, r.evidence.length, r.evidence])) await f.flush();
  }
  await Promise.all([documents.close(), actors.close(), concepts.close(), ...[...pairs.values()].map((f) => f.close())]);

  const nodeFiles: [string, CsvFile][] = [['Document', documents], ['Actor', actors], ['Concept', concepts], ['Evidence', evidence]];
  const relFiles = [links, ...pairs.values()];
  return {
    files: [...nodeFiles.map(([, f]) => f.path), ...relFiles.map((f) => f.path)],
    rows: {
      triples: g.triples, skipped: g.skipped, documents: documentsRead,
      nodes: documents.rows + actors.rows + concepts.rows + evidence.rows,
      relationships: relFiles.reduce((n, f) => n + f.rows, 0),
      evidence: evidence.rows,
    },
    importArgs: [
      ...IMPORT_OPTIONS,
      ...nodeFiles.map(([label, f]) => `--nodes=${label}=${f.path}`),
      `--relationships=IN=${links.path}`,
      ...[...pairs.values()].map((f) => `--relationships=${f.path}`),
    ],
  };
}

/** Read (and extract) the inputs as `load` does, then write their import files. */
export async function exportAdminCsv(inputs: string[], dir: string,
  opts: AdminCsvOptions & { settings?: Settings; onInputError?: (e: InputError) => void; workers?: number; shard?: Shard } = {}): Promise<AdminCsvResult> {
  await makeDir(dir);
  return writeAdminCsv(readSources(inputs, { settings: opts.settings, onInputError: opts.onInputError, workers: opts.workers, shard: opts.shard }), dir, opts);
}
