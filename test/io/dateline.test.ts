/**
 * io/dateline: the wire dateline at the head of a story → the document's place (Doc.place), read
 * by recordToDoc (JSONL) and textToDoc (files). Lines written for the test, in the agencies' forms.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchDateline } from '../../src/io/dateline.ts';
import { recordToDoc } from '../../src/io/record.ts';
import { textToDoc } from '../../src/io/convert.ts';

const LINES: Array<[line: string, place: string | null, qualifier?: string, rest?: string]> = [
  ['SAN SALVADOR, 3 JAN 90 -- [REPORT] [TEXT] THE ARMY SAID …', 'SAN SALVADOR', undefined, 'THE ARMY SAID …'],
  ['CARACAS (VENEZUELA), 30 AUG 89 (DPA) -- [TEXT] TWO BOMBS …', 'CARACAS', 'VENEZUELA', 'TWO BOMBS …'],
  ['LIMA, 12 MAR 90 -- THE POLICE HAVE ARRESTED …', 'LIMA', undefined, 'THE POLICE HAVE ARRESTED …'],
  ['BOGOTA, NO DATE -- A CAR BOMB …', 'BOGOTA', undefined, 'A CAR BOMB …'],
  ['LONDON (Reuters) - Oil prices rose on Monday.', 'LONDON', 'Reuters', 'Oil prices rose on Monday.'],
  ['TEGUCIGALPA, Jan 4, 1990 (AFP) -- Honduran troops …', 'TEGUCIGALPA', undefined, 'Honduran troops …'],
  ['PORT-AU-PRINCE, 7 FEB 90 (RADIO METROPOLE) -- …', 'PORT-AU-PRINCE', undefined, '…'],
  ['BOGOTA, 27 APR 90 [RADIO CADENA 1) -- [SPEECH] [TEXT] I AM HAPPY …', 'BOGOTA', undefined, 'I AM HAPPY …'],
  ['SAN SALVADOR, 17 NOV 89 (INTERPRESS AGENCY [IPS]) -- [TEXT] THE PARTIES …', 'SAN SALVADOR', undefined, 'THE PARTIES …'],
  // not datelines: a sentence with a dash, a headline, a date with no place first
  ['NATO - the alliance said it would meet.', null],
  ['Ad sales boost Time Warner profit', null],
  ['3 JAN 90 -- THE ARMY SAID …', null],
  ['The army said, 3 Jan 90 -- nothing.', null],
];
for (const [line, place, qualifier, rest] of LINES) {
  test(`matchDateline(${JSON.stringify(line.slice(0, 40))}) → ${place ?? 'none'}`, () => {
    const m = matchDateline(line);
    if (place === null) return assert.equal(m, undefined);
    assert.ok(m);
    assert.equal(m.place, place);
    assert.equal(m.qualifier, qualifier);
    assert.equal(line.slice(m.end), rest, 'the dateline and its editorial tags end where the story begins');
  });
}

// [line, the source its brackets after the date name]
const SOURCES: Array<[string, string | undefined]> = [
  ['CARACAS (VENEZUELA), 30 AUG 89 (DPA) -- [TEXT] TWO BOMBS …', 'DPA'],
  ['PORT-AU-PRINCE, 7 FEB 90 (RADIO METROPOLE) -- …', 'RADIO METROPOLE'],
  ['BOGOTA, 27 APR 90 [RADIO CADENA 1) -- [SPEECH] [TEXT] I AM HAPPY …', 'RADIO CADENA 1'],
  ['LIMA, 12 MAR 90 -- THE POLICE HAVE ARRESTED …', undefined],
];
for (const [line, source] of SOURCES) {
  test(`matchDateline(${JSON.stringify(line.slice(0, 40))}) → source ${source ?? 'none'}`, () => assert.equal(matchDateline(line)?.source, source));
}

test('a JSONL record keeps its "dateline" (MUC-3) or "place" field as the document\'s place, else reads its text\'s dateline', () => {
  assert.equal(recordToDoc({ id: 'm1', dateline: 'SAN SALVADOR', text: 'SAN SALVADOR, 3 JAN 90 -- …' }, 'f.jsonl', 1).place, 'SAN SALVADOR');
  assert.equal(recordToDoc({ id: 'm2', place: 'Kyiv', text: 'Talks began.' }, 'f.jsonl', 2).place, 'Kyiv');
  assert.equal(recordToDoc({ id: 'm3', text: 'LIMA, 12 MAR 90 -- THE POLICE …' }, 'f.jsonl', 3).place, 'LIMA');
  assert.equal(recordToDoc({ id: 'm4', dateline: null, text: 'Ad sales boost Time Warner profit' }, 'f.jsonl', 4).place, undefined);
  // a CaRB sentence is one sentence, not a story: no dateline read from it
  assert.equal(recordToDoc({ sentence: 'LIMA, 12 MAR 90 -- THE POLICE …' }, 'f.jsonl', 5).place, undefined);
});

test('a text file opening with a dateline has that place; one without has none', () => {
  assert.equal(textToDoc('text', 'BOGOTA, NO DATE -- A CAR BOMB EXPLODED.\n', 'a.txt').place, 'BOGOTA');
  assert.equal(textToDoc('text', 'A car bomb exploded in Bogota.\n', 'b.txt').place, undefined);
});

// (a time bomb the fuzzer found: side-by-side unbounded gaps backtracked polynomially over a run of
// spaces; 200 spaces took 22 s. The bound below only catches a hang, it measures nothing.)
test('a long run of spaces after a capital is no dateline, and is read at once', { timeout: 20_000 }, () => {
  for (const n of [200, 5000, 200_000]) assert.equal(matchDateline(`A${' '.repeat(n)}b`), undefined);
  assert.equal(matchDateline(`LIMA, 12 MAR 90 --${' '.repeat(50)}THE POLICE`)?.place, 'LIMA');
});

test('the editorial tags after the dash are kept, without their brackets', () => {
  assert.deepEqual(matchDateline('LIMA, 12 MAR 90 (RADIO) -- [COMMUNIQUE] [SHINING PATH, PCP] [TEXT] WE …')?.tags, ['COMMUNIQUE', 'SHINING PATH, PCP', 'TEXT']);
  assert.equal(matchDateline('LIMA, 12 MAR 90 -- THE POLICE …')?.tags, undefined);
});
