/**
 * actorgraph/extract/event-nouns — violent acts named by a noun, with who did them to whom.
 * Wire copy tells most killings and kidnappings as nouns, not verbs:
 *
 *   "the murder of Roberto Rivera by the FMLN"                FMLN –murder→ Rivera
 *   "the FMLN's kidnapping of two nuns"                       FMLN –kidnap→ nuns
 *   "the government blamed the FMLN for the murder of Rivera" FMLN –murder→ Rivera (possible, @government)
 *   "we hold the army responsible for the massacre"           army –responsible for→ massacre (possible, @we)
 *   "the MRTA claimed responsibility for the attack on a bank" MRTA –attack→ bank
 *   "the FMLN was responsible for the bombing of the embassy" FMLN –bomb→ embassy
 *
 * The victim is the noun's "of" phrase ("on"/"against" for an attack); a possessor is the doer
 * only when an "of" phrase names the victim: "Galan's murder" is done to Galan, not by him.
 * An allegation (blame, accuse, hold responsible) is possible, and its speaker is its subject.
 */
import type { Modality } from '../types.js';
import type { Tree } from './tree.js';
import type { Arguments } from './arguments.js';
import type { NominalCandidate } from './nominal.js';
import type { Mention } from './mentions.js';
import { EVENT_NOUNS, HARM_VERBS } from '../lexicon.js';
import { readPredicate } from './predicate.js';

/** Nouns of what is told, not known: an act told of through them is reported, not stated. */
const TOLD = /^(reports?|claims?|allegations?|rumou?rs?|story|stories|accusations?)$/;

/** Verbs that claim credit for an act: "claimed credit for the bombing", "took credit for the attack". */
const CREDIT_CLAIMED = /^(claim|take)$/;

/** Is word i the "credit" of "claimed credit", "took credit" (a claim of responsibility by another name)? */
export const creditClaimed = (t: Tree, i: number): boolean => t.lower(i) === 'credit' && t.head(i) >= 0 && CREDIT_CLAIMED.test(t.lemma(t.head(i)));

/** Verbs that lay an act on their object: "blamed X for", "accused X of", "held X responsible for". */
const ALLEGE = /^(blame|accuse|charge|suspect|hold|implicate|indict|link|tie|attribute)$/;

/** A nominal relation with the speaker whose allegation it is, when it is one. */
export interface EventCandidate extends NominalCandidate {
  modality: Modality;
  speakers: number[];
  /** The light verb whose clause carries the act's negation, modality and time ("denied that it staged an attack"). */
  clause?: number;
  /** The claim or the charge is denied ("did not claim responsibility for the attack"). */
  negated?: boolean;
  /** Harm with no doer named: "the murder of three judges" (the caller gives the unidentified doer: extract/unattributed.ts). */
  unattributed?: boolean;
  /** The mention whose owner the harm was done to: "Galan's murder". */
  victimOf?: number;
}

/** Verbs whose object act has not happened: "fears an attack on", "foiled the bombing of", "warned of an attack". */
const UNREAL = /^(fear|expect|warn|threaten|plan|prevent|avoid|foil|thwart|prepare|risk|deny|predict|anticipate|avert|forestall|deter|plot|contemplate|consider|rule|propose|call|urge|demand|seek|want)$/;

/** Verbs that only perform the act their object names: "staged an attack on", "carried out the murder of". */
const LIGHT = /^(stage|launch|carry|conduct|mount|direct|perpetrate|commit|mastermind|execute|order|plan|claim)$/;

