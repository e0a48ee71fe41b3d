/**
 * actorgraph/io/lines — splits a byte stream at "\n" without decoding it first. readline would
 * decode leniently (bad bytes become U+FFFD) and would buffer an over-long line whole; working on
 * bytes lets each line be decoded strictly, named by number and byte offset, and lets a line past
 * the cap be skipped while it streams by, so memory stays bounded by maxRecordBytes.
 */
import type { Chunks } from './chunks.js';

export interface Line {
  /** 1-based line number. */
  number: number;
  /** Byte offset of the line's first byte in the stream. */
  offset: number;
  /** Length in bytes, without the "\n" (and without a trailing "\r"). */
  length: number;
  /** The bytes, or null when the line was longer than `max` and was dropped while streaming. */
  bytes: Buffer | null;
}

/**
 * @example for await (const l of byteLines(fs.createReadStream('a.jsonl'), 1 << 20)) …
 */
export async function* byteLines(chunks: Chunks, max: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  let number = 1;
  let offset = 0;

  const finish = (): Line => {
    let bytes = tooLong ? null : Buffer.concat(parts, length);
    let len = length;
    if (bytes && bytes[len - 1] === 0x0d) { bytes = bytes.subarray(0, len - 1); len--; }
    return { number, offset, length: len, bytes };
  };

  for await (const chunk of chunks) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      const seg = chunk.subarray(start, nl === -1 ? chunk.length : nl);
      if (!tooLong && length + seg.length > max) { tooLong = true; parts = []; }
      if (!tooLong) parts.push(seg);
      length += seg.length;
      if (nl === -1) break;
      yield finish();
      offset += length + 1;
      number++;
      parts = []; length = 0; tooLong = false;
      start = nl + 1;
    }
  }
  if (length > 0) yield finish();
}
