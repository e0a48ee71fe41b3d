/**
 * actorgraph/io/chunks — small helpers over a stream of byte chunks (a file stream or stdin), so
 * every format is read the same way: peek at the head, count bytes for progress, or collect the
 * whole thing under a size cap.
 */
import { InputError } from '../errors.js';
import { formatBytes } from './bytes.js';

export type Chunks = AsyncIterable<Uint8Array>;

/**
 * Reads at least `min` bytes (or everything, if shorter) and returns them with a stream that
 * replays them followed by the rest: lets us sniff binary/JSONL without a second read.
 */
export async function peek(chunks: Chunks, min: number): Promise<{ head: Buffer; all: Chunks }> {
  const it = chunks[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let n = 0;
  let done = false;
  while (n < min) {
    const r = await it.next();
    if (r.done) { done = true; break; }
    parts.push(r.value);
    n += r.value.length;
  }
  const head = Buffer.concat(parts);
  async function* all(): AsyncGenerator<Uint8Array> {
    try {
      if (head.length) yield head;
      while (!done) {
        const r = await it.next();
        if (r.done) { done = true; break; }
        yield r.value;
      }
    } finally {
      if (!done) await it.return?.();
    }
  }
  return { head, all: all() };
}

/** Passes chunks through, calling `onBytes(n)` as each is read. */
export async function* counted(chunks: Chunks, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const c of chunks) {
    onBytes(c.length);
    yield c;
  }
}

/** The refusal for a whole file past the cap; `size` when known up front (stat). */
export function tooLarge(file: string, max: number, size?: number): InputError {
  return new InputError(`${size ? `file is ${formatBytes(size)}, ` : ''}larger than maxRecordBytes (${formatBytes(max)})`, {
    file, hint: 'Split the file, store it as JSONL (one record a line), or raise maxRecordBytes (--max-record-bytes).',
  });
}

/** Collects everything, refusing (and stopping the read) once it passes `max` bytes. */
export async function readAll(chunks: Chunks, max: number, file: string): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let n = 0;
  for await (const c of chunks) {
    n += c.length;
    if (n > max) throw tooLarge(file, max);
    parts.push(c);
  }
  return Buffer.concat(parts, n);
}
