import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashRange, hashString } from '../../src/nlp/hash.js';

test('hashRange hashes a slice in place: the same number as hashString of the slice', () => {
  // [word, from, to] — the affixes sentenceWords reads, short words and the empty slice among them
  const rows: Array<[string, number, number]> = [
    ['taliban', 0, 1], ['taliban', 0, 2], ['taliban', 5, 7], ['taliban', 4, 7], ['taliban', 3, 7],
    ['a', 0, 1], ['of', 0, 1], ['of', 0, 2], ['war', 0, 2], ['', 0, 0], ['münchen', 4, 7], ['0,000', 2, 5],
  ];
  for (const [w, from, to] of rows) assert.equal(hashRange(w, from, to), hashString(w.slice(from, to)), `${w}[${from}, ${to})`);
  assert.equal(hashString(''), 0x811c9dc5);
});
