/**
 * actorgraph/extract/explosion-targets — what a bomb went off at or an attack was made on, read
 * off the phrases at, outside, near … it (extract/explosions.ts, extract/placed-weapons.ts): a
 * building, a vehicle, people; a part of a building hands over to the building, and a carrier or a
 * spot told to stand at a target to that target, and a description ("the bank") to the body named
 * before it; not a place, a country or a time.
 */
import type { Analysed } from './analyse.js';
import { TIME_NOUNS } from '../lexicon.js';

/** Nouns of a place, not a target: "in this city", "in the Chapinero neighborhood". */
const PLACE = /^(city|town|village|area|neighborhood|neighbourhood|district|zone|province|department|region|street|avenue|road|highway|alley|corner|block|capital|country|sector|suburb|municipality|outskirts|centre|center|downtown|place|heart|middle|part|vicinity|marker|km|kilometer|kilometre|jurisdiction|hand|percent|site|route|path|trail|mountain|hill)s?$|^(cities|communities|countries|municipalities)$/;
/** Parts and spots of a building or a vehicle ("the first floor of a building", "the parking lot of the palace", "the hoods of the cars"), which hand over to their "of" phrase. */
const PART = /^(front|back|rear|side|gate|gates|door|doors|entrance|exit|wall|walls|roof|window|windows|windowpanes|glass|glasses|facade|facing|shelves|masonry|section|sections|bathroom|lobby|basement|parking|garage|yard|floor|floors|lot|lots|hood|hoods|windshield|windshields)$/;
/** Times of day a bomb goes off at. */
const CLOCK = /^(dawn|dusk|noon|midnight|midday|daybreak|nightfall|sunrise|sunset|night|gmt|\d{4}|\d{1,2}:\d{2})$/;
/** Where a bomb goes off at a target. */
const AT = /^(at|outside|inside|near|opposite|on|against|in|beside|under|behind)$/;
/** Nouns of an attack that "there was" tells of (and no target: "in the first attack"); extract/explosions.ts reads them too. */
export const ATTACKS = /^(attack|attacks|bombing|bombings|explosion|explosions|blast|raid|raids|ambush|assault)$/;

/** Vehicles and things a bomb is carried or hidden in or on. */
const CARRIERS = /^(bicycles?|bikes?|motorcycles?|cars?|vehicles?|wagons?|trucks?|vans?|jeeps?|taxis?|pickups?|buses|bus|carts?|box|boxes|packages?|parcels?|bags?|suitcases?|briefcases?|baskets?|containers?)$/;

/**
 * The phrases of where a carrier stood: its own "near the bank", or those of the participle or
 * relative clause on it ("parked outside the embassy", "that had been left near the bank"), also
 * where the parse hung the participle right after it on the verb ("exploded in a car parked in front of …").
 */
function carriedTo(t: Analysed['tree'], x: number): number[] {
  const stood = [...t.childrenBy(x, 'acl', 'acl:relcl'), ...(x + 1 < t.tokens.length && t.rel(x + 1) === 'advcl' && /^VB[NG]$/.test(t.xpos(x + 1)) ? [x + 1] : [])];
  return [...t.childrenBy(x, 'nmod'), ...stood.flatMap((v) => t.childrenBy(v, 'obl'))];
}

/**
 * The targets among phrases at, outside, near … a place (`phrases`: obliques or noun modifiers):
 * what a bomb went off at or an attack was against. A part of a building hands over to the
 * building; a time, a street, a district, a country or a relative pronoun is none.
 */
export function targetsOf(a: Analysed, phrases: number[]): number[] {
  const t = a.tree, targets: number[] = [];
  // (spots of nothing named: "in the parking lot", "at the entrance")
  const spots = new Set<number>();
  for (const x0 of phrases) {
    // ("in which over 70 bombs exploded": the antecedent is no target)
    // (an object has no case word: "destroyed a checkpoint")
    // (an object's conjunct is an object too: "damaged a pharmacy and a hotel")
    const object = t.rel(x0) === 'obj' || (t.rel(x0) === 'conj' && t.rel(t.head(x0)) === 'obj');
    if ((!object && !AT.test(t.caseWord(x0))) || /^(which|where|whom|that)$/.test(t.lower(x0))) continue;
    // ("in front of the embassy", "at the gate of the university": the part hands over to the whole)
    let x = x0;
    for (let n = 0; n < 3 && PART.test(t.lower(x)); n++) {
      // (parts listed before one "of": "the doors and walls of the offices")
      const of = [x, ...t.conjuncts(x)].flatMap((p) => t.childrenBy(p, 'nmod')).find((y) => t.caseWord(y) === 'of');
      if (of === undefined) break;
      x = of;
    }
    if (PLACE.test(t.lower(x)) || t.children(x).some((c) => /^\d{4}$/.test(t.lower(c)) || t.lower(c) === 'gmt')) continue;
    // ("left on a bicycle that had been left near the bank", "placed in a station wagon parked
    // outside the embassy": a vehicle or a thing the bomb was in or on, itself told to stand at a
    // target, only carried the bomb there; the target is what it stood at. One told nowhere, "planted
    // in two government vehicles", is the target itself.)
    // (where it stood is read as a target, or is none the text makes known, "near the bank" with no bank named: the carrier is none either way)
    // (and so does a spot of nothing named that stands at a target: "in a parking lot outside the embassy")
    const spot = PART.test(t.lower(x));
    if ((CARRIERS.test(t.lower(x)) && /^(in|on|inside|aboard)$/.test(t.caseWord(x0))) || spot) {
      const stood = carriedTo(t, x).filter((y) => (/^(at|outside|near|opposite|beside|behind|against)$/.test(t.caseWord(y)) || t.lower(y) === 'front') && !PLACE.test(t.lower(y)));
      if (stood.length) {
        for (const k of targetsOf(a, stood)) if (!targets.includes(k)) targets.push(k);
        continue;
      }
    }
    const k = a.args.mentionOf(x);
    const m = k >= 0 ? a.mentions.get(k) : undefined;
    const actor = a.resolved.get(k)?.[0];
    // ("left near the bank" after "the Velox Bank": a description of a body named before is that
    // body; one that names none, or a pronoun, is no target)
    if (!m || (m.kind !== 'concept' && m.kind !== 'actor' && !(m.kind === 'generic' && actor && actor.type !== 'other'))) continue;
    // (a country or a region is where it happened, and "in" a thing only for a thing: "in the bathroom")
    if (actor && (actor.type === 'country' || actor.type === 'location')) continue;
    // (the whole a part hands over to is a target whatever the case word: "in the bathroom of the institute")
    if (t.caseWord(x0) === 'in' && m.kind !== 'concept' && x === x0) continue;
    // ("at dawn", "at 0340": when, not what; "in the first attack": which act, not what it hit)
    // (nor a word with a digit in it, a clock time garbled in the wire: "at 0ll5 this morning")
    if (TIME_NOUNS.has(t.lower(x)) || CLOCK.test(t.lower(x)) || t.upos(x) === 'NUM' || /\d/.test(t.lower(x)) || ATTACKS.test(t.lower(x))) continue;
    if (!targets.includes(k)) targets.push(k);
    if (spot) spots.add(k);
  }
  // ("placed outside the embassy, in the parking lot": a spot beside a target is where on it)
  return targets.some((k) => !spots.has(k)) ? targets.filter((k) => !spots.has(k)) : targets;
}
