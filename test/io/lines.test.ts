/** byteLines: "\n" splitting over arbitrary chunk boundaries, with numbers, offsets and a length cap. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { byteLines, type Line } from '../../src/io/lines.ts';

async function lines(chunks: string[], max = 1 << 20): Promise<Array<[number, number, string | null]>> {
  const out: Array<[number, number, string | null]> = [];
  async function* gen(): AsyncGenerator<Uint8Array> { for (const c of chunks) yield Buffer.from(c); }
  for await (const l of byteLines(gen(), max) as AsyncGenerator<Line>) out.push([l.number, l.offset, l.bytes?.toString() ?? null]);
  return out;
}

describe('byteLines', () => {
  const CASES: Array<[name: string, chunks: string[], expected: Array<[number, number, string | null]>]> = [
    ['one chunk', ['a\nbb\n'], [[1, 0, 'a'], [2, 2, 'bb']]],
    ['no final newline', ['a\nbb'], [[1, 0, 'a'], [2, 2, 'bb']]],
    ['a line split across chunks', ['ab', 'c\nd', 'e\n'], [[1, 0, 'abc'], [2, 4, 'de']]],
    ['CRLF endings', ['a\r\nb\r', '\n'], [[1, 0, 'a'], [2, 3, 'b']]],
    ['blank lines kept (for numbering)', ['\n\nx\n'], [[1, 0, ''], [2, 1, ''], [3, 2, 'x']]],
    ['empty input', [], []],
  ];
  for (const [name, chunks, expected] of CASES) {
    it(`should split ${name}`, async () => {
      assert.deepEqual(await lines(chunks), expected);
    });
  }

  it('should drop a line past the cap while it streams, and go on with the next', async () => {
    assert.deepEqual(await lines(['ok\n', 'x'.repeat(6), 'x'.repeat(6), '\nok\n'], 10), [[1, 0, 'ok'], [2, 3, null], [3, 16, 'ok']]);
  });
});
