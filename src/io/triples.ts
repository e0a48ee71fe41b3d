/**
 * actorgraph/io/triples — a triples JSONL stream (`actorgraph extract` output) → triples and
 * document records, one record at a time, each bad record reported as `file:line: why` and
 * skipped while every good one is yielded. Used by `build` and `load` (one reader, not two).
 *
 *   {"id":"t1","subject":{"id":"RUS",…},"relation":{"type":"COOPERATE_WITH",…},"object":{…},"evidence":{"doc":…},…}
 *   {"id":"bbc-001","title":"…","date":"2005-03-01"}      a document record (no subject): titles and dates
 *
 * Lines are split on bytes and decoded strictly (io/lines.ts, io/decode.ts): a NUL byte or a
 * Latin-1 byte costs its own record, never the file.
 */
import { open, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { Doc, Triple } from '../types.js';
import type { Chunks } from './chunks.js';
import { peek } from './chunks.js';
import { decodeUtf8, looksBinary } from './decode.js';
import { byteLines } from './lines.js';
import { formatBytes } from './bytes.js';
import { inShard, type Shard } from '../parallel/shard.js';

const JSONL = /\.(jsonl|ndjson)$/i;
/** How far the sniff looks for the first record that parses. */
const SNIFF_LIMIT = 4 * 1024 * 1024;
const SNIFF_RECORDS = 20;

export type TriplesItem = { triple: Triple; line: number } | { doc: Doc; line: number };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function looksLikeTriple(v: unknown): v is Triple {
  return isObject(v) && isObject(v.subject) && isObject(v.relation) && isObject(v.object);
}

/** A record with an id and no subject/relation/object: a document's metadata (or the document itself). */
export function looksLikeDocument(v: unknown): v is Doc {
  return isObject(v) && (typeof v.id === 'string' || typeof v.id === 'number') && v.subject === undefined && v.relation === undefined;
}

/** The first field a triple lacks, or undefined. */
function missingField(t: Triple): string | undefined {
  return typeof t.id !== 'string' ? 'id'
    : typeof t.subject.id !== 'string' || typeof t.object.id !== 'string' ? 'subject.id/object.id'
      : typeof t.relation.type !== 'string' ? 'relation.type'
        : !isObject(t.evidence) || typeof t.evidence.doc !== 'string' ? 'evidence.doc' : undefined;
}

/**
 * True when the first record that parses, among the first lines, is a triple. A malformed first
 * line does not turn a triples file into "documents" (which would send it to the extractor).
 */
export function headIsTriples(head: Buffer): boolean {
  const lines = head.toString('utf8').replace(/^\uFEFF/, '').split('\n');
  let tried = 0;
  for (const line of lines) { // (a last line cut by the head's end fails to parse, and is passed over)
    if (!line.trim()) continue;
    if (++tried > SNIFF_RECORDS) break;
    try { return looksLikeTriple(JSON.parse(line)); } catch { /* a bad line: look at the next */ }
  }
  return false;
}

/** Is this .jsonl/.ndjson file a triples file? Reads at most 4 MB of it. */
export async function isTriplesFile(path: string): Promise<boolean> {
  if (path === '-' || !JSONL.test(path)) return false;
  try {
    if (!(await stat(path)).isFile()) return false;
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(Math.min(SNIFF_LIMIT, (await fh.stat()).size));
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      return headIsTriples(buf.subarray(0, bytesRead));
    } finally {
      await fh.close();
    }
  } catch {
    return false; // unreadable: the document reader reports it properly
  }
}

/** For stdin: peeks at the head, says whether it is triples, and gives back a stream that replays it. */
export async function sniffTriples(chunks: Chunks): Promise<{ triples: boolean; all: Chunks }> {
  const { head, all } = await peek(chunks, 256 * 1024);
  return { triples: headIsTriples(head), all };
}

export interface TriplesReadOptions {
  onError: (e: InputError) => void;
  /** Lines longer than this are refused (and skipped while they stream by). */
  maxRecordBytes: number;
  /**
   * `--shard i/n` on a triples file: keep the triples whose document (evidence.doc) hashes to
   * shard i of n, and the document records whose id does (parallel/shard.ts, the same hash as for
   * documents read as text), so a triple goes where its document would have gone.
   */
  shard?: Shard;
}

/**
 * @example
 *   for await (const item of readTriplesJsonl(createReadStream(f), f, { onError, maxRecordBytes })) …
 */
export async function* readTriplesJsonl(chunks: Chunks, file: string, opts: TriplesReadOptions): AsyncGenerator<TriplesItem> {
  for await (const l of byteLines(chunks, opts.maxRecordBytes)) {
    const where = { file, line: l.number };
    if (l.bytes === null) {
      opts.onError(new InputError(`line is ${formatBytes(l.length)}, larger than maxRecordBytes (${formatBytes(opts.maxRecordBytes)})`, where));
      continue;
    }
    if (!l.bytes.some((b) => b !== 0x20 && b !== 0x09 && b !== 0x0d)) continue;
    try {
      const binary = l.bytes.includes(0) ? looksBinary(l.bytes) : null;
      if (binary) throw new InputError(`binary data in the record (${binary})`, { ...where, hint: 'The line was damaged; the other lines are read.' });
      const text = decodeUtf8(l.bytes, { ...where, offset: l.offset });
      let v: unknown;
      try { v = JSON.parse(text); } catch (e) {
        throw new InputError(`not JSON: ${(e as Error).message}`, { ...where, hint: 'Each line of a triples file must be one JSON object.' });
      }
      if (looksLikeTriple(v)) {
        const missing = missingField(v);
        if (missing) throw new InputError(`not a triple: missing ${missing}`, { ...where, hint: 'Triples files are written by `actorgraph extract`; see src/types.ts (Triple).' });
        if (inShard(v.evidence.doc, opts.shard)) yield { triple: v, line: l.number };
      } else if (looksLikeDocument(v)) {
        if (inShard(String(v.id), opts.shard)) yield { doc: { ...v, id: String(v.id), text: typeof v.text === 'string' ? v.text : '' }, line: l.number };
      } else {
        throw new InputError('neither a triple nor a document record', { ...where, hint: 'Triples need subject, relation and object; documents need an id.' });
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      opts.onError(e);
    }
  }
}
