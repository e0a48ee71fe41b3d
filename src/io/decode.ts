/**
 * actorgraph/io/decode — bytes → text, strictly. Input that is not UTF-8 text is refused with the
 * place it went wrong, instead of being decoded into U+FFFD noise that the extractor would then
 * read as words.
 */
import { InputError } from '../errors.js';

/** How many leading bytes the binary sniff looks at: enough to see a header, cheap on 1 GB files. */
export const SNIFF_BYTES = 8192;

/** Above this share of control characters (other than tab, CR, LF, FF, VT) a sample is "binary". */
const CONTROL_SHARE = 0.1;

/**
 * Why `sample` looks binary, or null if it looks like text.
 * @example looksBinary(Buffer.from('%PDF-1.7\n\0…')) // → 'NUL byte at offset 9'
 */
export function looksBinary(sample: Uint8Array): string | null {
  // UTF-16 text has NULs too, but deserves a better hint than "binary".
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) return 'UTF-16 byte-order mark';
  const nul = sample.indexOf(0);
  if (nul !== -1) return `NUL byte at offset ${nul}`;
  let control = 0;
  for (const b of sample) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  if (sample.length > 0 && control / sample.length > CONTROL_SHARE) {
    return `${Math.round((100 * control) / sample.length)}% control characters`;
  }
  return null;
}

/** Throws the "binary file, not text" InputError for `file` when `sample` looks binary. */
export function assertText(sample: Uint8Array, file: string): void {
  const why = looksBinary(sample);
  if (!why) return;
  const hint = why.startsWith('UTF-16')
    ? 'Re-save the file as UTF-8 (e.g. iconv -f utf-16 -t utf-8).'
    : 'Give actorgraph text files (.txt, .md, .html, .jsonl); PDFs, archives and images are not read.';
  throw new InputError(`binary file, not text (${why})`, { file, hint });
}

/**
 * Byte offset of the first byte that is not well-formed UTF-8, or -1. Mirrors the WHATWG decoder's
 * fatal mode (no overlongs, no surrogates, nothing past U+10FFFF), which only says "invalid".
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number; let lo = 0x80; let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes UTF-8 or throws an InputError naming the line and byte offset of the first bad byte.
 * `where.line`/`where.offset` place `bytes` inside a larger file (a JSONL line); a leading BOM is dropped.
 * @example decodeUtf8(Buffer.from([0x61, 0xe9, 0x0a]), { file: 'a.txt' }) // throws "a.txt:1: invalid UTF-8 at byte 1"
 */
export function decodeUtf8(bytes: Uint8Array, where: { file: string; line?: number; offset?: number }): string {
  try {
    return strict.decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    let line = where.line ?? 1;
    if (where.line === undefined) for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    throw new InputError(`invalid UTF-8 at byte ${(where.offset ?? 0) + at} (0x${bytes[at]?.toString(16).padStart(2, '0')})`, {
      file: where.file, line,
      hint: 'The file is not UTF-8 (perhaps Latin-1 or Windows-1252); re-save it as UTF-8, e.g. iconv -f windows-1252 -t utf-8.',
    });
  }
}
