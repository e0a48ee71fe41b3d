/** Typography and ALL-CAPS handling keep every character offset. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText, upperShare } from '../../src/extract/normalize.ts';
import { anchorDate, normalizeDate } from '../../src/extract/time.ts';
import { extractTriples } from '../../src/extract/index.ts';

const SAME_LENGTH = [
  '“This is” — he said',
  'SAN SALVADOR, 3 JAN 90 -- THE ARMY ATTACKED FMLN POSITIONS IN EL SALVADOR.',
  'Tabs\tand\u00a0nbsp and \u2009thin spaces',
];
for (const s of SAME_LENGTH) test(`normalize: same length for ${JSON.stringify(s.slice(0, 30))}`, () => assert.equal(normalizeText(s).length, s.length));

test('normalize: curly quotes and dashes become plain', () => assert.equal(normalizeText('“a” – b'), '"a" - b'));
test('normalize: ALL CAPS is truecased with known names capitalised', () => {
  const out = normalizeText('THE ARMY ATTACKED FMLN POSITIONS IN EL SALVADOR.');
  // sentence starts stay lower case on purpose (see normalize.ts); names are capitalised
  assert.match(out, /^the army attacked FMLN positions in El Salvador\.$/);
  assert.ok(upperShare('ABC def') > 0.4 && upperShare('ABC def') < 0.6);
});

test('normalize: bidi controls (U+202E …) never reach an actor name or mention; evidence keeps the original', () => {
  assert.equal(normalizeText('Pedro \u202eSilva \u2066met\u2069 \u200fBrazil'), 'Pedro  Silva  met   Brazil');
  const text = 'Pedro \u202eSilva, the ambassador of Brazil, criticized Russia. Zorvania\u202e attacked Belarus.';
  const triples = extractTriples({ id: 'bidi', text });
  assert.ok(triples.length > 0);
  const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
  for (const t of triples) {
    for (const a of [t.subject, t.object, t.attribution]) {
      if (a) assert.doesNotMatch(`${a.id} ${a.name} ${a.mention ?? ''}`, BIDI, JSON.stringify(a));
    }
  }
  assert.ok(triples.some((t) => t.subject.name === 'Pedro Silva'), triples.map((t) => t.subject.name).join());
  assert.ok(triples.some((t) => BIDI.test(t.evidence.text)), 'the evidence sentence is the original text');
});

test('normalize: ALL CAPS keeps a city capitalised only after a preposition of place', () => {
  assert.equal(normalizeText('JUDGE LARRY KIRKUK ARRIVED IN KIRKUK.'), 'judge larry kirkuk arrived in Kirkuk.');
});

const DATES: Array<[string, string]> = [
  ['3 January 2024', '2024-01-03'], ['January 3, 2024', '2024-01-03'], ['30 DEC 89', '1989-12-30'],
  ['March 1999', '1999-03'], ['next year', 'next year'], ['2024-05-01', '2024-05-01'],
];
for (const [expr, want] of DATES) test(`time: "${expr}" → ${want}`, () => assert.equal(normalizeDate(expr), want));

// 2005-03-09 is a Wednesday.
const ANCHORED: Array<[expr: string, future: boolean, want: string]> = [
  ['Monday', false, '2005-03-07'],
  ['on Monday', true, '2005-03-14'],
  ['Wednesday', false, '2005-03-02'],
  ['next Friday', false, '2005-03-11'],
  ['yesterday', false, '2005-03-08'],
  ['today', false, '2005-03-09'],
  ['tomorrow', true, '2005-03-10'],
  ['last year', false, '2004'],
  ['next year', true, '2006'],
  ['last month', false, '2005-02'],
  ['December', false, '2004-12'],
  ['December', true, '2005-12'],
  ['January', false, '2005-01'],
  ['2001-09-11', false, '2001-09-11'],
  ['3 JAN', false, '2005-01-03'],
  ['28 September', false, '2004-09-28'],
  ['March 20', true, '2005-03-20'],
  ['March 2', true, '2006-03-02'],
  ['the Cold War', false, 'the Cold War'],
];
for (const [expr, future, want] of ANCHORED) {
  test(`time: "${expr}" in a ${future ? 'future' : 'past'} clause dated 2005-03-09 → ${want}`, () => assert.equal(anchorDate(expr, '2005-03-09', future), want));
}
test('time: without a document date a relative expression stays as written', () => {
  assert.equal(anchorDate('Monday', undefined, false), 'Monday');
  assert.equal(anchorDate('Monday', 'not a date', false), 'Monday');
});
test('time: a triple in a dated document carries the absolute date', () => {
  const ts = extractTriples({ id: 'd', date: '2005-03-09', text: 'Russia and Belarus signed a treaty on Monday.' });
  assert.ok(ts.length > 0);
  assert.ok(ts.every((t) => t.time === '2005-03-07'), ts.map((t) => t.time).join(', '));
});
