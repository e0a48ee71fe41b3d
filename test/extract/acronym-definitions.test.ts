/**
 * Acronyms wire copy in capitals spells out (src/extract/acronym-definitions.ts,
 * src/resolve/defined-acronyms.ts): read from the brackets, kept in capitals through truecasing,
 * and resolved to one body across the document. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definedAcronyms } from '../../src/extract/acronym-definitions.ts';
import { initialsStart } from '../../src/extract/initials.ts';
import { truecase } from '../../src/extract/normalize.ts';
import { run } from './_triples.ts';

const DEFINITIONS: Array<[what: string, text: string, want: Array<[string, string]>]> = [
  ['the acronym, then its name in the editor\'s brackets', 'AGENTS OF THE DIM [DIRECTORATE OF INTERNAL MONITORING] RAIDED A FARM.', [['DIM', 'DIRECTORATE OF INTERNAL MONITORING']]],
  ['the name, then its acronym', 'THE UNION OF PROVINCIAL COOPERATIVES [UCP] CALLED A STRIKE.', [['UCP', 'UNION OF PROVINCIAL COOPERATIVES']]],
  ['the name, then its acronym in round brackets', 'THE LIBERTY TOWNS FRONT (FLT) WAS FOUNDED IN 1980.', [['FLT', 'LIBERTY TOWNS FRONT']]],
  ['a Spanish acronym of a translated name: initials in any order', 'THE ARMY OF POPULAR RESISTANCE [ERP] CLAIMED THE BLAST.', [['ERP', 'ARMY OF POPULAR RESISTANCE']]],
  ['an institution\'s word before "of" belongs to the name', 'THE PARTY OF NATIONAL RENEWAL [RN] WON.', [['RN', 'PARTY OF NATIONAL RENEWAL']]],
  ['a word no lexicon knows before the initials belongs to the name', 'THE ZAVALETA ORTUNO COMMAND [COM] DENIED IT.', [['COM', 'ZAVALETA ORTUNO COMMAND']]],
  ['the possessive after the name is no part of it', 'THE ARMY OF POPULAR RESISTANCE\'S [ERP] UNITS RETREATED.', [['ERP', 'ARMY OF POPULAR RESISTANCE']]],
  ['an editor\'s tag is no name', 'THE [WORDS INDISTINCT] MAYOR AND [NOT FURTHER IDENTIFIED] OFFICIALS LEFT.', []],
  ['a bracket whose words are not the initials is no definition', 'THE TROOPS [SEVERAL HUNDRED] ENTERED TOWN.', []],
  ['the sentence\'s own words before a name stay out of it', 'HE SPOKE AGAINST THE NATIONAL UNITY ALLIANCE [ANU] TODAY.', [['ANU', 'NATIONAL UNITY ALLIANCE']]],
  ['"and the" joins two phrases, not a name\'s words', 'THE ARMY AND THE NATIONALIST REPUBLICAN ALLIANCE [ARENA] MET.', [['ARENA', 'NATIONALIST REPUBLICAN ALLIANCE']]],
  ['ordinary letters in a sentence define nothing', 'THE MAYOR SAID THAT (AS USUAL) NOTHING HAPPENED.', []],
];
for (const [what, text, want] of DEFINITIONS) {
  test(`acronym definitions: ${what}`, () => {
    assert.deepEqual(definedAcronyms(text).map((d) => [d.acronym, d.names[0]]), want);
  });
}

test('acronym definitions: the initials walk needs half the letters and two of them', () => {
  assert.equal(initialsStart(['central', 'america'], 'onuca'), -1);
  assert.equal(initialsStart(['the', 'armed', 'forces', 'press', 'committee'], 'coprefa'), 1);
  assert.equal(initialsStart(['national', 'police', 'of', 'peru'], 'pnp'), 0);
});

const TRUECASE: Array<[what: string, text: string, want: string]> = [
  ['a defined acronym stays in capitals and its name is capitalised', 'THE DIM AND THE DIRECTORATE OF INTERNAL MONITORING.', 'the DIM and the Directorate of Internal Monitoring.'],
  ['an acronym that is also a function word does not', 'THEY GAVE UP. THE PATRIOTIC UNION SPOKE.', 'they gave up. the Patriotic Union spoke.'],
];
const DEFS = [{ acronym: 'DIM', names: ['DIRECTORATE OF INTERNAL MONITORING'] }, { acronym: 'UP', names: ['PATRIOTIC UNION'] }];
for (const [what, text, want] of TRUECASE) {
  test(`acronym definitions, truecasing: ${what}`, () => assert.equal(truecase(text, undefined, DEFS), want));
}

const show = (ts: ReturnType<typeof run>) => ts.map((t) => `${t.subject.name}/${t.subject.type} ${t.relation.type} ${t.object.name}/${t.object.type}`).join(' | ') || '(nothing)';
const DATELINE = 'BOGOTA, 3 MAR 90 (EFE) -- [TEXT] ';

const TRIPLES: Array<[what: string, text: string, check: (ts: ReturnType<typeof run>) => boolean]> = [
  ['a body known only by its acronym later is the spelled-out body',
    `${DATELINE}THE DIM [DIRECTORATE OF INTERNAL MONITORING] OPENED AN INQUIRY. LATER, THE DIM ARRESTED JUAN ROJAS IN CALI.`,
    (ts) => ts.some((t) => t.subject.name === 'Directorate of Internal Monitoring' && t.subject.type === 'organization' && t.relation.type === 'ARREST' && t.object.name === 'Juan Rojas')],
  ['the name written with words before it is the same body',
    `${DATELINE}THE OPPOSITION UNION OF PROVINCIAL COOPERATIVES [UCP] CALLED A STRIKE. JUAN ROJAS CRITICIZED THE UCP.`,
    (ts) => ts.some((t) => t.subject.name === 'Juan Rojas' && t.object.name === 'Union of Provincial Cooperatives' && t.relation.type === 'CRITICIZE')
      && !ts.some((t) => /opposition/i.test(t.object.name) || t.object.name === 'UCP')],
  ['a body named with its country takes it',
    `${DATELINE}THE COLOMBIAN AGRARIAN LEAGUE [LCA] CONDEMNED THE GOVERNMENT. THE LCA ALSO CRITICIZED JUAN ROJAS.`,
    (ts) => ts.some((t) => t.subject.name === 'Colombian Agrarian League' && t.subject.country === 'COL' && t.object.name === 'Juan Rojas')],
  ['a name of armed struggle makes an armed group, and its misspelling before the acronym is no second one',
    `SAN SALVADOR, 3 MAR 90 (EFE) -- [TEXT] THE FARABUNDO MARTI NATIONAL LIBERATIN FRONT [FMLN] ATTACKED A BARRACKS. THE GUERRILLAS KILLED TWO SOLDIERS.`,
    (ts) => ts.filter((t) => t.relation.type === 'ATTACK' || t.relation.type === 'KILL').every((t) => t.subject.id === 'FMLN') && ts.some((t) => t.relation.type === 'KILL')],
];
for (const [what, text, check] of TRIPLES) {
  test(`acronym definitions, triples: ${what}`, () => { const ts = run(text); assert.ok(check(ts), show(ts)); });
}
