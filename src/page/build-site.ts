/**
 * actorgraph/page/build-site — `actorgraph build`: inputs → triples → graph → a folder with
 * triples.jsonl, graph.json and a self-contained index.html.
 *
 * Steps, in order: gather (read + extract, or read triples) → buildGraph → enrichGraph
 * (degree, PageRank, Louvain) → layoutGraph (seeded FA2 + noverlap) → write the three files.
 */
import { writeFile } from 'node:fs/promises';
import { makeDir } from '../io/make-dir.js';
import { join, basename, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Settings } from '../settings.js';
import type { Triple } from '../types.js';
import { buildGraph } from '../graph/build.js';
import { enrichGraph } from '../graph/enrich.js';
import { layoutGraph } from '../graph/layout.js';
import { toJSON } from '../graph/serialize.js';
import { gatherInputs, type ExtractDocs } from './inputs.js';
import type { Shard } from '../parallel/shard.js';
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

export interface BuildResult { triples: number; nodes: number; edges: number; files: string[]; ms: Record<string, number> }

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
  const { triples, docs } = await gatherInputs(inputs, () => defaultExtract(opts), opts.onError ?? ((e) => { throw e; }));
  lap('read+extract');
  if (triples.length === 0 && docs.length === 0) {
    // An empty page over an old one would look like success: write nothing, say why.
    throw new InputError('nothing could be read from the inputs', { hint: 'See the messages above; build reads .txt, .md, .html and .jsonl documents, triples files, folders of them, or - for stdin.' });
  }
  log(`${triples.length} triples from ${docs.length} documents`);

  const title = opts.title ?? (inputs.length === 1 ? basename(resolve(inputs[0])) : 'actorgraph');
  const g = buildGraph(triples, docs, title);
  enrichGraph(g, { seed: opts.settings.seed });
  lap('graph');
  layoutGraph(g, { seed: opts.settings.seed });
  lap('layout');
  log(`${g.order} actors, ${g.size} relations`);

  const files = ['triples.jsonl', 'graph.json', 'index.html'].map((f) => join(opts.outDir, f));
  const json = toJSON(g);
  const html = await renderPage({ mode: 'static', title, cap: opts.settings.initialNodeCap, graph: g });
  await Promise.all([
    writeFile(files[0], triples.map((x) => JSON.stringify(x)).join('\n') + (triples.length ? '\n' : '')),
    writeFile(files[1], JSON.stringify(json)),
    writeFile(files[2], html),
  ]);
  lap('write');
  return { triples: triples.length, nodes: g.order, edges: g.size, files, ms };
}
