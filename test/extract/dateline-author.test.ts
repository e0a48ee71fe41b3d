/**
 * The speaker an editor's tags give a wire text (src/extract/dateline.ts authorOf) and what it
 * speaks (extract/analyse.ts): "[COMMUNIQUE] [THE EXTRADITABLES] [TEXT] WE …" is theirs throughout.
 * Tags and texts written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorOf } from '../../src/extract/dateline.ts';
import { run } from './_triples.ts';

const TAGS: Array<[why: string, tags: string[], want: string | undefined]> = [
  ['the tag after a communique', ['COMMUNIQUE', 'THE ZENTRIX FRONT', 'TEXT'], 'THE ZENTRIX FRONT'],
  ['a speech\'s speaker, with a note after a comma', ['SPEECH', 'PERUVIAN PRESIDENT TOM VALE, IN PROGRESS', 'TEXT'], 'PERUVIAN PRESIDENT TOM VALE'],
  ['a body\'s acronym after its name', ['STATEMENT', 'PERUVIAN ARMED FORCES PRESS COMMITTEE, COPREZ', 'TEXT'], 'COPREZ'],
  ['a report names its writer, no speaker', ['REPORT', 'TOM VALE', 'TEXT'], undefined],
  ['an editorial word is no speaker', ['SPEECH', 'TEXT'], undefined],
  ['no spoken kind, no speaker', ['TEXT'], undefined],
];
for (const [why, tags, want] of TAGS) test(`dateline author: ${why}`, () => assert.equal(authorOf(tags), want));

test('dateline author: a communique\'s "we" and what it says unattributed are its author\'s', () => {
  const ts = run('LIMA, 12 MAR 90 (RADIO) -- [COMMUNIQUE] [THE SHINING PATH] [TEXT] WE CONDEMN THE PERUVIAN GOVERNMENT. WE WILL ATTACK THE PERUVIAN ARMY.');
  const hit = ts.find((t) => t.relation.lemma === 'condemn');
  assert.equal(hit?.subject.id, 'SHINING_PATH', ts.map((t) => `${t.subject.id} -${t.relation.label}-> ${t.object.id}`).join(' | '));
  assert.equal(hit?.attribution?.id, 'SHINING_PATH');
});

test('dateline author: a report\'s writer speaks no "we"', () => {
  const ts = run('LIMA, 12 MAR 90 (RADIO) -- [REPORT] [TOM VALE] [TEXT] WE CONDEMN THE PERUVIAN GOVERNMENT.');
  assert.ok(!ts.some((t) => t.subject.id === 'tom-vale'), ts.map((t) => `${t.subject.id} -${t.relation.label}-> ${t.object.id}`).join(' | '));
});

test('dateline author: a speaker the tag names with a state\'s office speaks for that state', () => {
  const ts = run('LIMA, 12 MAR 90 (RADIO) -- [SPEECH] [PERUVIAN PRESIDENT TOM VALE] [TEXT] WE WILL DEFEAT THE SHINING PATH.');
  assert.ok(ts.some((t) => t.subject.id === 'PER' && t.object.id === 'SHINING_PATH'), ts.map((t) => `${t.subject.id} -${t.relation.label}-> ${t.object.id}`).join(' | '));
});

test('dateline author: the speaker\'s "we" is no antecedent for an "it" after it', () => {
  const ts = run('LIMA, 12 MAR 90 (RADIO) -- [SPEECH] [PERUVIAN PRESIDENT TOM VALE] [TEXT] THE SHINING PATH ATTACKED THE CAPITAL. WE KNOW HOW IT WANTS TO SUBJUGATE THE PERUVIAN PEOPLE.');
  const hit = ts.find((t) => t.relation.lemma === 'subjugate');
  assert.equal(hit?.subject.id, 'SHINING_PATH', ts.map((t) => `${t.subject.id} -${t.relation.label}-> ${t.object.id}`).join(' | '));
});

test('dateline author: a body\'s organ, named by no name of its own, signs for the body', () => {
  const ts = run('LIMA, 12 MAR 90 (RADIO) -- [COMMUNIQUE] [SHINING PATH CENTRAL COMMITTEE] [TEXT] WE CONDEMN THE PERUVIAN GOVERNMENT.');
  const hit = ts.find((t) => t.relation.lemma === 'condemn');
  assert.equal(hit?.subject.id, 'SHINING_PATH', ts.map((t) => `${t.subject.id} -${t.relation.label}-> ${t.object.id}`).join(' | '));
});
