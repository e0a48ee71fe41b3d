/**
 * An act of violence joined after a report is the report's doer's, not the reporter's
 * (src/extract/repairs/reported-acts.ts). Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

// [why, text, a triple that must come out]
const CASES: Array<[why: string, text: string, want: string]> = [
  ['a long reported clause, a comma, and one more act', 'THE SPOKESMAN SAID THAT THE REBELS ATTACKED A POLICE POST IN THE TOWN, AND BURNED TWO BUSES.', 'group:rebel -BURN-> buses'],
  ['places between', 'HE ALSO REPORTED THAT GUERRILLAS KILLED A FARMER IN THE VILLAGE OF SAN PEDRO, IN THE NORTHERN PROVINCE, AND BURNED A TRUCK.', 'group:guerrilla -BURN-> truck'],
  ['a kidnapping after an announced attack', 'A SPOKESMAN ANNOUNCED THAT THE FMLN HAD ATTACKED THE GARRISON OF SAN MIGUEL, AND KIDNAPPED TWO JUDGES.', 'FMLN -KIDNAP-> judges'],
];
for (const [why, text, want] of CASES) {
  test(`reported acts: ${why} — "${text}" → ${want}`, () => {
    findTriple(run(text), want);
  });
}

// [why, text, a triple that must come out all the same]
const KEEP: Array<[why: string, text: string, want: string]> = [
  ['a past act after a reported "would" is the speaker\'s own', 'Tom Vale said Labour would set out its plans in the next few weeks and attacked the Peruvian army.', 'tom-vale -ATTACK-> per-army'],
  ['an act with its own subject stays its subject\'s', 'HE SAID THAT THE REBELS FLED, AND THE SALVADORAN ARMY BURNED THE CAMP.', 'slv-army -BURN-> camp'],
];
for (const [why, text, want] of KEEP) {
  test(`reported acts: ${why} — "${text}" → ${want}`, () => {
    findTriple(run(text), want);
  });
}

test('reported acts: a verb of another kind stays the reporter\'s — "PERU SAID THAT THE REBELS HAD FLED TO BOLIVIA, AND ASKED BOLIVIA FOR HELP."', () => {
  const ts = run('PERU SAID THAT THE REBELS HAD FLED TO BOLIVIA, AND ASKED BOLIVIA FOR HELP.');
  assert.ok(!ts.some((t) => t.subject.id === 'group:rebel' && t.relation.type.startsWith('ASK')), ts.map(show).join(' | '));
});
