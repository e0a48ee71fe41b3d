/**
 * Unnamed agents (extract/unnamed.ts, home.ts, dateline.ts; resolve/armed-groups.ts): "the army",
 * "the government", "police" take the document's home country (a wire dateline's, else a country
 * that dominates the text); "guerrillas", "drug traffickers", "gunmen" become groups, or the named
 * armed group coreference finds. Every sentence is our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../src/extract/analyse.ts';
import { readDateline, blankPrefix } from '../../src/extract/dateline.ts';
import { homeCountry } from '../../src/extract/home.ts';
import { gazetteer } from '../../src/resolve/gazetteer.ts';
import { armedKind } from '../../src/resolve/armed-groups.ts';
import { resolveSettings } from '../../src/settings.ts';
import type { Actor } from '../../src/types.ts';
import { run, show } from './_triples.ts';

/** The actors the noun phrase holding `word` resolved to (after coreference), in each sentence. */
function actorsAt(text: string, word: string, lastOnly = false): Actor[] {
  const { an } = analyse({ id: 't', text }, resolveSettings());
  let all: Actor[] = [];
  for (const a of an) {
    a.chs.forEach((c, k) => {
      if (c.kind !== 'NP' || !a.s.tokens.slice(c.start, c.end).some((t) => t.lower === word.toLowerCase())) return;
      if (lastOnly) all = [];
      all.push(...(a.resolved.get(k) ?? []));
    });
  }
  return all;
}
const shown = (xs: Actor[]) => xs.map((x) => `${x.id}/${x.type}/${x.country ?? '-'}`).join(' | ') || '(nothing)';

// ── the dateline ─────────────────────────────────────────────────────────────
const DATELINES: Array<[text: string, place: string | null, country: string | null, rest: string]> = [
  ['QUITO, 14 JUN 91 (EFE) -- [TEXT] THE ARMY BOMBED A BRIDGE.', 'QUITO', 'ECU', 'THE ARMY BOMBED A BRIDGE.'],
  ['CARACAS (VENEZUELA), 2 FEB 91 -- [REPORT] [BY A CORRESPONDENT] [TEXT] POLICE MOVED IN.', 'CARACAS', 'VEN', 'POLICE MOVED IN.'],
  ['MANAGUA, NO DATE (RADIO SANDINO) -- THE CABINET MET.', 'MANAGUA', 'NIC', 'THE CABINET MET.'],
  ['LONDON (Reuters) - Ministers met on Friday.', 'LONDON', 'GBR', 'Ministers met on Friday.'],
  ['CLANDESTINE, 9 MAY 91 (RADIO LIBERTAD) -- WE REPORT.', 'CLANDESTINE', null, 'WE REPORT.'],
  ['NATO - the alliance - met in Brussels.', null, null, ''],
  ['The army shelled the town, officials said.', null, null, ''],
];
for (const [text, place, country, rest] of DATELINES) {
  test(`dateline: "${text.slice(0, 40)}…" → ${place ?? 'none'} ${country ?? ''}`, () => {
    const d = readDateline(text, gazetteer());
    if (!place) return assert.equal(d, undefined);
    assert.ok(d);
    assert.equal(d.place, place);
    assert.equal(d.country, country ?? undefined);
    assert.equal(text.slice(d.end), rest);
    // blanking keeps every offset
    assert.equal(blankPrefix(text, d.end).length, text.length);
    assert.equal(blankPrefix(text, d.end).trim(), rest);
  });
}

test('dateline: the dateline is no part of the first sentence (no "Quito" subject)', () => {
  const ts = run('QUITO, 14 JUN 91 (EFE) -- [TEXT] THE ARMY BOMBED A BRIDGE NEAR THE BORDER.');
  assert.ok(!ts.some((t) => t.subject.id === 'quito' || t.subject.id === 'ECU' && t.subject.mention.toLowerCase().includes('quito')), ts.map(show).join(' | '));
  assert.ok(ts.every((t) => !/quito/i.test(t.evidence.text)), ts.map((t) => t.evidence.text).join(' | '));
});

