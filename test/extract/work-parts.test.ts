/**
 * Names shown to be works or products by a noun of their parts (src/extract/work-parts.ts, used by
 * extract/analyse.ts): no actors, in their sentence or later in the document. Sentences written
 * for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show } from './_triples.ts';
import { segment } from '../../src/extract/segment.ts';
import { Tree } from '../../src/extract/tree.ts';
import { workPartCues } from '../../src/extract/work-parts.ts';

const actorIds = (text: string) => run(text).flatMap((t) => [t.subject, t.object]).filter((a) => a.type !== 'other').map((a) => a.id);

// [why, text, an actor id that must not come out]
const NOT_ACTORS: Array<[why: string, text: string, id: string]> = [
  ['a title with episodes', 'Zentrix Pictures ordered ten episodes of Harriet Vance. Harriet Vance beat Kelvar Films in the ratings.', 'harriet-vance'],
  ['a product with a new version', 'Zentrix released a new version of Vorbo. Vorbo beat Kelvar Systems in sales.', 'vorbo'],
  ['a film with a sequel', 'Kelvar Films will make a sequel to Tom Brandt. Tom Brandt beat Zentrix Pictures at the box office.', 'tom-brandt'],
];
for (const [why, text, id] of NOT_ACTORS) {
  test(`work parts: ${why} — "${text}" ↛ ${id}`, () => {
    assert.ok(!actorIds(text).includes(id), run(text).map(show).join(' | '));
  });
}

// [text, the cued names as written]
const CUES: Array<[text: string, names: string[]]> = [
  ['Zentrix released a new version of Vorbo.', ['Vorbo']],
  ['Critics liked the remake of Harbour Lights.', ['Lights']],
  // guards: a possessor inside the phrase, a body's people, a director's firm
  ['Critics liked a version of Tom Brandt\'s novel.', []],
  ['Fans of Zentrix cheered.', []],
  ['Ana Ruiz, director of Zentrix, resigned.', []],
];
for (const [text, names] of CUES) {
  test(`work parts: cues in "${text}"`, () => {
    const t = new Tree(segment(text)[0].tokens);
    assert.deepEqual(workPartCues(t).map((i) => t.tokens[i].text), names);
  });
}
