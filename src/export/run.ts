/**
 * actorgraph/export/run — `actorgraph export`: inputs → the graph → one standard file format.
 *
 * The graph formats (graphml, gexf, csv, jsonl) read the inputs as `build` does (page/inputs.ts:
 * documents are extracted, triples files read as they are) and merge them with the same
 * buildGraph (one node per actor, one edge per subject–type–object with its evidence ids), then
 * add degree, PageRank and Louvain communities (graph/enrich.ts; no layout: Gephi and the other
 * readers lay graphs out themselves). `neo4j-admin` writes the Neo4j model `load` writes instead
 * (store/bulk/), for `neo4j-admin database import full`.
 *
 * @example
 *   await exportGraph(['out/triples.jsonl'], { format: 'graphml', out: 'graph.graphml', settings });
 */
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { Settings } from '../settings.js';
import type { Triple } from '../types.js';
import { GraphBuilder, type ActorGraph } from '../graph/build.js';
import { enrichGraph } from '../graph/enrich.js';
import { gatherInputs, type ExtractDocs } from '../page/inputs.js';
import { writeOutput } from '../io/write-output.js';
import { makeDir } from '../io/make-dir.js';
import { inShard, type Shard } from '../parallel/shard.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'jsonl', 'neo4j-admin'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats written to a folder (several files); the others are one file, or stdout. */
export const FOLDER_FORMATS: ReadonlySet<ExportFormat> = new Set(['csv', 'neo4j-admin']);

export interface ExportOptions {
  format: ExportFormat;
  /** A file (or "-" for stdout) for graphml, gexf and jsonl; a folder for csv and neo4j-admin. */
  out: string;
  settings: Settings;
  onError?: (e: InputError) => void;
  /** Threads extracting documents, and the shard kept: of documents, and of triples files' triples by their document (parallel/shard.ts). */
  workers?: number;
  shard?: Shard;
}

export interface ExportResult { files: string[]; nodes: number; edges: number; triples: number; documents: number }

const NOTHING = () => new InputError('nothing could be read from the inputs', {
  hint: 'See the messages above; export reads .txt, .md, .html and .jsonl documents, triples files, folders of them, or - for stdin.',
});

async function graphOf(inputs: string[], opts: ExportOptions): Promise<{ g: ActorGraph; triples: number; documents: number }> {
  const extractor = async (): Promise<ExtractDocs> => {
    const { extractStream } = await import('../parallel/extract-stream.js');
    return (docs) => extractStream<Triple>(docs, { settings: opts.settings, workers: opts.workers, shard: opts.shard });
  };
  // (streamed into the graph as `build` does: nothing but the graph holds the triples)
  const builder = new GraphBuilder();
  // (the shard's filter on what a triples file gives; the extractor gets only the shard's documents already,
  // whose triples name them, so for those it changes nothing)
  const kept = { triples: 0, docs: 0 };
  const n = await gatherInputs(inputs, extractor, {
    triple: (t) => { if (inShard(t.evidence.doc, opts.shard)) { kept.triples++; builder.add(t); } },
    doc: (d) => { if (inShard(d.id, opts.shard)) { kept.docs++; builder.addDoc(d); } },
  }, opts.onError ?? ((e) => { throw e; }));
  // (nothing read at all is an error; a shard that holds none of what was read is an empty part)
  if (n.triples === 0 && n.docs === 0) throw NOTHING();
  const g = enrichGraph(builder.finish(), { seed: opts.settings.seed });
  return { g, triples: kept.triples, documents: kept.docs };
}

export async function exportGraph(inputs: string[], opts: ExportOptions): Promise<ExportResult> {
  // (the output folder first: one that cannot be made is refused before any extraction)
  if (FOLDER_FORMATS.has(opts.format)) await makeDir(opts.out);
  if (opts.format === 'neo4j-admin') {
    const { exportAdminCsv } = await import('../store/bulk/export.js');
    const r = await exportAdminCsv(inputs, opts.out, { settings: opts.settings, onInputError: opts.onError, workers: opts.workers, shard: opts.shard });
    if (r.rows.triples === 0 && r.rows.documents === 0) throw NOTHING();
    return { files: r.files, nodes: r.rows.nodes, edges: r.rows.relationships, triples: r.rows.triples, documents: r.rows.documents };
  }
  const { g, triples, documents } = await graphOf(inputs, opts);
  const done = (files: string[]): ExportResult => ({ files, nodes: g.order, edges: g.size, triples, documents });
  switch (opts.format) {
    case 'graphml': {
      const { toGraphml } = await import('../graph/formats/graphml.js');
      await writeOutput(opts.out, [toGraphml(g)]);
      return done([opts.out]);
    }
    case 'gexf': {
      const { toGexf } = await import('../graph/formats/gexf.js');
      await writeOutput(opts.out, [toGexf(g)]);
      return done([opts.out]);
    }
    case 'jsonl': {
      const { toJsonl } = await import('../graph/formats/jsonl.js');
      await writeOutput(opts.out, toJsonl(g));
      return done([opts.out]);
    }
    case 'csv': {
      const { toCsv } = await import('../graph/formats/csv.js');
      const { nodes, edges } = toCsv(g);
      const files = [join(opts.out, 'nodes.csv'), join(opts.out, 'edges.csv')];
      await writeOutput(files[0], [nodes]);
      await writeOutput(files[1], [edges]);
      return done(files);
    }
  }
  throw new Error(`unknown export format ${String(opts.format)}`);
}
