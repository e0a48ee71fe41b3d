/**
 * personGender / pronounGender (src/resolve/gender.ts): titles first, then the first name from
 * the first-name list; a lone word, an initial and a family name written first commit to nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personGender, pronounGender, stripTitles } from '../../src/resolve/gender.ts';

const CASES: Array<[why: string, name: string, mention: string, want: string | undefined]> = [
  ['a common first name', 'Angela Merkel', 'Angela Merkel', 'female'],
  ['a first name in another language\'s list', 'Vladimir Putin', 'Vladimir Putin', 'male'],
  ['an honorific beats the name', 'Thatcher', 'Mrs Thatcher', 'female'],
  ['a gendered office word', 'Rania', 'Queen Rania', 'female'],
  ['a neutral title before the first name is skipped', 'Professor Lydia Hart', 'Professor Lydia Hart', 'female'],
  ['a lone word may be a surname', 'Jordan', 'Jordan', undefined],
  ['a family name written first', 'Kim Jong-un', 'Kim Jong-un', undefined],
  ['an initial is no first name', 'J. Smith', 'J. Smith', undefined],
  ['titles that disagree say nothing', 'Alex Reed', 'Mr and Mrs Alex Reed', undefined],
];
for (const [why, name, mention, want] of CASES) test(`gender: ${why}: ${mention} → ${want}`, () => assert.equal(personGender(name, mention), want));

test('gender: pronouns', () => {
  assert.deepEqual(['he', 'Him', 'his', 'himself', 'she', 'her', 'herself', 'it', 'they'].map(pronounGender),
    ['male', 'male', 'male', 'male', 'female', 'female', 'female', undefined, undefined]);
});

test('gender: titles before a name are stripped, a surname that is a title word is kept', () => {
  assert.deepEqual(stripTitles(['Professor', 'Cres', 'Eastman']), ['Cres', 'Eastman']);
  assert.deepEqual(stripTitles(['Carole', 'King']), ['Carole', 'King']);
  assert.deepEqual(stripTitles(['Mr', 'King']), ['King']);
});
