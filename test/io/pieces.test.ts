import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textPieces } from '../../src/io/pieces.ts';

const para = (n: number) => `Paragraph ${n} starts here. It has a second sentence that runs on for a while.`;

// [name, text, maxChars, what the first cut must end with]
const cases: Array<[string, string, number, (first: string) => boolean]> = [
  ['a blank line first', Array.from({ length: 40 }, (_, i) => para(i)).join('\n\n'), 400, (f) => /\.\n\n$/.test(f)],
  ['a sentence end when no blank line', Array.from({ length: 40 }, (_, i) => para(i)).join(' '), 400, (f) => /\. $/.test(f)],
  ['a space when no sentence ends', 'word '.repeat(500), 400, (f) => / $/.test(f)],
  ['a hard cut in one unbroken run', 'x'.repeat(2000), 400, (f) => f.length === 400],
  ['never inside a surrogate pair', '😀'.repeat(1000), 401, (f) => !/[\uD800-\uDBFF]$/.test(f)],
];

for (const [name, text, max, firstOk] of cases) {
  test(`textPieces cuts at ${name}`, () => {
    const pieces = [...textPieces(text, max)];
    assert.ok(pieces.length > 1, 'a long text is cut');
    assert.ok(pieces.every((p) => p.text.length <= max), 'no piece is longer than maxChars');
    assert.ok(pieces.slice(0, -1).every((p) => p.text.length >= max / 2 - 1), 'no piece but the last is tiny');
    assert.equal(pieces.map((p) => p.text).join(''), text, 'the pieces are the text, in order, nothing lost');
    for (const p of pieces) assert.equal(text.slice(p.offset, p.offset + p.text.length), p.text, 'each offset places its piece');
    assert.ok(firstOk(pieces[0].text), `first piece ends as expected: ${JSON.stringify(pieces[0].text.slice(-20))}`);
  });
}

test('a text that fits is one piece, itself', () => {
  const text = 'NATO met. Russia left.';
  assert.deepEqual([...textPieces(text, 1000)], [{ offset: 0, text }]);
});

test('a 4 MB single line is cut without recursion into pieces of the bound', () => {
  const text = 'Russia and Belarus signed an agreement on Monday. '.repeat(80_000);
  let n = 0;
  let total = 0;
  for (const p of textPieces(text, 200_000)) { n++; total += p.text.length; assert.ok(p.text.length <= 200_000); }
  assert.equal(total, text.length);
  assert.ok(n >= 20);
});
