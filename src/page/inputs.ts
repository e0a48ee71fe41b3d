/**
 * actorgraph/page/inputs — what `build` reads: text inputs (through io/read + extract) or
 * JSONL files of triples already extracted.
 *
 * A triples file is recognised by its first record having subject, relation and object. It may
 * also hold document records (`{"id","title","date","source"}`, no subject) that give the
 * evidence panel its titles and dates.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import type { Doc, Triple } from '../types.js';

export interface Gathered { triples: Triple[]; docs: Doc[] }

function isTriple(r: unknown): r is Triple {
  const o = r as Record<string, unknown> | null;
  return !!o && typeof o === 'object' && !!o.subject && !!o.relation && !!o.object;
}

/** True when `file` is JSONL whose first record is a triple. Reads at most 64 KiB. */
export async function isTriplesFile(file: string): Promise<boolean> {
  if (!/\.jsonl$/i.test(file)) return false;
  let fh;
  try {
    fh = await open(file, 'r');
    const buf = Buffer.alloc(65536);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const first = buf.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').split('\n').find((l) => l.trim());
    if (!first) return false;
    try { return isTriple(JSON.parse(first)); } catch { return false; }
  } catch {
    return false; // a folder or unreadable path: io/read reports it properly
  } finally {
    await fh?.close();
  }
}

export async function readTriplesFile(file: string, into: Gathered, onError: (e: InputError) => void): Promise<void> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    if (!text.trim()) continue;
    let rec: unknown;
    try { rec = JSON.parse(text); } catch (e) {
      onError(new InputError(`not JSON: ${(e as Error).message}`, { file, line, hint: 'Each line of a triples file must be one JSON object.' }));
      continue;
    }
    if (isTriple(rec)) into.triples.push(rec);
    else if (rec && typeof (rec as Doc).id === 'string') into.docs.push({ ...(rec as Doc), text: (rec as Doc).text ?? '' });
    else onError(new InputError('neither a triple nor a document record', { file, line, hint: 'Triples need subject, relation and object; documents need an id.' }));
  }
}

/**
 * @example
 *   const { triples, docs } = await gatherInputs(['data/seed'], async () => (doc) => extractTriples(doc), warn);
 */
export async function gatherInputs(inputs: string[], loadExtractor: () => Promise<(doc: Doc) => Triple[]>, onError: (e: InputError) => void): Promise<Gathered> {
  const out: Gathered = { triples: [], docs: [] };
  const texts: string[] = [];
  for (const input of inputs) {
    if (await isTriplesFile(input)) await readTriplesFile(input, out, onError);
    else texts.push(input);
  }
  if (texts.length) {
    // Loaded only for text inputs: a triples file needs neither the reader nor the NLP model.
    const [{ readInputs }, extract] = await Promise.all([import('../io/read.js'), loadExtractor()]);
    for await (const doc of readInputs(texts, { onError })) {
      out.docs.push(doc);
      for (const t of extract(doc)) out.triples.push(t);
    }
  }
  return out;
}
