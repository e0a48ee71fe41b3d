/**
 * Violence told with no doer (src/extract/unattributed.ts): the unidentified individuals of the
 * place it happened do it, so the victim, place and time are in the graph; never for a cause that
 * is no one's act, a victim that is no one, or an act that did not happen. Sentences written for the rule.
 */
import { isViolenceReport } from '../../src/extract/explosions.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

// [why, text, triple]
const CASES: Array<[why: string, text: string, want: string]> = [
  ['people harmed, no doer written, the place in the clause', 'Three policemen were wounded in Medellin.', 'col-unidentified-individual -WOUND-> policemen'],
  ['a target attacked', 'The embassy was bombed in Lima.', 'per-unidentified-individual -BOMB-> embassy'],
  ['a weapon as the agent names no doer', 'A judge was killed by a bomb in Bogota.', 'col-unidentified-individual -KILL-> judge'],
  ['one person, in the singular', 'One person was killed in Medellin.', 'col-unidentified-individual -KILL-> person'],
  ['a peasant, in the singular', 'A peasant was wounded in Medellin.', 'col-unidentified-individual -WOUND-> peasant'],
  ['a thing wrecked where the sentence names a blast', 'Two cars were destroyed after the explosion of a bomb in Lima.', 'per-unidentified-individual -DESTROY-> cars'],
  ['a harm read as an adjective after "was" is the passive', 'BOGOTA, 3 JAN 90 (EFE) -- A SECURITY GUARD, WHO WAS INSIDE THE BUILDING, WAS SERIOUSLY INJURED, THE OFFICIAL REPORT FROM THE POLICE SAID.', 'col-unidentified-individual -INJURE-> security guard'],
  ['one named after "including" is harmed too, and does no harm', 'Ten union members were killed in Medellin, including union leader Juan Lopez.', 'col-unidentified-individual -KILL-> juan-lopez'],
];
for (const [why, text, want] of CASES) {
  test(`unattributed: ${why} — "${text}" → ${want}`, () => {
    const hit = findTriple(run(text), want);
    assert.equal(hit.rule, 'passive:unattributed');
  });
}

test('unattributed: harm named by a noun with a victim and no doer', () => {
  const ts = run('Peru condemned the murder of three judges in Lima.');
  assert.equal(findTriple(ts, 'per-unidentified-individual -MURDER-> per-judge').rule, 'nominal:unattributed');
});

test('unattributed: a date\'s capital in the act\'s noun names no doer ("the 18 August murder of …")', () => {
  const ts = run('Peru condemned the 18 August murder of three judges in Lima.');
  assert.equal(findTriple(ts, 'per-unidentified-individual -MURDER-> per-judge').rule, 'nominal:unattributed');
});

test('unattributed: the person who owns an act of harm suffered it ("after Tom Vale\'s murder"), in mixed case and in capitals', () => {
  // (the last: a first name before a town's name the gazetteer recased, then a listed surname)
  for (const text of ['Security became an issue in Lima after Tom Vale\'s murder.', 'AS A RESULT OF PRESIDENTIAL HOPEFUL JOSE VALE ORTIZ\'S MURDER, SECURITY HAS BECOME A MAJOR ISSUE IN LIMA.', 'JUDGES LIFTED THE STRIKE THEY BEGAN ON 17 AUGUST FOLLOWING MAGISTRATE LUIS VALENCIA GOMEZ\'S MURDER.']) {
    const hit = run(text).find((t) => t.rule === 'nominal:unattributed');
    assert.ok(hit && hit.object.type === 'person' && /vale|valencia-gomez/.test(hit.object.id) && hit.relation.lemma === 'murder', run(text).map(show).join(' | '));
  }
  // (an act with a doer's name before it stays that doer's: "an FMLN murder" names no victim)
  assert.ok(!run('An FMLN murder shocked Lima.').some((t) => t.rule === 'nominal:unattributed'));
});

test('mentions: the 19 April Movement is M-19 in capitals too', () => {
  const ts = run('THE 19 APRIL MOVEMENT ATTACKED A PERUVIAN ARMY POST.');
  assert.ok(ts.some((t) => t.subject.id === 'M19'), ts.map((t) => t.subject.id).join(' '));
});

