/**
 * A closing speech tag with two speakers joined by "and" (src/extract/repairs/coordinated-speaker.ts):
 * the speakers say what comes before the comma and are no objects of its verb. Sentences written
 * for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

// [why, text, a triple that must come out, its speaker's id, a triple that must not come out]
const CASES: Array<[why: string, text: string, want: string, speaker: string, unwanted: string]> = [
  ['two groups of speakers', 'Colombian rebels burned three villages near the border, Venezuelan officials and aid workers said.', 'col-rebel -BURN-> villages', 'ven-official', 'col-rebel -BURN-> ven-official'],
  ['the second speaker a group of a country', 'Turkish jets bombed Kurdish camps in northern Iraq on Tuesday, Iraqi officials and British witnesses said.', 'tur-jet -BOMB-> Kurdish camps', 'irq-official', 'tur-jet -BOMB-> gbr-witness'],
  ['a day after the speech verb', 'Ugandan rebels abducted forty children from a school, Ugandan officials and church leaders said on Sunday.', 'uga-rebel -ABDUCT-> children', 'uga-official', 'uga-rebel -ABDUCT-> uga-official'],
  ['a verb of telling with its hearers', 'Nigerian soldiers shot three protesters in Lagos, Nigerian journalists and British diplomats told reporters.', 'nga-soldier -SHOOT-> nga-protester', 'nga-journalist', 'nga-soldier -SHOOT-> gbr-diplomat'],
];
for (const [why, text, want, speaker, unwanted] of CASES) {
  test(`coordinated speaker: ${why} — "${text}"`, () => {
    const ts = run(text);
    assert.equal(findTriple(ts, want).attribution?.id, speaker);
    assert.ok(!ts.some((t) => show(t) === unwanted), ts.map(show).join(' | '));
  });
}

// [why, text, a triple that must still come out]
const KEEP: Array<[why: string, text: string, want: string]> = [
  ['a list of objects with no speech verb after it', 'Kenyan police arrested two Somali traders, three Ethiopian farmers and a Sudanese driver.', 'ken-police -ARREST-> eth-farmer'],
  ['conjoined objects before a one-word speaker', 'Ecuadorean soldiers detained two Peruvian officials and three Colombian journalists, the army said.', 'ecu-soldier -DETAIN-> col-journalist'],
  ['a list of objects before a speech verb that has its subject first', 'Peru said that Chilean troops had shelled a bridge, two farms and a Bolivian convoy.', 'chl-troop -SHELL-> farms'],
];
for (const [why, text, want] of KEEP) {
  test(`coordinated speaker: ${why} — "${text}"`, () => {
    findTriple(run(text), want);
  });
}

// [why, text, a triple that must not come out]
const NOT: Array<[why: string, text: string, unwanted: string]> = [
  ['a verb inside a list of names closing the sentence is no tag', 'Zentrix sent the leaked files to the Daily Post, Tech Insider and Think Forward websites.', 'tech-insider -THINK_FORWARD-> websites'],
];
for (const [why, text, unwanted] of NOT) {
  test(`coordinated speaker: ${why} — "${text}"`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => show(t) === unwanted), ts.map(show).join(' | '));
  });
}