// ── the home country ─────────────────────────────────────────────────────────
const S = { homeShare: 0.5, homeMinMentions: 2 };
const HOMES: Array<[rule: string, dateline: string | undefined, countries: string[], want: string | undefined, viaDateline?: boolean, owned?: string[]]> = [
  ['a dateline names it', 'ECU', ['ECU', 'PER'], 'ECU', true],
  ['a dateline with the country unnamed in the body yields to one that dominates', 'ESP', ['SLV', 'SLV', 'SLV'], 'SLV', false],
  ['a dateline named in the body holds against another country', 'ESP', ['SLV', 'SLV', 'ESP'], 'ESP', true],
  ['a dateline named once in passing yields to a country named four times as often', 'CZE', ['COL', 'COL', 'CZE', 'COL', 'COL'], 'COL', false],
  ['… not to one named three times as often', 'CZE', ['COL', 'COL', 'CZE', 'COL'], 'CZE', true],
  ['no dateline: a country with half the mentions and two of them', undefined, ['NGA', 'NGA', 'TCD'], 'NGA', false],
  ['no dateline: a tie names no home', undefined, ['NGA', 'TCD'], undefined],
  ['no dateline: one mention is not enough', undefined, ['NGA'], undefined],
  ['no dateline: under half is not enough', undefined, ['NGA', 'NGA', 'TCD', 'CMR', 'BEN'], undefined],
  ['phrases a country owns settle a tie the actors leave', undefined, ['NGA', 'TCD'], 'NGA', false, ['NGA', 'NGA']],
  ['… and make one mention enough', undefined, ['NGA'], 'NGA', false, ['NGA']],
  ['… but never against a country the actors name twice', undefined, ['NGA', 'TCD', 'TCD', 'CMR', 'BEN'], undefined, undefined, ['NGA', 'NGA', 'NGA']],
  ['… nor on a tie of countries named more than once', undefined, ['NGA', 'NGA', 'TCD', 'TCD'], undefined, undefined, ['NGA', 'NGA']],
  ['… nor against a country the actors name more often', undefined, ['TCD'], undefined, undefined, ['NGA', 'NGA', 'NGA']],
  ['… and they may name it where no actor names a country', undefined, [], 'NGA', false, ['NGA', 'NGA']],
  ['… nor against the actors\' own home', undefined, ['NGA', 'NGA', 'TCD'], 'NGA', false, ['TCD', 'TCD', 'TCD', 'TCD']],
];
for (const [rule, dl, countries, want, via, owned] of HOMES) {
  test(`home: ${rule} → ${want ?? 'none'}`, () => {
    const h = homeCountry(dl ? { place: 'X', country: dl, end: 0 } : undefined, countries, S, owned);
    assert.equal(h?.country, want);
    if (want) assert.equal(h?.viaDateline, via);
  });
}

