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

// [why, text, a triple that must come out]: an attack told anew on someone named before
const ATTACKED: Array<[why: string, text: string, want: string]> = [
  ['an attack on "the officer"', 'Colonel Tom Vale left Medellin on Monday. There was an attack on the officer at dawn.', 'group:unidentified-individual -ATTACK-> tom-vale'],
];
for (const [why, text, want] of ATTACKED) {
  test(`explosion targets: a description of a person named before, ${why} — "${text}" → ${want}`, () => {
    assert.equal(findTriple(run(text), want).rule, 'existential:attack');
  });
}

// [why, text]: no target
const NONE: Array<[why: string, text: string]> = [
  ['a description that names no body', 'The bomb had been left near the bank.'],
  ['a pronoun', 'A bomb exploded outside the Velox Bank. The device had been left near it.'],
  ['the attack told again, on "the officer", whose doer the sentence before gave', 'The Extraditables claimed responsibility for the murder of Colonel Tom Vale. The criminal attack on the officer occurred a month after another killing.'],
];
for (const [why, text] of NONE) {
  test(`explosion targets: no target of an unknown doer for ${why} — "${text}"`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => /^(placed:weapon|existential:attack)$/.test(t.rule ?? '')), ts.map((t) => `${show(t)} [${t.rule}]`).join(' | '));
  });
}
