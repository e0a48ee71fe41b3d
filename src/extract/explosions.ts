/**
 * actorgraph/extract/explosions — a bomb that went off where someone put it: "a bomb exploded at
 * the headquarters of the shoe workers' union", "two car bombs went off outside the embassy". News
 * of political violence tells most bombings this way, with no doer and no verb of attack; the act
 * is a bombing of the place it went off at, by the unidentified individuals of the country where it
 * happened (extract/unattributed.ts), so the target and the time reach the graph.
 *
 * Only a bomb's own verb of going off, told as a fact; the target is what the bomb went off at,
 * outside, inside or near (a building, a vehicle, a body; not a country or a region, which is
 * where, and not a time: extract/explosion-targets.ts); never where the sentence is an accident or
 * names who answers for it.
 */
import type { Actor } from '../types.js';
import type { Analysed } from './analyse.js';
import type { Home } from './home.js';
import type { VerbInfo } from './predicate.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import { isPeople, mayBeUnattributed, nobodyAnswers, unidentifiedAgent } from './unattributed.js';
import { homeActor } from './unnamed.js';
import { HARM_VERBS, TIME_NOUNS } from '../lexicon.js';
import { prepositionalParticiple } from './prepositional.js';
import { ATTACKS, targetsOf } from './explosion-targets.js';

/** Things that go off. */
const BOMBS = /^(bomb|bombs|device|devices|explosive|explosives|charge|charges|grenade|grenades|mine|mines|dynamite|car-bomb|carbomb)$/;
/** Verbs of going off (with their particle where they need one). */
const GO_OFF = /^(explode|detonate|blast)$/;
/** Verbs of what a bomb did to what it went off at. */
const WRECK = /^(destroy|damage|wreck|demolish|shatter|hit|level|raze|gut)$/;

/** Buildings, installations and units an attack of force is made on. */
const STRUCTURES = /^(installations?|headquarters|offices?|buildings?|embassy|embassies|stations?|barracks|bases?|garrisons?|plants?|pipelines?|towers?|banks?|branch|branches|residences?|homes?|houses?|facilities|premises|posts?|checkpoints?|buses|vehicles?|convoys?|patrols?|trucks?|outposts?|camps?)$/;

/** Armed men and forces an attack of force is made on: "attacks against police forces", "an attack on troops". */
const ARMED_TARGETS = /^(forces|troops|soldiers|policemen|guards|army|militia|militiamen|guerrillas|rebels)$/;

/** Nouns of news about an event: an attack told of through them is not their holder's. */
const REPORT_NOUNS = /^(reports?|news|details?|information|accounts?|footage|pictures|updates?|word)$/;

export interface Explosion { head: number; agent: Actor; targets: number[]; verb: VerbInfo; rule: 'explosion:unattributed' | 'existential:attack' | 'carried:attack' | 'harm:unattributed' | 'placed:weapon' }

/**
 * Does the document report political violence: three words (`least`) of its dead, wounded, weapons
 * or armed doers (VIOLENCE)? An "attack" in it is one of force.
 */
export function isViolenceReport(text: string, least = 3): boolean {
  let n = 0;
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) if (VIOLENCE.test(w) && ++n >= least) return true;
  return false;
}

