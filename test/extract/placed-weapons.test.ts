/**
 * A weapon placed or thrown at something is an act on it, by whoever placed it
 * (src/extract/placed-weapons.ts, with src/extract/planted-weapons.ts placedWeapon). Sentences
 * written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

// [why, text, a triple that must come out, its modality]: a weapon placed or thrown at a target is
// a bombing or an attack of it, by whoever placed it
const PLACED_AT: Array<[why: string, text: string, want: string, modality: string]> = [
  ['a bomb placed, no doer written', 'LIMA, 3 JAN 90 (EFE) -- A BOMB WAS PLACED AT A ZENTRIX BANK BRANCH.', 'per-unidentified-individual -BOMB-> Zentrix Bank branch', 'asserted'],
  ['a doer in the "by" phrase', 'LIMA, 3 JAN 90 (EFE) -- THE BOMB WAS PLANTED BY THE ELN OUTSIDE THE ZENTRIX OFFICES.', 'ELN -BOMB-> zentrix offices', 'asserted'],
  ['the active, the place hung on the weapon', 'The ELN placed a bomb at a Zentrix bank branch in Bogota.', 'ELN -BOMB-> Zentrix bank branch', 'asserted'],
  ['grenades thrown: an attack', 'LIMA, 3 JAN 90 (EFE) -- TWO GRENADES WERE HURLED AT THE ZENTRIX OFFICES.', 'per-unidentified-individual -ATTACK-> zentrix offices', 'asserted'],
  ['dynamite the tagger read as an adverb, at a part of a named body', 'LIMA, 3 JAN 90 (EFE) -- THE SHINING PATH HURLED DYNAMITE AGAINST THE DOOR OF THE ZENTRIX INSTITUTE.', 'SHINING_PATH -BOMB-> zentrix-institute', 'asserted'],
  ['a placer only alleged', 'Alleged guerrillas placed a bomb at a Zentrix bank branch in Bogota.', 'group:guerrilla -BOMB-> Zentrix bank branch', 'possible'],
];
for (const [why, text, want, modality] of PLACED_AT) {
  test(`planted weapons: placed at a target, ${why} — "${text}" → ${want} (${modality})`, () => {
    const hit = findTriple(run(text), want);
    assert.equal(hit.rule, 'placed:weapon');
    assert.equal(hit.relation.modality, modality);
  });
}

// [why, text]: no act on where a weapon was put
const NOT_PLACED_AT: Array<[why: string, text: string]> = [
  ['a bomb found there', 'Police found a bomb that had been placed at the Zentrix bank in Lima.'],
  ['a bomb that failed to go off', 'A bomb was placed at the Zentrix bank in Lima, but it failed to explode.'],
  ['a bomb only threatened', 'Callers made threats saying that bombs had been planted in schools in Lima.'],
  ['a bomb named before, moved', 'The police placed the bomb in a nearby garden in Lima, where it went off.'],
  ['a place, not a target', 'LIMA, 3 JAN 90 (EFE) -- SEVERAL BOMBS WERE PLACED AT DIFFERENT SITES IN THE CITY.'],
  ['not a weapon', 'The army placed troops at the Zentrix bank in Lima.'],
  ['a clock time garbled in the wire', 'LIMA, 3 JAN 90 (EFE) -- AT 0LL5 THIS MORNING BOMBS WERE HURLED IN LIMA.'],
];
for (const [why, text] of NOT_PLACED_AT) {
  test(`planted weapons: no act on where a weapon was put: ${why} — "${text}"`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.rule.startsWith('placed:')), ts.map((t) => `${show(t)} [${t.rule}]`).join(' | '));
  });
}

// [why, text, the target wanted, the carrier that must not be one]: a vehicle or a thing the bomb
// was in or on, told to stand at a target, only carried it there (extract/explosion-targets.ts targetsOf)
const CARRIED: Array<[why: string, text: string, want: string, carrier: string]> = [
  ['left on a bicycle that stood near a bank', 'LIMA, 3 JAN 90 (EFE) -- THE EXPLOSIVE DEVICE HAD BEEN LEFT ON A BICYCLE THAT HAD BEEN LEFT NEAR THE ZENTRIX BANK.', 'per-unidentified-individual -BOMB-> zentrix-bank', 'bicycle'],
  ['placed in a station wagon parked outside an embassy', 'LIMA, 3 JAN 90 (EFE) -- A BOMB WAS PLACED IN A STATION WAGON PARKED OUTSIDE THE ZENTRIX EMBASSY.', 'per-unidentified-individual -BOMB-> zentrix embassy', 'station wagon'],
  ['went off in a car the parse hung its participle off', 'LIMA, 3 JAN 90 (EFE) -- A BOMB EXPLODED IN A CAR PARKED IN FRONT OF THE ZENTRIX OFFICES.', 'per-unidentified-individual -BOMB-> zentrix offices', 'car'],
];
for (const [why, text, want, carrier] of CARRIED) {
  test(`placed weapons: a carrier is no target, ${why} — "${text}" → ${want}`, () => {
    const ts = run(text);
    findTriple(ts, want);
    assert.ok(!ts.some((t) => /^(BOMB|ATTACK)$/.test(t.relation.type) && t.object.name.toLowerCase() === carrier), ts.map(show).join(' | '));
  });
}

// [why, text, want]: a vehicle told to stand nowhere, or one a bomb was put under, is the target
const VEHICLE_TARGETS: Array<[why: string, text: string, want: string]> = [
  ['planted in vehicles, told nowhere else', 'SAN SALVADOR, 3 JAN 90 (EFE) -- THE BOMBS WERE PLANTED IN TWO ZENTRIX VEHICLES.', 'slv-unidentified-individual -BOMB-> zentrix vehicles'],
  ['placed under a car parked near a bank', 'LIMA, 3 JAN 90 (EFE) -- A BOMB WAS PLACED UNDER A CAR PARKED NEAR THE ZENTRIX BANK.', 'per-unidentified-individual -BOMB-> car'],
];
for (const [why, text, want] of VEHICLE_TARGETS) {
  test(`placed weapons: a vehicle that is the target, ${why} — "${text}" → ${want}`, () => {
    findTriple(run(text), want);
  });
}

// [why, text, want]: a spot or a part of a building or a vehicle is no target; what it is of is
const SPOTS: Array<[why: string, text: string, want: string]> = [
  ['a floor of a building', 'LIMA, 3 JAN 90 (EFE) -- A BOMB EXPLODED ON THE FIRST FLOOR OF A ZENTRIX BUILDING.', 'per-unidentified-individual -BOMB-> zentrix building'],
  ['the hoods of cars', 'LIMA, 3 JAN 90 (EFE) -- BOMBS WERE PLANTED UNDER THE HOODS OF TWO ZENTRIX CARS.', 'per-unidentified-individual -BOMB-> zentrix cars'],
  ['a spot of nothing named that stands at a building', 'LIMA, 3 JAN 90 (EFE) -- A BOMB EXPLODED IN A PARKING LOT OUTSIDE THE ZENTRIX EMBASSY.', 'per-unidentified-individual -BOMB-> zentrix embassy'],
];
for (const [why, text, want] of SPOTS) {
  test(`placed weapons: a spot hands over to what it is of, ${why} — "${text}" → ${want}`, () => {
    findTriple(run(text), want);
  });
}

test('placed weapons: a spot beside a target is where on it, no target of its own', () => {
  const ts = run('LIMA, 3 JAN 90 (EFE) -- A BOMB WAS PLACED OUTSIDE THE ZENTRIX EMBASSY, IN THE PARKING LOT.');
  findTriple(ts, 'per-unidentified-individual -BOMB-> zentrix embassy');
  assert.ok(!ts.some((t) => t.object.name.toLowerCase() === 'parking lot'), ts.map(show).join(' | '));
});

test('placed weapons: a spot alone stays the target', () => {
  findTriple(run('LIMA, 3 JAN 90 (EFE) -- A BOMB EXPLODED IN THE PARKING LOT.'), 'per-unidentified-individual -BOMB-> parking lot');
});
