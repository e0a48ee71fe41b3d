/**
 * verbLemma (src/nlp/wink.ts): the lemma of a word read as a verb, for words our tagger reads as
 * inflected verbs where wink's own tag (and so its lemma) said otherwise.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pastBase, verbLemma } from '../../src/nlp/wink.ts';

// [why, word, lemma]
const CASES: Array<[string, string, string]> = [
  ['a past participle the model knows', 'taken', 'take'],
  ['a prefix put back on the stem the model knows', 'retaken', 'retake'],
  ['a regular -ed form the model knows only in its base', 'branded', 'brand'],
  ['an -ing form', 'contracting', 'contract'],
  ['a doubled consonant undone', 'stopping', 'stop'],
  ['a third person -s', 'brands', 'brand'],
  ['the "e" the model cuts off is put back', 'staged', 'stage'],
  ['… before -ing too: a one-syllable stem that did not double its consonant', 'riding', 'ride'],
  ['… but a doubled one stays cut', 'ridding', 'rid'],
  ['… and a longer stem the model knows stays', 'visiting', 'visit'],
  ['… and before -es', 'rates', 'rate'],
  ['… but not where -es follows a stem that is a verb', 'fixes', 'fix'],
  ['… nor after a doubled "s"', 'passes', 'pass'],
];
for (const [why, word, want] of CASES) {
  test(`wink: verbLemma: ${why}`, () => assert.equal(verbLemma(word), want));
}

// [why, a past form the model returns whole, its base]
const PAST: Array<[string, string, string]> = [
  ['a stem the model does not know', 'cordoned', 'cordon'],
  ['a doubled consonant undone', 'machinegunned', 'machinegun'],
  ['the "e" dropped before -ed put back', 'codenamed', 'codename'],
  ['… but not after an unstressed -et', 'budgeted', 'budget'],
  ['a hyphenated prefix on a known verb', 're-elected', 're-elect'],
  ['a base in -eed stays', 'proceed', 'proceed'],
];
for (const [why, word, want] of PAST) {
  test(`wink: pastBase: ${why}`, () => assert.equal(pastBase(word), want));
}
