/**
 * actorgraph/io/jsonl — a JSONL stream → Docs, one line at a time, so a 1 GB file never sits in
 * memory. A bad line (not JSON, not UTF-8, a NUL byte, too long) is reported (file:line: why) and
 * skipped; the good lines around it still count.
 */
import { InputError } from '../errors.js';
import type { Doc } from '../types.js';
import type { Chunks } from './chunks.js';
import { byteLines } from './lines.js';
import { decodeUtf8, looksBinary } from './decode.js';
import { recordToDoc } from './record.js';
import { formatBytes } from './bytes.js';

export interface JsonlOptions {
  maxRecordBytes: number;
  /** Longer record ids are refused (io/record.ts). */
  maxIdBytes?: number;
  onError: (e: InputError) => void;
}

const isBlank = (b: Buffer): boolean => b.every((c) => c === 0x20 || c === 0x09 || c === 0x0d);

export async function* jsonlDocs(chunks: Chunks, file: string, opts: JsonlOptions): AsyncGenerator<Doc> {
  let records = 0;
  for await (const line of byteLines(chunks, opts.maxRecordBytes)) {
    const where = { file, line: line.number };
    if (line.bytes === null) {
      opts.onError(new InputError(`line is ${formatBytes(line.length)}, larger than maxRecordBytes (${formatBytes(opts.maxRecordBytes)})`, {
        ...where, hint: 'Split the record, or raise maxRecordBytes (--max-record-bytes).',
      }));
      records++;
      continue;
    }
    if (isBlank(line.bytes)) continue;
    records++;
    // A pretty-printed JSON array saved as .jsonl: every line would fail (or half-parse); refuse the file once.
    if (records === 1 && line.bytes.toString('latin1').trim() === '[') {
      throw new InputError('a JSON array, not JSONL', { ...where, hint: 'JSONL needs one object per line: jq -c ".[]" in.json > out.jsonl' });
    }
    let doc: Doc;
    try {
      // Why per record: one damaged line (a NUL byte) must cost that record, not the file.
      const binary = line.bytes.includes(0) ? looksBinary(line.bytes) : null;
      if (binary) throw new InputError(`binary data in the record (${binary})`, { ...where, hint: 'The line was damaged; the other lines are read.' });
      const text = decodeUtf8(line.bytes, { ...where, offset: line.offset });
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        throw new InputError(`not valid JSON: ${(e as Error).message}`, {
          ...where,
          hint: 'Each line must be one complete JSON object; a record may not span lines.',
        });
      }
      doc = recordToDoc(value, file, line.number, opts.maxIdBytes);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      opts.onError(e);
      continue;
    }
    yield doc;
  }
  if (records === 0) throw new InputError('empty file (only blank lines)', { file, hint: 'Give one JSON object a line: {"id": "…", "text": "…"}.' });
}
