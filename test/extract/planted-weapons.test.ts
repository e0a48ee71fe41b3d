/**
 * Whoever put a bomb where it went off did what it did (src/extract/planted-weapons.ts, read by
 * src/extract/unattributed.ts). Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

// [why, text, a triple that must come out]
const CASES: Array<[why: string, text: string, want: string]> = [
  ['a "when" clause whose bomb someone planted', 'A JUDGE WAS KILLED WHEN A BOMB PLANTED BY THE REBELS EXPLODED UNDER HIS CAR.', 'group:rebel -KILL-> judge'],
  ['a thrown grenade', 'TWO GUARDS WERE WOUNDED WHEN A GRENADE THROWN BY GUERRILLAS EXPLODED AT THE DOOR OF THE BANK.', 'group:guerrilla -WOUND-> guards'],
  ['a laid mine', 'THREE SOLDIERS WERE KILLED WHEN A MINE LAID BY THE REBELS EXPLODED.', 'group:rebel -KILL-> soldiers'],
  ['"as" and "went off"', 'A PEASANT WAS KILLED AS A BOMB PLANTED BY GUERRILLAS WENT OFF IN THE MARKET.', 'group:guerrilla -KILL-> peasant'],
  ['the weapon as the agent, in lower case', 'Two policemen were killed by a bomb placed by Shining Path guerrillas near the station.', 'SHINING_PATH -KILL-> policemen'],
  ['the planting itself told in the "when" clause', 'A JUDGE WAS KILLED WHEN THE REBELS PLANTED A BOMB UNDER HIS CAR.', 'group:rebel -KILL-> judge'],
];
for (const [why, text, want] of CASES) {
  test(`planted weapons: ${why} — "${text}" → ${want}`, () => {
    findTriple(run(text), want);
  });
}

// [why, text, a triple, its modality]
const HEDGED: Array<[why: string, text: string, want: string, modality: string]> = [
  ['a placing only presumed makes the harm\'s doer only possible', 'A JUDGE WAS KILLED BY A BOMB PRESUMABLY PLACED BY THE REBELS ON HIS CAR.', 'group:rebel -KILL-> judge', 'possible'],
  ['… "allegedly" in a "when" clause', 'A JUDGE WAS KILLED WHEN A BOMB ALLEGEDLY PLANTED BY THE REBELS EXPLODED.', 'group:rebel -KILL-> judge', 'possible'],
  ['a placing told as a fact stays one', 'A JUDGE WAS KILLED BY A BOMB PLACED BY THE REBELS ON HIS CAR.', 'group:rebel -KILL-> judge', 'asserted'],
];
for (const [why, text, want, modality] of HEDGED) {
  test(`planted weapons: ${why} — "${text}" → ${want} (${modality})`, () => {
    assert.equal(findTriple(run(text), want).relation.modality, modality);
  });
}

// [why, text, a triple that must not come out]
const NOT: Array<[why: string, text: string, unwanted: string]> = [
  ['a bomb found, not gone off, did nothing', 'THE JUDGE WAS KIDNAPPED AFTER A BOMB PLANTED BY THE REBELS WAS FOUND IN HIS CAR.', 'group:rebel -KIDNAP-> judge'],
  ['a bomb with no placer named stays unattributed', 'A JUDGE WAS KILLED WHEN A BOMB EXPLODED NEAR THE REBEL CAMP.', 'group:rebel -KILL-> judge'],
];
for (const [why, text, unwanted] of NOT) {
  test(`planted weapons: ${why} — "${text}" ↛ ${unwanted}`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => show(t) === unwanted), ts.map(show).join(' | '));
  });
}
