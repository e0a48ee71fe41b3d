/**
 * A side's fire does what the side does (src/extract/owned-weapons.ts). Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

// [why, text, a triple that must come out]
const CASES: Array<[why: string, text: string, want: string]> = [
  ['a possessive owner of the fire', "THE FMLN'S ANTI-AIRCRAFT FIRE DOWNED A PUSH-PULL AIRPLANE OVER THE CITY.", 'FMLN -DOWN-> push pull airplane'],
  ['an "of" owner', 'THE ANTI-AIRCRAFT FIRE OF THE FMLN DOWNED A PUSH-PULL AIRPLANE.', 'FMLN -DOWN-> push pull airplane'],
  ['artillery', "THE FMLN'S ARTILLERY SHELLED THE GARRISON OF SAN MIGUEL.", 'FMLN -SHELL_GARRISON_OF-> san-miguel'],
  ['a body\'s fire, in lower case', 'The fire of the Salvadoran army killed two civilians.', 'slv-army -KILL-> civilians'],
];
for (const [why, text, want] of CASES) {
  test(`owned weapons: ${why} — "${text}" → ${want}`, () => {
    findTriple(run(text), want);
  });
}

// [why, text, a subject that must not act]
const NOT: Array<[why: string, text: string, subject: string]> = [
  ['a fire put out is no side\'s act', 'THE FIRE OF THE FMLN CAMP WAS PUT OUT BY THE SALVADORAN ARMY.', 'FMLN'],
  ['a weapon that is only described', "THE FMLN'S ROCKETS ARE MADE IN NICARAGUA.", 'FMLN'],
];
for (const [why, text, subject] of NOT) {
  test(`owned weapons: ${why} — "${text}" ↛ ${subject} as a doer`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.subject.id === subject), ts.map(show).join(' | '));
  });
}
