/**
 * Reacting to what someone did or said is reacting to them (src/extract/reaction-agent.ts, and the
 * repair in src/extract/repairs/noun-clauses.ts that finds the object when the parser read it as a
 * clause). Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

// [why, text, a triple that must come out]
const CASES: Array<[why: string, text: string, want: string]> = [
  ['a proposal made by someone: rejecting it rejects them', 'Chile rejected the proposal made by Peru.', 'CHL -REJECT_PROPOSAL_BY-> PER'],
  ['welcoming what someone sent', 'Bolivia welcomed the letters sent by Chile on Monday.', 'BOL -WELCOME_LETTER_BY-> CHL'],
  ['condemning an act carried out by someone (a particle on the participle)', 'Peru condemned the raid carried out by Chilean troops.', 'PER -CONDEMN_RAID_BY-> chl-troop'],
  ['wire copy in capitals, where the parser reads the noun and participle as a clause', 'PERU REJECTED THE PEACE PLAN SUBMITTED BY THE FMLN.', 'PER -REJECT_PLAN_BY-> FMLN'],
  ['accepting an offer', 'Bolivia accepted the offer made by Brazil to mediate.', 'BOL -ACCEPT_OFFER_BY-> BRA'],
];
for (const [why, text, want] of CASES) {
  test(`reaction agent: ${why} — "${text}" → ${want}`, () => {
    findTriple(run(text), want);
  });
}

// [why, text, a pair that must not be joined]
const NOT: Array<[why: string, text: string, subject: string, object: string]> = [
  ['buying a thing someone made is no reaction to its maker', 'Peru bought the jets made by Brazil.', 'PER', 'BRA'],
  ['a relative clause with its own subject is not the participle', 'Chile rejected the plan that Peru said was drafted by Bolivia.', 'CHL', 'BOL'],
  ['a verb of saying takes the clause as a clause: what is said is no object', 'Peru said the raid carried out by Chile killed five.', 'PER', 'CHL'],
];
for (const [why, text, s, o] of NOT) {
  test(`reaction agent: ${why} — "${text}" ↛ ${s}–${o}`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.subject.id === s && t.object.id === o), ts.map(show).join(' | '));
  });
}