// [why, text]: an act named by a noun that gets no unidentified doer
const NOUN_NONE: Array<[why: string, text: string]> = [
  ['a "by" phrase the parse hung elsewhere', 'Peru condemned the killings of three judges in Lima by the army.'],
  ['a feared act', 'Peru fears the murder of three judges in Lima.'],
  ['an act someone is credited with', 'Chile praised the army for the killing of three rebels.'],
  ['an attack that is words', 'Critics called the law an attack on civil liberties in Britain.'],
  ['a doer named by his role', 'The minister said Tom Vale was the perpetrator of the murder of three judges in Lima.'],
  ['an act told of through a report, not stated', 'Peru denied reports of the killing of three judges in Lima.'],
  ['… or through a claim', 'The false claim of the murder of three judges in Lima was withdrawn.'],
];
for (const [why, text] of NOUN_NONE) {
  test(`unattributed: no unidentified doer for a noun: ${why} — "${text}"`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.rule === 'nominal:unattributed'), ts.map((t) => `${show(t)} [${t.rule}]`).join(' | '));
  });
}

test('unattributed: the place a wire dateline gives, when the clause names none', () => {
  const ts = run('LIMA, 3 JUN 89 (EFE) -- SEVEN PRESIDENTIAL GUARDS WERE KILLED TODAY.');
  assert.ok(ts.some((t) => t.rule === 'passive:unattributed' && t.subject.id === 'per-unidentified-individual'), ts.map(show).join(' | '));
});

// [why, text, the doer wanted]: a place the sentence names in another country outranks the dateline
// where it is sure; a bare city name that may be another country's namesake does not
const PLACE_OVER_DATELINE: Array<[why: string, text: string, want: string]> = [
  ['a nationality adjective on a place noun', 'MOSCOW, 3 JAN 90 (TASS) -- THIRTY SOVIET SAILORS WERE INJURED IN THE PERUVIAN PORT OF ZENTRA.', 'per-unidentified-individual -INJURE-> rus-sailor'],
  ['… for a bomb told of within the clause that names the place', 'MOSCOW, 3 JAN 90 (TASS) -- THIRTY SOVIET SAILORS WERE INJURED IN THE PERUVIAN CITY OF ZENTRA AS A RESULT OF AN EXPLOSION CAUSED BY A BOMB PLACED AT A STORE.', 'per-unidentified-individual -BOMB-> store'],
  ['a city whose country the document names by something else', 'MOSCOW, 3 JAN 90 (TASS) -- A SOVIET DIPLOMAT WAS KILLED IN LIMA. THE SOVIET UNION PROTESTED TO PERU.', 'per-unidentified-individual -KILL-> rus-diplomat'],
  ['a bare city name whose country the document never names: the dateline\'s', 'BOGOTA, 3 JAN 90 (EFE) -- A JUDGE WAS KILLED IN CORDOBA.', 'col-unidentified-individual -KILL-> judge'],
];
for (const [why, text, want] of PLACE_OVER_DATELINE) {
  test(`unattributed: the doer's country, ${why} — "${text}" → ${want}`, () => {
    findTriple(run(text), want);
  });
}

