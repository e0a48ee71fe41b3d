/**
 * One actor for a body's short forms within a document (src/resolve/names.ts acronymsOf,
 * shortWordsOf; src/resolve/coreference.ts registerBody / canonical). Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acronymsOf, shortWordsOf } from '../../src/resolve/names.ts';
import { DocContext } from '../../src/resolve/coreference.ts';
import { run } from '../extract/_triples.ts';
import type { Actor } from '../../src/types.ts';

const NAMES: Array<[fn: (s: string) => string[], input: string, want: string[]]> = [
  [acronymsOf, 'Rapid Support Forces', ['RSF']],
  [acronymsOf, 'the National Health Service', ['NHS']],
  [acronymsOf, 'Bank of England', ['BE', 'BOE']],
  [acronymsOf, 'Lufthansa', []],
  [acronymsOf, 'US Securities and Exchange Commission', ['USEC', 'USAEC', 'SEC']],
  [acronymsOf, 'UK Independence Party', ['UIP']],
  [shortWordsOf, 'Deutsche Lufthansa', ['deutsche', 'lufthansa']],
  [shortWordsOf, 'Nippon Steel', ['nippon']],
  [shortWordsOf, 'Foreign Ministry', ['foreign']],
  [shortWordsOf, 'Bank of England', ['england']],
];
for (const [fn, input, want] of NAMES) {
  test(`short forms: ${fn.name}("${input}") → [${want.join(', ')}]`, () => assert.deepEqual(fn(input), want));
}

const org = (name: string, id = name.toLowerCase().replace(/\s+/g, '-'), country?: string): Actor => ({ id, name, type: 'organization', mention: name, ...(country ? { country } : {}) });

test('short forms: an acronym, a distinctive word and a country-less repeat join the registered body', () => {
  const ctx = new DocContext(3);
  ctx.registerPerson(org('Rapid Support Forces', 'rapid-support-forces', 'SDN'));
  ctx.registerPerson(org('Deutsche Lufthansa'));
  assert.equal(ctx.canonical(org('RSF')).id, 'rapid-support-forces');
  assert.equal(ctx.canonical(org('RSF')).mention, 'RSF');
  assert.equal(ctx.canonical(org('Rapid Support Forces')).country, 'SDN');
  assert.equal(ctx.canonical(org('Lufthansa')).id, 'deutsche-lufthansa');
  // (a city or a country never joins a body named after it)
  assert.equal(ctx.canonical({ id: 'deutsche', name: 'Deutsche', type: 'location', mention: 'Deutsche' }).id, 'deutsche');
});

test('short forms: a short form two bodies share joins neither', () => {
  const ctx = new DocContext(3);
  ctx.registerPerson(org('Leeds United'));
  ctx.registerPerson(org('Manchester United'));
  ctx.registerPerson(org('Royal Navy'));
  ctx.registerPerson(org('Russian Navy'));
  assert.equal(ctx.canonical(org('United')).id, 'united');
  assert.equal(ctx.canonical(org('RN')).id, 'rn');
});

test('short forms: a body named for its country is an arm, and its first word alone the parent', () => {
  const ctx = new DocContext(3);
  ctx.registerPerson(org('Zentrix Peru'));
  assert.equal(ctx.canonical(org('Zentrix')).id, 'zentrix');
});

test('short forms: a division named after its parent, and the parent\'s name alone the parent', () => {
  const ctx = new DocContext(3);
  ctx.registerPerson(org('Zentrix Pictures Entertainment'));
  ctx.registerPerson(org('Halvorsen Capital'));
  assert.equal(ctx.canonical(org('Zentrix')).id, 'zentrix');
  assert.equal(ctx.canonical(org('Halvorsen')).id, 'halvorsen');
  // (the division's own last word still joins it)
  ctx.registerPerson(org('Vantor Lufthavn'));
  assert.equal(ctx.canonical(org('Lufthavn')).id, 'vantor-lufthavn');
});

const DOCS: Array<[why: string, text: string, id: string, count: number]> = [
  ['an acronym in brackets and later alone', "Sudan's paramilitary Rapid Support Forces (RSF) attacked the town. The RSF shelled the camp.", 'rapid-support-forces', 2],
  ['a company by its distinctive word', 'Deutsche Lufthansa cut 500 jobs. Lufthansa bought ten aircraft.', 'deutsche-lufthansa', 2],
  ['an acronym never spelt out in brackets', 'The National Health Service hired nurses. The NHS bought scanners.', 'national-health-service', 2],
  ['a body named with and without its owner', "Japan's Foreign Ministry issued a protest. The Foreign Ministry criticised China.", 'jpn-foreign-ministry', 2],
  ['an acronym after an owner or a descriptor', "The Rapid Support Forces (RSF) seized the airport. Sudan's RSF shelled the camp. The paramilitary RSF attacked the town.", 'rapid-support-forces', 3],
  ['a body\'s people named after it are no short form of it', 'Zentrix officials met the mayor of Lima. Zentrix sacked its chairman in May.', 'zentrix', 1],
  ['… in the plural of any people noun', 'Halvorsen representatives met the Peruvian minister. Halvorsen bought ten aircraft.', 'halvorsen', 1],
  ['a body named by its acronym first', 'The RSF shelled the camp. The Rapid Support Forces seized the airport.', 'rapid-support-forces', 2],
];
test('short forms: a short form with its owner lends the body its country', () => {
  const ts = run("The Rapid Support Forces seized the airport. Sudan's RSF shelled the camp.");
  const rsf = ts.find((t) => t.subject.mention === "Sudan's RSF")?.subject;
  assert.deepEqual([rsf?.id, rsf?.country], ['rapid-support-forces', 'SDN'], ts.map((t) => `${t.subject.id}/${t.subject.country}`).join(' | '));
});

for (const [why, text, id, count] of DOCS) {
  test(`short forms: ${why}: one actor ${id}`, () => {
    const ts = run(text);
    const subjects = ts.filter((t) => t.subject.type !== 'other').map((t) => t.subject.id);
    assert.equal(subjects.filter((s) => s === id).length, count, subjects.join(' | '));
  });
}
