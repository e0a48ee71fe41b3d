/**
 * Those killed or wounded in a clash with someone were harmed by that side
 * (src/extract/clash-victims.ts). Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

// [why, text, a triple that must come out]
const CASES: Array<[why: string, text: string, want: string]> = [
  ['killed in clashes with an army', 'THREE REBELS WERE KILLED IN CLASHES WITH THE SALVADORAN ARMY NEAR THE BORDER.', 'slv-army -KILL-> group:rebel'],
  ['wounded during a confrontation', 'TWO SOLDIERS WERE WOUNDED DURING A CONFRONTATION WITH FMLN GUERRILLAS.', 'FMLN -WOUND-> soldiers'],
  ['a shootout with the police, in lower case', 'Two guerrillas were killed on Sunday in a shootout with the Peruvian police.', 'per-police -KILL-> group:guerrilla'],
  ['a battle against a named group', 'SIX PEASANTS WERE INJURED IN A BATTLE AGAINST THE SHINING PATH.', 'SHINING_PATH -INJURE-> peasants'],
  ['those who died in a clash were killed by the other side', 'THREE REBELS DIED IN A CLASH WITH THE PERUVIAN ARMY.', 'per-army -KILL-> group:rebel'],
];
for (const [why, text, want] of CASES) {
  test(`clash victims: ${why} — "${text}" → ${want}`, () => {
    findTriple(run(text), want);
  });
}

// [why, text, a subject that must not harm anyone]
const NOT: Array<[why: string, text: string, subject: string]> = [
  ['a fight between two sides says not who killed whom', 'TWO PEASANTS WERE KILLED IN CLASHES BETWEEN THE SALVADORAN ARMY AND THE FMLN.', 'FMLN'],
  ['… nor the other', 'TWO PEASANTS WERE KILLED IN CLASHES BETWEEN THE SALVADORAN ARMY AND THE FMLN.', 'slv-army'],
  ['nobody killed', 'NO SOLDIERS WERE KILLED IN THE CLASHES WITH THE FMLN.', 'FMLN'],
  ['a death in an accident with something is nobody\'s act', 'TWO SOLDIERS DIED IN A COLLISION WITH A BOLIVIAN ARMY TRUCK.', 'bol-army'],
  ['a clash named without a side', 'A REPORTER WAS KILLED IN A SHOOTOUT IN THE PROVINCE OF LA PAZ.', 'BOL'],
];
for (const [why, text, subject] of NOT) {
  test(`clash victims: ${why} — "${text}" ↛ ${subject} harming`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.subject.id === subject && /^(KILL|WOUND|INJURE)$/.test(t.relation.type) && !t.relation.negated), ts.map(show).join(' | '));
  });
}
