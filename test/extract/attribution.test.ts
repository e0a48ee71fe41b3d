/**
 * inQuotation (src/extract/attribution.ts): whether a place in the text is inside a quotation,
 * read from the start of its paragraph, with straight quotes told apart by what precedes them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inQuotation } from '../../src/extract/attribution.ts';

// [why, text with | marking the place asked about, inside?]
const CASES: Array<[string, string, boolean]> = [
  ['after an opening straight quote', 'He said: "We will |win."', true],
  ['after the closing straight quote', '"We will win," |he said.', false],
  ['curly quotes', 'He said: \u201cWe will |win.\u201d', true],
  ['a new paragraph closes an unbalanced quote', 'He said: "We will win.\n\n|She agreed.', false],
  ['a stray closing quote does not open one', 'It ended.” |She agreed.', false],
  ['a quote opened in an earlier sentence of the paragraph', '"We will win. We will |fight," he said.', true],
];
for (const [why, marked, want] of CASES) {
  test(`attribution: inQuotation: ${why}`, () => {
    const at = marked.indexOf('|');
    assert.equal(inQuotation(marked.slice(0, at) + marked.slice(at + 1), at), want);
  });
}
