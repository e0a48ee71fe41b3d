/**
 * A name wire copy sets in quotation marks inside a noun phrase (src/extract/quoted-names.ts): the
 * marks are blanked for reading, offsets kept, so the body or the place is read as one name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankQuotedNames } from '../../src/extract/quoted-names.ts';
import { run, findTriple } from './_triples.ts';

test('quoted names: the marks around a name before the noun of its kind are blanked, the length kept', () => {
  const text = 'LIMA, 3 MAY 90 (EFE) -- THE "TUPAC YUPANQUI" COMMAND CLAIMED THE ATTACK ON THE "LOS ALAMOS" HACIENDA.';
  const out = blankQuotedNames(text);
  assert.equal(out.length, text.length);
  assert.ok(out.includes('THE  TUPAC YUPANQUI  COMMAND') && out.includes('THE  LOS ALAMOS  HACIENDA'), out);
});

const KEPT: Array<[why: string, text: string]> = [
  ['a quotation that ends its phrase is the writer\'s disowning, not a name', 'LIMA, 3 MAY 90 (EFE) -- THE ARMY CONDEMNED THE "ABOMINABLE CRIME" OF THE REBELS.'],
  ['speech', 'LIMA, 3 MAY 90 (EFE) -- "THE ARMY WILL WIN THE WAR," THE GENERAL SAID.'],
  ['mixed case', 'Police said the "Tupac Yupanqui" command claimed it.'],
];
for (const [why, text] of KEPT) {
  test(`quoted names: kept as written: ${why}`, () => { assert.equal(blankQuotedNames(text), text); });
}

test('quoted names: the body named in quotation marks is the doer ("THE \\"ZENTA ROJA\\" GROUP KIDNAPPED …")', () => {
  findTriple(run('LIMA, 3 MAY 90 (EFE) -- THE "ZENTA ROJA" GROUP KIDNAPPED TWO ENGINEERS.'), 'zenta-roja-group -KIDNAP-> engineers');
});
