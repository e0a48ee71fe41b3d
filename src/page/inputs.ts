/**
 * actorgraph/page/inputs — what `build` reads: text inputs (through io/read + extract) or
 * JSONL files of triples already extracted (io/triples.ts), from files or stdin ("-").
 *
 * A triples file is recognised by its first record that parses having subject, relation and
 * object. It may also hold document records (`{"id","title","date","source"}`, no subject) that
 * give the evidence panel its titles and dates. A bad record is reported and skipped.
 */
import { createReadStream } from 'node:fs';
import type { InputError } from '../errors.js';
import type { Doc, Triple } from '../types.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import type { Chunks } from '../io/chunks.js';
import { isTriplesFile, readTriplesJsonl, sniffTriples } from '../io/triples.js';
import type { DocResult } from '../parallel/extract-stream.js';

/** Where gathered items go, as they are read: nothing is held here (a 200 MB corpus streams through). */
export interface GatherSink {
  triple(t: Triple): void | Promise<void>;
  doc(d: Doc): void;
}

/** Documents in, each one's triples out in input order (parallel/extract-stream.ts). */
export type ExtractDocs = (docs: AsyncIterable<Doc>) => AsyncIterable<DocResult<Triple>>;

/** What was gathered: counts only. */
export interface Gathered { triples: number; docs: number }

async function readTriples(chunks: Chunks, file: string, into: GatherSink, n: Gathered, onError: (e: InputError) => void): Promise<void> {
  for await (const item of readTriplesJsonl(chunks, file, { onError, maxRecordBytes: DEFAULT_SETTINGS.maxRecordBytes })) {
    if ('triple' in item) { n.triples++; await into.triple(item.triple); } else { n.docs++; into.doc(item.doc); }
  }
}

/**
 * `loadExtractor` gives a document's triples a piece at a time (extract/document.ts).
 * @example
 *   const triples: Triple[] = [];
 *   await gatherInputs(['data/seed'], async () => (docs) => extractStream(docs, { settings }), { triple: (t) => { triples.push(t); }, doc: () => {} }, warn);
 */
export async function gatherInputs(inputs: string[], loadExtractor: () => Promise<ExtractDocs>, into: GatherSink,
  onError: (e: InputError) => void, stdinIn: Chunks = process.stdin): Promise<Gathered> {
  const n: Gathered = { triples: 0, docs: 0 };
  const texts: string[] = [];
  let stdin = stdinIn;
  for (const input of inputs) {
    if (input === '-') {
      // `actorgraph extract … | actorgraph build -`: triples or text on stdin, told apart by its head.
      const sniffed = await sniffTriples(stdin);
      stdin = sniffed.all;
      if (sniffed.triples) await readTriples(stdin, '<stdin>', into, n, onError);
      else texts.push(input);
    } else if (await isTriplesFile(input)) {
      const stream = createReadStream(input, { highWaterMark: 1 << 16 });
      try { await readTriples(stream, input, into, n, onError); } finally { stream.destroy(); }
    } else texts.push(input);
  }
  if (texts.length) {
    // Loaded only for text inputs: a triples file needs neither the reader nor the NLP model.
    const [{ readInputs }, extract] = await Promise.all([import('../io/read.js'), loadExtractor()]);
    for await (const r of extract(readInputs(texts, { onError, stdin }))) {
      n.docs++;
      into.doc(r.doc);
      // (a document the extractor fails on is named, and the page is built from the others)
      if ('error' in r) onError(r.error);
      else for (const t of r.items) { n.triples++; await into.triple(t); }
    }
  }
  return n;
}
