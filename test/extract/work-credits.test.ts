/**
 * Names shown to be works by a prize won for them or a part played in them
 * (src/extract/work-credits.ts, used by extract/analyse.ts): no actors, in their sentence or later
 * in the document. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show } from './_triples.ts';
import { segment } from '../../src/extract/segment.ts';
import { Tree } from '../../src/extract/tree.ts';
import { workCreditCues } from '../../src/extract/work-credits.ts';

const actorIds = (text: string) => run(text).flatMap((t) => [t.subject, t.object]).filter((a) => a.type !== 'other').map((a) => a.id);

// [why, text, an actor id that must not come out]
const NOT_ACTORS: Array<[why: string, text: string, id: string]> = [
  ['a category won for a title', 'Greta Lind won best actress for Silver Harbour on Sunday. Silver Harbour beat Kelvar Films at the box office.', 'silver-harbour'],
  ['a prize object, the title in its verb\'s "for"', 'Tom Reyes picked up his first Bafta for Northern Fields. Northern Fields beat Kelvar Films.', 'northern-fields'],
  ['a prize noun\'s own "for"', 'The director took the best film prize for The Lantern Keeper. The Lantern Keeper beat Kelvar Films.', 'lantern-keeper'],
  ['a performance in a title, for a prize', 'He won the award for his performance in Dark Meadow. Dark Meadow beat Kelvar Films.', 'dark-meadow'],
  ['a part played in a title', 'In The Glass Orchard, Reyes plays a retired railway engineer. The Glass Orchard beat Kelvar Films.', 'glass-orchard'],
];
for (const [why, text, id] of NOT_ACTORS) {
  test(`work credits: ${why} — "${text}" ↛ ${id}`, () => {
    assert.ok(!actorIds(text).includes(id), run(text).map(show).join(' | '));
  });
}

// [text, the cued names' last words]
const CUES: Array<[text: string, names: string[]]> = [
  ['Reyes won best actor for Silver Harbour.', ['Harbour']],
  ['She received an Oscar nomination for her role in Paper Moons.', ['Moons']],
  ['Reyes was nominated for her role in Paper Moons.', ['Moons']],
  ['Lind plays Marjorie in The Quiet Year at the Globe.', ['Year']],
  ['Reyes plays a lonely spy in Winter Harbour.', ['Harbour']],
  // guards: a match in a place, a part in a cause, a sport, a firm's prize, a contract, a possessor
  ['Henman plays Federer in Basel on Friday.', []],
  ['Reyes played a key role in Zentrix\'s growth.', []],
  ['Reyes played football in Kelvar.', []],
  ['Chelsea play Arsenal in the Carling Cup.', []],
  ['Reyes won the award for Zentrix Motors.', []],
  ['Reyes won the contract for Kelvar Systems.', []],
  ['Reyes thanked the Kelvar Trust for its award.', []],
  ['He won the award for his role in Labour\'s campaign.', []],
  ['He was praised for his role in the Kelvar talks.', []],
  // (a prize for a person; playing days or weeks in a league)
  ['The film earned a best director nomination for Tomas Varga.', []],
  ['Critics predicted a second Oscar for Maria Costa.', []],
  ['He went to play four days of football in Kelvarton.', []],
  ['Playing week in and week out in the Kelvar League is hard.', []],
];
for (const [text, names] of CUES) {
  test(`work credits: cues in "${text}"`, () => {
    const t = new Tree(segment(text)[0].tokens);
    assert.deepEqual(workCreditCues(t).map((i) => t.tokens[i].text), names);
  });
}
