/**
 * Fights (src/extract/fights.ts): those harmed in a fight were harmed by a side of it, so no
 * unidentified doer, except for bystanders (the press, civilians, children) in a fight whose
 * sides the sentence does not name: their killer is unknown. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

// [why, text, triple]: a bystander harmed in a fight whose sides go unnamed
const BYSTANDER: Array<[why: string, text: string, want: string]> = [
  ['children in crossfire', 'Two children were wounded in crossfire in Medellin.', 'col-unidentified-individual -WOUND-> children'],
  ['one named, a bystander by his apposition, in a shootout', 'Tom Vale, a Dutch reporter, was killed today in a shootout in Lima.', 'per-unidentified-individual -KILL-> tom-vale'],
  ['of those killed in clashes, only the bystander', 'Three rebels and a woman were killed in clashes in Medellin.', 'col-unidentified-individual -KILL-> woman'],
  ['civilians in clashes the tagger read as a verb with no subject or object', 'At least ten civilians were wounded in the fierce clashes that took place in Medellin.', 'group:unidentified-individual -WOUND-> civilians'],
];
for (const [why, text, want] of BYSTANDER) {
  test(`fights: ${why} — "${text}" → ${want}`, () => {
    assert.equal(findTriple(run(text), want).rule, 'passive:unattributed');
  });
}

// [why, text]: no unidentified doer
const SIDES: Array<[why: string, text: string]> = [
  ['a fighter in a fight: the other side did it', 'A policeman was wounded in a shootout in Lima.'],
  ['a bystander in a fight whose sides are named: one of them did it', 'A journalist was killed in a shootout between the army and the rebels in Lima.'],
  ['… or whose verb names them', 'Civilians are being killed in Lima, where rebels are fighting the soldiers.'],
];
for (const [why, text] of SIDES) {
  test(`fights: no unidentified doer for ${why} — "${text}"`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.rule === 'passive:unattributed'), ts.map((t) => `${show(t)} [${t.rule}]`).join(' | '));
  });
}