// [why, text]: no unattributed triple
const NONE: Array<[why: string, text: string]> = [
  ['an emergency landing is an accident', 'LIMA, 3 JAN 90 -- THE PILOT WAS KILLED AS A RESULT OF THE EMERGENCY LANDING.'],
  ['a cause that is no one\'s act', 'Two tourists were killed in a car accident in Peru.'],
  ['a victim that is no one', 'The bill was killed in committee.'],
  ['a thing wrecked with no blast named may be an accident\'s', 'Two buses were destroyed in Lima yesterday.'],
  ['an act that did not happen', 'The guards were not attacked in Lima.'],
  ['a doer written', 'Three policemen were wounded by rebels in Medellin.'],
  ['an act still to come', 'The villages will be bombed in Peru, the rebels warned.'],
  ['a sentence that says who answers for it', 'The ELN claimed responsibility for the attack, in which five soldiers were killed in Colombia.'],
  ['… by claiming credit for it', 'The ELN claimed credit for the attack, in which five soldiers were killed in Colombia.'],
  ['a death in clashes, the other side\'s doing', 'Three rebels were killed during clashes in Peru.'],
  ['a death in an exchange of fire, the other side\'s doing', 'Three rebels were killed in an exchange of fire in Peru.'],
  ['a wound in a shoot-out, however written', 'A policeman was wounded in a shoot-out in Lima.'],
  ['… as one word', 'A policeman was wounded in a shootout in Lima.'],
  ['harm in an attack whose participle names its doer with "by"', 'A guard was wounded in the attack staged last night by urban commandos on the palace in Lima.'],
  ['a victim that is none', 'Not a single person was killed in Lima.'],
  ['a question', 'How many civilians were killed in Lima?'],
  ['harm in an attack whose doer the attack names', 'Two people were killed during a guerrilla attack on a sugar mill in Peru.'],
  ['a conjunct verb\'s "by" phrase', 'Hundreds of peasants have been murdered, kidnapped and tortured by the mercenary groups in Peru.'],
  ['killed in an act the sentence tells of, whose doer that act has', 'The army launched raids in which ten civilians were killed in Peru.'],
  ['… an operation too', 'An elite police force carried out the operation in which Tom Vale was killed in Lima.'],
];
for (const [why, text] of NONE) {
  test(`unattributed: none for ${why} — "${text}"`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.rule === 'passive:unattributed'), ts.map((t) => `${show(t)} [${t.rule}]`).join(' | '));
  });
}

