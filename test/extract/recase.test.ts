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

// [why, words, the words after]: no span from the recogniser, the acronym after the name defines it
const DEFINED: Array<[string, string[], string[]]> = [
  ['initials in the acronym\'s order', ['the', 'patriotic', 'front', 'of', 'peru', '(', 'pfp', ')', 'said'], ['the', 'Patriotic', 'Front', 'of', 'Peru', '(', 'PFP', ')', 'said']],
  ['initials in another order (a Spanish acronym)', ['the', 'movement', 'of', 'national', 'restoration', '(', 'morena', ')', 'said'], ['the', 'Movement', 'of', 'National', 'Restoration', '(', 'MORENA', ')', 'said']],
  ['unknown words just before join the name', ['the', 'quilla', 'armed', 'forces', 'of', 'liberation', '[', 'fal', ']'], ['the', 'Quilla', 'Armed', 'Forces', 'of', 'Liberation', '[', 'FAL', ']']],
  ['initials that do not match leave it alone', ['the', 'big', 'house', '(', 'xyz', ')'], ['the', 'big', 'house', '(', 'xyz', ')']],
];
for (const [why, words, want] of DEFINED) {
  test(`recase: a name defined by its acronym: ${why}`, () => {
    const ts = tokens(words);
    recaseNames(ts, [], new Map());
    assert.deepEqual(ts.map((t) => t.text), want);
  });
}
