/**
 * One type per name in a document, and lone unintroduced words as bodies
 * (src/resolve/discourse-types.ts, wired in src/extract/analyse.ts and resolve/coreference.ts).
 * Documents and names written for the rules.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentTypes, loneNameType } from '../../src/resolve/discourse-types.ts';
import { run } from '../extract/_triples.ts';
import type { Actor, ActorType } from '../../src/types.ts';

const a = (id: string, type: ActorType): Actor => ({ id, name: id, type, mention: id });

const VOTES: Array<[what: string, actors: Actor[], want: Record<string, ActorType>]> = [
  ['the majority wins', [a('zentrix', 'person'), a('zentrix', 'organization'), a('zentrix', 'organization')], { zentrix: 'organization' }],
  ['a tie goes to the first mention', [a('kolvo', 'organization'), a('kolvo', 'person')], { kolvo: 'organization' }],
  ['one type throughout needs no change', [a('marta-sol', 'person'), a('marta-sol', 'person')], {}],
  ['a dictionary actor keeps its type', [a('known', 'person'), a('known', 'organization'), a('known', 'organization')], {}],
  ['countries and concepts do not vote', [a('x', 'country'), a('x', 'other'), a('x', 'person')], {}],
];
for (const [what, actors, want] of VOTES) {
  test(`discourse types: ${what}`, () => assert.deepEqual(Object.fromEntries(documentTypes(actors, (id) => id === 'known')), want));
}

const LONE: Array<[name: string, titled: boolean, personWord: boolean, want: ActorType]> = [
  ['Zentrix', false, false, 'organization'],
  ['Zentrix', true, false, 'person'], // "Mr Zentrix"
  ['Kowalczyk', false, true, 'person'], // a name list knows it
  ['Anna Kowalczyk', false, false, 'person'], // a full name
];
for (const [name, titled, pw, want] of LONE) {
  test(`lone name: ${name}${titled ? ' (titled)' : ''}${pw ? ' (listed)' : ''} → ${want}`, () => assert.equal(loneNameType(a(name, 'person'), titled, () => pw), want));
}

const typeOf = (text: string, name: string): string[] => [...new Set(run(text).flatMap((t) => [t.subject, t.object]).filter((x) => x.name === name).map((x) => x.type))];

test('lone name: an unintroduced one-word name is a body in every triple of the document', () => {
  const types = typeOf('Zentrix has launched a cheaper phone. Analysts said Zentrix had beaten Nokia. Zentrix hired 200 engineers.', 'Zentrix');
  assert.deepEqual(types, ['organization']);
});

test('lone name: a surname the document introduces with the full name stays that person', () => {
  const ts = run('Anna Kowalczyk met Boris Petrov in Warsaw. Kowalczyk criticised Petrov.');
  const hit = ts.find((t) => t.relation.type === 'CRITICIZE');
  assert.ok(hit, ts.map((t) => `${t.subject.name} ${t.relation.type} ${t.object.name}`).join(' | '));
  assert.equal(hit.subject.name, 'Anna Kowalczyk');
  assert.equal(hit.subject.type, 'person');
});

test('lone name: a one-word name after a title stays a person', () => {
  const types = typeOf('Mr Zorbak criticised the Polish government.', 'Zorbak');
  assert.deepEqual(types, ['person']);
});

test('lone name: a surname the persons list holds for people of several countries stays a person', () => {
  // ("Rodriguez" is listed for many countries: no one country, but a surname all the same)
  const types = typeOf('RODRIGUEZ MADE THESE STATEMENTS IN LIMA ON MONDAY.', 'Rodriguez');
  assert.deepEqual(types, ['person']);
});
