import { test } from 'node:test';
import assert from 'node:assert/strict';
import { limitNesting } from '../../src/io/html-depth.ts';
import { htmlToText } from '../../src/io/html.ts';

/** Deepest element nesting, counting as limitNesting does (void and implied-end elements aside). */
function depthOf(html: string): number {
  let d = 0, max = 0;
  for (const m of html.matchAll(/<(\/?)(span|div|b|i)\b[^<>]*>/g)) { d += m[1] ? -1 : 1; max = Math.max(max, d); }
  return max;
}

// [name, html, maxDepth, expected]
const cases: Array<[string, string, number, string]> = [
  ['a shallow page unchanged', '<div><p>One<p>Two<br><img src=x></div>', 2, '<div><p>One<p>Two<br><img src=x></div>'],
  ['opening tags past the depth blanked, with their closes', '<b><b><b>x</b></b></b>', 2, '<b><b> x </b></b>'],
  ['implied-end and void elements never counted', '<li><li><li><p><p><br><br>x', 1, '<li><li><li><p><p><br><br>x'],
  ['a close with no blanked open kept', '<i>a</i></i><b>c</b>', 1, '<i>a</i></i><b>c</b>'],
  ['a tag with no ">" left alone', '<b<b<b x', 1, '<b<b<b x'],
  // (found by npm run fuzz: 6 s before the name's lookahead; its speed is the fuzz's hang report, not a timed test)
  ['a 100k-letter tag name with no ">" left alone', `<p>x</${'a'.repeat(100_000)}`, 1, `<p>x</${'a'.repeat(100_000)}`],
];
for (const [name, html, max, want] of cases) {
  test(`limitNesting: ${name}`, () => assert.equal(limitNesting(html, max), want));
}

test('100,000 nested elements (found by npm run fuzz: 53 s in htmlparser2) keep their text, at most 512 deep', () => {
  const n = 100_000;
  const html = `${'<span>'.repeat(n)}Iran and Iraq met.${'</span>'.repeat(n)}<p>After.</p>`;
  assert.ok(depthOf(limitNesting(html)) <= 512);
  assert.equal(htmlToText(html).text, 'Iran and Iraq met.\n\nAfter.');
});
