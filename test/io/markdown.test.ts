/** stripMarkdown: prose in, syntax out, code kept as text. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stripMarkdown } from '../../src/io/markdown.ts';

describe('stripMarkdown', () => {
  const CASES: Array<[md: string, text: string]> = [
    ['# Heading', 'Heading'],
    ['### Closed heading ###', 'Closed heading'],
    ['Setext\n======', 'Setext'],
    ['**bold** and __strong__', 'bold and strong'],
    ['*em* and _em_', 'em and em'],
    ['snake_case_name and 2*3*4 stay', 'snake_case_name and 2*3*4 stay'],
    ['~~struck~~', 'struck'],
    ['[NATO](https://nato.int) met [Russia][ru]', 'NATO met Russia'],
    ['![a map of Poland](map.png)', 'a map of Poland'],
    ['see <https://example.org>', 'see https://example.org'],
    ['`inline code`', 'inline code'],
    ['> quoted\n>> nested', 'quoted\nnested'],
    ['- item\n* item\n+ item\n- [x] done', 'item\nitem\nitem\ndone'],
    ['1. first\n2) second', 'first\nsecond'],
    ['text\n\n---\n\nmore', 'text\n\nmore'],
    ['[ref]: https://example.org\nBody', 'Body'],
    ['```js\nconst **x** = [a](b);\n```', 'const **x** = [a](b);'],
    ['~~~\n# not a heading\n~~~', '# not a heading'],
    ['a\n\n\n\nb', 'a\n\nb'],
  ];
  for (const [md, text] of CASES) {
    it(`should turn ${JSON.stringify(md)} into ${JSON.stringify(text)}`, () => {
      assert.equal(stripMarkdown(md).text, text);
    });
  }

  const TITLES: Array<[md: string, title: string | undefined]> = [
    ['---\ntitle: "Front matter"\n---\n# Heading', 'Front matter'],
    ['Intro\n\n## First **heading**', 'First heading'],
    ['No heading at all', undefined],
  ];
  for (const [md, title] of TITLES) {
    it(`should take title ${JSON.stringify(title)} from ${JSON.stringify(md.slice(0, 20))}…`, () => {
      assert.equal(stripMarkdown(md).title, title);
    });
  }

  it('should drop front matter from the text', () => {
    assert.equal(stripMarkdown('---\ntitle: T\ndate: 2024\n---\nBody.').text, 'Body.');
  });
});

// Time bombs (issue 11 §6): one long line with openers and no closers made every inline pattern
// rescan the line from each opener (quadratic). These are the one kind of timed test the project
// keeps: the bound is deliberately very loose (the old code took 30–60 s on these inputs on the
// project's machine, the new one well under a second), so only a return of the quadratic fails it.
describe('stripMarkdown on adversarial lines (issue 11 §6)', () => {
  const LOOSE_BOUND_MS = 8000;
  const BOMBS: Array<[name: string, md: string, old: string]> = [
    ['120 KB of "**a " on one line', '**a '.repeat(30000), '33 s'],
    ['240 KB of "_a " on one line', '_a '.repeat(80000), '~60 s'],
    ['a heading of 120,000 spaces', `# ${' '.repeat(120000)}x`, '46 s'],
  ];
  for (const [name, md, old] of BOMBS) {
    it(`should strip ${name} in linear time (old code: ${old}; bound ${LOOSE_BOUND_MS / 1000} s)`, () => {
      const t = performance.now();
      const { text } = stripMarkdown(md);
      const ms = performance.now() - t;
      // nothing to strip (no closer anywhere): the words stay, markers and all
      assert.equal(text, md.replace(/^# /, '').trim());
      assert.ok(ms < LOOSE_BOUND_MS, `took ${Math.round(ms)} ms`);
    });
  }
});
