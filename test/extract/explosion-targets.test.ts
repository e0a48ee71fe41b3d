/**
 * What a bomb went off at or was placed near (src/extract/explosion-targets.ts): a description of
 * a body named before ("near the bank") is that body. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

// [why, text, a triple that must come out]
const DESCRIBED: Array<[why: string, text: string, want: string]> = [
  ['a bank named, then "the bank"', 'A bomb exploded at the entrance of the Velox Bank. The device had been left near the bank.', 'group:unidentified-individual -BOMB-> velox-bank'],
  ['in capitals, a carrier left near it', 'BUENOS AIRES, 3 MAY 90 (NA) -- [TEXT] SHATTERED GLASS AT THE DOOR OF THE TORVALA BANK IS THE RESULT OF A BOMB. THE BOMB HAD BEEN PLACED ON A CART THAT HAD BEEN LEFT NEAR THE BANK.', 'arg-unidentified-individual -BOMB-> torvala-bank'],
  ['in capitals, outside it', 'BUENOS AIRES, 3 MAY 90 (NA) -- [TEXT] THE WINDOWS OF THE CARVELO BANK WERE BROKEN BY A BLAST. THE DEVICE HAD BEEN LEFT OUTSIDE THE BANK.', 'arg-unidentified-individual -BOMB-> carvelo-bank'],
];
for (const [why, text, want] of DESCRIBED) {
  test(`explosion targets: a description of a body named before, ${why} — "${text}" → ${want}`, () => {
    // (the sentence before may give its own triple of the same bank: the one placed near it is wanted)
    findTriple(run(text).filter((t) => t.rule === 'placed:weapon'), want);
  });
}

// [why, text]: no target
const NONE: Array<[why: string, text: string]> = [
  ['a description that names no body', 'The bomb had been left near the bank.'],
  ['a pronoun', 'A bomb exploded outside the Velox Bank. The device had been left near it.'],
];
for (const [why, text] of NONE) {
  test(`explosion targets: no target placed near for ${why} — "${text}"`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.rule === 'placed:weapon'), ts.map((t) => `${show(t)} [${t.rule}]`).join(' | '));
  });
}
