/**
 * recaseNames (src/extract/recase.ts) on hand-made tokens of lower-cased wire copy: the name words
 * of a recognised span get their capitals back, and a word no one could say as written ("mnr",
 * "avc") gets all of them, as the acronym it is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recaseNames } from '../../src/extract/recase.ts';
import type { Token } from '../../src/nlp/wink.ts';

const tokens = (words: string[]): Token[] => words.map((w, i) => ({ i, text: w, lower: w, pos: 'NOUN', lemma: w, start: 0, end: w.length } as unknown as Token));

// [why, words, entity span [start, end, type], the span's words after]
const CASES: Array<[string, string[], [number, number, 'organization' | 'person' | 'place'], string[]]> = [
  ['no vowel: an acronym', ['the', 'mnr', 'condemned'], [1, 2, 'organization'], ['MNR']],
  ['a vowel then consonants only: an acronym', ['the', 'avc', 'said'], [1, 2, 'organization'], ['AVC']],
  ['a word one can say: a name', ['the', 'fenastras', 'said'], [1, 2, 'organization'], ['Fenastras']],
  ['a surname: a name', ['colonel', 'ochoa', 'said'], [1, 2, 'person'], ['Ochoa']],
];
for (const [why, words, [a, b, type], want] of CASES) {
  test(`recase: ${why}`, () => {
    const ts = tokens(words);
    recaseNames(ts, [{ start: a, end: b, type }] as never, new Map());
    assert.deepEqual(ts.slice(a, b).map((t) => t.text), want);
  });
}
