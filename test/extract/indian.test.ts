/**
 * "Indian" in news of the Americas (src/extract/indian.ts): the continent's indigenous peoples, a
 * group of the home country, unless the document names India. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show } from './_triples.ts';
import { indigenousReading } from '../../src/extract/indian.ts';

const ROWS: Array<[why: string, text: string, object: string, country: string]> = [
  ['a wire story from the Americas: the home country\'s', 'LA PAZ, 3 JAN 90 -- BOLIVIAN SOLDIERS ATTACKED INDIAN PEASANTS NEAR ORURO.', 'Indian peasants', 'BOL'],
  ['… without a dateline, home by its countries', 'Bolivian soldiers attacked Indian peasants near La Paz. Bolivia condemned the attack.', 'Indian peasants', 'BOL'],
  ['India named: India\'s', 'Bolivian soldiers attacked Indian peasants from Delhi near La Paz. Bolivia and India condemned it.', 'Indian peasants', 'IND'],
  ['no home in the Americas: India\'s', 'Pakistani soldiers attacked Indian peasants near Lahore.', 'Indian peasants', 'IND'],
];
for (const [why, text, object, country] of ROWS) {
  test(`indian: ${why}`, () => {
    const ts = run(text);
    const t = ts.find((x) => x.object.name === object);
    assert.equal(t?.object.country, country, ts.map(show).join(' | '));
  });
}

test('indian: the reading needs a home in the Americas and no India', () => {
  assert.equal(indigenousReading('Indian peasants marched.', 'PER'), true);
  assert.equal(indigenousReading('Indian peasants marched to Delhi.', 'PER'), false);
  assert.equal(indigenousReading('Indian peasants marched.', 'PAK'), false);
  assert.equal(indigenousReading('Indian peasants marched.', undefined), false);
});