export function findEventNouns(t: Tree, A: Arguments, mentions: Map<number, Mention>): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (let n = 0; n < t.tokens.length; n++) {
    const ev = t.upos(n) === 'NOUN' ? EVENT_NOUNS[t.lower(n)] : undefined;
    if (!ev) continue;
    const g = t.head(n);
    // ("blamed the bombing on the cartel": the parser may hang the "on" phrase on the act)
    const blamedOn = blameOn(t, n);
    const nmods = t.childrenBy(n, 'nmod').filter((x) => !blamedOn.includes(x));
    const victimPhrases = nmods.filter((x) => ev.patient.includes(t.caseWord(x)));
    let victim = victimPhrases.flatMap((x) => A.mentionsOf(x));
    // ("claimed responsibility for the attack on a church": the parser may hang the victim's
    // phrase on the word before the act)
    if (!victim.length && g >= 0 && /^(responsibility|responsible|credit)$/.test(t.lower(g))) {
      victim = t.children(g).filter((x) => x > n && /^(nmod|obl)$/.test(t.rel(x)) && ev.patient.includes(t.caseWord(x))).flatMap((x) => A.mentionsOf(x));
    }
    // ("the kidnapping of two nuns by the FMLN": the parser often hangs "by" on the victim,
    // or on the active verb whose object the act is: "condemned the murder of a judge by X", even
    // as an agent an active verb cannot have)
    const onVerb = t.rel(n) === 'obj' && g >= 0 && !t.childrenBy(g, 'aux:pass').length ? t.children(g).filter((x) => x > n && /^obl(:agent)?$/.test(t.rel(x))) : [];
    const byAgent = [...nmods, ...victimPhrases.flatMap((x) => t.childrenBy(x, 'nmod')), ...onVerb].filter((x) => t.caseWord(x) === 'by').flatMap((x) => A.mentionsOf(x));
    const own = A.mentionOf(n);
    // ("the FMLN's murder of Rivera": the possessor may be the owner of the noun's own mention)
    const possTokens = t.childrenBy(n, 'nmod:poss');
    const poss = possTokens.flatMap((x) => A.mentionsOf(x)).filter((k) => k !== own);
    // (or a name before the noun: "a FARC ambush of a military patrol"; in capitals the tagger may
    // read an acronym as a common noun or an adjective, "THE FARC AMBUSH": a word of the owner's own name counts)
    const ownerSpan = own >= 0 ? mentions.get(own)?.owner?.mention : undefined;
    const ownerWord = (x: number) => !!ownerSpan && ownerSpan.split(' ').includes(t.tokens[x].text);
    const named = t.childrenBy(n, 'compound', 'amod').some((x) => x < n && ((t.upos(x) === 'PROPN' && t.rel(x) === 'compound') || ownerWord(x)));
    const owned = victim.length > 0 && !byAgent.length && (possTokens.length > 0 || named) && !poss.length && own >= 0 && !!mentions.get(own)?.owner;
    let agents = byAgent.length ? byAgent : victim.length ? poss : [];
    // ("denied reports of the killing of three judges", "the false report of the massacre": an act
    // told of through a report or a claim is reported, not stated)
    let modality: Modality = g >= 0 && t.rel(n) === 'nmod' && /^(of|about)$/.test(t.caseWord(n)) && TOLD.test(t.lower(g)) ? 'possible' : 'asserted';
    let speakers: number[] = [];
    // "the ELN, which has staged attacks against oil installations": the doer of a light verb
    // whose object is the act (its clause says whether and when: `clause`)
    const light = !agents.length && victim.length > 0 && t.rel(n) === 'obj' && g >= 0 && LIGHT.test(t.lemma(g)) ? g : undefined;
    if (light !== undefined) agents = subjectsOf(t, A, light);
    // ("the attacks could have been carried out by the Shining Path": the agent of a passive light
    // verb whose subject is the act did it; with no victim named, the act itself is the object)
    const carried = !agents.length && t.rel(n) === 'nsubj:pass' && g >= 0 && LIGHT.test(t.lemma(g)) ? g : undefined;
    if (carried !== undefined) agents = t.children(carried).filter((x) => /^obl(:agent)?$/.test(t.rel(x)) && t.caseWord(x) === 'by').flatMap((x) => A.mentionsOf(x));
    const clause = light ?? (agents.length ? carried : undefined);
    // the noun under a verb of allegation or a claim of responsibility
    const { agent, alleged, by, verb } = responsible(t, A, n, blamedOn);
    let negated = false;
    if (!agents.length && agent.length) {
      agents = agent;
      if (alleged) { modality = 'possible'; speakers = by; }
      negated = verb !== undefined && readPredicate(t, verb).info.negated;
    }
    // ("the murder of three judges", "the killing of Pablo Pelaez": harm to a victim and no doer)
    if (!agents.length && !owned) {
      if (victim.length && !possTokens.length && HARM_VERBS.test(ev.verb) && unclaimed(t, n)) out.push({ subjects: [], objects: victim, label: ev.verb, lemma: ev.verb, rule: 'nominal:event', noun: n, modality, speakers, unattributed: true });
      // ("after Galan's murder", "the judge's kidnapping": with no "of" phrase, the possessor of an
      // act of harm is whom it was done to; a possessor inside the noun's mention is its owner)
      else if (!victim.length && possTokens.length && HARM_VERBS.test(ev.verb) && unclaimed(t, n)) {
        const ownerVictim = !poss.length && own >= 0 && mentions.get(own)?.owner?.type === 'person';
        if (poss.length || ownerVictim) out.push({ subjects: [], objects: poss, label: ev.verb, lemma: ev.verb, rule: 'nominal:event', noun: n, modality, speakers, unattributed: true, ...(ownerVictim ? { victimOf: own } : {}) });
      }
      continue;
    }
    // (with no victim named, the act itself is the object: "blamed the FMLN for the attack")
    const objects = victim.length ? victim : own >= 0 ? [own] : [];
    if (!objects.length) continue;
    out.push({ subjects: agents, objects, label: victim.length ? ev.verb : 'responsible for', lemma: ev.verb, rule: 'nominal:event', noun: n, modality, speakers, ...(negated ? { negated } : {}), ...(owned ? { ownerOf: own } : {}), ...(clause !== undefined ? { clause } : {}) });
  }
  return out;
}

/**
 * Who the sentence makes answer for the act noun n: the object of "blame X for n", "accuse X of
 * n", "hold X responsible for n"; the "on" phrase of "blamed n on X" (`on`, from blameOn); the subject of "claim
 * responsibility for n" or "X was responsible for n". `alleged`: someone else says so (the
 * subject of the verb, in `by`).
 */
