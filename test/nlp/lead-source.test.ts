/**
 * A fronted "according to …," the parser took for the sentence is parsed apart
 * (src/nlp/lead-source.ts, used by src/nlp/analyser.ts). Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyser } from '../../src/nlp/analyser.js';
import { leadSpan } from '../../src/nlp/lead-source.js';
import { arc, words } from './_arcs.ts';


// [why, text, word, its relation and head]
const TREES: Array<[string, string, string, string]> = [
  ['the clause\'s verb is the root, not the source', 'ACCORDING TO SOURCES FROM THE ARMY , THE MAYOR AND TWO PEASANTS WERE KIDNAPPED BY THE FMLN .', 'KIDNAPPED', 'root<ROOT'],
  ['… the list after the comma is its subject', 'ACCORDING TO SOURCES FROM THE ARMY , THE MAYOR AND TWO PEASANTS WERE KIDNAPPED BY THE FMLN .', 'MAYOR', 'nsubj:pass<KIDNAPPED'],
  ['… and the source an oblique on it', 'ACCORDING TO SOURCES FROM THE ARMY , THE MAYOR AND TWO PEASANTS WERE KIDNAPPED BY THE FMLN .', 'SOURCES', 'obl<KIDNAPPED'],
  ['a list with commas after the source', 'ACCORDING TO THE DEFENSE MINISTRY , THREE SOLDIERS , TWO POLICEMEN , AND A JUDGE WERE KILLED BY THE REBELS .', 'KILLED', 'root<ROOT'],
  ['a parse that stood stays', 'ACCORDING TO POLICE SOURCES , THE REBELS ATTACKED THE TOWN .', 'ATTACKED', 'root<ROOT'],
];
for (const [why, text, word, want] of TREES) {
  test(`lead source: ${why} — "${text}": ${word} ${want}`, () => {
    const forms = words(text);
    const a = analyser().analyse(forms);
    assert.equal(a.heads.filter((h) => h === 0).length, 1, 'one root');
    assert.ok(a.heads.every((h, i) => h !== i + 1), 'no word its own head');
    assert.equal(arc(forms, a, word), want);
  });
}

test('lead source: only a fronted phrase with its comma and a clause after it', () => {
  assert.deepEqual(leadSpan(words('according to the army , the rebels fled .')), [0, 4]);
  assert.deepEqual(leadSpan(words('-- according to the army , the rebels fled .')), [1, 5]);
  // (inside a sentence it is no lead: "the rebels fled, according to the army")
  assert.equal(leadSpan(words('the rebels fled , according to the army , at dawn .')), undefined);
  assert.equal(leadSpan(words('according to the army the rebels fled .')), undefined);
  assert.equal(leadSpan(words('according to the ambassador , who knows the area , the rebels fled .')), undefined);
});