// ── unnamed agents of the state ──────────────────────────────────────────────
const WIRE = 'QUITO, 14 JUN 91 (EFE) -- [TEXT] ';
// [rule, text, a word of the phrase, the actor it should be "id/type/country"]
const STATE: Array<[rule: string, text: string, word: string, want: string]> = [
  ['"the army" under a dateline', `${WIRE}THE ARMY BOMBED A BRIDGE NEAR THE BORDER.`, 'army', 'ecu-army/organization/ECU'],
  ['"the government" is the state itself', `${WIRE}THE GOVERNMENT REJECTED THE PROPOSAL OF THE UNIONS.`, 'government', 'ECU/country/ECU'],
  ['"the national army" is the army', `${WIRE}THE NATIONAL ARMY BURNED THE MARKET.`, 'army', 'ecu-army/organization/ECU'],
  ['bare "police"', `${WIRE}POLICE ARRESTED THREE STUDENTS IN THE CAPITAL.`, 'police', 'ecu-police/organization/ECU'],
  ['"the armed forces" (as "the Ecuadorean armed forces": ecu-force)', `${WIRE}THE ARMED FORCES CLOSED THE HIGHWAY.`, 'forces', 'ecu-force/group/ECU'],
  ['"security forces"', `${WIRE}SECURITY FORCES RAIDED A WAREHOUSE.`, 'forces', 'ecu-force/group/ECU'],
  ['"the national guard"', `${WIRE}THE NATIONAL GUARD DETAINED A JOURNALIST.`, 'guard', 'ecu-national-guard/organization/ECU'],
  ['"the ministry of defense" across the chunker\'s "of"', `${WIRE}THE MINISTRY OF DEFENSE ISSUED A STATEMENT.`, 'ministry', 'ecu-ministry-of-defense/organization/ECU'],
  ['"the interior ministry" in capitals: its field word stays with it, and it is its country\'s', `${WIRE}THE INTERIOR MINISTRY ISSUED A STATEMENT.`, 'ministry', 'ecu-ministry-of-interior/organization/ECU'],
  ['"the defense ministry" in capitals, one node with "the ministry of defense"', `${WIRE}THE DEFENSE MINISTRY ISSUED A STATEMENT.`, 'ministry', 'ecu-ministry-of-defense/organization/ECU'],
  ['"soldiers" under a dateline', `${WIRE}SOLDIERS BURNED THE MARKET.`, 'soldiers', 'ecu-soldier/group/ECU'],
  ['a country that dominates a text with no dateline', 'Voters in Ghana went to the polls. Observers from Ghana praised the vote. The government rejected the complaints.', 'government', 'GHA/country/GHA'],
  ['"ministers" in a story about one country', 'Britain will cut taxes, the UK Treasury said. Ministers agreed the plan on Monday.', 'ministers', 'gbr-minister/group/GBR'],
  ['a state body\'s members are the body', `${WIRE}NATIONAL POLICE MEMBERS ARRESTED THREE STUDENTS.`, 'police', 'ecu-national-police/organization/ECU'],
  ['a unit named by the word before its kind', `${WIRE}ATONAL BATTALION TROOPS BURNED THE MARKET.`, 'battalion', 'ecu-atonal-battalion/organization/ECU'],
  ['a numbered unit', `${WIRE}THE 6TH INFANTRY BRIGADE SHELLED THE TOWN.`, 'brigade', 'ecu-6th-infantry-brigade/organization/ECU'],
  ['a word for what the writer thinks of a body says nothing of which it is', `${WIRE}THE REPRESSIVE NATIONAL POLICE DETAINED A JOURNALIST.`, 'police', 'ecu-national-police/organization/ECU'],
  ['"the army" after one country\'s army was named', 'The Nigerian army said it was attacked. The army shelled the town.', 'army', 'nga-army/organization/NGA'],
  ['"the Congress" in a story from elsewhere is that country\'s, whatever the dictionary\'s "Congress" is', `${WIRE}THE CONGRESS REJECTED THE BUDGET OF THE ECUADOREAN GOVERNMENT.`, 'congress', 'ecu-congress/organization/ECU'],
  ['… and "the Senate"', `${WIRE}THE SENATE APPROVED THE BUDGET OF THE ECUADOREAN GOVERNMENT.`, 'senate', 'ecu-senate/organization/ECU'],
  ['a police force named by its kind is a body of its own ("the judicial police")', `${WIRE}THE JUDICIAL POLICE ARRESTED THREE STUDENTS.`, 'police', 'ecu-judicial-police/organization/ECU'],
  ['… a common noun for its kind too ("THE NARCOTICS POLICE")', `${WIRE}THE NARCOTICS POLICE SEIZED A PLANE.`, 'police', 'ecu-narcotics-police/organization/ECU'],
  ['"the Treasury Police" in capitals, a name the recogniser finds, is its country\'s body', 'SAN SALVADOR, 14 JUN 89 (EFE) -- [TEXT] THE TREASURY POLICE ARRESTED THREE STUDENTS.', 'police', 'slv-treasury-police/organization/SLV'],
  ['… and written as a name, one node with it', 'SAN SALVADOR, 14 JUN 89 (EFE) -- [TEXT] The Treasury Police arrested three students.', 'police', 'slv-treasury-police/organization/SLV'],
  ['Chile\'s "carabineros"', 'SANTIAGO, 14 JUN 91 (EFE) -- [TEXT] CARABINEROS ARRESTED THREE STUDENTS.', 'carabineros', 'chl-carabineros/organization/CHL'],
  ['phrases a country owns tell whose the government is', 'The Kenyan economy grew fast. Kenya\'s exports rose, Barclays said. The government raised taxes.', 'government', 'KEN/country/KEN'],
];
for (const [rule, text, word, want] of STATE) {
  test(`unnamed state agent: ${rule} → ${want}`, () => {
    const got = actorsAt(text, word);
    assert.ok(got.some((a) => `${a.id}/${a.type}/${a.country ?? '-'}` === want), shown(got));
  });
}