// [why, text, want]: a bomb that went off is a bombing of what it went off at (extract/explosions.ts)
const EXPLOSIONS: Array<[why: string, text: string, want: string]> = [
  ['at a building', 'A bomb exploded outside the Zentrix offices in Lima.', 'per-unidentified-individual -BOMB-> Zentrix offices'],
  ['a car bomb that went off', 'Two car bombs went off near a police station in Baghdad.', 'irq-unidentified-individual -BOMB-> police station'],
  ['what a bomb destroyed, in a place named in its phrase', 'Two bombs destroyed the Zentrix offices in Lima.', 'per-unidentified-individual -BOMB-> Zentrix offices'],
  ['opposite a telephone exchange (an exchange of no fire)', 'A powerful bomb exploded last night in Medellin, opposite a telephone exchange.', 'col-unidentified-individual -BOMB-> telephone exchange'],
  ['in a part of a named body: the body', 'A bomb exploded in the bathroom of the Zentrix Cultural Institute in Lima.', 'per-unidentified-individual -BOMB-> zentrix-cultural-institute'],
  ['an explosion that took place somewhere', 'The explosion took place in a branch office of the Zentrix Corporation in Lima.', 'per-unidentified-individual -BOMB_OFFICE_OF-> zentrix-corporation'],
  ['an attack that occurred at a building: an attack on it', 'The attack occurred at the gate of the Zentrix Institute in Lima.', 'per-unidentified-individual -ATTACK-> zentrix-institute'],
  ['an attack against a building that a sentence condemns', 'Two guards were killed and three wounded by gunmen in Lima on Monday. The Zentrix union condemned the recent attack against the offices of the Lima Times in Lima.', 'per-unidentified-individual -ATTACK_OFFICE_OF-> lima-times'],
  ['attacks made against someone', 'Armed attacks have been made against police stations in Lima.', 'per-unidentified-individual -ATTACK-> police stations'],
  ['… against armed forces, in a report that names no other violence', 'SAN SALVADOR, 15 MAR 89 (EFE) -- ATTACKS HAVE BEEN MADE AGAINST POLICE FORCES IN THE EASTERN DISTRICTS.', 'slv-unidentified-individual -ATTACK-> police forces'],
  ['a kind word names the doers', 'Nine people were injured in Lima following terrorist attacks against bank branches.', 'per-terrorist -ATTACK-> bank branches'],
  ['an attack told of through the reports its hearers have (bullets and gunfire are violence too)', 'LIMA, 19 JUL 89 (RADIO SOL) -- WE HAVE FURTHER REPORTS ON THIS MORNING\'S ATTACK ON TOM VALE, A LAWYER. HE WAS SHOT FIVE TIMES. NEIGHBORS HEARD GUNFIRE AND THREE BULLETS HIT HIM.', 'per-unidentified-individual -ATTACK-> tom-vale'],
  ['an attack on offices is one of force, whatever else the text says', 'The union condemned the attack on its offices in Lima.', 'per-unidentified-individual -ATTACK-> offices'],
  ['in wire copy, the noun the parse made a speech verb\'s report', 'LIMA, 9 OCT 88 (EFE) -- ANOTHER BOMB EXPLODED AT A BANK BRANCH, POLICE SAID.', 'per-unidentified-individual -BOMB-> bank branch'],
  ['an attack a prepositional "following" dates, whoever does the clause', 'Peruvian rebels left the talks following the attack on the union offices in Lima.', 'per-unidentified-individual -ATTACK-> union offices'],
  ['in wire copy, the noun made the root by the parse', 'LIMA, 9 OCT 88 (EFE) -- A SMALL HOME-MADE BOMB EXPLODED AT DAWN TODAY AT THE HEADQUARTERS OF THE SHOE WORKERS UNION.', 'per-unidentified-individual -BOMB-> headquarters of shoe workers union'],
  ['in wire copy, after a fronted adverb and place the parser made the root (repairs/rootless.ts)', 'BOGOTA, 8 DEC 89 (DPA) -- MEANWHILE, IN CALI, A BOMB EXPLODED AT A BRANCH OF THE ZENTRIX BANK.', 'col-unidentified-individual -BOMB-> branch'],
  ['an attack that destroyed a building, told in a relative clause', 'BOGOTA, 8 DEC 89 (DPA) -- THE CAR BOMB ATTACK WHICH DESTROYED THE ZENTRIX BUILDING WAS PLANNED IN MAY.', 'col-unidentified-individual -ATTACK-> zentrix building'],
  ['an explosion that damaged a part of a building: the building', 'LIMA, 9 OCT 88 (EFE) -- THE EXPLOSION DAMAGED THE SHELVES OF A BOOK STORE.', 'per-unidentified-individual -BOMB-> book store'],
  ['… each of what it damaged', 'LIMA, 9 OCT 88 (EFE) -- THE BLAST DAMAGED A PHARMACY AND A HOTEL.', 'per-unidentified-individual -BOMB-> hotel'],
  ['"the one" that did it, standing for the bomb named before', 'LIMA, 9 OCT 88 (EFE) -- A SECOND BOMB EXPLODED AN HOUR AFTER THE ONE THAT DESTROYED THE ZENTRIX OFFICES.', 'per-unidentified-individual -BOMB-> zentrix offices'],
  ['… "another one" that went off somewhere', 'Two bombs exploded in Lima, and another one exploded at the Zentrix bank.', 'group:unidentified-individual -BOMB-> Zentrix bank'],
  ['in wire copy, "today" between the bomb and its verb (repairs/time.ts repairDayBeforeVerb)', 'LIMA, 9 OCT 88 (EFE) -- A POWERFUL BOMB TODAY EXPLODED NEAR THE ZENTRIX OFFICES.', 'per-unidentified-individual -BOMB-> zentrix offices'],
];
for (const [why, text, want] of EXPLOSIONS) {
  test(`unattributed: a bomb that went off, ${why} — "${text}"`, () => {
    findTriple(run(text), want);
  });
}

test('unattributed: a definite attack has happened, whatever the tense of the clause that tells of it', () => {
  const hit = findTriple(run('Two guards were killed and three wounded by gunfire in Lima on Monday. The attack against the Zentrix offices seems part of a campaign of terror.'), 'group:unidentified-individual -ATTACK-> Zentrix offices');
  assert.equal(hit.relation.tense, 'past');
});

