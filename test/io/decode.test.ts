/** decode: binary sniffing and strict UTF-8 with the place of the first bad byte. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeUtf8, firstInvalidUtf8, looksBinary } from '../../src/io/decode.ts';
import { InputError } from '../../src/errors.ts';

const b = (...bytes: number[]): Buffer => Buffer.from(bytes);

describe('looksBinary', () => {
  const CASES: Array<[name: string, sample: Buffer, expected: RegExp | null]> = [
    ['plain text', Buffer.from('NATO met Russia.\n\tIndented.\r\n'), null],
    ['UTF-8 text', Buffer.from('Łukaszenka — Лукашенко'), null],
    ['an empty sample', b(), null],
    ['a NUL byte', Buffer.from('abc\0def'), /NUL byte at offset 3/],
    ['mostly control characters', b(1, 2, 3, 4, 0x41), /80% control characters/],
    ['a few control characters in text', Buffer.from(`${'a'.repeat(95)}\x1b[0m`), null],
    ['a UTF-16LE byte-order mark', b(0xff, 0xfe, 0x41, 0), /UTF-16/],
    ['a UTF-16BE byte-order mark', b(0xfe, 0xff, 0, 0x41), /UTF-16/],
  ];
  for (const [name, sample, expected] of CASES) {
    it(`should say ${expected ? 'binary' : 'text'} for ${name}`, () => {
      const why = looksBinary(sample);
      if (expected) assert.match(why ?? '', expected);
      else assert.equal(why, null);
    });
  }
});

describe('firstInvalidUtf8', () => {
  const CASES: Array<[name: string, bytes: Buffer, offset: number]> = [
    ['ASCII', Buffer.from('abc'), -1],
    ['valid 2-, 3- and 4-byte sequences', Buffer.from('é€😀'), -1],
    ['a Latin-1 é', b(0x63, 0x61, 0x66, 0xe9), 3],
    ['a lone continuation byte', b(0x61, 0x80), 1],
    ['an overlong "/"', b(0xc0, 0xaf), 0],
    ['an overlong 3-byte form', b(0xe0, 0x80, 0xaf), 0],
    ['a UTF-16 surrogate', b(0xed, 0xa0, 0x80), 0],
    ['a code point past U+10FFFF', b(0xf4, 0x90, 0x80, 0x80), 0],
    ['a truncated sequence at the end', b(0x61, 0x62, 0xe2, 0x82), 2],
  ];
  for (const [name, bytes, offset] of CASES) {
    it(`should find ${offset} for ${name}, agreeing with TextDecoder`, () => {
      assert.equal(firstInvalidUtf8(bytes), offset);
      const fatal = new TextDecoder('utf-8', { fatal: true });
      assert.equal(offset === -1, (() => { try { fatal.decode(bytes); return true; } catch { return false; } })());
    });
  }
});

describe('decodeUtf8', () => {
  it('should decode UTF-8 and drop a BOM', () => {
    assert.equal(decodeUtf8(Buffer.from('\ufeffNATO'), { file: 'a.txt' }), 'NATO');
  });

  it('should name line and byte offset of the first bad byte', () => {
    assert.throws(() => decodeUtf8(Buffer.from('one\ntwo\nthr\xe9e', 'latin1'), { file: 'a.txt' }), (e: unknown) => {
      assert.ok(e instanceof InputError);
      assert.equal(e.message, 'actorgraph/input: a.txt:3: invalid UTF-8 at byte 11 (0xe9)');
      assert.equal(e.line, 3);
      assert.match(e.hint ?? '', /re-save it as UTF-8/);
      return true;
    });
  });

  it('should place a bad byte inside a larger file when given line and offset', () => {
    assert.throws(() => decodeUtf8(b(0x41, 0xff), { file: 'b.jsonl', line: 7, offset: 100 }), /b\.jsonl:7: invalid UTF-8 at byte 101 \(0xff\)/);
  });
});
