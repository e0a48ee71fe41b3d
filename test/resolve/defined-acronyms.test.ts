/**
 * The actor of an acronym wire copy spells out (src/resolve/defined-acronyms.ts): the dictionary's
 * when it fits the name, else a new body with the country its name names. Names written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definedBody, knownAcronymActor, nameCase } from '../../src/resolve/defined-acronyms.ts';
import { gazetteer } from '../../src/resolve/gazetteer.ts';

const g = gazetteer();

const KNOWN: Array<[what: string, acronym: string, name: string, want: string | undefined]> = [
  ['the name is in the dictionary', 'XYZ', 'FARABUNDO MARTI NATIONAL LIBERATION FRONT', 'FMLN'],
  ['the acronym is, named by itself', 'FARC', 'REVOLUTIONARY ARMED FORCES OF COLOMBIA', 'FARC'],
  ['the acronym is, and its name shares two words with the text\'s', 'FSLN', 'SANDINIST NATIONAL LIBERATION FRONT', 'FSLN'],
  ['the acronym is the dictionary\'s for another body: not that one', 'UNO', 'NATIONAL OPPOSITION UNION', undefined],
  ['neither is known', 'DIM', 'DIRECTORATE OF INTERNAL MONITORING', undefined],
];
for (const [what, acronym, name, want] of KNOWN) {
  test(`defined acronyms, dictionary: ${what}`, () => assert.equal(knownAcronymActor(acronym, [name], g)?.id, want));
}

const BODIES: Array<[what: string, acronym: string, name: string, want: [string, string, string | undefined]]> = [
  ['a plain body', 'DIM', 'DIRECTORATE OF INTERNAL MONITORING', ['Directorate of Internal Monitoring', 'organization', undefined]],
  ['a people\'s name gives the country', 'HTE', 'HONDURAN TELEPHONE ENTERPRISE', ['Honduran Telephone Enterprise', 'organization', 'HND']],
  ['"of" a country gives it', 'FAC', 'REVOLUTIONARY ARMED FORCES OF COLOMBIA', ['Revolutionary Armed Forces of Colombia', 'group', 'COL']],
  ['"American" names no country', 'UCA', 'CENTRAL AMERICAN UNIVERSITY', ['Central American University', 'organization', undefined]],
  ['a name of armed struggle is an armed group', 'FPL', 'POPULAR LIBERATION FORCES', ['Popular Liberation Forces', 'group', undefined]],
];
for (const [what, acronym, name, want] of BODIES) {
  test(`defined acronyms, new body: ${what}`, () => {
    const a = definedBody(acronym, name, g);
    assert.deepEqual([a.name, a.type, a.country], want);
    assert.equal(a.mention, acronym);
  });
}

test('defined acronyms: display case keeps small words and possessives', () => {
  assert.equal(nameCase("PEOPLE'S ARMY OF THE NORTH"), "People's Army of the North");
});
