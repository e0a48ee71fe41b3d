/**
 * actorgraph/extract/explosions — a bomb that went off where someone put it: "a bomb exploded at
 * the headquarters of the shoe workers' union", "two car bombs went off outside the embassy". News
 * of political violence tells most bombings this way, with no doer and no verb of attack; the act
 * is a bombing of the place it went off at, by the unidentified individuals of the country where it
 * happened (extract/unattributed.ts), so the target and the time reach the graph.
 *
 * Only a bomb's own verb of going off, told as a fact; the target is what the bomb went off at,
 * outside, inside or near (a building, a vehicle, a body; not a country or a region, which is
 * where, and not a time); never where the sentence is an accident or names who answers for it.
 */
import type { Actor } from '../types.js';
import type { Analysed } from './analyse.js';
import type { Home } from './home.js';
import type { VerbInfo } from './predicate.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import { isPeople, mayBeUnattributed, nobodyAnswers, unidentifiedAgent } from './unattributed.js';
import { homeActor } from './unnamed.js';
import { HARM_VERBS, TIME_NOUNS } from '../lexicon.js';

/** Things that go off. */
const BOMBS = /^(bomb|bombs|device|devices|explosive|explosives|charge|charges|grenade|grenades|mine|mines|dynamite|car-bomb|carbomb)$/;
/** Verbs of going off (with their particle where they need one). */
const GO_OFF = /^(explode|detonate|blast)$/;
/** Nouns of a place, not a target: "in this city", "in the Chapinero neighborhood". */
const PLACE = /^(city|town|village|area|areas|neighborhood|neighbourhood|district|zone|province|department|region|street|avenue|road|highway|alley|corner|block|capital|country|sector|suburb|municipality|outskirts|centre|center|downtown|place|places|heart|middle|part|parts|vicinity)$/;
/** Parts of a building or a vehicle, which hand over to their "of" phrase. */
const PART = /^(front|back|rear|side|gate|gates|door|doors|entrance|exit|wall|walls|roof|window|windows|bathroom|lobby|basement|parking|garage|yard)$/;
/** Verbs of what a bomb did to what it went off at. */
const WRECK = /^(destroy|damage|wreck|demolish|shatter|hit|level|raze|gut)$/;
/** Times of day a bomb goes off at. */
const CLOCK = /^(dawn|dusk|noon|midnight|midday|daybreak|nightfall|sunrise|sunset|night|gmt|\d{4}|\d{1,2}:\d{2})$/;
/** Where a bomb goes off at a target. */
const AT = /^(at|outside|inside|near|opposite|on|against|in|beside|under|behind)$/;

export interface Explosion { head: number; agent: Actor; targets: number[]; verb: VerbInfo; rule: 'explosion:unattributed' | 'existential:attack' | 'harm:unattributed' }

