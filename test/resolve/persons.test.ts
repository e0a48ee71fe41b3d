/**
 * personCountry (src/resolve/persons.ts): transliteration variants and bare surnames after an
 * office find the person's country only when the dictionary is unambiguous.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownSurname, personCountry } from '../../src/resolve/persons.ts';

const CASES: Array<[why: string, name: string, titled: boolean, want: string | undefined]> = [
  ['a listed full name', 'Ariel Sharon', false, 'ISR'],
  ['"el" is the article "al"', 'Omar El Bashir', false, 'SDN'],
  ['a middle name not listed: first and last word', 'Omar Hassan al-Bashir', false, 'SDN'],
  ['a bare surname after an office', 'Bouteflika', true, 'DZA'],
  ['a bare surname without an office says nothing', 'Bouteflika', false, undefined],
  ['a surname shared by people of two countries says nothing', 'Bashir', true, undefined],
  ['an unknown name', 'Nobody Inparticular', false, undefined],
  ['a dropped middle given name ("Carlos Saul Menem")', 'Carlos Menem', false, 'ARG'],
  ['an initial with or without its dot ("George W. Bush")', 'George W Bush', false, 'USA'],
  ['a dropped middle word that is no given name is a surname: another person ("Walter Bedell Smith")', 'Walter Smith', false, undefined],
  ['a Spanish name with another father\'s surname ("Alvaro Uribe Velez")', 'Alvaro Contreras Velez', false, undefined],
  ['two different middle names are two people ("Jose Adolfo Reyes")', 'Jose Antonio Reyes', false, undefined],
  ['a surname listed for several countries: a dropped middle name identifies no one ("John Hilary Smith")', 'John Smith', false, undefined],
  ['two words do not stand for a listed name with several between ("Raul de la Nuez Ramirez")', 'Raul Ramirez', false, undefined],
];

for (const [why, name, titled, want] of CASES) {
  test(`persons: ${why}: ${name} → ${want}`, () => assert.equal(personCountry(name, titled), want));
}

test('persons: a lone listed surname is a person of that country, an ambiguous one is not', () => {
  assert.equal(knownSurname('Mugabe'), true);
  assert.equal(knownSurname('Blair'), false); // listed for GBR and USA
});
