/** recordToDoc: our JSONL records and CaRB's, and the errors that name the field. */
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { recordToDoc } from '../../src/io/record.ts';

describe('recordToDoc', () => {
  const GOOD: Array<[record: unknown, doc: object]> = [
    [{ id: 'a', text: 'NATO met.' }, { id: 'a', text: 'NATO met.' }],
    [{ sentence: 'NATO met.' }, { id: 'f.jsonl#4', text: 'NATO met.', unit: 'sentence' }],
    [{ id: 17, text: 'x' }, { id: '17', text: 'x' }],
    [{ id: '', text: 'x' }, { id: 'f.jsonl#4', text: 'x' }],
    [{ id: null, text: 'x' }, { id: 'f.jsonl#4', text: 'x' }],
    [{ text: 'x', sentence: 'y' }, { id: 'f.jsonl#4', text: 'x' }],
    [{ text: 'x', title: 'T', date: 2024, source: 'bbc', url: 'u', tags: ['a'] }, { id: 'f.jsonl#4', text: 'x', title: 'T', date: '2024', source: 'bbc' }],
    [{ text: 'x', title: { nested: true } }, { id: 'f.jsonl#4', text: 'x' }],
  ];
  for (const [record, doc] of GOOD) {
    it(`should read ${JSON.stringify(record)}`, () => {
      assert.deepEqual(recordToDoc(record, 'f.jsonl', 4), doc);
    });
  }

  const BAD: Array<[record: unknown, message: RegExp]> = [
    [{ id: 'a', body: 'x' }, /f\.jsonl:4: record has no "text" field \(nor "sentence"\)/],
    [{ text: null }, /no "text" field/],
    [{ text: 5 }, /field "text" is a number, not a string/],
    [{ sentence: ['a'] }, /field "sentence" is an array, not a string/],
    [{ text: ' \n ' }, /field "text" is empty/],
    [{ id: { x: 1 }, text: 'x' }, /field "id" is an object, not a string or number/],
    ['just a string', /record is a string, not a JSON object/],
    [null, /record is null, not a JSON object/],
    [[{ text: 'x' }], /record is an array, not a JSON object/],
  ];
  for (const [record, message] of BAD) {
    it(`should refuse ${JSON.stringify(record)}`, () => {
      assert.throws(() => recordToDoc(record, 'f.jsonl', 4), (e: Error & { line?: number }) => message.test(e.message) && e.line === 4);
    });
  }
});

// [why, text as stored, text read]: HTML character references left in scraped text are characters
const ENTITIES: Array<[why: string, raw: string, want: string]> = [
  ['a numeric reference', 'Jos&#233; Manuel Barroso spoke.', 'José Manuel Barroso spoke.'],
  ['named references', 'AT&amp;T sued &lt;Acme&gt;.', 'AT&T sued <Acme>.'],
  ['an ampersand that is no reference stays', 'Marks & Spencer & Co rose.', 'Marks & Spencer & Co rose.'],
];
for (const [why, raw, want] of ENTITIES) {
  test(`record: ${why} → ${JSON.stringify(want)}`, () => assert.equal(recordToDoc({ id: 'x', text: raw }, 'f.jsonl', 1).text, want));
}
