import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayBePassive, objectShare } from '../../src/nlp/verb-objects.js';

// [lemma, may its "-ed" form be a passive participle (object half the time or more)?]: from the UD training treebanks' counts
const ROWS: Array<[string, boolean]> = [
  ['arrest', true], ['kill', true], ['send', true], ['extradite', true],
  ['die', false], ['arrive', false], ['fall', false], ['survive', false], ['agree', false],
  ['frobnicate', true], // (never counted: the common verbs that take no object all are)
];
for (const [lemma, want] of ROWS) {
  test(`verb-objects: ${lemma} ${want ? 'may' : 'may not'} be passive`, () => assert.equal(mayBePassive(lemma, 0.5), want));
}
test('verb-objects: a verb never counted has no share, a counted one a share in [0, 1]', () => {
  assert.equal(objectShare('frobnicate'), undefined);
  const s = objectShare('Kill');
  assert.ok(s !== undefined && s > 0.5 && s <= 1, String(s));
});
