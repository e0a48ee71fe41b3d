/**
 * In a sports report a country or city named as a side is its team (src/resolve/teams.ts, applied
 * in src/extract/index.ts). Reports written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPlay, isSportsReport, teamOf } from '../../src/resolve/teams.ts';
import { run } from '../extract/_triples.ts';
import type { Actor } from '../../src/types.ts';

const MATCH = 'Wales beat England in Cardiff on Saturday, and the striker scored twice. The referee awarded two penalties, and the goalkeeper saved both. Wales coach Mike Ruddock praised his squad.';
const POLITICS = 'Wales criticised England over the funding formula. The Welsh assembly will vote on the plan in Cardiff next week.';

const REPORTS: Array<[what: string, text: string, want: boolean]> = [
  ['a match report', MATCH, true],
  ['a political story naming the same places', POLITICS, false],
  ['one sports word is not enough', 'The government said its goal was to cut waiting lists, and the goal was met.', false],
  ['an athletics report', 'The sprinter won the Olympic final; another sprinter took bronze, and a marathon runner set a world-record.', true],
  ['a tennis report', 'The unseeded Austrian won with a sliced backhand and saved two break-point chances in the tiebreak.', true],
  ['… and a golf report', 'He made three birdies and a bogey, but missed two fairways and a short putt on the last.', true],
  ['a competition\'s name counts as a sports word', 'The skipper expects a hard Six Nations game against Scotland, and the Six Nations table is close.', true],
  ['… once per mention, so one mention is not enough', 'The minister will attend the Six Nations dinner.', false],
  ['death squads and an antiterror squad are no sport\'s', 'Critics say Zentrix trained death squads. Its experts set up the army\'s antiterror squad, and other squads of hit men.', false],
];
for (const [what, text, want] of REPORTS) test(`sports report: ${what} → ${want}`, () => assert.equal(isSportsReport(text), want));

const wales: Actor = { id: 'GBR', name: 'United Kingdom', type: 'country', mention: 'Wales', country: 'GBR' };
const cardiff: Actor = { id: 'cardiff', name: 'Cardiff', type: 'location', mention: 'Cardiff', country: 'GBR' };
const person: Actor = { id: 'mike-ruddock', name: 'Mike Ruddock', type: 'person', mention: 'Mike Ruddock' };
const TEAMS: Array<[what: string, a: Actor, label: string, role: 'subject' | 'object', want: string | undefined]> = [
  ['a country as the subject is its team, named as written', wales, 'beat', 'subject', 'wales-team'],
  ['a country as the object is its team', wales, 'play for', 'object', 'wales-team'],
  ['a city after "in" stays the place', cardiff, 'beat in', 'object', undefined],
  ['a city as the object of "against" is its team', cardiff, 'score against', 'object', 'cardiff-team'],
  ['a person is no team', person, 'praise', 'subject', undefined],
  ['a nationality word names its country\'s team', { id: 'FRA', name: 'France', type: 'country', mention: 'French', country: 'FRA' }, 'praise', 'subject', 'france-team'],
  ['… a home nation\'s word its own team, not the United Kingdom\'s', { id: 'GBR', name: 'United Kingdom', type: 'country', mention: 'the Welsh', country: 'GBR' }, 'beat', 'subject', 'wales-team'],
  ['a state\'s agents stay the state', { id: 'CHN', name: 'China', type: 'country', mention: 'the Chinese authorities', country: 'CHN' }, 'build', 'subject', undefined],
  ['a state\'s office stays the state\'s', wales, 'minister of', 'object', undefined],
  ['a country met as "we" is named by its name, not the pronoun', { id: 'FRA', name: 'France', type: 'country', mention: 'We', country: 'FRA' }, 'go to', 'subject', 'france-team'],
  ['… and as a description, by its name too', { id: 'FRA', name: 'France', type: 'country', mention: 'the hosts', country: 'FRA' }, 'beat', 'subject', 'france-team'],
  ['a country named after adjectives is named by its name ("a resurgent Wales")', { id: 'GBR', name: 'United Kingdom', type: 'country', mention: 'a resurgent Wales', country: 'GBR' }, 'beat', 'subject', 'wales-team'],
  ['… with its own small words ("the Republic of Ireland")', { id: 'IRL', name: 'Ireland', type: 'country', mention: 'the Republic of Ireland', country: 'IRL' }, 'beat', 'subject', 'republic-of-ireland-team'],
  ['a ground is no side ("visited Kelso Road")', { id: 'kelso-road', name: 'Kelso Road', type: 'location', mention: 'Kelso Road' }, 'visit', 'object', undefined],
  ['… nor a stadium after its city\'s possessive', { id: 'kelso-s-olympic-stadium', name: "Kelso's Olympic Stadium", type: 'location', mention: "Kelso's Olympic Stadium" }, 'beat', 'subject', undefined],
  ['… nor a ground named for a bridge', { id: 'kelso-bridge', name: 'Kelso Bridge', type: 'location', mention: 'Kelso Bridge' }, 'visit', 'object', undefined],
  ['a person the recogniser read as a place is no side', { id: 'dwain-harlow', name: 'Dwain Harlow', type: 'location', mention: 'Dwain Harlow' }, 'beat', 'object', undefined],
  // guards: towns and clubs named like places stay sides
  ['a town of two words is a side', { id: 'kelso-town', name: 'Kelso Town', type: 'location', mention: 'Kelso Town' }, 'beat', 'object', 'kelso-town-team'],
  ['a club named for its city is a side, whatever first name it starts like', { id: 'real-madrid', name: 'Real Madrid', type: 'location', mention: 'Real Madrid' }, 'beat', 'object', 'real-madrid-team'],
  ['a country whose name starts like a first name is a side', { id: 'JAM', name: 'Jamaica', type: 'country', mention: 'Jamaica', country: 'JAM' }, 'beat', 'object', 'jamaica-team'],
];
for (const [what, a, label, role, want] of TEAMS) test(`team: ${what}`, () => assert.equal(teamOf(a, label, role)?.id, want));

test('team: "Wales beat England" in a match report is two teams of the United Kingdom', () => {
  const ts = run(MATCH);
  const beat = ts.find((t) => t.relation.type === 'BEAT');
  assert.ok(beat, ts.map((t) => `${t.subject.id} ${t.relation.type} ${t.object.id}`).join(' | '));
  assert.deepEqual([beat.subject.id, beat.subject.type, beat.subject.country, beat.object.id], ['wales-team', 'organization', 'GBR', 'england-team']);
  // (where the match was played is still the city)
  assert.ok(!ts.some((t) => t.object.id === 'cardiff-team'));
});

test('team: a coach\'s "we" is the side he coaches, as written (Wales, not the United Kingdom)', () => {
  const ts = run('Wales coach Tom Vale has named his squad for the Six Nations. The striker and the referee met. "We have strength up front and we will beat France," said Vale.');
  const we = ts.filter((t) => t.subject.mention === 'we' || t.subject.mention === 'We');
  assert.ok(we.length, ts.map((t) => `${t.subject.id}«${t.subject.mention}» ${t.relation.type} ${t.object.id}`).join(' | '));
  assert.ok(we.every((t) => t.subject.id === 'wales-team'), we.map((t) => t.subject.id).join(' | '));
});

test('team: the same places in a political story stay places', () => {
  assert.ok(!run(POLITICS).some((t) => /-team$/.test(t.subject.id) || /-team$/.test(t.object.id)));
});

// [why, report, relation type, the category it must carry (undefined: none)]
const PLAY: Array<[why: string, text: string, type: string, want: string | undefined]> = [
  ['a side beating another in a match report is a game, no assault', MATCH, 'BEAT', undefined],
  ['… a player beating another too', 'Tom Vale beat Jan Ruiz 6-4 6-3 in the tennis semi-final, and the top seed advanced to the final. The tournament ends on Sunday.', 'BEAT', undefined],
  ['… and a fixture is no consultation', 'England meet Italy at Twickenham on Saturday, and the striker is fit. The coach named his squad for the match.', 'MEET_AT', undefined],
  ['a player joining a club in a match report is a transfer, no cooperation', 'Tom Vale joined Zentrix United from Lima Town, and the striker scored twice. The referee sent off the goalkeeper.', 'JOIN', undefined],
  ['fans clashing with police in a match report stays a clash', 'Zentrix supporters clashed with Italian police after the match, and the striker scored twice. The referee sent off the goalkeeper.', 'CLASH_WITH', 'FIGHT'],
  ['beating outside sport stays an assault', 'Peruvian soldiers beat Chilean prisoners in Lima, witnesses said.', 'BEAT', 'ASSAULT'],
];
for (const [why, text, type, want] of PLAY) test(`play: ${why}`, () => {
  const ts = run(text);
  const t = ts.find((x) => x.relation.type === type);
  assert.ok(t, ts.map((x) => `${x.subject.id} ${x.relation.type} ${x.object.id}`).join(' | '));
  assert.equal(t.relation.category, want);
});

// [what, lemma, subject, object, a game's (no PLOVER event)?]
const vale: Actor = { id: 'tom-vale', name: 'Tom Vale', type: 'person', mention: 'Tom Vale' };
const walesTeam: Actor = { id: 'wales-team', name: 'Wales team', type: 'organization', mention: 'Wales', country: 'GBR' };
const board: Actor = { id: 'iaaf', name: 'IAAF', type: 'organization', mention: 'the IAAF' };
const scores: Actor = { id: 'concept:score', name: 'scores', type: 'other', mention: 'further scores' };
const police: Actor = { id: 'gbr-police', name: 'British police', type: 'organization', mention: 'police', country: 'GBR' };
const PLAYS: Array<[string, string, Actor, Actor, boolean]> = [
  ['a verb of play between sides', 'beat', walesTeam, person, true],
  ['a player\'s word to a player', 'warn', person, vale, true],
  ['a team\'s move on a thing', 'threaten', walesTeam, scores, true],
  ['a governing body\'s act on a player stays an event', 'suspend', board, vale, false],
  ['a state\'s agent as a party stays an event', 'warn', vale, police, false],
  ['words said against a player stay an event', 'accuse', person, vale, false],
  ['… but a keeper denying a player made a save', 'deny', person, vale, true],
  ['… while a claim denied stays an event', 'deny', person, scores, false],
];
for (const [what, lemma, s, o, want] of PLAYS) test(`game: ${what} → ${want}`, () => assert.equal(isPlay(lemma, s, o), want));
