/**
 * Table-driven checks of clause reading (src/extract/relations.ts, chunks.ts): subjects,
 * objects and prepositional actors. Sentences written for the rule, not taken from any benchmark.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';


const CASES: Array<[rule: string, text: string, want: string]> = [
  ['"along with" does not hide the subject', 'Paris along with its partners demanded that Iran stop the tests.', 'FRA -DEMAND-> IRN'],
  ['coordinated subjects before a PP-modified last conjunct', 'The president said that the Malian government and the rebels in the north must sign a truce.', 'MLI -SIGN-> truce'],
  ['a participle hyphenated to a noun is no clause of its own', 'Japan pledged to send food aid to drought-hit Somalia.', 'JPN -SEND-> food aid'],
  ['an actor after "of" owns the object', 'Turkey launched an invasion of Cyprus.', 'TUR -LAUNCH_INVASION_OF-> CYP'],
  ['an actor after "of" owns the noun of a PP, whose preposition stays', 'China hacked into the servers of the Indian army.', 'CHN -HACK_INTO_SERVER_OF-> ind-army'],
  ['a possessive owns the noun of a PP, whose preposition stays', "Peru protested at Chile's decision.", 'PER -PROTEST_AT_DECISION_OF-> CHL'],
  ['a thing announced (no clause follows) is an object', 'Spain announced sanctions against Venezuela on Monday.', 'ESP -ANNOUNCE_SANCTION_AGAINST-> VEN'],
  ['a lone quantifier before a possessive phrase is not the object', 'The Greek government refused to pull out all its troops.', 'GRC -REFUSE_TO_PULL_OUT-> troops'],
  ['named examples of a phrase\'s parties are reached by its preposition', 'Peru sells fruit to many countries, including Chile and Bolivia.', 'PER -SELL_TO-> BOL'],
  ['… after "like" too', 'Microsoft is trailing behind rivals like Google and Yahoo.', 'microsoft -TRAIL_BEHIND-> yahoo'],
  ['a gerund weighed is the act, "consider" no part of its label (scope.test.ts: possible)', 'Peru had considered returning its envoy to Chile.', 'PER -RETURN_TO-> CHL'],
  ['… and a participle after its verb', 'Peru has become frustrated with Chile.', 'PER -BECOME_FRUSTRATED_WITH-> CHL'],
  ['… but not after a verb of aspect the label leaves out', 'Peru agreed to stop sending arms to Chile.', 'PER -AGREE_TO_SEND_TO-> CHL'],
  ['a name that is also a verb opens the sentence as a name ("ford" a river)', 'Ford bought a stake in Zentrix.', 'ford -BUY_STAKE_IN-> zentrix'],
  ['… and after a clause ("allied")', 'Pernod cut its debt, while Allied bought a stake in Zentrix.', 'allied -BUY_STAKE_IN-> zentrix'],
  ['a noun after an infinitive is its object, not the verb\'s before it', 'Tom Vale met Ann Reid. But he also wants to counter complaints that he has spent too much time on foreign trips.', 'tom-vale -COUNTER-> complaints'],
  ['a heavy object after a short "to" phrase leaves the recipient to it ("hand over to X two of its nationals")', 'Peru offered to hand over to Chile two of its nationals.', 'PER -HAND_OVER_TO-> CHL'],
  ['… after "the" too', 'Peru gave back to the United Nations its two aircraft.', 'PER -GIVE_BACK_TO-> UN'],
  ['a glued compound whose head wink reads as a verb is a noun, named whole', "Tom Vale praised Jim Reed's free-kick.", 'tom-vale -PRAISE_FREE_KICK_OF-> jim-reed'],
  ['… and any glued compound noun is named whole in the label', 'Jim Reed scored a hat-trick against Chelsea.', 'jim-reed -SCORE_HAT_TRICK_AGAINST-> chelsea'],
  ['a PP after a relational noun keeps the chain', 'Britain mobilised reservists for a possible war against Iraq.', 'GBR -MOBILIZE_FOR_WAR_AGAINST-> IRQ'],
  ['a noun of relation the tagger reads as an adjective keeps its "against" phrase', 'The Bolivian army began an offensive against the Zentrix Front on Monday.', 'bol-army -BEGIN_OFFENSIVE_AGAINST-> zentrix-front'],
  ['… after an adjective of its own', 'Chad launched a fresh offensive against the Zentrix Front in the north.', 'TCD -LAUNCH_OFFENSIVE_AGAINST-> zentrix-front'],
  ['a participle after the perfect\'s "to have", read by the parser as its noun\'s adjective, is the verb', 'Bolivia is said to have restored ties with Chad.', 'BOL -RESTORE_TIE_WITH-> TCD'],
  ['… and its noun the object, whose phrase stays', 'Peru is believed to have bought shares in Zentrix.', 'PER -BUY_SHARE_IN-> zentrix'],
  ['… after "reported to have" too', 'The Zentrix Front is reported to have attacked villages near Lima.', 'zentrix-front -ATTACK_VILLAGE_NEAR-> lima'],
  ['a participle between a preposition and a name is the name\'s adjective, not a verb with the name for object', 'Chad sent aid to besieged Niamey.', 'TCD -SEND_AID_TO-> niamey'],
  ['… after "against" too', 'Chad launched an attack against besieged Niamey.', 'TCD -LAUNCH_ATTACK_AGAINST-> niamey'],
  ['… hyphened to a word before it', 'The UN sent troops to war-torn Chad.', 'UN -SEND_TO-> TCD'],
  ['a "to" before a verb\'s base form stays an infinitive', 'Peru sent troops to help Chile.', 'PER -HELP-> CHL'],
];

test('relations: a chunk cut at "own" after a possessive names nothing owned ("India\'s own \"self reliance\"")', () => {
  const ts = run('However, Tom Vale, general secretary of the Zentrix Union, said allowing FDI in the country is compromising India\'s own "self reliance".');
  assert.ok(!ts.some((t) => /OWN_OF/.test(t.relation.type)), ts.map(show).join(' | '));
});

test('relations: a "no" determiner on the object negates the relation', () => {
  const ts = run('The Honduran army has no contacts with the Nicaraguan rebels.');
  const hit = ts.filter((t) => t.subject.country === 'HND' && t.relation.lemma === 'have');
  assert.ok(hit.length > 0, ts.map(show).join(' | '));
  assert.ok(hit.every((t) => t.relation.negated), ts.map((t) => `${show(t)} negated=${t.relation.negated}`).join(' | '));
  const pos = run('The Honduran army has contacts with the Nicaraguan rebels.').filter((t) => t.relation.lemma === 'have');
  assert.ok(pos.length > 0 && pos.every((t) => !t.relation.negated), 'without "no" nothing is negated');
});

const CONDITIONAL: Array<[text: string, lemma: string, want: string]> = [
  ['Iran will attack Iraq if Iraq rejects the plan.', 'reject', 'conditional'],
  ['Iran will attack Iraq unless Iraq accepts the plan.', 'accept', 'conditional'],
  ['Iraq rejected the plan.', 'reject', 'asserted'],
  // (an embedded question asserts nothing: the clause under "whether" may or may not hold)
  ['Iran asked whether Iraq rejected the plan.', 'reject', 'possible'],
];
for (const [text, lemma, want] of CONDITIONAL) {
  test(`relations: "${text}" → ${lemma} is ${want}`, () => {
    const hit = run(text).filter((t) => t.relation.lemma === lemma);
    assert.ok(hit.length > 0, run(text).map(show).join(' | '));
    assert.ok(hit.every((t) => t.relation.modality === want), hit.map((t) => `${show(t)} ${t.relation.modality}`).join(' | '));
  });
}

// PP attachment: an actor inside a PP that belongs to a relational noun is not the verb's target.
const NOT: Array<[rule: string, text: string, unwanted: RegExp]> = [
  ['"in response to aggression against B" is not "use against B"', 'Chile may deploy troops in response to aggression against Peru.', /^CHL -DEPLOY_AGAINST-> PER$/],
  ['"cooperation between A and B" after the object is not "strengthen between"', 'Chile and Peru strengthened cooperation between the two countries.', /_BETWEEN->/],
  ['named examples after a thing are none of its patients', 'In the last few months, many rival ISPs have begun to offer 2Mbps services, including Zentrix, Plusnet and Vale Online.', /OFFER-> (zentrix|plusnet)/],
  ['a preposition inside a body\'s name introduces no second phrase', 'Tom Ross joined the Campaign for Nuclear Disarmament.', /JOIN_FOR->/],
  ['… nor after an "of" inside the name ("Court of Arbitration for Sport"), which stays one body', 'Vale can appeal against any ruling at the Court of Appeal for Zentrix.', /-> zentrix$|APPEAL_FOR/],
];
for (const [rule, text, unwanted] of NOT) {
  test(`relations: ${rule}`, () => {
    const ts = run(text);
    assert.ok(ts.length > 0, 'the sentence gives triples');
    assert.ok(!ts.some((t) => unwanted.test(show(t))), ts.map(show).join(' | '));
  });
}

test('relations: a reported clause after "announced" stays reported speech', () => {
  const ts = run('Spain announced the army would leave Iraq.');
  assert.equal(ts.filter((t) => t.relation.lemma === 'announce').length, 0, ts.map(show).join(' | '));
});

for (const [rule, text, want] of CASES) {
  test(`relations: ${rule}: "${text}" → ${want}`, () => {
    const ts = run(text);
    findTriple(ts, want);
  });
}

const CATEGORIES: Array<[text: string, want: string, category: string]> = [
  ['Turkey launched an invasion of Cyprus.', 'TUR -LAUNCH_INVASION_OF-> CYP', 'FIGHT'],
  ['Germany signed a treaty with Poland.', 'DEU -SIGN_TREATY_WITH-> POL', 'AGREE'],
];
for (const [text, want, category] of CATEGORIES) {
  test(`relations: a light verb takes its category from the noun, a full verb keeps its own: "${text}" → ${category}`, () => {
    const hit = run(text).find((t) => show(t) === want);
    assert.equal(hit?.relation.category, category);
  });
}

// [text, triple, its PLOVER category or undefined]: cutting is a sanction only of ties, aid or trade
const CUTTING: Array<[text: string, want: string, category: string | undefined]> = [
  ['Peru cut aid to Bolivia.', 'PER -CUT_AID_TO-> BOL', 'SANCTION'],
  ['Peru cut diplomatic ties with Chile.', 'PER -CUT_TIE_WITH-> CHL', 'SANCTION'],
  ['Zentrix has cut its growth forecasts for the year.', 'zentrix -CUT-> growth forecasts', undefined],
  ['Zentrix has cut 500 jobs in Peru.', 'zentrix -CUT_IN-> PER', undefined],
];
for (const [text, want, category] of CUTTING) {
  test(`relations: cutting is a sanction only of ties, aid or trade: "${text}" → ${category ?? 'no category'}`, () => {
    assert.equal(findTriple(run(text), want).relation.category, category);
  });
}

// [text, triple, its PLOVER category or undefined]: beating is an assault only of people
const BEATING: Array<[text: string, want: string, category: string | undefined]> = [
  ['Zentrix beat market forecasts for the year.', 'zentrix -BEAT-> market forecasts', undefined],
  ['Zentrix easily beat the deadline.', 'zentrix -BEAT-> deadline', undefined],
  ['The Chilean police beat the protesters.', 'chl-police -BEAT-> protesters', 'ASSAULT'],
  ['Tom Vale has beaten Anna Bell to become the best-paid actor of the year.', 'tom-vale -BEAT-> anna-bell', undefined],
  ['Tom Vale beat Anna Bell in the final on Sunday.', 'tom-vale -BEAT-> anna-bell', undefined],
  ['Tom Vale beat Anna Bell 6-3 on Sunday.', 'tom-vale -BEAT-> anna-bell', undefined],
  ['Tom Vale beat Anna Bell to the title.', 'tom-vale -BEAT-> anna-bell', undefined],
  ['Chilean soldiers beat Tom Vale in his cell.', 'chl-soldier -BEAT-> tom-vale', 'ASSAULT'],
  ['The Chilean police beat Tom Vale to death.', 'chl-police -BEAT-> tom-vale', 'ASSAULT'],
  ['Tom Vale beat Anna Bell and Rosa Kemp.', 'tom-vale -BEAT-> rosa-kemp', undefined],
  ['Chilean police beat Tom Vale.', 'chl-police -BEAT-> tom-vale', 'ASSAULT'],
];
for (const [text, want, category] of BEATING) {
  test(`relations: beating is an assault only of people: "${text}" → ${category ?? 'no category'}`, () => {
    assert.equal(findTriple(run(text), want).relation.category, category);
  });
}

// [text, triple, its PLOVER category or undefined]: joining is cooperation only with parties or in a shared effort
const JOINING: Array<[text: string, want: string, category: string | undefined]> = [
  ['Tom Vale will join the cast of the show.', 'tom-vale -JOIN-> cast', undefined],
  ['Zentrix Ltd joined an already crowded field.', 'zentrix-ltd -JOIN-> already crowded field', undefined],
  ['Anna Bell has joined the growing list of critics.', 'anna-bell -JOIN-> growing list', undefined],
  ['Peru joined the peace process.', 'PER -JOIN-> peace process', 'COOPERATE'],
  ['Peru joined the coalition against Chile.', 'PER -JOIN-> coalition', 'COOPERATE'],
  ['Peru joined Chile.', 'PER -JOIN-> CHL', 'COOPERATE'],
];
for (const [text, want, category] of JOINING) {
  test(`relations: joining is cooperation only with parties or in a shared effort: "${text}" → ${category ?? 'no category'}`, () => {
    assert.equal(findTriple(run(text), want).relation.category, category);
  });
}

// [text, triple, its PLOVER category or undefined]: a light verb's idiom names no event of its noun's
const IDIOMS: Array<[text: string, want: string, category: string | undefined]> = [
  ['Peru took charge of the Chilean army.', 'PER -TAKE_CHARGE_OF-> chl-army', undefined],
  ['Peru pressed charges against the Chilean army.', 'PER -PRESS_CHARGE_AGAINST-> chl-army', 'DISAPPROVE'],
  ['Tom Vale took care of the Chilean team.', 'tom-vale -TAKE_CARE_OF-> chl-team', undefined],
];
for (const [text, want, category] of IDIOMS) {
  test(`relations: an idiom of a light verb is no event of its noun: "${text}" → ${category ?? 'no category'}`, () => {
    assert.equal(findTriple(run(text), want).relation.category, category);
  });
}

test('relations: "use" is no act of force by itself ("Peru used Chilean technology"); "bombed" is', () => {
  assert.equal(findTriple(run('Peru used the technology from Chile.'), 'PER -USE_TECHNOLOGY_FROM-> CHL').relation.category, undefined);
  assert.equal(findTriple(run('Peru bombed the bridges of Chile.'), 'PER -BOMB_BRIDGE_OF-> CHL').relation.category, 'FIGHT');
});

// [text, triple, its PLOVER category or undefined]: giving is aid only of what aid is made of
const GIVING: Array<[text: string, want: string, category: string | undefined]> = [
  ['Peru sent weapons to Chile.', 'PER -SEND_TO-> CHL', 'AID'],
  ['Peru gave aid to Chile.', 'PER -GIVE_TO-> CHL', 'AID'],
  ['Peru provided photographs and military intelligence to Chile.', 'PER -PROVIDE_TO-> CHL', 'AID'],
  ['Peru gave 5 million dollars to Chile.', 'PER -GIVE_TO-> CHL', 'AID'],
  ['Peru sent a message to Chile.', 'PER -SEND_MESSAGE_TO-> CHL', undefined],
  ['Colonel Ana Vale gave the order to Tom Ruiz.', 'ana-vale -GIVE_TO-> tom-ruiz', undefined],
];
for (const [text, want, category] of GIVING) {
  test(`relations: giving is aid only of aid's stuff: "${text}" → ${category ?? 'no category'}`, () => {
    assert.equal(findTriple(run(text), want).relation.category, category);
  });
}

// [text, triple, its PLOVER category or undefined]: releasing and receiving are events done to a party, not to a thing
const DONE_TO_PARTY: Array<[text: string, want: string, category: string | undefined]> = [
  ['Peru released the Chilean prisoners.', 'PER -RELEASE-> chl-prisoner', 'CONCEDE'],
  ['Zentrix will release the new console in Peru.', 'zentrix -RELEASE_IN-> PER', undefined],
  ['Peru received the Chilean envoy.', 'PER -RECEIVE-> chl-envoy', 'CONSULT'],
  ['Zentrix received no warning from Peru.', 'zentrix -RECEIVE_WARNING_FROM-> PER', undefined],
  ['Peru received a visit from the Chilean envoy.', 'PER -RECEIVE_VISIT_FROM-> chl-envoy', 'CONSULT'],
  ['Peru received aid from Chile.', 'PER -RECEIVE_AID_FROM-> CHL', undefined],
  ['Peru established diplomatic ties with Chile.', 'PER -ESTABLISH_TIE_WITH-> CHL', 'SUPPORT'],
  ['Peru established a deadline for Chile.', 'PER -ESTABLISH_DEADLINE_FOR-> CHL', undefined],
  ['The Peruvian army demonstrated its skill to Chile.', 'per-army -DEMONSTRATE_SKILL_TO-> CHL', undefined],
];
for (const [text, want, category] of DONE_TO_PARTY) {
  test(`relations: an event done to a party is none done to a thing: "${text}" → ${category ?? 'no category'}`, () => {
    assert.equal(findTriple(run(text), want).relation.category, category);
  });
}

// [text, triple, its PLOVER category]: a call for or on someone is an appeal (DEMAND); a call to someone a contact
const CALLS: Array<[text: string, want: string, category: string]> = [
  ['Peru called for talks with Chile.', 'PER -CALL_FOR_TALK_WITH-> CHL', 'DEMAND'],
  ['Tom Vale called for action on debt.', 'tom-vale -CALL_FOR-> action', 'DEMAND'],
  ['Tom Vale made an urgent call to the Peruvian government.', 'tom-vale -MAKE_CALL_TO-> PER', 'DEMAND'],
  ['Tom Vale made a phone call to Ana Ruiz.', 'tom-vale -MAKE_CALL_TO-> ana-ruiz', 'CONSULT'],
  ['Tom Vale called Ana Ruiz on Monday.', 'tom-vale -CALL-> ana-ruiz', 'CONSULT'],
];
for (const [text, want, category] of CALLS) {
  test(`relations: a call for or on someone is an appeal, a call to someone a contact: "${text}" → ${category}`, () => {
    assert.equal(findTriple(run(text), want).relation.category, category);
  });
}

// [text, triple, its PLOVER category]: a deal struck is agreed, no strike
const STRUCK: Array<[text: string, want: string, category: string]> = [
  ['Peru struck a trade deal with Chile.', 'PER -STRIKE_DEAL_WITH-> CHL', 'AGREE'],
  ['Zentrix struck an agreement with Brannock.', 'zentrix -STRIKE_AGREEMENT_WITH-> brannock', 'AGREE'],
];
for (const [text, want, category] of STRUCK) {
  test(`relations: a deal struck is agreed: "${text}" → ${category}`, () => {
    assert.equal(findTriple(run(text), want).relation.category, category);
  });
}

// [text, triple, its PLOVER category]: an attack is one of force in a report of violence, else one of words
const ATTACKS: Array<[why: string, text: string, want: string, category: string]> = [
  ['a person attacking a party with no violence in sight', 'Tom Vale attacked the Labour Party in a speech in Leeds.', 'tom-vale -ATTACK-> UK_LABOUR', 'DISAPPROVE'],
  ['armed rebels who kill', 'Peruvian rebels attacked the Zentrix offices in Lima, killing two guards and wounding three soldiers.', 'per-rebel -ATTACK-> Zentrix offices', 'ASSAULT'],
  ['an attack on what a party said or planned is one of words', 'Labour and the Greens have attacked his policies as unworkable.', 'UK_LABOUR -ATTACK-> policies', 'DISAPPROVE'],
  ['… on a decision too', 'Peru attacked the decision of the court.', 'PER -ATTACK-> decision', 'DISAPPROVE'],
  ['an attack on a place stays one of force', 'Peru attacked the border town on Monday.', 'PER -ATTACK-> border town', 'ASSAULT'],
];
for (const [why, text, want, category] of ATTACKS) {
  test(`relations: ${why}: "${text}" → ${category}`, () => assert.equal(findTriple(run(text), want).relation.category, category));
}

test('relations: a phrase fronted before the subject and set off by a comma sets the scene and joins no relation', () => {
  for (const text of ['With that record, Tom Vale asked why Peru had left Chile.', 'Despite the warning, Tom Vale left.']) {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.subject.id === 'tom-vale' && / (with|despite)$/.test(t.relation.label)), ts.map(show).join(' | '));
  }
  // (a place stays where the act was)
  findTriple(run('In Lima, Tom Vale resigned.'), 'tom-vale -RESIGN_IN-> lima');
});
