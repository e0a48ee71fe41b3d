/**
 * A fixed phrase the parser cannot read is parsed out and put back (src/nlp/asides.ts, used by
 * src/nlp/analyser.ts). Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyser } from '../../src/nlp/analyser.js';
import { asideSpan, withCommas } from '../../src/nlp/asides.js';
import { arc, words } from './_arcs.ts';


// [why, text, word, its relation and head]
const TREES: Array<[string, string, string, string]> = [
  ['between the auxiliary and the participle, the verb stays the root', 'CHILE HAS FOR THE TIME BEING REJECTED THE OFFER OF PERU .', 'REJECTED', 'root<ROOT'],
  ['… and keeps its subject', 'CHILE HAS FOR THE TIME BEING REJECTED THE OFFER OF PERU .', 'CHILE', 'nsubj<REJECTED'],
  ['after a modal, the verb is no noun', 'THE GOVERNMENT OF BOLIVIA WILL FOR THE TIME BEING BACK THE STRIKERS .', 'BACK', 'root<ROOT'],
  ['the phrase hangs on the verb after it', 'FOR THE TIME BEING , THE RED CROSS WILL STAY IN THE TOWN .', 'BEING', 'obl<STAY'],
  ['… its noun "being", "for" its case', 'FOR THE TIME BEING , THE RED CROSS WILL STAY IN THE TOWN .', 'FOR', 'case<BEING'],
  ['at the end, on the root', 'The talks will stop for the time being .', 'being', 'obl<stop'],
  ['set off by commas inside a reported clause, the clause keeps its subject', 'HE SAID THAT , FOR THE TIME BEING , THE REBELS WILL STAY IN THE TOWN .', 'REBELS', 'nsubj<STAY'],
  ['… and its commas are the phrase\'s', 'HE SAID THAT , FOR THE TIME BEING , THE REBELS WILL STAY IN THE TOWN .', ',', 'punct<BEING'],
];
for (const [why, text, word, want] of TREES) {
  test(`asides: ${why} — "${text}": ${word} ${want}`, () => {
    const forms = words(text);
    const a = analyser().analyse(forms);
    assert.equal(a.heads.filter((h) => h === 0).length, 1, 'one root');
    assert.equal(arc(forms, a, word), want);
  });
}

test('asides: only the whole phrase is one', () => {
  assert.deepEqual(asideSpan(words('for the time being')), [0, 4]);
  assert.equal(asideSpan(words('the time being wasted')), undefined);
  assert.equal(asideSpan(words('for the time , being late')), undefined);
  // (a comma before it is the phrase's only with one after it, or at the clause's end)
  assert.deepEqual(withCommas(words('so , for the time being , we wait'), [2, 6]), [1, 7]);
  assert.deepEqual(withCommas(words('Peru , for the time being said'), [2, 6]), [2, 6]);
  assert.deepEqual(withCommas(words('we wait , for the time being .'), [3, 7]), [2, 7]);
});
