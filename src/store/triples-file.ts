/**
 * actorgraph/store/triples-file — recognise and stream a triples JSONL file (`actorgraph extract`
 * output): one Triple per line, loaded as is, no extraction.
 *
 * A `.jsonl`/`.ndjson` file is a triples file when its first record has `subject`, `relation`
 * and `object` objects; any other JSONL is a document collection for the extractor.
 *
 *   {"id":"t1","subject":{"id":"RUS",…},"relation":{"type":"COOPERATE_WITH",…},"object":{…},"evidence":{…},…}
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import type { Triple } from '../types.js';

const JSONL = /\.(jsonl|ndjson)$/i;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function looksLikeTriple(v: unknown): boolean {
  return isObject(v) && isObject(v.subject) && isObject(v.relation) && isObject(v.object);
}

/** Reads at most `limit` bytes to find the first non-empty line. */
async function firstLine(path: string, limit = 4 * 1024 * 1024): Promise<string | undefined> {
  const fh = await open(path, 'r');
  try {
    let text = '';
    const buf = Buffer.alloc(64 * 1024);
    for (let pos = 0; pos < limit;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
      if (bytesRead === 0) break;
      pos += bytesRead;
      text += buf.subarray(0, bytesRead).toString('utf8');
      const lines = text.split('\n');
      const done = lines.slice(0, -1).find((l) => l.trim());
      if (done) return done;
    }
    return text.trim() || undefined;
  } finally {
    await fh.close();
  }
}

export async function isTriplesFile(path: string): Promise<boolean> {
  if (!JSONL.test(path)) return false;
  try {
    if (!(await stat(path)).isFile()) return false;
    const line = await firstLine(path);
    return line !== undefined && looksLikeTriple(JSON.parse(line));
  } catch {
    return false; // unreadable or not JSON: let the document reader report it
  }
}

function checkTriple(v: unknown, file: string, line: number): Triple {
  const t = v as Triple;
  const missing = !looksLikeTriple(v) ? 'subject/relation/object'
    : typeof t.id !== 'string' ? 'id'
      : typeof t.subject.id !== 'string' || typeof t.object.id !== 'string' ? 'subject.id/object.id'
        : typeof t.relation.type !== 'string' ? 'relation.type'
          : !isObject(t.evidence) || typeof t.evidence.doc !== 'string' ? 'evidence.doc' : undefined;
  if (missing) throw new InputError(`not a triple: missing ${missing}`, { file, line, hint: 'Triples files are written by `actorgraph extract`; see src/types.ts (Triple).' });
  return t;
}

/** Streams the triples of one file; a bad line throws an InputError naming file and line. */
export async function* readTriplesFile(path: string): AsyncGenerator<Triple> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let v: unknown;
    try { v = JSON.parse(line); } catch (err) {
      throw new InputError(`invalid JSON: ${(err as Error).message}`, { file: path, line: n });
    }
    yield checkTriple(v, path, n);
  }
}