test('unnamed state agent: the same node as the demonym path ("the Ecuadorean army" and "the army")', () => {
  const named = actorsAt(`${WIRE}THE ECUADOREAN ARMY ENTERED THE TOWN.`, 'army');
  const bare = actorsAt(`${WIRE}THE ARMY ENTERED THE TOWN.`, 'army');
  assert.ok(named.length && bare.length, `${shown(named)} / ${shown(bare)}`);
  assert.deepEqual([bare[0].id, bare[0].type, bare[0].country], [named[0].id, named[0].type, named[0].country]);
});

test('a dictionary\'s body keeps its country when named as it ("the U.S. Congress") or at home', () => {
  assert.ok(actorsAt(`${WIRE}THE U.S. CONGRESS REJECTED THE BUDGET OF THE ECUADOREAN GOVERNMENT.`, 'congress').some((a) => a.id === 'US_CONGRESS'));
  assert.ok(actorsAt('WASHINGTON, 14 JUN 91 (AP) -- [TEXT] THE CONGRESS APPROVED THE BUDGET OF PRESIDENT BUSH.', 'congress').some((a) => a.id === 'US_CONGRESS'));
});

test('"drug lords" are no chamber; "the Lords" is', () => {
  assert.ok(!actorsAt(`${WIRE}THE DRUG LORDS THREATENED THE JUDGES.`, 'lords').some((a) => a.id === 'UK_PARLIAMENT'));
  assert.ok(actorsAt('The Lords rejected the bill, Downing Street said.', 'lords').some((a) => a.id === 'UK_PARLIAMENT'));
});

// [rule, text, word]: the phrase stays no actor of a state
const NOT_STATE: Array<[rule: string, text: string, word: string]> = [
  ['no dateline and no dominant country', 'The army shelled the town.', 'army'],
  ['two countries\' armies named before', 'The Nigerian army and the Chadian army met. The army shelled the town.', 'army'],
  ['personnel need a dateline: a dominant country is not enough', 'Voters in Ghana went to the polls. Observers from Ghana praised the vote. Soldiers burned the market.', 'soldiers'],
  ['the whole phrase must be a state\'s: "the local government"', `${WIRE}THE LOCAL GOVERNMENT REJECTED THE PROPOSAL.`, 'government'],
  ['indefinite: "a government" is any government', 'Voters in Ghana went to the polls. Observers from Ghana praised the vote. A government that lies will fall.', 'government'],
  ['a "from" phrase says whose', 'Voters in Ghana went to the polls. Observers from Ghana praised the vote. Ministers from Asian governments met.', 'ministers'],
  ['a unit named only by its kind ("an army battalion") is no named unit', `${WIRE}AN ARMY BATTALION SHELLED THE TOWN.`, 'battalion'],
  ['an owner says whose: "its army" is not the home country\'s', `${WIRE}PERU SAID ITS ARMY WOULD STAY.`, 'army'],
  ['"the local police" says where, not which force', `${WIRE}THE LOCAL POLICE ARRESTED THREE STUDENTS.`, 'police'],
  ['phrases one country owns, in a story of two', 'Ghana met Togo. Togo and Ghana signed. The Ghanaian economy grew. Ghana\'s exports rose. The government raised taxes.', 'government'],
];
for (const [rule, text, word] of NOT_STATE) {
  test(`unnamed state agent: not one when ${rule}`, () => {
    const got = actorsAt(text, word, true);
    assert.ok(!got.some((a) => a.type === 'organization' || a.type === 'group' || (a.type === 'country' && a.id !== 'PER')), shown(got));
  });
}

