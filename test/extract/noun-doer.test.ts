/**
 * The doer of a noun's "to"-infinitive named by the noun's "by", "for" or "of" phrase right
 * before "to" (src/extract/noun-doer.ts, used by src/extract/surface-subject.ts), not the subject
 * of the clause the noun stands in. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

// [why, text, a triple that must come out, one that must not]
const CASES: Array<[why: string, text: string, want: string, unwanted: string]> = [
  ['"of" on a noun of right, the infinitive hung on the verb', 'Britain defended the right of Kurdish fighters to attack Syrian forces.', 'kurdish-fighters -ATTACK-> syr-force', 'GBR -ATTACK-> syr-force'],
  ['"of" on a noun of right, the infinitive hung on the noun', 'Poland demanded the right of Ukrainian farmers to sell grain to Germany.', 'ukr-farmer -SELL_TO-> DEU', 'POL -SELL_TO-> DEU'],
  ['"for" after a noun of asking', 'Germany renewed its call for Russia to withdraw its troops.', 'RUS -WITHDRAW-> troops', 'DEU -WITHDRAW-> troops'],
  ['"for" after a noun of need', 'The minister stressed the need for Britain to support Ukraine.', 'GBR -SUPPORT-> UKR', ''],
  ['"of" after a noun of deciding, under a verb of reacting', 'Iran praised the decision of Turkey to expel Israeli diplomats.', 'TUR -EXPEL-> isr-diplomat', 'IRN -EXPEL-> isr-diplomat'],
  ['"by" names the agent of any noun', 'Chile condemned a move by Peru to close the border with Bolivia.', 'PER -CLOSE_WITH-> BOL', 'CHL -CLOSE_WITH-> BOL'],
];
for (const [why, text, want, unwanted] of CASES) {
  test(`noun doer: ${why} — "${text}" → ${want}`, () => {
    const ts = run(text);
    findTriple(ts, want);
    if (unwanted) assert.ok(!ts.some((t) => show(t) === unwanted), ts.map(show).join(' | '));
  });
}

// [why, text, a triple that must still come out]
const KEPT: Array<[why: string, text: string, want: string]> = [
  ['"of" on a noun of an act names what is acted on: the purpose stays the subject\'s', 'Peru ordered the release of the prisoners to please Chile.', 'PER -PLEASE-> CHL'],
  ['no phrase on the object of "urge": the object still acts', 'Britain urged Iraqi leaders to free the hostages.', 'irq-leader -FREE-> hostages'],
  ['"for" naming no one: the purpose stays the subject\'s', 'Peru asked for funds to rebuild the bridge.', 'PER -REBUILD-> bridge'],
  ['a noun with no phrase before "to": the owner acts', "Uganda's decision to expel Kenyan traders angered Nairobi.", 'UGA -EXPEL-> ken-trader'],
];
for (const [why, text, want] of KEPT) {
  test(`noun doer (look-alike): ${why} — "${text}" → ${want}`, () => {
    findTriple(run(text), want);
  });
}
