/**
 * Issue 11 §5: a document's triples depend on that document and the settings only, not on what
 * the process read before. Each document is extracted first (the process has read nothing else),
 * then again after other documents that teach wink-nlp's lexicon a possessive kept whole
 * ("… a triumph for Sony's."), which used to make every later "Sony's PlayStation" one token.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractTriples } from '../../src/extract/index.ts';
import type { Doc } from '../../src/types.ts';

const DOCS: Doc[] = [
  { id: 'a', text: "Sony's PlayStation beat Nintendo in Japan last year." },
  { id: 'b', text: "Sony has sued Nintendo. Sony's lawyers accused Nintendo of copying its design." },
  { id: 'c', text: "Toyota's president met Sony's chairman in Tokyo. Sony's shares rose after it signed a deal with Toyota." },
  { id: 'd', text: 'Russia and Belarus signed an agreement on Monday.' },
];
const BEFORE: Doc[] = [
  { id: 'x', text: "Analysts said the new console was a triumph for Sony's. Shares in Toyota's. rose." },
  { id: 'y', text: "Critics of Zorvania's. Keldra's. government met in Quillon's." },
];

const show = (d: Doc) => extractTriples(d).map((t) => JSON.stringify(t));

describe('extraction does not depend on what was read before', () => {
  // (first, before anything else in this process)
  const alone = DOCS.map(show);

  it('gives each document the same triples after other documents', () => {
    for (const d of BEFORE) show(d);
    DOCS.forEach((d, i) => assert.deepEqual(show(d), alone[i], d.id));
    assert.ok(alone[0].some((t) => /"id":"playstation"/.test(t)), 'the PlayStation is read as a name of its own');
  });

  it('gives them the same triples in another order', () => {
    [...DOCS].reverse().forEach((d) => assert.deepEqual(show(d), alone[DOCS.indexOf(d)], d.id));
  });
});