test('unnamed state agent: no state carried from one document to the next', () => {
  run(`${WIRE}THE ARMY BOMBED A BRIDGE.`);
  const ts = run('The army bombed a bridge.');
  assert.equal(ts.filter((t) => /army/i.test(t.subject.mention)).length, 0, ts.map(show).join(' | '));
});

// ── unnamed armed agents outside the state ───────────────────────────────────
const ARMED: Array<[rule: string, text: string, word: string, want: string]> = [
  ['"rebel units"', `${WIRE}REBEL UNITS ENTERED THE TOWN AND ATTACKED THE BARRACKS.`, 'units', 'ecu-rebel/group/ECU'],
  ['"guerrillas" of the home country', `${WIRE}GUERRILLAS ATTACKED A POLICE POST.`, 'guerrillas', 'ecu-guerrilla/group/ECU'],
  ['"a guerrilla column" is guerrillas', `${WIRE}A GUERRILLA COLUMN ATTACKED THE BARRACKS.`, 'column', 'ecu-guerrilla/group/ECU'],
  ['"drug traffickers"', `${WIRE}DRUG TRAFFICKERS KILLED A JUDGE.`, 'traffickers', 'ecu-drug-trafficker/group/ECU'],
  ['no home: a generic group', 'Rebels attacked a convoy on the road.', 'rebels', 'group:rebel/group/-'],
  ['"the rebels" after a named group in reach', 'The FARC announced a truce. The rebels later attacked a convoy.', 'rebels', 'FARC/group/COL'],
  ['bare "guerrillas" when the only armed group named', 'The ELN released a statement on Monday. Three days later, guerrillas burned a bus.', 'guerrillas', 'ELN/group/COL'],
  ['two armed groups named: neither', 'The ELN and the FARC met in the jungle. Guerrillas burned a bus.', 'guerrillas', 'col-guerrilla/group/COL'],
  ['a group of another country never joins', 'GUATEMALA CITY, 3 MAY 91 -- THE FMLN ISSUED A STATEMENT. GUERRILLAS ATTACKED A FARM.', 'guerrillas', 'gtm-guerrilla/group/GTM'],
  ['"gunmen" say the doer is unknown: they join nothing', 'The FARC announced a truce. Gunmen killed a mayor.', 'gunmen', 'group:gunman/group/-'],
  ['"terrorists of" a named group are the group', 'Terrorists of the Shining Path blew up a bridge.', 'terrorists', 'SHINING_PATH/group/PER'],
  ['"guerrillas from" a named group are the group', 'Guerrillas from the FARC attacked a bridge.', 'guerrillas', 'FARC/group/COL'],
  ['"terrorists from" a group defined with its acronym in wire copy', `${WIRE}TWO NUNS WERE SHOT BY TERRORISTS FROM THE QUILLA ARMED FORCES OF LIBERATION (FAL).`, 'terrorists', 'quilla-armed-forces-of-liberation/organization/-'],
  ['a named group\'s fighters are the group', 'FARC guerrillas attacked a convoy.', 'guerrillas', 'FARC/group/COL'],
  ['"drug traffickers" join the one cartel named', 'The Cali Cartel denied the report. Drug traffickers killed a judge.', 'traffickers', 'CALI_CARTEL/group/COL'],
  ['"guerrillas" never join a cartel', 'The Cali Cartel denied the report. Guerrillas killed a judge.', 'guerrillas', 'group:guerrilla/group/-'],
  ['words that say what kind before a listed agent', `${WIRE}ALLEGED GUERRILLA URBAN COMMANDOS BOMBED TWO SUBSTATIONS.`, 'commandos', 'ecu-guerrilla/group/ECU'],
  ['"leftist guerrillas"', `${WIRE}LEFTIST GUERRILLAS ATTACKED A FARM NEAR THE RIVER.`, 'guerrillas', 'ecu-guerrilla/group/ECU'],
  ['"hired gunmen", no home', 'Two hired gunmen ambushed the mayor.', 'gunmen', 'group:gunman/group/-'],
  ['one unknown doer stands for the same unknown doers ("a gunman")', `${WIRE}A GUNMAN KILLED A JUDGE IN THE CITY.`, 'gunman', 'ecu-gunman/group/ECU'],
  ['… and "an assailant"', `${WIRE}AN ASSAILANT STABBED A JUDGE IN THE CITY.`, 'assailant', 'ecu-assailant/group/ECU'],
  ['men known only by what they rode or wore', `${WIRE}TWO MEN RIDING A MOTORCYCLE SHOT A JUDGE.`, 'men', 'ecu-unidentified-individual/group/ECU'],
  ['"unidentified individuals" who plant a bomb', `${WIRE}AT LEAST FOUR UNIDENTIFIED INDIVIDUALS PLANTED A BOMB AT THE BANK.`, 'individuals', 'ecu-unidentified-individual/group/ECU'],
];
for (const [rule, text, word, want] of ARMED) {
  test(`unnamed armed agent: ${rule} → ${want}`, () => {
    const got = actorsAt(text, word);
    assert.ok(got.some((a) => `${a.id}/${a.type}/${a.country ?? '-'}` === want), shown(got));
  });
}

