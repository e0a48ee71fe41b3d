import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph } from '../../src/graph/build.js';
import { headline } from '../../src/graph/headline.js';
import { seedFixture } from './fixtures.js';

test('buildGraph should count every mention of an actor and merge repeated facts into one edge', () => {
  const { triples, docs } = seedFixture();
  const g = buildGraph(triples, docs);
  const involving = (id: string) => triples.filter((t) => t.subject.id !== t.object.id && (t.subject.id === id || t.object.id === id)).length;
  for (const id of ['RUS', 'BLR', 'NATO']) assert.equal(g.getNodeAttribute(id, 'mentions'), involving(id), id);
  assert.ok(g.getNodeAttribute('BLR', 'mentions') > 1);
});

test('buildGraph should not keep a mention shared by two actors ("the two countries") as an alias', () => {
  const t = (id: string, name: string, mention: string) => ({ id, name, type: 'country' as const, mention });
  const base = { relation: { label: 'meet', lemma: 'meet', type: 'MEET', negated: false, modality: 'asserted' as const, tense: 'past' }, evidence: { doc: 'd', sentence: 0, text: 'x', start: 0, end: 1 }, rule: 'r', confidence: 1 };
  const g = buildGraph([
    { ...base, id: '1', subject: t('RUS', 'Russia', 'the two countries'), object: t('BLR', 'Belarus', 'Minsk') },
    { ...base, id: '2', subject: t('BLR', 'Belarus', 'the two countries'), object: t('RUS', 'Russia', 'Moscow') },
  ] as never);
  assert.deepEqual(g.getNodeAttribute('RUS', 'aliases'), ['Moscow']);
  assert.deepEqual(g.getNodeAttribute('BLR', 'aliases'), ['Minsk']);
});

test('headline should take a short first line followed by a blank line, and nothing else', () => {
  const table: Array<[string | undefined, string | undefined]> = [
    ['Belousov: Russia And Belarus Continue\n\nChanges in the situation …', 'Belousov: Russia And Belarus Continue'],
    ['  Title with CRLF\r\n\r\nBody.', 'Title with CRLF'],
    ['One paragraph that runs on.\nSecond line.', undefined],
    ['A sentence that ends with a full stop.\n\nBody.', undefined],
    [`${'x'.repeat(200)}\n\nBody`, undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [text, want] of table) assert.equal(headline(text), want, JSON.stringify(text));
});

test('buildGraph should title a document without one from its headline', () => {
  const g = buildGraph([], [{ id: 'a.txt', text: 'Minsk Talks Resume\n\nDelegations met on Monday.' }, { id: 'b.txt', text: 'No title here.', title: 'Given' }]);
  assert.equal(g.getAttribute('docs')['a.txt'].title, 'Minsk Talks Resume');
  assert.equal(g.getAttribute('docs')['b.txt'].title, 'Given');
});