function responsible(t: Tree, A: Arguments, n: number, on: number[]): { agent: number[]; alleged: boolean; by: number[]; verb?: number } {
  const none = { agent: [], alleged: false, by: [] };
  const g = t.head(n);
  if (g < 0) return none;
  // "blamed the bombing on the Medellin Cartel"
  if (on.length) return { agent: on.flatMap((x) => A.mentionsOf(x)), alleged: true, by: subjectsOf(t, A, g), verb: g };
  if (!/^(for|of|in)$/.test(t.caseWord(n))) return none;
  // ("claimed credit for the attack": the parser hangs the "for" phrase on the verb as often as on "credit")
  if (t.caseWord(n) === 'for' && t.upos(g) === 'VERB' && t.childrenBy(g, 'obj').some((o) => creditClaimed(t, o))) {
    return { agent: subjectsOf(t, A, g), alleged: false, by: [], verb: g };
  }
  if (t.lower(g) === 'responsible') {
    // "held the FMLN responsible for": the parser hangs the adjective anywhere near the object
    // (its complement, its modifier, a conjunct, even the object itself); the verb is above it
    let v = t.head(g);
    for (let k = 0; k < 2 && v >= 0 && t.upos(v) !== 'VERB'; k++) v = t.head(v);
    if (v >= 0 && ALLEGE.test(t.lemma(v))) {
      const named = t.children(g).filter((x) => x < g && /^(compound|nmod|nsubj)$/.test(t.rel(x))).flatMap((x) => A.mentionsOf(x));
      return { agent: [...objectsOf(t, A, v), ...named].filter((k, i, xs) => xs.indexOf(k) === i), alleged: true, by: subjectsOf(t, A, v), verb: v };
    }
    // "the FMLN was responsible for the attack"
    return { agent: subjectsOf(t, A, g), alleged: false, by: [], verb: g };
  }
  // "claimed responsibility for the attack", "claimed credit for the bombing" (credit is claimed or taken, not admitted)
  if (t.lower(g) === 'responsibility' || t.lower(g) === 'credit') {
    const v = t.head(g);
    const claimed = t.lower(g) === 'credit' ? creditClaimed(t, g) : v >= 0 && /^(claim|accept|admit|assume|take)$/.test(t.lemma(v));
    return claimed ? { agent: subjectsOf(t, A, v), alleged: false, by: [], verb: v } : none;
  }
  if (!ALLEGE.test(t.lemma(g)) || t.upos(g) !== 'VERB') return none;
  return { agent: objectsOf(t, A, g), alleged: true, by: subjectsOf(t, A, g), verb: g };
}

/**
 * Is the act noun n, with no doer found, one nobody is named for? Not an act someone is credited
 * or faulted with ("praised the army for the raid on the camp"), nor one feared or prevented
 * ("fears an attack on"), nor one someone performed or took part in, whose doer the parse lost
 * ("masterminding the killing of", "took part in the kidnapping", "the involvement of troops in
 * the murder", "the killings of union leaders by the army" with the "by" phrase hung elsewhere).
 */
function unclaimed(t: Tree, n: number): boolean {
  const g = t.head(n);
  if (g >= 0 && t.upos(g) === 'VERB' && /^(for|of)$/.test(t.caseWord(n)) && t.child(g, 'obj') !== undefined) return false;
  if (g >= 0 && (UNREAL.test(t.lemma(g)) || (t.rel(n) === 'obj' && LIGHT.test(t.lemma(g))) || /^(participate|involve|implicate|involvement|role|part|hand)$/.test(t.lemma(g)))) return false;
  return !t.tokens.some((w, i) => i > n && w.lower === 'by' && t.rel(i) === 'case');
}

/** The "on" phrase of "blamed the act n on X", on the verb or (a misparse) on the act itself. */
function blameOn(t: Tree, n: number): number[] {
  const g = t.head(n);
  if (g < 0 || t.rel(n) !== 'obj' || !/^(blame|attribute|pin)$/.test(t.lemma(g))) return [];
  const on = (h: number) => t.children(h).filter((x) => /^(obl|nmod)$/.test(t.rel(x)) && /^(on|to)$/.test(t.caseWord(x)));
  return on(g).length ? on(g) : on(n);
}

// ("appeared in 1979 and has taken credit for attacks": a conjoined verb with no subject of its
// own shares its first conjunct's)
const subjectsOf = (t: Tree, A: Arguments, v: number): number[] => {
  const own = t.childrenBy(v, 'nsubj').flatMap((x) => A.mentionsOf(x));
  if (own.length || t.rel(v) !== 'conj' || t.upos(t.head(v)) !== 'VERB' || t.childrenBy(v, 'nsubj:pass', 'expl').length) return own;
  return t.childrenBy(t.head(v), 'nsubj', 'nsubj:pass').flatMap((x) => A.mentionsOf(x));
};
/** The object, or a passive's subject ("the FMLN was blamed for"). */
const objectsOf = (t: Tree, A: Arguments, v: number) => t.childrenBy(v, 'obj', 'nsubj:pass').flatMap((x) => A.mentionsOf(x));