// [rule, text, word]: the phrase is no armed agent outside the state
const NOT_ARMED: Array<[rule: string, text: string, word: string]> = [
  ['the state\'s own: "army commandos"', 'Army commandos stormed the building at dawn.', 'commandos'],
  ['the state\'s own: "police snipers"', 'Police snipers fired on the crowd.', 'snipers'],
  ['"former guerrillas" are no longer armed', 'Former guerrillas founded a party.', 'guerrillas'],
  ['"individuals" alone say nothing of who', 'Two individuals were seen near the bank.', 'individuals'],
  ['"a guerrilla" is one person, no group', `${WIRE}A GUERRILLA WAS KILLED IN THE CITY.`, 'guerrilla'],
  ['"men" with no description say nothing of who', `${WIRE}SEVERAL MEN ATTENDED THE MEETING.`, 'men'],
];
for (const [rule, text, word] of NOT_ARMED) {
  test(`unnamed armed agent: not one when ${rule}`, () => {
    const got = actorsAt(text, word, true);
    assert.ok(!got.some((a) => a.type === 'group' && /(^group:|-)(guerrilla|gunman|sniper|unidentified-individual)$/.test(a.id)), shown(got));
  });
}

test('unnamed armed agent: it may be a subject ("guerrillas attacked the farm")', () => {
  const ts = run(`${WIRE}GUERRILLAS ATTACKED THE FARM OF A LANDOWNER.`);
  const t = ts.find((x) => x.subject.id === 'ecu-guerrilla' && x.relation.lemma === 'attack');
  assert.ok(t, ts.map(show).join(' | '));
  assert.equal(t.subject.name, 'Ecuadorean guerrillas');
});

const NAMES: Array<[name: string, want: string | undefined]> = [
  ['FMLN', 'insurgent'], ['Medellin Cartel', 'cartel'], ['Sierra Patriotic Front', 'insurgent'], ['Popular Liberation Forces', 'insurgent'],
  ['Norte Cartel', 'cartel'], ['Labour Party', undefined], ['Ecuadorean guerrillas', undefined], ['NATO', undefined],
];
for (const [name, want] of NAMES) {
  test(`armed group by name or gazetteer: ${name} → ${want ?? 'none'}`, () => {
    const g = gazetteer();
    const known = [...g.actors.values()].find((a) => a.name === name);
    const a: Actor = { id: known?.id ?? name.toLowerCase().replace(/\s+/g, '-'), name, type: known?.type === 'organization' ? 'organization' : 'group', mention: name };
    assert.equal(armedKind(a, g), want);
  });
}
