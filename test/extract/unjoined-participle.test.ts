/**
 * A past participle right after a noun, read by the parser as a second verb of the sentence with
 * nothing to join it, is a reduced relative clause: the noun
 * underwent the act (src/extract/repairs/unjoined-participle.ts). Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

// [why, text, a triple that must not come out]
const NOT: Array<[why: string, text: string, unwanted: string]> = [
  ['read as an adjunct of the main verb', 'Ghana opened its border to Togolese traders ordered out of Nigeria.', 'GHA -ORDER_OUT_OF-> NGA'],
  ['read as a conjunct of the main verb', 'Uganda gave food yesterday to most Rwandan families ordered out of Tanzania as illegal migrants.', 'UGA -ORDER_OUT_OF-> TZA'],
];
for (const [why, text, unwanted] of NOT) {
  test(`unjoined participle: ${why} — "${text}" ↛ ${unwanted}`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => show(t) === unwanted), ts.map(show).join(' | '));
  });
}

// [why, text, a triple that must come out]
const KEEP: Array<[why: string, text: string, want: string]> = [
  ['two verbs joined by "and" share the subject', 'Chile closed its border and ordered Peruvian traders out of Arica.', 'CHL -ORDER-> per-trader'],
  ['the main verb\'s own arguments stay', 'Uganda gave food yesterday to most Rwandan families ordered out of Tanzania as illegal migrants.', 'UGA -GIVE_TO-> rwa-family'],
  ['a past tense of its own form after a name: "took", not a participle', 'Peru\'s exports fell sharply as Chile took control of the port.', 'CHL -TAKE-> control'],
  ['a single name before the verb is its subject', 'Bolivian envoy Ricardo Soto warned of a Chilean attack on Peru.', 'ricardo-soto -WARN_OF-> CHL'],
  ['a conjunct with an object of its own is the subject\'s act', 'Chadian rebels seized the town yesterday and killed two Sudanese soldiers.', 'tcd-rebel -KILL-> sdn-soldier'],
];
for (const [why, text, want] of KEEP) {
  test(`unjoined participle: ${why} — "${text}" → ${want}`, () => {
    findTriple(run(text), want);
  });
}