/** `violent`: the document reports political violence (isViolenceReport). */
export function findExplosions(a: Analysed, home: Home | undefined, g: Gazetteer, violent = false): Explosion[] {
  const t = a.tree, out: Explosion[] = [];
  if (!nobodyAnswers(a)) return out;
  const unknown = mayBeUnattributed(a);
  for (const c of unknown ? a.clauses : []) {
    const v = c.head, lemma = t.lemma(v);
    const off = lemma === 'go' && t.childrenBy(v, 'compound:prt').some((p) => t.lower(p) === 'off');
    // ("three bombs destroyed a checkpoint": what a bomb wrecked is what it went off at)
    const wrecked = WRECK.test(lemma);
    // ("the explosion took place in a branch office of X", "the attack occurred at the gate": an
    // explosion or an attack happening somewhere happened to it)
    const happened = /^(occur|happen)$/.test(lemma) || (lemma === 'take' && t.childrenBy(v, 'obj').some((o) => t.lower(o) === 'place'));
    if (!(GO_OFF.test(lemma) || off || wrecked || happened) || c.verb.passive || c.verb.negated || c.verb.modality !== 'asserted' || c.verb.tense === 'future') continue;
    // ("the car bomb attack which destroyed the building": a relative pronoun stands for its noun)
    const said = t.childrenBy(v, 'nsubj');
    const subj0 = said.some((x) => /^(which|that)$/.test(t.lower(x))) && t.rel(v) === 'acl:relcl' ? t.head(v) : said[0];
    // ("this second bomb exploded after the one that damaged the bank": "the one" is the bomb named before it)
    const subj = subj0 === undefined ? undefined : oneStandsFor(t, subj0) ?? subj0;
    // ("the explosion damaged the windows", "the attack destroyed the building": an attack wrecks what it was made on; "hit" is too often said of a blow in words)
    const attackWrecked = wrecked && lemma !== 'hit';
    if (subj === undefined || subj < 0 || !(BOMBS.test(t.lower(subj)) || ((off || happened || attackWrecked) && ATTACKS.test(t.lower(subj))))) continue;
    // (each of what it wrecked: "damaged a book store and the state bank")
    const targets = targetsOf(a, wrecked ? t.childrenBy(v, 'obj').flatMap((o) => t.conjuncts(o)) : t.childrenBy(v, 'obl'));
    const act = ATTACKS.test(t.lower(subj)) && !BOMBINGS.test(t.lower(subj)) ? 'attack' : 'bomb';
    if (targets.length) out.push({ head: v, agent: unidentifiedAgent(a, v, home, g), targets, verb: { ...c.verb, lemma: act, lemmas: [act], label: act }, rule: 'explosion:unattributed' });
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
    const lemma = BOMBINGS.test(t.lower(n)) ? 'bomb' : 'attack';
    out.push({ head: v, agent, targets, verb: { lemma, lemmas: [lemma], label: lemma, negated: false, modality: 'asserted', tense: t.xpos(v) === 'VBD' ? 'past' : 'present', passive: false }, rule: 'existential:attack' });
  }
  // "condemned the recent attack against the DAS", "attacks have been made against police forces",
  // "injured following terrorist attacks against bank branches": an attack the sentence tells of
  // as done, against something, by nobody it names (a kind word before it names its doers)
  let clauseOf: Map<number, (typeof a.clauses)[number]> | undefined;
  for (let n = 0; n < t.tokens.length; n++) {
    if (!ATTACKS.test(t.lower(n)) || t.upos(n) !== 'NOUN' || t.childrenBy(n, 'det').some((d) => t.lower(d) === 'no')) continue;
    // (built only for a sentence with an attack noun in it)
    clauseOf ??= new Map(a.clauses.map((c) => [c.head, c] as const));
    // (a possessor names whose attack it was, unless it is a time: "last night's attacks")
    if (t.childrenBy(n, 'nmod:poss').some((p) => !TIME_NOUNS.has(t.lower(p)))) continue;
    const nmods = t.childrenBy(n, 'nmod');
    // (a "by" phrase names the doer: the nominal rules read it)
    if (nmods.some((y) => t.caseWord(y) === 'by')) continue;
    let gov = t.head(n);
    // ("we have further reports on this morning's attack on X": an attack told of through a report
    // is no act of the report's holder)
    let reported = false;
    // ("the guerrillas suspended the talks following the attack on X": a prepositional "following"
    // dates the clause by an attack that has happened, whatever the clause says or whoever does it)
    let dated = false, following = -1;
    while (gov >= 0 && !clauseOf.has(gov)) {
      const follows = t.lower(gov) === 'following' && prepositionalParticiple(t, gov);
      if (t.upos(gov) === 'VERB' && !follows) break;
      reported ||= REPORT_NOUNS.test(t.lower(gov));
      if (follows) { dated = true; following = gov; }
      gov = t.head(gov);
    }
    const c = gov >= 0 ? clauseOf.get(gov) : undefined;
    if (!dated && (!c || c.verb.negated || c.verb.modality !== 'asserted' || c.verb.tense === 'future' || NOT_DONE.test(c.verb.lemma))) continue;
    if (c && !dated) {
      // ("Chilean rebels carried out an attack", "the FMLN claimed the attack", "the M-19 kidnapped 20
      // ambassadors in an attack on the embassy": an actor subject of the clause the attack is an
      // argument of did it, or owns to it, unless the clause is a reaction to it ("condemned the attack")
      const actorSubject = !c.verb.passive && c.subjects.some((k) => (a.resolved.get(k) ?? []).some((x) => x.type !== 'other' && x.type !== 'location'));
      if (!c.verb.passive && c.subjects.length && (CARRY_OUT.test(c.verb.lemma) || CLAIM.test(c.verb.lemma))) continue;
      // ("blamed the attacks on the Shining Path": the "on" phrase of a charge names the doer, no target)
      if (/^(blame|attribute|ascribe|pin)$/.test(c.verb.lemma)) continue;
      if (actorSubject && !REACT.test(c.verb.lemma) && !reported) continue;
    }
    // (the place of a dated attack is read in its own phrase, under the "following")
    const at = dated ? following : c ? c.head : n;
    // ("attacks have been made against police": a verb of carrying out holds the target)
    const done = c && !dated && /^(nsubj|nsubj:pass|obj)$/.test(t.rel(n)) && t.head(n) === c.head && CARRY_OUT.test(c.verb.lemma) ? t.childrenBy(c.head, 'obl') : [];
    // ("the attack against the National Guard seems …", "this morning's attack on X": a definite
    // attack is one that has happened, whatever the tense of the clause that tells of it)
    const definite = t.childrenBy(n, 'det').some((d) => /^(the|this|that|these|those)$/.test(t.lower(d))) || t.childrenBy(n, 'nmod:poss').length > 0;
    // ("the criminal attack on the officer": a definite attack on someone known here only by a
    // description is the act told before, whose doer the text gave where it told it first)
    const targets = targetsOf(a, [...nmods, ...done].filter((y) => /^(against|on|at)$/.test(t.caseWord(y)))).filter((k) => !definite || a.mentions.get(k)?.kind !== 'generic');
    if (!targets.length) continue;
    const kind = t.children(n).find((x) => x < n && /^(compound|amod)$/.test(t.rel(x)) && DOERS[t.lower(x)]);
    if (kind === undefined && !unknown) continue;
    // ("Tory attacks on Labour's tax plans": an attack or an assault is one of force only where the
    // sentence or the report says so, by its doers' kind, a weapon or its dead and wounded)
    // (and an attack against installations, offices or a patrol is one of force: words attack no building)
    // (and one against armed men or forces: "attacks have been made against police forces")
    const physical = [...nmods, ...done].some((y) => /^(against|on|at)$/.test(t.caseWord(y)) && (STRUCTURES.test(t.lower(y)) || ARMED_TARGETS.test(t.lower(y))));
    if (/^(attack|attacks|assault)$/.test(t.lower(n)) && kind === undefined && !violent && !physical && !a.s.tokens.some((w) => VIOLENCE.test(w.lower))) continue;
    // ("the attack was carried out by the FMLN against a base": a passive's agent did it)
    const by = c && !dated && c.verb.passive && CARRY_OUT.test(c.verb.lemma) ? c.subjects.flatMap((k) => a.resolved.get(k) ?? []).find((x) => x.type !== 'other' && x.type !== 'location') : undefined;
    const agent = by ?? (kind !== undefined ? doerOf(a, at, home, g, t.lower(kind), DOERS[t.lower(kind)]) : unidentifiedAgent(a, at, home, g));
    const lemma = BOMBINGS.test(t.lower(n)) ? 'bomb' : 'attack';
    out.push({ head: n, agent, targets, verb: { lemma, lemmas: [lemma], label: lemma, negated: false, modality: 'asserted', tense: definite || dated || !c ? 'past' : c.verb.tense, passive: false }, rule: by ? 'carried:attack' : 'existential:attack' });
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

/** Words before a "one" that make it stand for a noun named before it: "the one that", "another one", "the first one". */
const ONE_DET = /^(the|this|that|another|first|second|third|last|other|same)$/;

/**
 * The bomb or attack noun a pronoun "one" stands for: "this second bomb, which exploded 30
 * minutes after the one that damaged the bank", "a device went off, and another one exploded at
 * the bank". Wire copy names a series of bombs once and counts the rest with "one"; the noun
 * meant is the nearest before it, and only a bomb or an attack counts. Undefined for any other word.
 */
function oneStandsFor(t: Analysed['tree'], n: number): number | undefined {
  if (t.lower(n) !== 'one' || !t.children(n).some((x) => x < n && ONE_DET.test(t.lower(x)))) return undefined;
  // (the nearest common noun before it, not a modifier or a time: "the bomb squad" names no bomb,
  // "30 minutes after the one" no minute; "the bus, and the one that …" is no bomb)
  for (let i = n - 1; i >= 0; i--) {
    if (t.upos(i) !== 'NOUN' || t.rel(i) === 'compound' || TIME_NOUNS.has(t.lower(i))) continue;
    return BOMBS.test(t.lower(i)) || ATTACKS.test(t.lower(i)) ? i : undefined;
  }
  return undefined;
}

/** Verbs under which an attack named as their argument has not happened: "feared an attack on", "foiled an attack against". */
const NOT_DONE = /^(fear|plan|prevent|thwart|foil|avoid|threaten|warn|expect|deny|prepare|plot|consider|announce|call|urge|demand|rule)$/;

/** Words that make an attack one of force. */
const VIOLENCE = /^(killed|dead|died|murder|murders|murdered|murdering|assassination|assassinations|assassinated|kidnapped|kidnapping|kidnappings|massacre|massacres|killers|wounded|injured|injuring|killing|wounding|bomb|bombs|dynamite|explosive|explosives|grenade|grenades|gunmen|gunman|armed|rifles|machineguns?|machetes?|guns?|weapons?|terrorist|terrorists|guerrillas?|rebels?|insurgents?|militants?|militiam[ae]n|troops|soldiers|shot|shots|shooting|shootings|gunfire|gunshots?|bullets?|fire|casualties|victims|jets|aircraft|artillery|tanks|missiles?|rockets?)$/;
/** Verbs by which a subject owns to an attack, or answers for it. */
const CLAIM = /^(claim|admit|confess|acknowledge|order|plan|mastermind|organi[sz]e|direct|lead|initiate|begin|start|resume|step)$/;
/** Verbs of reacting to an attack someone else made: their subject is no doer. */
const REACT = /^(condemn|denounce|deplore|repudiate|reject|report|confirm|investigate|survive|witness|describe|regret|blame|say|protest|call|mourn|lament|attribute|deny|recall|mention|follow)$/;
/** Verbs of carrying out an attack, whose target hangs on them: "attacks were made against X". */
const CARRY_OUT = /^(make|carry|perpetrate|launch|stage|mount|commit|conduct|direct|aim)$/;

/** Nouns of an attack by bomb: their act is a bombing. */
const BOMBINGS = /^(bombing|bombings|explosion|explosions|blast)$/;
/** Words before an attack noun naming the kind of its doers, and their plural. */
const DOERS: Record<string, string> = { terrorist: 'terrorists', guerrilla: 'guerrillas', rebel: 'rebels', insurgent: 'insurgents', subversive: 'subversives', paramilitary: 'paramilitaries' };

/** The doers a kind word names, of the country where the act happened (as unidentifiedAgent places it). */
function doerOf(a: Analysed, h: number, home: Home | undefined, g: Gazetteer, singular: string, plural: string): Actor {
  const unknown = unidentifiedAgent(a, h, home, g);
  return unknown.country ? homeActor(unknown.country, singular, plural, 'group', plural, g) : { id: `group:${singular}`, name: plural, type: 'group', mention: plural };
}
