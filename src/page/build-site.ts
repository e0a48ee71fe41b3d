/**
 * actorgraph/page/build-site — `actorgraph build`: inputs → triples → graph → a folder with
 * triples.jsonl, graph.json and a self-contained index.html.
 *
 * Steps, in order: gather (read + extract, or read triples) → buildGraph → enrichGraph
 * (degree, PageRank, Louvain) → layoutGraph (seeded FA2 + noverlap) → write the three files.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { makeDir } from '../io/make-dir.js';
import { join, basename, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Settings } from '../settings.js';
import type { Triple } from '../types.js';
import { GraphBuilder } from '../graph/build.js';
import { enrichGraph } from '../graph/enrich.js';
import { layoutGraph } from '../graph/layout.js';
import { capPageGraph, describeLeftOut } from '../graph/page-cap.js';
import { JsonlWriter } from '../io/jsonl-writer.js';
import { gatherInputs, type ExtractDocs } from './inputs.js';
import { inShard, type Shard } from '../parallel/shard.js';
import { writeGraphJson } from './graph-file.js';
import { renderPage } from './render.js';

export interface BuildOptions {
  outDir: string;
  settings: Settings;
  title?: string;
  onError?: (e: InputError) => void;
  /** Progress lines ("extracted 120 triples"), for the CLI's stderr. */
  log?: (line: string) => void;
  /** Threads extracting (default: one per core; 1: this thread) and the shard kept (`--shard i/n`). */
  workers?: number;
  shard?: Shard;
}

export interface BuildResult {
  triples: number; nodes: number; edges: number; files: string[]; ms: Record<string, number>;
  /** What the page leaves out (settings.pageMaxEdges, pageMaxEvidence), in one sentence; absent when it holds everything. */
  leftOut?: string;
}

async function defaultExtract(opts: BuildOptions): Promise<ExtractDocs> {
  const { extractStream } = await import('../parallel/extract-stream.js');
  return (docs) => extractStream<Triple>(docs, { settings: opts.settings, workers: opts.workers, shard: opts.shard });
}

/**
 * @example
 *   await buildSite(['data/seed'], { outDir: 'out', settings: resolveSettings() });
 *   // out/triples.jsonl, out/graph.json, out/index.html
 */
export async function buildSite(inputs: string[], opts: BuildOptions): Promise<BuildResult> {
  const log = opts.log ?? (() => {});
  const ms: Record<string, number> = {};
  let t = performance.now();
  const lap = (k: string) => { const now = performance.now(); ms[k] = Math.round(now - t); t = now; };

  // (the output folder first: one that cannot be made is refused before any extraction)
  await makeDir(opts.outDir);
  const files = ['triples.jsonl', 'graph.json', 'index.html'].map((f) => join(opts.outDir, f));
  const title = opts.title ?? (inputs.length === 1 ? basename(resolve(inputs[0])) : 'actorgraph');
  // Triples go to disk and into the graph as they come, never into one array or one string
  // (a 200 MB corpus passed V8's longest string here); the file gets its name only at the end,
  // so a run that reads nothing leaves an old triples.jsonl alone.
  const part = `${files[0]}.part`;
  const writer = await JsonlWriter.toFile(part);
  const builder = new GraphBuilder(title);
  let n;
  try {
    // (`--shard i/n` on what a triples file gives: the triples whose document hashes to the shard, as
    // the extractor keeps only the shard's documents; export and load do the same)
    n = await gatherInputs(inputs, () => defaultExtract(opts), {
      triple: async (x) => { if (inShard(x.evidence.doc, opts.shard)) { await writer.write(x); builder.add(x); } },
      doc: (d) => { if (inShard(d.id, opts.shard)) builder.addDoc(d); },
    }, opts.onError ?? ((e) => { throw e; }));
    await writer.close();
  } catch (e) {
    await writer.close().catch(() => {});
    await rm(part, { force: true });
    throw e;
  }
  lap('read+extract');
  if (n.triples === 0 && n.docs === 0) {
    await rm(part, { force: true });
    // An empty page over an old one would look like success: write nothing, say why.
    throw new InputError('nothing could be read from the inputs', { hint: 'See the messages above; build reads .txt, .md, .html and .jsonl documents, triples files, folders of them, or - for stdin.' });
  }
  await rename(part, files[0]);
  log(`${n.triples} triples from ${n.docs} documents`);

  const g = builder.finish();
  enrichGraph(g, { seed: opts.settings.seed });
  lap('graph');
  layoutGraph(g, { seed: opts.settings.seed, core: opts.settings.initialShown });
  lap('layout');
  log(`${g.order} actors, ${g.size} relations`);

  await writeGraphJson(g, files[1]);
  // The page embeds what a browser can hold (graph/page-cap.ts) and says what it left out.
  const { graph: shown, left } = capPageGraph(g, { maxEdges: opts.settings.pageMaxEdges, maxEvidence: opts.settings.pageMaxEvidence });
  const leftOut = left ? describeLeftOut(left) : undefined;
  if (leftOut) log(leftOut);
  const html = await renderPage({ mode: 'static', title, cap: opts.settings.initialNodeCap, show: opts.settings.initialShown, graph: shown, note: leftOut });
  await writeFile(files[2], html);
  lap('write');
  return { triples: n.triples, nodes: g.order, edges: g.size, files, ms, ...(leftOut ? { leftOut } : {}) };
}
