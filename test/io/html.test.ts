/** htmlToText: htmlparser2 under the hood; non-prose dropped, blocks kept apart, entities decoded. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText } from '../../src/io/html.ts';

describe('htmlToText', () => {
  const CASES: Array<[name: string, html: string, text: string]> = [
    ['paragraphs as blocks', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['inline elements inside a sentence', '<p>NATO <b>met</b> <a href="x">Russia</a>.</p>', 'NATO met Russia.'],
    ['source newlines folded', '<p>Russia\n   and\tBelarus</p>', 'Russia and Belarus'],
    ['<br> as a line break', '<p>One<br>Two<br/>Three</p>', 'One\nTwo\nThree'],
    ['entities decoded', '<p>A &amp; B &lt;C&gt; &eacute;&#233;&#x41; &nbsp;x</p>', 'A & B <C> ééA x'],
    ['script dropped', '<p>Kept.</p><script>document.write("<p>NATO</p>")</script>', 'Kept.'],
    ['style dropped', '<style>.a{}</style><p>Kept.</p>', 'Kept.'],
    ['noscript dropped', '<noscript>Enable JS</noscript><p>Kept.</p>', 'Kept.'],
    ['comments dropped', '<p>Kept.<!-- NATO attacked --></p>', 'Kept.'],
    ['headings and list items as blocks', '<h2>Title</h2><ul><li>a</li><li>b</li></ul>', 'Title\n\na\n\nb'],
    ['table cells as blocks', '<table><tr><td>Russia</td><td>Belarus</td></tr></table>', 'Russia\n\nBelarus'],
    ['<pre> whitespace kept', '<pre>line 1\n  line 2</pre>', 'line 1\n  line 2'],
    ['unclosed tags tolerated', '<div><p>One<p>Two', 'One\n\nTwo'],
    ['a fragment without <html>', 'Just text &amp; more', 'Just text & more'],
  ];
  for (const [name, html, text] of CASES) {
    it(`should handle ${name}`, () => {
      assert.equal(htmlToText(html).text, text);
    });
  }

  it('should take <title> (not into the text), the published date and the canonical link', () => {
    const out = htmlToText(`<html><head><title> Minsk  &amp; Moscow </title>
      <meta name="date" content="2024-05-01"><link rel="canonical" href="https://e.org/a"></head><body><p>Body.</p></body></html>`);
    assert.deepEqual(out, { text: 'Body.', title: 'Minsk & Moscow', date: '2024-05-01', source: 'https://e.org/a' });
  });
});
