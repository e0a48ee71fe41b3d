/** Typography and ALL-CAPS handling keep every character offset. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText, upperShare } from '../../src/extract/normalize.ts';
import { normalizeDate } from '../../src/extract/time.ts';

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

test('normalize: ALL CAPS keeps a city capitalised only after a preposition of place', () => {
  assert.equal(normalizeText('JUDGE LARRY KIRKUK ARRIVED IN KIRKUK.'), 'judge larry kirkuk arrived in Kirkuk.');
});

const DATES: Array<[string, string]> = [
  ['3 January 2024', '2024-01-03'], ['January 3, 2024', '2024-01-03'], ['30 DEC 89', '1989-12-30'],
  ['March 1999', '1999-03'], ['next year', 'next year'], ['2024-05-01', '2024-05-01'],
];
for (const [expr, want] of DATES) test(`time: "${expr}" → ${want}`, () => assert.equal(normalizeDate(expr), want));
