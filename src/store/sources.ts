/**
 * actorgraph/store/sources — what `load` reads: triples files (and stdin holding triples) as is,
 * everything else (text files, folders, JSONL documents, stdin text) through the reader and the
 * extractor.
 *
 * Every record is checked on its own (io/triples.ts, store/triple-check.ts): a malformed line, a
 * document record inside a triples file, an id too long for Neo4j's index or a reserved relation
 * type is reported as `file:line: why` and skipped, and every good record is still loaded.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { Doc, Triple } from '../types.js';
import { DEFAULT_SETTINGS, type Settings } from '../settings.js';
import type { Chunks } from '../io/chunks.js';
import { isTriplesFile, readTriplesJsonl, sniffTriples } from '../io/triples.js';
import { tripleIdProblem, tripleProblem } from './triple-check.js';
import type { Shard } from '../parallel/shard.js';

export interface SourceItem { triple?: Triple; doc?: Doc }

export interface SourceOptions {
  settings?: Settings;
  onInputError?: (e: InputError) => void;
  /** What "-" reads. Default: process.stdin. */
  stdin?: Chunks;
  /** Threads extracting documents (default: one per core; 1: this thread) and the shard kept (of documents, and of triples by their document). */
  workers?: number;
  shard?: Shard;
  /** Bytes read so far, of the total size of every input (stdin adds to both as it arrives): the progress bar's MB and ETA. */
  onBytes?: (done: number, total: number) => void;
}

const STDIN = '<stdin>';

/** Splits inputs into triples sources and the rest, keeping order within each. */
export async function partitionInputs(inputs: string[], stdinTriples = false): Promise<{ triplesFiles: string[]; documents: string[] }> {
  const triplesFiles: string[] = [], documents: string[] = [];
  for (const p of inputs) ((p === '-' ? stdinTriples : await isTriplesFile(p)) ? triplesFiles : documents).push(p);
  return { triplesFiles, documents };
}

async function* triplesOf(chunks: Chunks, file: string, settings: Settings, onError: (e: InputError) => void, shard: Shard | undefined): AsyncGenerator<SourceItem> {
  for await (const item of readTriplesJsonl(chunks, file, { onError, maxRecordBytes: settings.maxRecordBytes, shard })) {
    const where = { file, line: item.line };
    if ('doc' in item) {
      onError(new InputError('a document record in a triples file: load takes triples from a triples file, and this line has no subject, relation or object', {
        ...where, hint: 'Put documents in a file of their own (actorgraph load docs.jsonl extracts them); `build` reads such lines as titles and dates.',
      }));
      continue;
    }
    const problem = tripleProblem(item.triple, settings.load.maxIdBytes);
    if (problem) onError(new InputError(problem, { ...where, hint: 'The record is skipped; the others are loaded.' }));
    else yield { triple: item.triple };
  }
}

/** Every triple of the inputs, and every document read (before its triples). */
export async function* readSources(inputs: string[], opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const settings = opts.settings ?? DEFAULT_SETTINGS;
  const onError = opts.onInputError ?? ((e: InputError) => { throw e; });
  let stdin: Chunks = opts.stdin ?? process.stdin;
  let stdinTriples = false;
  if (inputs.includes('-')) {
    // `actorgraph extract … | actorgraph load -`: stdin may be triples or text; look before choosing.
    const sniffed = await sniffTriples(stdin);
    stdin = sniffed.all;
    stdinTriples = sniffed.triples;
  }
  const { triplesFiles, documents } = await partitionInputs(inputs, stdinTriples);
  // Bytes: the triples files' sizes up front, the documents' as the reader lists them.
  const bytes = { triples: 0, triplesTotal: 0, docs: 0, docsTotal: 0 };
  const report = opts.onBytes && (() => {
    const done = bytes.triples + bytes.docs;
    opts.onBytes!(done, Math.max(done, bytes.triplesTotal + bytes.docsTotal));
  });
  if (report) for (const f of triplesFiles) bytes.triplesTotal += f === '-' ? 0 : await stat(f).then((st) => st.size, () => 0);
  async function* counted(chunks: Chunks): AsyncGenerator<Uint8Array> {
    for await (const c of chunks) { bytes.triples += c.length; report!(); yield c; }
  }
  for (const f of triplesFiles) {
    const stream = f === '-' ? undefined : createReadStream(f, { highWaterMark: 1 << 16 });
    try {
      const chunks = stream ?? stdin;
      yield* triplesOf(report ? counted(chunks) : chunks, f === '-' ? STDIN : f, settings, onError, opts.shard);
    } finally {
      stream?.destroy();
    }
  }
  if (documents.length === 0) return;
  const [{ readInputs }, { extractStream }] = await Promise.all([import('../io/read.js'), import('../parallel/extract-stream.js')]);
  const docs = readInputs(documents, {
    onError, stdin, maxRecordBytes: settings.maxRecordBytes,
    onProgress: report && ((done, total) => { bytes.docs = done; bytes.docsTotal = total; report(); }),
  });
  // (in input order whatever the number of workers: parallel/extract-stream.ts)
  for await (const r of extractStream<Triple>(docs, { settings, workers: opts.workers, shard: opts.shard })) {
    const { doc } = r;
    yield { doc };
    // (a document the extractor fails on is named; the others are loaded)
    if ('error' in r) { onError(r.error); continue; }
    for (const t of r.items) {
      // (a reserved or unsafe type from the extractor is skipped and counted by store/rows.ts)
      const problem = tripleIdProblem(t, settings.load.maxIdBytes);
      if (problem) onError(new InputError(`a triple extracted from it: ${problem}`, { file: doc.id.slice(0, 200) }));
      else yield { triple: t };
    }
  }
}
