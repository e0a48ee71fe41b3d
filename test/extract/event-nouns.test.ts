/**
 * Violent acts named by nouns (src/extract/event-nouns.ts): the victim from "of"/"on", the doer
 * from "by", a possessor (only beside a victim), an allegation's object, a claim of
 * responsibility. Sentences written for the rule (the groups are real, the events are not).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';
import type { Triple } from '../../src/types.ts';

// [why, text, the triple, its modality, who says so (attribution id) or '-' for none]
const CASES: Array<[why: string, text: string, want: string, modality: Triple['relation']['modality'], by: string]> = [
  ['"by" names the doer, "of" the victim', 'Reporters described the kidnapping of two nuns by the FMLN.', 'FMLN -KIDNAP-> nuns', 'asserted', '-'],
  ['… or on the verb whose object the act is', 'Ecuador condemned the murder of a judge by the Shining Path.', 'SHINING_PATH -MURDER-> judge', 'asserted', '-'],
  ['a possessor beside a victim is the doer', "The FMLN's massacre of the villagers was condemned.", 'FMLN -MASSACRE-> villagers', 'asserted', '-'],
  ['a name before the act is its doer, and "ambush of" names the ambushed', 'Peru condemned the FARC ambush of a military patrol.', 'FARC -AMBUSH-> military patrol', 'asserted', '-'],
  ['… in capitals too, where the tagger reads the acronym as an adjective', 'BOGOTA, 3 MAY 90 (EFE) -- THE FARC AMBUSH OF A MILITARY PATROL KILLED FIVE SOLDIERS.', 'FARC -AMBUSH-> military patrol', 'asserted', '-'],
  ['… or after "a"', 'BOGOTA, 3 MAY 90 (EFE) -- THE RAID IS AN ANSWER TO A FARC AMBUSH OF A MILITARY PATROL.', 'FARC -AMBUSH-> military patrol', 'asserted', '-'],
  ['the object of "blame … for" is alleged to have done it, by the subject', 'Ecuador blamed the Shining Path for the attack on the bridge.', 'SHINING_PATH -ATTACK-> bridge', 'possible', 'ECU'],
  ['"accuse … of" a noun', 'Peru accused the FMLN of the assassination of a judge.', 'FMLN -ASSASSINATE-> judge', 'possible', 'PER'],
  ['"hold … responsible for", the adjective wherever the parser hangs it', 'Ecuador held the FMLN responsible for the killing of six farmers.', 'FMLN -KILL-> farmers', 'possible', 'ECU'],
  ['"blame the act on" the doer', 'Ecuador blamed the bombing on the Shining Path.', 'SHINING_PATH -RESPONSIBLE_FOR-> bombing', 'possible', 'ECU'],
  ['a claim of responsibility is the claimant\'s', 'The Shining Path claimed responsibility for the attack on the power station.', 'SHINING_PATH -ATTACK-> power station', 'asserted', '-'],
  ['a claim of credit is a claim of responsibility, the "for" phrase on the verb', 'The Shining Path claimed credit for the attack on the power station.', 'SHINING_PATH -ATTACK-> power station', 'asserted', '-'],
  ['… and "took credit for"', 'The Shining Path took credit for the bombing of the embassy.', 'SHINING_PATH -BOMB-> embassy', 'asserted', '-'],
  ['… and a conjoined claim shares its first conjunct\'s subject', 'The Shining Path emerged in 1980 and has taken credit for the bombing of the embassy.', 'SHINING_PATH -BOMB-> embassy', 'asserted', '-'],
  ['"X was responsible for" the act', 'The Shining Path was responsible for the bombing of the embassy.', 'SHINING_PATH -BOMB-> embassy', 'asserted', '-'],
  ['the doer of a light verb whose object is the act, through a relative clause', 'The Shining Path, which has staged several attacks against oil pipelines, rejected the offer.', 'SHINING_PATH -ATTACK-> oil pipelines', 'asserted', '-'],
  ['with no victim named the act itself is the object', 'Ecuador blamed the FMLN for the massacre.', 'FMLN -RESPONSIBLE_FOR-> massacre', 'possible', 'ECU'],
];
// [why, text, triple]: an act named by a noun under no light verb has happened, whatever the clause's time
const DONE: Array<[string, string, string]> = [
  ['under a verb in the present', 'Peru condemns the murder of Juan Vale by Bolivian troops.', 'bol-troop -MURDER-> juan-vale'],
  ['under a participle in the present, no doer named', 'The judge investigating the assassination of Juan Vale issued a warrant.', 'group:unidentified-individual -ASSASSINATE-> juan-vale'],
];
for (const [why, text, want] of DONE) {
  test(`event nouns: an act named by a noun is past: ${why}`, () => {
    const ts = run(text);
    assert.equal(findTriple(ts, want).relation.tense, 'past', ts.map(show).join(' | '));
  });
}

test('event nouns: a denied claim or charge is negated ("did not claim responsibility for", "never blamed … for")', () => {
  assert.equal(findTriple(run('The Shining Path did not claim responsibility for the attack on the power station.'), 'SHINING_PATH -ATTACK-> power station').relation.negated, true);
  assert.equal(findTriple(run('Ecuador never blamed the Shining Path for the attack on the bridge.'), 'SHINING_PATH -ATTACK-> bridge').relation.negated, true);
  assert.equal(findTriple(run('The Shining Path claimed responsibility for the attack on the power station.'), 'SHINING_PATH -ATTACK-> power station').relation.negated, false);
});

test('event nouns: a light verb\'s clause gives the act its negation ("denied that it had carried out the attack on")', () => {
  const ts = run('The Shining Path denied that it had carried out the attack on the bus.');
  const t = findTriple(ts, 'SHINING_PATH -ATTACK-> bus');
  assert.equal(t.relation.negated, true, ts.map(show).join(' | '));
  assert.equal(t.relation.tense, 'past');
});

for (const [why, text, want, modality, by] of CASES) {
  test(`event nouns: ${why} — "${text}" → ${want}`, () => {
    const ts = run(text);
    const t = findTriple(ts, want);
    assert.equal(t.relation.modality, modality, ts.map(show).join(' | '));
    assert.equal(t.attribution?.id ?? '-', by);
    assert.equal(t.rule, 'nominal:event');
  });
}

// [why, text, a triple that must not come out]
const NOT: Array<[why: string, text: string, unwanted: RegExp]> = [
  ['a possessor with no "of" victim is the victim, not the doer', "Galindo's assassination shocked Ecuador.", /^galindo -ASSASSINATE->/],
  ['a claim of something else is no claim of the act', 'The Shining Path claimed a victory in the attack on the bridge.', /SHINING_PATH -(ATTACK|RESPONSIBLE_FOR)->/],
  ['praise is no allegation', 'Ecuador praised the army for the raid on the camp.', /-RAID->/],
];
for (const [why, text, unwanted] of NOT) {
  test(`event nouns: ${why} — "${text}"`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => unwanted.test(show(t))), ts.map(show).join(' | '));
  });
}
