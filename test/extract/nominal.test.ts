/**
 * Relations carried by nouns, read from the tree (src/extract/nominal.ts): `nmod:poss` and
 * demonym owners, "between/among" parties, "of" agents with a place, "as a <role> in".
 * Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

const CASES: Array<[why: string, text: string, want: string]> = [
  ['a possessive owner acts on the "on" target', "Russia's attack on Georgia was condemned.", 'RUS -ATTACK-> GEO'],
  ['… of a noun of relation the tagger reads as an adjective', "Chad's offensive against the Zentrix Front failed.", 'TCD -OFFENSIVE_AGAINST-> zentrix-front'],
  ['with a possessive owner "of" names the target', "Israel's blockade of Gaza continued.", 'ISR -BLOCKADE-> PSE'],
  ['a demonym owner', 'Turkish aggression against Cyprus continued.', 'TUR -AGGRESSION_AGAINST-> CYP'],
  ['with a demonym owner "of" names the target too', 'The Chilean invasion of Bolivia began in March.', 'CHL -INVADE-> BOL'],
  ['… and with a name before the noun', 'The U.S. blockade of Cuba continued.', 'USA -BLOCKADE-> CUB'],
  ['a nation\'s raids, read as the nation, are its acts on the "on" target', 'Peruvian raids on Bolivia continued.', 'PER -RAID-> BOL'],
  ['… the noun an object', 'Chile condemned Peruvian attacks on Bolivia.', 'PER -ATTACK-> BOL'],
  ['"of" agent and a place', 'The involvement of Iran in the war was criticised.', 'IRN -INVOLVED_IN-> war'],
  ['parties "between" A and B', 'The signing of a treaty between Ecuador and Peru ended the war.', 'ECU -TREATY_WITH-> PER'],
  ['an action noun\'s agents "between" A and B', 'The signing of a treaty between Ecuador and Peru ended the war.', 'PER -SIGN-> treaty'],
  ['parties "among" a list', 'Cooperation among Brazil, India and China is growing.', 'BRA -COOPERATE_WITH-> CHN'],
  ['the one involved in a noun is its party against the "with" phrase', 'The Peruvian army was involved in clashes with the Shining Path.', 'per-army -CLASH_WITH-> SHINING_PATH'],
  ['a time phrase between the noun and its "with" phrase', 'The Peruvian army was involved in new clashes within the past few hours with the Shining Path.', 'per-army -CLASH_WITH-> SHINING_PATH'],
  ['… "locked in"', 'Ghana is locked in a dispute with Togo.', 'GHA -DISPUTE_WITH-> TGO'],
  ['"fighting between" two parties, the second joined to the noun by the parser', 'Six rebels were killed in fighting between Colombian troops and the ELN.', 'col-troop -FIGHT_WITH-> ELN'],
  ['"by" names the doer, "of" whom it is done to', 'The criticism of Ghana by Togo angered Accra.', 'TGO -CRITICIZE-> GHA'],
  ['… "into"', 'Peru welcomed an inquiry into Chile by the United Nations.', 'UN -INVESTIGATE-> CHL'],
  ['one who faces the act is whom it is done to', 'Zentrix Holdings faces a probe by the IMF.', 'IMF -INVESTIGATE-> zentrix-holdings'],
  ['a possessive owner of a takeover takes over the "of" target', "The IMF's takeover of Zentrix Holdings failed.", 'IMF -TAKE_OVER-> zentrix-holdings'],
  ['"under" the act: the "by" phrase does it to the subject', 'Zentrix Holdings is under investigation by the IMF.', 'IMF -INVESTIGATE-> zentrix-holdings'],
  ['… "from"', 'Ghana was under pressure from the IMF.', 'IMF -PRESSURE-> GHA'],
  // nouns of going: the goer (owner, "of" or "by" phrase) goes to or from the "to"/"from" phrase
  ['a person\'s possessive is the goer', "Ana Ruiz's defection to the Zentrix Party angered Peru.", 'ana-ruiz -DEFECT_TO-> zentrix-party'],
  ['… a titled person\'s, not the country inside the title', "Peruvian President Ana Ruiz's visit to Chile ended on Monday.", 'ana-ruiz -VISIT-> CHL'],
  ['a country\'s possessive, "from"', "Peru's withdrawal from Bolivia began on Monday.", 'PER -WITHDRAW_FROM-> BOL'],
  ['an "of" goer, the "to" phrase hung on its name by the parser', 'The defection of Ana Ruiz to the Zentrix Party angered Peru.', 'ana-ruiz -DEFECT_TO-> zentrix-party'],
  ['a "by" goer', 'The visit by Ana Ruiz to Chile ended on Monday.', 'ana-ruiz -VISIT-> CHL'],
  ['a place no one owns is a goal too', "Peru's return to the negotiating table surprised Chile.", 'PER -RETURN_TO-> negotiating table'],
  ['a pronoun\'s noun of going is done by whom the pronoun is', 'Ana Ruiz held meetings during her visit to Chile.', 'ana-ruiz -VISIT-> CHL'],
  ['… and a relational noun\'s too', 'Peru said its cooperation with Chile would grow.', 'PER -COOPERATE_WITH-> CHL'],
  ['the goal after the goer\'s apposition, hung on the verb by the parser', 'Chile shrugged off the defection of Ana Ruiz, a former minister, to the Zentrix Party.', 'ana-ruiz -DEFECT_TO-> zentrix-party'],
];
for (const [why, text, want] of CASES) {
  test(`nominal: ${why} — "${text}" → ${want}`, () => { findTriple(run(text), want); });
}

// [why, text, triple, modality]: the verb above the noun says whether its relation holds
const MODALITY: Array<[why: string, text: string, want: string, modality: string]> = [
  ['proposed talks are not yet held', 'Peru proposed talks between Chile and Bolivia.', 'CHL -TALK_WITH-> BOL', 'intended'],
  ['talks a country could host may happen', 'Peru could host talks between Chile and Bolivia.', 'CHL -TALK_WITH-> BOL', 'possible'],
  ['talks that resumed did happen', 'Talks between Chile and Bolivia resumed on Monday.', 'CHL -TALK_WITH-> BOL', 'asserted'],
  ['an act told of through a report is only possible', 'Chile denied reports of Peruvian raids on Bolivia.', 'PER -RAID-> BOL', 'possible'],
  ['… a possessive owner\'s too', "Chile denied reports of Peru's raids on Bolivia.", 'PER -RAID-> BOL', 'possible'],
];
for (const [why, text, want, modality] of MODALITY) {
  test(`nominal: ${why} — "${text}" → ${want} ${modality}`, () => {
    const ts = run(text);
    assert.equal(findTriple(ts, want).relation.modality, modality, ts.map(show).join(' | '));
  });
}

test('nominal: a nominal relation is asserted and present, never negated by a clause elsewhere', () => {
  const ts = run("Russia's attack on Georgia was not condemned.");
  const hit = findTriple(ts, 'RUS -ATTACK-> GEO');
  assert.equal(hit.relation.negated, false, ts.map(show).join(' | '));
});

const TIMES: Array<[why: string, text: string, want: string, tense: string]> = [
  ['a noun under a past verb tells of the past', 'Kenya welcomed the talks between Sudan and Chad.', 'SDN -TALK_WITH-> TCD', 'past'],
  ['a noun under a passive verb that makes no clause', 'Six rebels were killed in fighting between Colombian troops and the ELN.', 'col-troop -FIGHT_WITH-> ELN', 'past'],
  ['a noun under a present copula is present', 'Relations between Ghana and Togo are tense.', 'GHA -RELATIONS_WITH-> TGO', 'present'],
  ['an act a clause is timed after has happened, whatever the clause\'s tense', 'After the FMLN attack on the Peruvian embassy, Chile will send troops to Lima.', 'FMLN -ATTACK-> per-embassy', 'past'],
  ['… under a "following" read as a verb too', 'The bodies were found following a search after an FMLN attack on the Peruvian embassy.', 'FMLN -ATTACK-> per-embassy', 'past'],
];
for (const [why, text, want, tense] of TIMES) {
  test(`nominal: the clause above the noun gives its time: ${why} — "${text}"`, () => {
    assert.equal(findTriple(run(text), want).relation.tense, tense);
  });
}

test('nominal: a two-sided noun\'s other party comes with "with"; a place after "in" is where it was held', () => {
  const ts = run('Riots broke out during a G8 summit in Genoa.');
  assert.ok(!ts.some((t) => t.object.id === 'genoa' && t.relation.type === 'MEET_WITH'), ts.map(show).join(' | '));
  findTriple(run("Russia's talks with Iran ended."), 'RUS -TALK_WITH-> IRN');
});

// [why, text, triple that must not be there]
const NOT: Array<[why: string, text: string, absent: string]> = [
  ['a verb does not go where a noun of going does', 'Chile shrugged off the defection of Ana Ruiz, a former minister, to the Zentrix Party.', 'CHL -SHRUG_OFF_TO-> zentrix-party'],
  ['"refuse entry to" names who is refused, not a goal', 'Chad was refusing entry to Peru.', 'TCD -ENTER-> PER'],
  ['a verb that takes its own "to" keeps it', 'Peru moved the trip to Chile.', 'PER -TRAVEL_TO-> CHL'],
  ['a nation owns the noun it qualifies, not a noun inside its "for" phrase', 'Chilean support for the invasion of Bolivia grew.', 'CHL -INVADE-> BOL'],
  ['a nation\'s people are no act of its own', 'Chilean fans attacked the Peruvian team.', 'CHL -ATTACK-> per-team'],
  ['an adjective of relation before its noun stays an adjective', 'Chad used an offensive weapon against the Zentrix Front.', 'TCD -OFFENSIVE_AGAINST-> zentrix-front'],
  ['… and so does a predicate one', 'The remark was offensive to Chad.', 'remark -OFFENSIVE_AGAINST-> TCD'],
];
for (const [why, text, absent] of NOT) {
  test(`nominal: ${why} — "${text}" ↛ ${absent}`, () => {
    const got = run(text).map((t) => show(t));
    assert.ok(!got.includes(absent), got.join(' | '));
  });
}

// [why, text, triple, negated]: a verb that calls off the act its object names
const CALLED_OFF: Array<[why: string, text: string, want: string, negated: boolean]> = [
  ['a suspended trip was not made', 'The Zentrix Party suspended its trip to Chile.', 'zentrix-party -TRAVEL_TO-> CHL', true],
  ['postponed talks were not held', 'Peru postponed the talks between Chile and Bolivia.', 'CHL -TALK_WITH-> BOL', true],
  ['rejected talks are not held', 'Tom Vale rejected talks between Peru and Chile.', 'PER -TALK_WITH-> CHL', true],
  ['… nor declined ones', 'Peru declined the talks between Chile and Bolivia.', 'CHL -TALK_WITH-> BOL', true],
  ['… unless the calling off is denied', 'Peru did not suspend its cooperation with Chile.', 'PER -COOPERATE_WITH-> CHL', false],
  ['another verb\'s negation leaves the act be', 'Chile did not welcome the talks between Peru and Bolivia.', 'PER -TALK_WITH-> BOL', false],
];
for (const [why, text, want, negated] of CALLED_OFF) {
  test(`nominal: ${why} — "${text}" → ${want} negated=${negated}`, () => { assert.equal(findTriple(run(text), want).relation.negated, negated); });
}
