/**
 * The phrase that says for what a verb of judging judges its object (src/extract/repairs/reason-phrase.ts,
 * and the reason phrase in src/extract/clauses.ts): the act it names is laid on the object, and its
 * parties are no parties of the judging. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

// [why, text, a triple that must come out, or '' for none]
const CASES: Array<[why: string, text: string, want: string]> = [
  ['the "for" phrase hung on the object: the act is laid on the object', 'The Peruvian army blamed the rebels for the killing of a Bolivian diplomat.', 'group:rebel -KILL-> bol-diplomat'],
  ['an "of" phrase after "accuse" naming an act', 'Colombia accused Venezuelan troops of the kidnapping of two Colombian soldiers.', 'ven-troop -KIDNAP-> col-soldier'],
  ['a phrase of another verb still names the event\'s parties', 'Chile sent troops for the defence of Bolivia.', 'CHL -SEND_FOR_DEFENSE_OF-> BOL'],
];
for (const [why, text, want] of CASES) {
  test(`reason phrase: ${why} — "${text}" → ${want}`, () => {
    findTriple(run(text), want);
  });
}

// [why, text, a triple that must not come out]
const NOT: Array<[why: string, text: string, unwanted: string]> = [
  ['the judge did not kill the victim', 'The Peruvian army blamed the rebels for the killing of a Bolivian diplomat.', 'per-army -BLAME_FOR_KILLING_OF-> bol-diplomat'],
  ['nor is the act told as done by persons unknown', 'The Peruvian army blamed the rebels for the killing of a Bolivian diplomat.', 'group:unidentified-individual -KILL-> bol-diplomat'],
  ['the phrase on the verb itself', 'The Peruvian government blamed Shining Path for the murder of a Bolivian diplomat.', 'PER -BLAME_FOR_MURDER_OF-> bol-diplomat'],
  ['thanks for help to another are no act on that other', 'Peru thanked Chile for its support to Bolivia.', 'PER -THANK_FOR_SUPPORT_TO-> BOL'],
  ['a name\'s own "for" stays in the name', 'Ecuador praised the Committee for the Protection of Journalists.', 'ECU -PRAISE_FOR-> protection'],
];
for (const [why, text, unwanted] of NOT) {
  test(`reason phrase: ${why} — "${text}" ↛ ${unwanted}`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => show(t) === unwanted), ts.map(show).join(' | '));
  });
}
