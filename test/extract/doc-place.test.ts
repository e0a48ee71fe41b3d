/**
 * The document's place read from its text when it has no dateline (src/extract/doc-place.ts): the
 * first country or capital named, or the first other place the text uses as a place ("in Leeds");
 * a town's name used as a firm's or part of a person's is passed over. Sentences written for it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTriples } from '../../src/extract/index.ts';

type Row = [why: string, text: string, place: string | undefined];

const ROWS: Row[] = [
  ['a country anywhere', 'Sony said profits rose. Japan welcomed the news from Sony.', 'Japan'],
  ['a town used as a place', 'Halifax said profits rose. Halifax closed branches in Leeds and sacked Tom Brady.', 'Leeds'],
  ['a town named as a firm is no place', 'Halifax praised Tom Brady. Halifax sacked Anna Berg.', undefined],
  ['a name the recogniser took for a place, not used as one, is none', 'The insurer Marsh McLennan paid fines to Eliot Spitzer.', undefined],
  ['a capital anywhere', 'Nairobi welcomed Tom Brady. Anna Berg praised Kenya.', 'Nairobi'],
];

for (const [why, text, place] of ROWS) {
  test(`document place: ${why} — "${text}"`, () => {
    const ts = extractTriples({ id: 'd', text });
    assert.ok(ts.length, 'no triple to carry the place');
    assert.equal(ts[0].evidence.place?.name, place, JSON.stringify(ts[0].evidence.place));
  });
}