export function findExplosions(a: Analysed, home: Home | undefined, g: Gazetteer): Explosion[] {
  const t = a.tree, out: Explosion[] = [];
  if (!nobodyAnswers(a)) return out;
  const unknown = mayBeUnattributed(a);
  for (const c of unknown ? a.clauses : []) {
    const v = c.head, lemma = t.lemma(v);
    const off = lemma === 'go' && t.childrenBy(v, 'compound:prt').some((p) => t.lower(p) === 'off');
    // ("three bombs destroyed a checkpoint": what a bomb wrecked is what it went off at)
    const wrecked = WRECK.test(lemma);
    if (!(GO_OFF.test(lemma) || off || wrecked) || c.verb.passive || c.verb.negated || c.verb.modality !== 'asserted' || c.verb.tense === 'future') continue;
    const subj = t.child(v, 'nsubj');
    if (subj === undefined || !BOMBS.test(t.lower(subj))) continue;
    const targets = targetsOf(a, wrecked ? t.childrenBy(v, 'obj') : t.childrenBy(v, 'obl'));
    if (targets.length) out.push({ head: v, agent: unidentifiedAgent(a, v, home, g), targets, verb: { ...c.verb, lemma: 'bomb', lemmas: ['bomb'], label: 'bomb' }, rule: 'explosion:unattributed' });
  }
  // "There was a terrorist attack at the central market": an attack told as there being one
  for (let v = 0; v < t.tokens.length; v++) {
    if (t.lemma(v) !== 'be' || !t.childrenBy(v, 'expl').some((x) => t.lower(x) === 'there')) continue;
    const n = t.child(v, 'nsubj');
    if (n === undefined || !ATTACKS.test(t.lower(n)) || t.childrenBy(n, 'det').some((d) => t.lower(d) === 'no') || t.childrenBy(v, 'advmod').some((x) => /^(not|never|n't)$/.test(t.lower(x)))) continue;
    if (!/^VB[DZP]$/.test(t.xpos(v))) continue;
    const targets = targetsOf(a, t.childrenBy(n, 'nmod'));
    if (!targets.length) continue;
    // (a word before the noun that says whose kind of attack it is: "a terrorist attack" → terrorists)
    const kind = t.children(n).find((x) => x < n && /^(compound|amod)$/.test(t.rel(x)) && DOERS[t.lower(x)]);
    // (any other doer named in the sentence, "an FMLN attack", answers for it: extract/unattributed.ts)
    if (kind === undefined && !unknown) continue;
    const agent = kind !== undefined ? doerOf(a, v, home, g, t.lower(kind), DOERS[t.lower(kind)]) : unidentifiedAgent(a, v, home, g);
    const lemma = /^(bombing|bombings|explosion|explosions|blast)$/.test(t.lower(n)) ? 'bomb' : 'attack';
    out.push({ head: v, agent, targets, verb: { lemma, lemmas: [lemma], label: lemma, negated: false, modality: 'asserted', tense: t.xpos(v) === 'VBD' ? 'past' : 'present', passive: false }, rule: 'existential:attack' });
  }
  // "the bomb wounded six passersby", "two terrorist bombings have wounded six persons": people a
  // bomb or an attack harmed, told actively, were harmed by its doers
  for (const c of a.clauses) {
    const v = c.head;
    if (!HARM_VERBS.test(c.verb.lemma) || c.verb.passive || c.verb.negated || c.verb.modality !== 'asserted' || c.verb.tense === 'future') continue;
    // (a bare participle describes, "the mothers of missing and murdered people": no act of its own)
    if (t.xpos(v) === 'VBN' && !t.childrenBy(v, 'aux').length) continue;
    // (the subject read off its mention: the chunk patterns find such clauses where the parse fails)
    const words = c.subjects.map((k) => (a.resolved.get(k)?.[0]?.type ?? 'other') === 'other' ? (a.mentions.get(k)?.concept ?? '').toLowerCase().split(/\s+/) : []);
    if (!words.length || !words.every((w) => BOMBS.test(w[w.length - 1]) || ATTACKS.test(w[w.length - 1]))) continue;
    const victims = c.objects.filter((k) => isPeople(a, k));
    if (!victims.length) continue;
    // (a word before the noun that says whose kind of attack it is: "terrorist bombings" → terrorists)
    const kind = words[0].slice(0, -1).find((w) => DOERS[w]);
    if (kind === undefined && !unknown) continue;
    const agent = kind !== undefined ? doerOf(a, v, home, g, kind, DOERS[kind]) : unidentifiedAgent(a, v, home, g);
    out.push({ head: v, agent, targets: victims, verb: c.verb, rule: 'harm:unattributed' });
  }
  // (one per verb: the clause finder may read a verb twice)
  return out.filter((e, i) => out.findIndex((f) => f.head === e.head) === i);
}

/** Nouns of an attack that "there was" tells of. */
const ATTACKS = /^(attack|attacks|bombing|bombings|explosion|explosions|blast|raid|raids|ambush|assault)$/;
/** Words before an attack noun naming the kind of its doers, and their plural. */
const DOERS: Record<string, string> = { terrorist: 'terrorists', guerrilla: 'guerrillas', rebel: 'rebels', insurgent: 'insurgents', subversive: 'subversives', paramilitary: 'paramilitaries' };

/** The doers a kind word names, of the country where the act happened (as unidentifiedAgent places it). */
function doerOf(a: Analysed, h: number, home: Home | undefined, g: Gazetteer, singular: string, plural: string): Actor {
  const unknown = unidentifiedAgent(a, h, home, g);
  return unknown.country ? homeActor(unknown.country, singular, plural, 'group', plural, g) : { id: `group:${singular}`, name: plural, type: 'group', mention: plural };
}

/**
 * The targets among phrases at, outside, near … a place (`phrases`: obliques or noun modifiers):
 * what a bomb went off at or an attack was against. A part of a building hands over to the
 * building; a time, a street, a district, a country or a relative pronoun is none.
 */
function targetsOf(a: Analysed, phrases: number[]): number[] {
  const t = a.tree, targets: number[] = [];
  for (const x0 of phrases) {
    // ("in which over 70 bombs exploded": the antecedent is no target)
    // (an object has no case word: "destroyed a checkpoint")
    if ((t.rel(x0) !== 'obj' && !AT.test(t.caseWord(x0))) || /^(which|where|whom|that)$/.test(t.lower(x0))) continue;
    // ("in front of the embassy", "at the gate of the university": the part hands over to the whole)
    let x = x0;
    for (let n = 0; n < 3 && PART.test(t.lower(x)); n++) {
      const of = t.childrenBy(x, 'nmod').find((y) => t.caseWord(y) === 'of');
      if (of === undefined) break;
      x = of;
    }
    if (PLACE.test(t.lower(x)) || t.children(x).some((c) => /^\d{4}$/.test(t.lower(c)) || t.lower(c) === 'gmt')) continue;
    const k = a.args.mentionOf(x);
    const m = k >= 0 ? a.mentions.get(k) : undefined;
    if (!m || (m.kind !== 'concept' && m.kind !== 'actor')) continue;
    const actor = a.resolved.get(k)?.[0];
    // (a country or a region is where it happened, and "in" a thing only for a thing: "in the bathroom")
    if (actor && (actor.type === 'country' || actor.type === 'location')) continue;
    // (the whole a part hands over to is a target whatever the case word: "in the bathroom of the institute")
    if (t.caseWord(x0) === 'in' && m.kind !== 'concept' && x === x0) continue;
    // ("at dawn", "at 0340": when, not what)
    if (TIME_NOUNS.has(t.lower(x)) || CLOCK.test(t.lower(x)) || t.upos(x) === 'NUM') continue;
    if (!targets.includes(k)) targets.push(k);
  }
  return targets;
}