test('unattributed: a bomb\'s "-ing" participle the parse hung on its verb kills when the bomb went off, and the bomb goes off where it exploded', () => {
  const ts = run('LIMA, 9 OCT 89 (EFE) -- MEANWHILE, A POWERFUL BOMB EXPLODED IN A HOTEL IN THE MIRAFLORES TOURIST CENTER, ON THE COAST, KILLING TWO GUARDS.');
  assert.equal(findTriple(ts, 'per-unidentified-individual -KILL-> guards').relation.tense, 'past');
  findTriple(ts, 'per-unidentified-individual -BOMB-> hotel');
});

const NO_EXPLOSION: Array<[why: string, text: string]> = [
  ['a time is no target', 'A bomb exploded at dawn in Lima.'],
  ['a place is where, not what', 'Two bombs exploded in the Chapinero neighborhood in Bogota.'],
  ['an accident', 'A gas cylinder exploded at the factory in Lima after an accident.'],
  ['not a bomb', 'Fans exploded with joy at the stadium in Lima.'],
  ['a meeting that took place somewhere', 'The meeting took place at the Zentrix offices in Lima.'],
  ['an attack feared, not done', 'The Zentrix union fears an attack on its offices in Lima.'],
  ['an attack foiled', 'The police foiled an attack on the Zentrix offices in Lima.'],
  ['an attack of words', 'Labour answered the Tory attacks on its tax plans in Lima.'],
  ['an attack its doer carried out', 'Peruvian rebels carried out an attack against the Zentrix offices in Lima.'],
  ['an attack in which its doer acted', 'Peruvian rebels kidnapped 20 guards in an attack on the Zentrix offices in Lima.'],
  ['an attack someone ordered', 'The Zentrix boss ordered the attack on the bank in Lima, in which two guards were killed.'],
  ['attacks that occurred in places', 'Two armed attacks occurred in the departments of Cusco and Puno, killing two guards.'],
  ['a "one" that stands for a noun other than a bomb', 'A bomb exploded near two buses in Lima, and the one that carried the guards destroyed a stall.'],
];
for (const [why, text] of NO_EXPLOSION) {
  test(`unattributed: no bombing for ${why} — "${text}"`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.rule === 'explosion:unattributed' || t.rule === 'existential:attack'), ts.map((t) => `${show(t)} [${t.rule}]`).join(' | '));
  });
}

test('unattributed: a bomb that went off at a part of a building bombed the building ("in front of the embassy")', () => {
  findTriple(run('A car bomb exploded in front of the Zentrix headquarters in Lima.'), 'per-unidentified-individual -BOMB-> Zentrix headquarters');
  // (nor is the act a relative clause tells of: "a campaign in which 70 bombs have exploded")
  const ts = run('Peru suffers a campaign in which over 70 bombs have exploded.');
  assert.ok(!ts.some((t) => t.rule === 'explosion:unattributed'), ts.map(show).join(' | '));
});

// [why, text, want]: an attack told as there being one (extract/explosions.ts)
const THERE_WAS: Array<[why: string, text: string, want: string]> = [
  ['no doer named: the unidentified individuals', 'LIMA, 24 JAN 90 -- THERE WAS AN ATTACK THIS MORNING AGAINST THE ZENTRIX OFFICES.', 'per-unidentified-individual -ATTACK-> zentrix offices'],
  ['a kind of doer named: its people of the place', 'LIMA, 23 JUN 89 -- THERE WAS A TERRORIST ATTACK AT THE CENTRAL MARKET TODAY.', 'per-terrorist -ATTACK-> central market'],
  ['… a plural not made with "s" alone', 'LIMA, 23 JUN 89 -- THERE WAS A PARAMILITARY ATTACK AT THE CENTRAL MARKET TODAY.', 'per-paramilitary -ATTACK-> central market'],
  ['the owner of what was hit is a party too', 'LIMA, 24 JAN 90 -- THERE WAS AN ATTACK AGAINST THE HOME OF TOM VALE.', 'per-unidentified-individual -ATTACK_HOME_OF-> tom-vale'],
  ['a bomb at the offices of a body bombs the body', 'A bomb exploded outside the offices of Zentrix in Lima.', 'per-unidentified-individual -BOMB_OFFICE_OF-> zentrix'],
];
for (const [why, text, want] of THERE_WAS) {
  test(`unattributed: "there was an attack on X", ${why} — "${text}"`, () => {
    findTriple(run(text), want);
  });
}

