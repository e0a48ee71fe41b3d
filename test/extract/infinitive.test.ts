/**
 * The graph reading of a "to"-infinitive (src/extract/infinitive.ts): purpose clauses take the
 * main subject, verbs of asking or making hand the infinitive to their object, infinitives that
 * complete a noun ("an offer to mediate") or follow an expletive "it" make no triple, and every
 * inferred triple ranks below an explicit one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

const CASES: Array<[why: string, text: string, want: string, rule: string]> = [
  ['purpose: the main subject acts', 'France sent envoys to Mali to support the Malian army.', 'FRA -SUPPORT-> mli-army', 'infinitive'],
  ['object control: the object acts', 'Germany urged Russia to withdraw its troops from Georgia.', 'RUS -WITHDRAW_FROM-> GEO', 'infinitive:object+pp'],
  ['the one called on acts, a bare day word between the verb and "on"', 'Peru called Thursday on Chile to release the prisoners.', 'CHL -RELEASE-> prisoners', 'infinitive:object'],
  ['… and in the present, where the parser makes the infinitive a complement', 'Kenya calls on Uganda to withdraw its troops.', 'UGA -WITHDRAW-> troops', 'infinitive:object'],
  ['… and with "upon"', 'Kenya calls upon Uganda to withdraw its troops.', 'UGA -WITHDRAW-> troops', 'infinitive:object'],
  ['… nor one before the actor called for, whose phrase the parser hangs on the day', 'Kenya called on Friday for Uganda to open the border.', 'UGA -OPEN-> border', 'infinitive'],
  ['a purpose after signing a text stays the signer\'s', 'Peru signed an accord on Thursday to supply Chile with wheat.', 'PER -SUPPLY-> CHL', 'infinitive'],
  ['whom one takes on does what they are taken on for', 'Zentrix appointed Ian Vale to lead the firm in Peru.', 'ian-vale -LEAD_IN-> PER', 'infinitive:object+pp'],
  ['after a passive act of harm the purpose is the agent\'s', 'Tom Vale was kidnapped by Peruvian rebels to force the release of prisoners.', 'per-rebel -FORCE-> release', 'infinitive'],
];
for (const [why, text, want, rule] of CASES) {
  test(`infinitive: ${why}`, () => {
    const ts = run(text);
    const hit = findTriple(ts, want);
    assert.equal(hit.rule, rule);
    const explicit = ts.filter((t) => !t.rule.startsWith('infinitive'));
    assert.ok(explicit.length && explicit.every((t) => t.confidence > hit.confidence), ts.map((t) => `${show(t)} ${t.confidence}`).join(' | '));
  });
}

test('infinitive: object control with "want": the one wanted to act does it, and is no object of the wanting', () => {
  const ts = run('Japan wants China to release the fishermen.');
  assert.equal(findTriple(ts, 'CHN -RELEASE-> fishermen').rule, 'infinitive:object');
  assert.ok(!ts.some((t) => t.relation.type === 'WANT'), ts.map(show).join(' | '));
});

// [why, text, relation, subject (any when omitted)]: no such triple
const NONE: Array<[why: string, text: string, relation: RegExp, subject?: string]> = [
  ['a noun\'s complement is not the rejecter\'s act', "Poland rejected Moscow's offer to mediate with Kiev.", /MEDIATE/, 'POL'],
  ['… nor is an infinitive after it', "Poland rejected Moscow's offer to host talks to mediate with Kiev.", /MEDIATE|HOST/, 'POL'],
  ['… not the one who took them on', 'Zentrix has hired Ian Vale to run its operations in Peru.', /RUN/, 'zentrix'],
  ['an expletive "it" does nothing', 'It costs more to hire workers in France.', /HIRE/],
  ['after a passive act of harm the victim does not do its purpose', 'Tom Vale was kidnapped to force the release of Peruvian prisoners.', /FORCE/, 'tom-vale'],
  ['… nor after an agent', 'Tom Vale was kidnapped by Peruvian rebels to force the release of prisoners.', /FORCE/, 'tom-vale'],
  ['a passive infinitive\'s subject undergoes it: no doer from the main clause', 'Ann Reid has been made director of the Zorbak festival, to be held at the Kelvin Marsh Centre in June.', /HOLD/, 'ann-reid'],
];
for (const [why, text, relation, subject] of NONE) {
  test(`infinitive: ${why}`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => relation.test(t.relation.type) && (!subject || t.subject.id === subject)), ts.map(show).join(' | '));
  });
}

test('infinitive: a possessed offer\'s infinitive is its owner\'s intent ("Moscow\'s offer to mediate")', () => {
  const ts = run("Poland rejected Moscow's offer to mediate with Kiev.");
  assert.equal(findTriple(ts, 'RUS -MEDIATE_WITH-> UKR').relation.modality, 'intended', ts.map(show).join(' | '));
});

// [why, text, triple, negated]: how hard the act was says it may not have happened
const WEIGHED: Array<[why: string, text: string, want: string, negated: boolean]> = [
  ['"found it difficult to"', 'Zentrix has found it difficult to satisfy Peruvian customers.', 'zentrix -SATISFY-> per-customer', false],
  ['"found it impossible to" denies it too', 'Zentrix found it impossible to satisfy Peruvian customers.', 'zentrix -SATISFY-> per-customer', true],
];
for (const [why, text, want, negated] of WEIGHED) {
  test(`infinitive: ${why} is possible, not asserted`, () => {
    const t = findTriple(run(text), want);
    assert.deepEqual([t.relation.modality, t.relation.negated], ['possible', negated]);
  });
}

// [why, text, triple, modality, negated]: a purpose on the means a verb of using or setting up
// takes is the subject's aim, and holds only as the main clause does
const MEANS: Array<[why: string, text: string, want: string, modality: string, negated: boolean]> = [
  ['"used force to"', 'Peru used force to evict Bolivia from the island.', 'PER -EVICT-> BOL', 'intended', false],
  ['… with its own means', 'Peru used its navy to blockade Chile.', 'PER -BLOCKADE-> CHL', 'intended', false],
  ['"launched a campaign to"', 'Zentrix launched a campaign to win Peruvian customers.', 'zentrix -WIN-> per-customer', 'intended', false],
  ['a denied use denies its aim', 'Peru did not use force to evict Bolivia from the island.', 'PER -EVICT-> BOL', 'intended', true],
  ['a means under a condition puts its aim under it too', 'Peru would have to buy a tanker to supply Bolivia.', 'PER -SUPPLY-> BOL', 'conditional', false],
];
for (const [why, text, want, modality, negated] of MEANS) {
  test(`infinitive: a purpose on the means, ${why}`, () => {
    const t = findTriple(run(text), want);
    assert.deepEqual([t.relation.modality, t.relation.negated], [modality, negated]);
  });
}

// [why, text, triple, modality, negated]: an adjective of schedule or ability before a "to"-infinitive
// heads the clause, its subject the noun before "be" (repairs/scheduled.ts), in short sentences too
const SCHEDULED: Array<[why: string, text: string, want: string, modality: string, negated: boolean]> = [
  ['"is due to": a plan', 'Peru is due to meet Chile.', 'PER -MEET-> CHL', 'intended', false],
  ['… in the past, still no more than a plan', 'Bolivia was due to meet Chile on Monday.', 'BOL -MEET-> CHL', 'intended', false],
  ['"is likely to": a likelihood', 'Peru is likely to attack Chile.', 'PER -ATTACK-> CHL', 'possible', false],
];
for (const [why, text, want, modality, negated] of SCHEDULED) {
  test(`infinitive: a schedule, ${why}`, () => {
    const t = findTriple(run(text), want);
    assert.deepEqual([t.relation.modality, t.relation.negated], [modality, negated]);
  });
}

// [why, text, triple]: the parser hangs such a purpose on the noun; it is still the subject's
const ON_NOUN: Array<[why: string, text: string, want: string]> = [
  ['"has taken steps to"', 'Chile has taken steps to protect Bolivia.', 'CHL -PROTECT-> BOL'],
  ['"opened fire to"', 'The Peruvian navy opened fire to warn Chile.', 'per-navy -WARN-> CHL'],
  ['"signed agreements to"', 'Zentrix has signed preliminary agreements to supply Peru.', 'zentrix -SUPPLY-> PER'],
];
for (const [why, text, want] of ON_NOUN) {
  test(`infinitive: a purpose on the means, ${why}`, () => {
    findTriple(run(text), want);
  });
}

// [why, text, relation, subject]: not the subject's act
const NOT_MEANS: Array<[why: string, text: string, relation: RegExp, subject: string]> = [
  ['pressure is on someone else to act', 'Peru resisted Chilean pressure to release the fishermen.', /RELEASE/, 'PER'],
  ['what one is given is the recipient\'s to use', 'Peru gave Bolivia money to buy Chilean jets.', /BUY/, 'PER'],
  ['a person or body taken on acts for itself', 'Peru hired Bolivian guards to protect the mine.', /PROTECT/, 'PER'],
];
for (const [why, text, relation, subject] of NOT_MEANS) {
  test(`infinitive: ${why}`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => relation.test(t.relation.type) && t.subject.id === subject), ts.map(show).join(' | '));
  });
}
