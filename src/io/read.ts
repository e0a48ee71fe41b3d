/**
 * actorgraph/io/read — every input (files, folders, stdin "-") → a stream of Docs.
 *
 * Order of work for each source: open → sniff the head (empty? binary?) → pick the format
 * (extension, or for stdin and unknown extensions: JSONL if the first non-blank byte is "{") →
 * JSONL streams record by record; other formats are read whole (capped at maxRecordBytes),
 * decoded as strict UTF-8 and converted.
 *
 * A bad input never stops the others: each problem is an InputError naming file and line, passed
 * to onError, and reading goes on. Without onError the first error is thrown (warnings, such as a
 * skipped README.pdf in a folder, are then ignored).
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import type { Doc } from '../types.js';
import { counted, peek, readAll, tooLarge, type Chunks } from './chunks.js';
import { textToDoc } from './convert.js';
import { assertText, decodeUtf8, SNIFF_BYTES } from './decode.js';
import { expandInputs, type Source } from './expand.js';
import type { Format } from './formats.js';
import { fsError } from './fs-error.js';
import { jsonlDocs } from './jsonl.js';
import { isWarning } from './warning.js';

export interface ReadOptions {
  /** Called for each bad file, line or record (and for warnings); reading continues. */
  onError?: (e: InputError) => void;
  /** Text files and JSONL lines larger than this are refused. Default: DEFAULT_SETTINGS.maxRecordBytes. */
  maxRecordBytes?: number;
  /** Bytes read so far, of the total size of all files (stdin adds to both as it arrives). */
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
  /** What "-" reads. Default: process.stdin. */
  stdin?: AsyncIterable<Uint8Array>;
}

function throwUnlessWarning(e: InputError): void {
  if (!isWarning(e)) throw e;
}

/** "{" after optional whitespace (and BOM): JSONL; anything else: plain text. */
function sniff(head: Buffer): Format {
  const s = head.subarray(0, 1024).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return s.startsWith('{') ? 'jsonl' : 'text';
}

async function* readSource(chunks: Chunks, src: Source, max: number, onError: (e: InputError) => void): AsyncGenerator<Doc> {
  const { head, all } = await peek(chunks, SNIFF_BYTES);
  if (head.length === 0) throw new InputError('empty file', { file: src.name, hint: 'The file has no bytes; check it was written completely.' });
  const format = src.kind === 'file' && src.format ? src.format : sniff(head);
  // JSONL that starts like JSONL is checked record by record (io/jsonl.ts): a NUL byte in line 3
  // costs line 3. Anything else (a PDF named .jsonl) is refused whole, as a text file is.
  if (format !== 'jsonl' || sniff(head) !== 'jsonl') assertText(head, src.name);
  if (format === 'jsonl') {
    yield* jsonlDocs(all, src.name, { maxRecordBytes: max, onError });
    return;
  }
  if (src.size > max) throw tooLarge(src.name, max, src.size); // known from stat: refuse before reading
  const bytes = await readAll(all, max, src.name);
  assertText(bytes, src.name); // the sniff saw only the head
  yield textToDoc(format, decodeUtf8(bytes, { file: src.name }), src.name);
}

function open(src: Source, stdin: AsyncIterable<Uint8Array>): { chunks: Chunks; close: () => void } {
  if (src.kind === 'stdin') {
    if ((stdin as Partial<typeof process.stdin>).isTTY) {
      throw new InputError('stdin is a terminal, not piped input', { file: src.name, hint: 'Pipe text in (cat a.txt | actorgraph extract -) or name files.' });
    }
    return { chunks: stdin, close: () => {} };
  }
  const stream: Readable = createReadStream(src.name, { highWaterMark: 1 << 16 });
  return { chunks: stream, close: () => stream.destroy() };
}

/**
 * @example
 * for await (const doc of readInputs(['data/seed', 'extra.jsonl'], { onError: (e) => console.error(e.message) })) {
 *   extractTriples(doc);
 * }
 */
export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<Doc> {
  const max = opts.maxRecordBytes ?? DEFAULT_SETTINGS.maxRecordBytes;
  const reported = new WeakSet<InputError>();
  const userOnError = opts.onError ?? throwUnlessWarning;
  // An onError that throws must stop everything, not be called again by an outer catch.
  const onError = (e: InputError): void => {
    if (reported.has(e)) throw e;
    reported.add(e);
    userOnError(e);
  };

  const sources = await expandInputs(inputs, onError);
  const total = sources.reduce((n, s) => n + s.size, 0);
  let done = 0;
  const advance = (n: number): void => {
    done += n;
    opts.onProgress?.(done, Math.max(total, done));
  };

  for (const src of sources) {
    const start = done;
    let close = (): void => {};
    try {
      const opened = open(src, opts.stdin ?? process.stdin);
      close = opened.close;
      yield* readSource(counted(opened.chunks, advance), src, max, onError);
    } catch (e) {
      const err = fsError(e, src.name);
      if (!(err instanceof InputError)) throw err;
      onError(err);
    } finally {
      close();
    }
    // A refused file was not read to its end; count it as done so the bar still reaches 100 %.
    if (done - start < src.size) advance(src.size - (done - start));
  }
}