test('unattributed: "there was no attack" and "an FMLN attack" give no unidentified or kind doer', () => {
  for (const text of ['There was no attack on the Zentrix offices in Lima.', 'There was an FMLN attack on the Zentrix offices in San Salvador.']) {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.rule.startsWith('existential:')), ts.map((t) => `${show(t)} [${t.rule}]`).join(' | '));
  }
});

// [why, text, want]: people a bomb or an attack harmed, told actively (extract/explosions.ts), or
// harmed by an explosion, told in the passive (extract/unattributed.ts)
const HARMED_BY: Array<[why: string, text: string, want: string, rule: string]> = [
  ['a bomb as the subject', 'The bomb wounded six passersby in Lima.', 'group:unidentified-individual -WOUND-> passersby', 'harm:unattributed'],
  ['an attack with a kind of doer', 'LIMA, 6 OCT 89 -- TWO TERRORIST BOMBINGS HAVE WOUNDED SIX PERSONS.', 'per-terrorist -WOUND-> persons', 'harm:unattributed'],
  ['an explosion as the agent names no doer', 'Four people were injured by the explosion in Lima.', 'per-unidentified-individual -INJURE-> people', 'passive:unattributed'],
];
for (const [why, text, want, rule] of HARMED_BY) {
  test(`unattributed: harmed by a bomb or an attack, ${why} — "${text}"`, () => {
    assert.equal(findTriple(run(text), want).rule, rule);
  });
}

test('unattributed: no one harmed by a bomb that harmed no one, or by an attack whose doer is named', () => {
  for (const text of ['The bomb did not wound anyone in Lima.', 'The FMLN bombing wounded six persons in Lima.', 'A bomb went off at the office of the committee of mothers of missing and murdered people in Lima.']) {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.rule === 'harm:unattributed'), ts.map((t) => `${show(t)} [${t.rule}]`).join(' | '));
  }
});

// [why, text, is it a report of political violence]
const VIOLENT: Array<[why: string, text: string, want: boolean]> = [
  ['its dead, wounded and armed doers', 'Two guards were killed and three wounded by gunmen in Lima.', true],
  ['a political row', 'Labour answered the Tory attacks on its tax plans, and the Tories replied.', false],
];
for (const [why, text, want] of VIOLENT) test(`unattributed: a report of political violence by ${why}: ${want}`, () => assert.equal(isViolenceReport(text), want));

// [why, text, triple]: harm told with the armed act that did it, in a "when" clause: that act's doer
const WHEN: Array<[why: string, text: string, want: string]> = [
  ['"were killed when the rebels ambushed …"', 'Four soldiers were killed when the rebels ambushed a truck in Peru.', 'group:rebel -KILL-> soldiers'],
  ['… and a verb joined to the harmed one', 'Two guards were killed and three were wounded when Zentrix guerrillas attacked the post in Peru.', 'zentrix-guerrillas -KILL-> guards'],
];
for (const [why, text, want] of WHEN) {
  test(`unattributed: the doer of a "when" clause — ${why}`, () => {
    const hit = findTriple(run(text), want);
    assert.equal(hit.rule, 'passive:when');
  });
}

test('unattributed: a "when" clause with no armed act names no doer', () => {
  const ts = run('Two tourists were killed when their bus overturned in Peru.');
  assert.ok(!ts.some((t) => t.rule === 'passive:when'), ts.map((t) => `${show(t)} [${t.rule}]`).join(' | '));
});

test('unattributed: an attack carried out by someone is theirs, not the unidentified individuals\' ("was carried out by the FMLN against a base")', () => {
  const ts = run('SAN SALVADOR, 15 MAR 89 (EFE) -- THE ATTACK WAS CARRIED OUT BY THE FMLN AGAINST A MILITARY BASE IN THE NORTH.');
  assert.equal(findTriple(ts, 'FMLN -ATTACK-> military base').rule, 'carried:attack');
  assert.ok(!ts.some((t) => /unidentified/.test(t.subject.id)), ts.map(show).join(' | '));
});
