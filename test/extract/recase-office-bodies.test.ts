/**
 * In wire copy set in capitals, the body a post is held in is a name (src/extract/recase-office-bodies.ts):
 * "LEADER OF THE POPULAR AGRARIAN MOVEMENT" gives the post's fact.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show } from './_triples.ts';

// [why, text, a triple key that must be there ("subject -LABEL-> object"), an object id that must not be]
const ROWS: Array<[why: string, text: string, want: string | undefined, not: string | undefined]> = [
  ['a body\'s name of everyday words after "leader of the"', 'RAMON VELEZ, LEADER OF THE POPULAR AGRARIAN MOVEMENT, CONDEMNED THE ATTACK ON THE VILLAGE.', 'ramon-velez -LEADER_OF-> popular-agrarian-movement', undefined],
  ['a word of standing before the name is none of it, and one head word may follow another', 'ANA RUIZ, PRESIDENT OF THE RULING AGRARIAN UNION PARTY, CONDEMNED THE ATTACK ON THE VILLAGE.', 'ana-ruiz -PRESIDENT_OF-> agrarian-union-party', undefined],
  ['a description of the body is no name', 'JUAN DIAZ, A MEMBER OF THE ENTIRE COMMITTEE, CONDEMNED THE ATTACK ON THE VILLAGE.', undefined, 'entire-committee'],
  ['one word saying what kind of body is no name', 'JUAN DIAZ, A MEMBER OF THE REBEL ORGANIZATION, CONDEMNED THE ATTACK ON THE VILLAGE.', undefined, 'rebel-organization'],
  ['one word naming a body\'s organ is no name', 'JUAN DIAZ, A MEMBER OF THE CENTRAL COMMITTEE, CONDEMNED THE ATTACK ON THE VILLAGE.', undefined, 'central-committee'],
  ['in mixed case the capitals decide, not the phrase\'s shape', 'Juan Diaz, a leader of the popular agrarian movement, condemned the attack on the village.', undefined, 'popular-agrarian-movement'],
];

for (const [why, text, want, not] of ROWS) {
  test(`recase office bodies: ${why}`, () => {
    const ts = run(text);
    if (want) assert.ok(ts.map(show).includes(want), `want "${want}" in ${ts.map(show).join(' | ')}`);
    if (not) assert.ok(!ts.some((t) => t.object.id === not || t.subject.id === not), ts.map(show).join(' | '));
  });
}
