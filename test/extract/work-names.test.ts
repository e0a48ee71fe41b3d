/**
 * Titles listed as works (src/extract/work-names.ts, used by extract/analyse.ts): examples of
 * films, albums or books are no actors, in their sentence or later in the document. Sentences
 * written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show } from './_triples.ts';
import { workExampleSpans } from '../../src/extract/work-names.ts';
import { segment } from '../../src/extract/segment.ts';

const nlpTokens = (text: string) => segment(text)[0].tokens;

const actorIds = (text: string) => run(text).flatMap((t) => [t.subject, t.object]).filter((a) => a.type !== 'other').map((a) => a.id);

// [why, text, an actor id that must not come out]
const NOT_ACTORS: Array<[why: string, text: string, id: string]> = [
  ['titles listed after "such as" are works', 'Blockbusters such as Saving Grace Avenue, Tom Brandt and Echo competed with Zentrix for awards.', 'tom-brandt'],
  ['… after "including", in the object', 'Zentrix Pictures released films including Tom Brandt and Harbour Lights.', 'tom-brandt'],
  ['… after "cartoons such as", and later in the document', 'Zentrix bought cartoons such as Tom Brandt. Tom Brandt beat Kelvar Films in the ratings.', 'tom-brandt'],
  ['… and a work is one wherever the document names it', 'Albums including Tom Brandt sold well. Later Tom Brandt beat Kelvar Records in the charts.', 'tom-brandt'],
];
for (const [why, text, id] of NOT_ACTORS) {
  test(`work names: ${why} — "${text}" ↛ ${id}`, () => {
    assert.ok(!actorIds(text).includes(id), run(text).map(show).join(' | '));
  });
}

test('work names: people listed as examples of people stay people ("actors such as X")', () => {
  const text = 'Zentrix Pictures hired actors such as Tom Brandt. Tom Brandt later sued Zentrix Pictures.';
  assert.ok(actorIds(text).includes('tom-brandt'), run(text).map(show).join(' | '));
});

// [text, the titles' spans as written]
const SPANS: Array<[text: string, titles: string[]]> = [
  ['It beat hits such as Shrek 2, Finding Nemo and Echo.', ['Shrek 2', 'Finding Nemo', 'Echo']],
  ['Critics liked films, like Harbour Lights or Echo, this year.', ['Harbour Lights', 'Echo']],
  ['The Films such as Echo.', []],
  ['She met models such as Tom Brandt.', []],
];
for (const [text, titles] of SPANS) {
  test(`work names: the titles listed in "${text}"`, () => {
    const tk = nlpTokens(text);
    assert.deepEqual(workExampleSpans(tk).map(([a, b]) => tk.slice(a, b).map((t) => t.text).join(' ')), titles);
  });
}
