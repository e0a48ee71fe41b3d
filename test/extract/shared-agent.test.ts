/**
 * One "by" phrase after a row of passive acts of harm is the doer of each (src/extract/shared-agent.ts,
 * and the passive a participle shares with the row's first verb, src/extract/predicate.ts).
 * Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

// [why, text, a triple that must come out]
const CASES: Array<[why: string, text: string, want: string]> = [
  ['two acts, the phrase hung on the first', 'TWO JUDGES WERE KIDNAPPED AND KILLED BY THE REBELS LAST WEEK.', 'group:rebel -KILL-> judges'],
  ['three acts: the first of them', 'THE CONSUL WAS KIDNAPPED, TORTURED AND MURDERED BY A DEATH SQUAD.', 'group:death-squad -KIDNAP-> consul'],
  ['three acts: the last, joined to the second', 'THE CONSUL WAS KIDNAPPED, TORTURED AND MURDERED BY A DEATH SQUAD.', 'group:death-squad -MURDER-> consul'],
  ['an adverb between', 'FOUR FARMERS WERE ABDUCTED AND LATER EXECUTED BY THE SALVADORAN ARMY.', 'slv-army -ABDUCT-> farmers'],
  ['a seizure and a beating', 'The reporter was arrested and beaten by the Peruvian police.', 'per-police -ARREST-> reporter'],
  ['armed strikes', 'THE HAMLET WAS SHELLED AND ROCKETED BY HONDURAN TROOPS.', 'hnd-troop -SHELL-> hamlet'],
  ['beaten and raped, in lower case', 'The two nuns were beaten and raped by Guatemalan soldiers.', 'gtm-soldier -RAPE-> nuns'],
];
for (const [why, text, want] of CASES) {
  test(`shared agent: ${why} — "${text}" → ${want}`, () => {
    findTriple(run(text), want);
  });
}

// [why, text, a triple that must not come out]
const NOT: Array<[why: string, text: string, unwanted: string]> = [
  ['a verb of another kind keeps its agent to itself', 'THREE SOLDIERS WERE WOUNDED AND TAKEN BY THE RED CROSS TO THE HOSPITAL.', 'ICRC -WOUND-> soldiers'],
  ['a phrase before the later verb is the first act\'s alone', 'THE PRIEST WAS KIDNAPPED BY THE REBELS AND RELEASED TWO DAYS LATER.', 'group:rebel -RELEASE-> priest'],
  ['two clauses, each with its own subject', 'THE MAYOR WAS KIDNAPPED AND HIS DRIVER WAS KILLED BY THE REBELS.', 'group:rebel -KIDNAP-> mayor'],
];
for (const [why, text, unwanted] of NOT) {
  test(`shared agent: ${why} — "${text}" ↛ ${unwanted}`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => show(t) === unwanted), ts.map(show).join(' | '));
  });
}
