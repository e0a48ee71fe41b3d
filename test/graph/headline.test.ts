/** graph/headline: titles for documents that carry none. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docLabel, headline, titleFromEvidence } from '../../src/graph/headline.js';

const HEADLINES: Array<[string | undefined, string | undefined]> = [
  ['Belousov: Russia And Belarus Continue\n\nChanges in …', 'Belousov: Russia And Belarus Continue'],
  ['One paragraph with no title line.', undefined],
  ['A first line that ends a sentence.\n\nBody.', undefined],
  [undefined, undefined],
];
for (const [text, want] of HEADLINES) test(`headline(${JSON.stringify(text?.slice(0, 20))})`, () => assert.equal(headline(text), want));

const LABELS: Array<[string, string]> = [
  ['data/seed/belousov-union-state.txt', 'belousov-union-state'],
  ['C:\\news\\story.html', 'story'],
  ['DEV-MUC3-0001', 'DEV-MUC3-0001'],
  ['bbc/business/001', '001'],
  ['.txt', '.txt'],
];
for (const [id, want] of LABELS) test(`docLabel(${id})`, () => assert.equal(docLabel(id), want));

test('titleFromEvidence should name untitled documents by a headline-shaped first sentence only', () => {
  const ev = (doc: string, sentence: number, text: string) => ({ doc, sentence, text });
  const attrs = {
    evidence: {
      a: ev('data/seed/x.txt', 0, 'Belousov: Russian Federation And Belarus  Continue'),
      b: ev('wire-1', 0, 'Ukraine accused Russia of striking energy infrastructure overnight.'),
      c: ev('wire-2', 3, 'Not The First Sentence'),
      d: ev('titled', 0, 'Other Headline'),
    },
    docs: { titled: { title: 'Its own title', date: '2024-01-01' } } as Record<string, { title?: string; date?: string }>,
  };
  titleFromEvidence(attrs);
  assert.equal(attrs.docs['data/seed/x.txt'].title, 'Belousov: Russian Federation And Belarus Continue');
  assert.equal(attrs.docs['wire-1'].title, undefined, 'a sentence is not a headline');
  assert.equal(attrs.docs['wire-2'], undefined, 'only the first sentence');
  assert.deepEqual(attrs.docs.titled, { title: 'Its own title', date: '2024-01-01' }, 'a title is kept');
});
