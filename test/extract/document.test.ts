import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractDocument } from '../../src/extract/document.ts';
import { extractTriples } from '../../src/extract/index.ts';
import { resolveSettings } from '../../src/settings.ts';
import type { Triple } from '../../src/types.ts';

const seed = readFileSync('data/seed/belousov-union-state.txt', 'utf8');
const all = (doc: { id: string; text: string }, maxPieceChars?: number): Triple[] =>
  [...extractDocument(doc, resolveSettings(maxPieceChars ? { maxPieceChars } : {}))].flat();
const fact = (t: Triple) => `${t.subject.id} ${t.relation.type} ${t.object.id} ${t.rule} ${t.evidence.text}`;

test('a document that fits in one piece gives exactly what extractTriples gives', () => {
  const doc = { id: 'seed', text: seed };
  assert.deepEqual(all(doc), extractTriples(doc));
});

test('a long document read in pieces: every triple placed in the whole text, ids unique, sentences numbered on', () => {
  const text = `${seed}\n\n${seed}`;
  // (the cut falls on the blank line between the copies: the second piece is the seed again)
  const triples = all({ id: 'two', text }, seed.length + 10);
  const once = extractTriples({ id: 'two', text: seed });
  assert.equal(triples.length, 2 * once.length, 'each copy gives the seed triples');
  for (const t of triples) assert.equal(text.slice(t.evidence.start, t.evidence.end), t.evidence.text, `offsets of ${fact(t)}`);
  assert.equal(new Set(triples.map((t) => t.id)).size, triples.length, 'ids unique across pieces');
  const [first, second] = [triples.slice(0, once.length), triples.slice(once.length)];
  assert.deepEqual(second.map(fact), first.map(fact), 'the second copy reads as the first');
  const sentences = Math.max(...first.map((t) => t.evidence.sentence)) + 1;
  for (let i = 0; i < first.length; i++) {
    assert.equal(second[i].evidence.start, first[i].evidence.start + seed.length + 2);
    assert.ok(second[i].evidence.sentence >= sentences, 'the second piece numbers its sentences after the first');
    assert.equal(second[i].evidence.sentence - first[i].evidence.sentence, second[0].evidence.sentence - first[0].evidence.sentence);
  }
});
