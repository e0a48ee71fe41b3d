/**
 * One type per name in a document, and lone unintroduced words as bodies
 * (src/resolve/discourse-types.ts, wired in src/extract/analyse.ts and resolve/coreference.ts).
 * Documents and names written for the rules.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentTypes, loneNameType, withDocumentTypes } from '../../src/resolve/discourse-types.ts';
import { run } from '../extract/_triples.ts';
import type { Actor, ActorType, Triple } from '../../src/types.ts';

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

/** A triple in sentence `s` between two endpoints given as [id, type, mention]. */
const tr = (s: number, subj: [string, ActorType, string], obj: [string, ActorType, string]): Triple => ({
  id: `${s}-${subj[0]}-${obj[0]}`, subject: { id: subj[0], name: subj[0], type: subj[1], mention: subj[2] },
  relation: { label: 'meet', lemma: 'meet', type: 'MEET', negated: false, modality: 'asserted', tense: 'past' },
  object: { id: obj[0], name: obj[0], type: obj[1], mention: obj[2] },
  evidence: { doc: 'd', sentence: s, text: '', start: 0, end: 0 }, rule: 'svo', confidence: 0.8 });
const PERU: [string, ActorType, string] = ['PER', 'country', 'Peru'];

const ENDPOINTS: Array<[what: string, triples: Triple[], want: Record<string, ActorType>]> = [
  ['each written mention votes once, however many triples it gives', [
    tr(0, ['gm', 'person', "GM's"], PERU), tr(0, ['gm', 'person', "GM's"], PERU), tr(0, ['gm', 'person', "GM's"], PERU),
    tr(1, ['gm', 'organization', 'GM'], PERU), tr(2, ['gm', 'organization', 'GM'], PERU)], { gm: 'organization' }],
  ['a person by a majority of mentions', [tr(0, ['usher', 'person', 'singer Usher'], PERU), tr(1, ['usher', 'person', 'Usher'], PERU), tr(2, PERU, ['usher', 'organization', 'Usher'])], { usher: 'person' }],
  ['a tie is a body', [tr(0, ['halifax', 'person', 'Halifax'], PERU), tr(1, PERU, ['halifax', 'organization', 'Halifax'])], { halifax: 'organization' }],
  ['a pronoun does not vote', [tr(0, ['kolvo', 'organization', 'Kolvo'], PERU), tr(1, ['kolvo', 'person', 'he'], PERU), tr(2, ['kolvo', 'person', 'his'], PERU)], { kolvo: 'organization' }],
  ['a place\'s name typed a body is left alone', [tr(0, ['devon', 'location', 'Devon'], PERU), tr(1, PERU, ['devon', 'organization', 'Devon'])], { devon: 'location,organization' as ActorType }],
  ['a dictionary actor keeps its type', [tr(0, ['known', 'person', 'Known'], PERU), tr(1, ['known', 'organization', 'Known'], PERU), tr(2, ['known', 'organization', 'Known'], PERU)], { known: 'person,organization' as ActorType }],
];
for (const [what, triples, want] of ENDPOINTS) {
  test(`document types of endpoints: ${what}`, () => {
    const out = withDocumentTypes(triples, (id) => id === 'known');
    const types = new Map<string, Set<ActorType>>();
    for (const t of out) for (const x of [t.subject, t.object]) if (x.id !== 'PER') types.set(x.id, (types.get(x.id) ?? new Set()).add(x.type));
    assert.deepEqual(Object.fromEntries([...types].map(([id, ts]) => [id, [...ts].join(',')])), want);
  });
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
