/**
 * actorgraph/extract/predicate — a predicate read from the tree: its verb chain and qualifiers.
 *
 * The chain is the head verb and the controlled complements folded into it ("agreed to
 * cooperate" → agree, cooperate; "is unable to pay" → pay, possible, negated; "has yet to
 * decide" → decide, negated). Negation, modality and tense come from the words the tree attaches
 * to the chain (aux, aux:pass, cop, advmod "not/never"), never from whatever sits nearby, so
 * "Iran, which never signed the treaty, said it would …" negates "signed" and not "said".
 */
import type { Modality, Tense } from '../types.js';
import { isNominal, type Tree } from './tree.js';
import { mayBePassive } from '../nlp/verb-objects.js';
import { fireWords } from './fire-idioms.js';
import { MODALS, INTENT_VERBS, ASPECT_VERBS, PARTICLES, HARM_VERBS, TIME_NOUNS, PASSIVE_CONTROL, TITLES, ORG_WORDS, BODY_MEMBERS, dict } from '../lexicon.js';

/** Verbs whose participle complement says a state: "became frustrated", "got involved", "stood accused". */
const STATE_VERBS = /^(become|get|feel|seem|look|remain|stay|stand|grow|appear|go|turn|prove|keep|sound)$/;

export interface VerbInfo {
  /** Content verbs, lemmatised, aspect and intent verbs dropped: ["agree", "share"] → ["share"] when "agree" is an act. */
  lemmas: string[];
  lemma: string;
  /** Readable phrase: "agree to share", "blow up". */
  label: string;
  negated: boolean;
  modality: Modality;
  tense: Tense;
  passive: boolean;
  /** Main predicate is "be" (a copula: "X is president of Y") or "have" with no other verb. */
  copula?: 'be' | 'have';
  /** A speech act the chain performs about its event: "threatened to ban" (threaten). PLOVER codes the act. */
  act?: string;
  /**
   * The modality the chain gives when its "would" is a reported "will" ("said he would not be able
   * to": possible); set only where "would" made the chain conditional. scope.ts decides.
   */
  unshifted?: Modality;
  /** The passive verb of control that gave the chain its modality ("was ordered to pay": order): the duty or wish is another's, not the speaker's. */
  controller?: string;
}

export interface Predicate {
  info: VerbInfo;
  /** Tokens of the chain, head first: the head and its folded complements. */
  chain: number[];
  /** The last verb of the chain: its objects and obliques are the clause's arguments. */
  last: number;
  /** Token range of the relation phrase as written (auxiliaries to the last verb's particle). */
  rel: [number, number];
  /**
   * The passive verb of control the chain folded in ("ordered" in "was ordered by X to pay"), if
   * any: its agent did the ordering to the subject, a fact of its own (extract/clauses.ts).
   */
  controller?: number;
}

/** Intent verbs that are acts in their own right: a threat, an offer, a promise. */
const SPEECH_ACTS = /^(threaten|vow|pledge|promise|offer|propose)$/;
/** Verbs of weighing an act, written as a gerund after them: "considered selling". */
const WEIGH = /^(consider|contemplate|mull|weigh)$/;
/** Aspect verbs that end their event: "stopped paying" is not paying. */
const ENDING = /^(stop|cease|quit|halt|end|abandon)$/;
/** Predicates before "to" that schedule an event: "was set to restructure", "is due to sign". */
const SCHEDULED = /^(set|due|poised|about|scheduled|expected|slated)$/;
/** Adjectives before "to" that turn the event into an ability or will: "unable to pay". */
const ABILITY: Record<string, { modality: Modality; negated?: boolean }> = dict({
  able: { modality: 'possible' }, likely: { modality: 'possible' }, ready: { modality: 'intended' }, willing: { modality: 'intended' },
  prepared: { modality: 'intended' }, happy: { modality: 'intended' }, glad: { modality: 'intended' }, determined: { modality: 'intended' }, eager: { modality: 'intended' }, keen: { modality: 'intended' },
  unable: { modality: 'possible', negated: true }, unlikely: { modality: 'possible', negated: true },
  unwilling: { modality: 'intended', negated: true }, reluctant: { modality: 'intended', negated: true },
});
/** Verbs of permission: in the passive their subject may do what follows ("was allowed to enrich"). */
const PERMITTED = /^(allow|permit|authori[sz]e|entitle|empower|license|licence)$/;
/** Verbs that, in the passive before "to", report what others say of the subject: "is said to". */
const HEARSAY = /^(believe|say|report|think|allege|understand|rumour|rumor|suppose|reckon|know|claim|fear)$/;
/** Verbs that, in the passive before "to", foretell what the subject will do: "is tipped to win". */
const FORETOLD = /^(tip|predict|forecast|tout|fancy|favour|favor)$/;
/** Verbs whose "to"-complement is their whole event and which fail it: "failed to agree" is not agreeing. */
const FAIL = /^(fail|neglect|omit)$/;
const NEGATORS = /^(not|n't|never|no|nor|neither)$/;
/** Nouns that "no" turns into a negation of the verb: "in no way", "by no means", "at no point". */
const NO_WAY = /^(way|means|point|time|stage|circumstances?|account|conditions?|case)$/;
/** Is token x "no way", "no means", …? */
const noWay = (t: Tree, x: number): boolean => NO_WAY.test(t.lower(x)) && t.childrenBy(x, 'det').some((d) => t.lower(d) === 'no');
/** Verbs that take no object, so have no passive: their participle is the subject's own act. */
const NO_PASSIVE = /^(flee|die|arrive|escape|return|go|come|disappear|vanish|surrender|retreat|fall|rise|run|resign|survive)$/;

/** Is x a passive verb of control whose subject may be controlled ("was ordered to", not "an action is required to")? */
function passiveControl(t: Tree, x: number): boolean {
  if (PASSIVE_CONTROL[t.lemma(x)] === undefined || !passiveVoice(t, x)) return false;
  const s = t.child(x, 'nsubj:pass');
  return s === undefined || controllable(t.lemma(x), t.upos(s) ?? '', t.lower(s), t.xpos(s) ?? '');
}

/** Is verb x in the passive: a passive auxiliary or a passive subject ("is said to", "was allowed to")? */
const passiveVoice = (t: Tree, x: number): boolean => t.child(x, 'aux:pass') !== undefined || t.child(x, 'nsubj:pass') !== undefined;

/**
 * Is a passive subject (its tag, word and fine tag) of a verb of control (its lemma) the one
 * controlled? Things are required and requested as often as anyone: "A stronger action is required
 * by the US to fight drug trafficking", "the meeting, which had been requested by El Salvador to
 * report …" name no doer, and their infinitive is the agent's purpose. After those verbs, only a
 * name, a personal pronoun, "who", a plural noun, or a noun of office, body or armed men is.
 */
export function controllable(lemma: string, upos: string, lower: string, xpos: string): boolean {
  if (!/^(require|request|mandate)$/.test(lemma) || upos === 'PROPN') return true;
  if (upos === 'PRON') return /^(i|you|he|she|it|we|they|who|whom)$/.test(lower);
  return upos === 'NOUN' && (xpos === 'NNS' || TITLES.has(lower) || ORG_WORDS.has(lower) || BODY_MEMBERS.test(lower));
}

/**
 * The first verb of the row x is joined to: "was kidnapped, tortured and murdered" hangs
 * "murdered" on "tortured", whose auxiliary is the first verb's.
 */
function rowHead(t: Tree, x: number): number {
  let h = t.head(x);
  for (let n = 0; t.rel(h) === 'conj' && t.head(h) >= 0 && t.upos(h) === 'VERB' && !passiveVoice(t, h) && !t.child(h, 'aux', 'nsubj', 'obj') && n < 8; n++) h = t.head(h);
  return h;
}

/**
 * Is verb x, joined to a passive with no auxiliary, subject or object of its own, one more of its
 * participles? The tagger reads some such participles as past tenses ("was arrested and
 * extradited/VBD to Miami"): one is taken as a participle when its verb usually takes an object or
 * is too rare to be counted (nlp/verb-objects.ts), so not "was injured and died/VBD", nor with a
 * particle, "was linked with the job and pulled/VBD out"; nor is a participle of a verb that seldom
 * takes one, "was attacked and retaliated/VBN against the rebels".
 */
function sharesPassive(t: Tree, x: number): boolean {
  if (t.rel(x) !== 'conj' || t.child(x, 'aux') || t.child(x, 'nsubj') || t.child(x, 'obj') || NO_PASSIVE.test(t.lemma(x)) || !passiveVoice(t, rowHead(t, x))) return false;
  if (t.xpos(x) === 'VBN') return mayBePassive(t.lemma(x), 0.2);
  return t.xpos(x) === 'VBD' && !t.child(x, 'compound:prt') && mayBePassive(t.lemma(x), 0.5);
}

/** Acts of harm or seizure: told in the passive, what they were done for is the doer's aim. */
export const HARM_OR_SEIZE = new RegExp(`${HARM_VERBS.source}|^(arrest|detain|capture|seize|jail|imprison|hold|attack|bomb|threaten)$`);

/**
 * The doer whose purpose a "to"-infinitive says after a passive act of harm ("was kidnapped to
 * protest the visit" is the kidnappers' protest, not the hostage's): the "by" agent, or none
 * written ([]); undefined when the verb is no passive act of harm.
 */
export function harmDoer(t: Tree, g: number): number[] | undefined {
  if (!HARM_OR_SEIZE.test(t.lemma(g)) || !passiveVoice(t, g)) return undefined;
  const agent = t.childrenBy(g, 'obl:agent', 'obl').find((x) => t.rel(x) === 'obl:agent' || t.caseWord(x) === 'by');
  return agent !== undefined ? t.conjuncts(agent) : [];
}

/** Verbs that give someone leave or a chance, and what they give. */
const GRANTING = /^(give|grant|award|offer|hand)$/;
const LEAVE = /^(permission|right|chance|opportunity|go-ahead|approval|licen[cs]e|powers?|authority|leave|clearance|mandate|time)$/;

/**
 * The doer of a purpose after any passive with its agent written ("were used by the cartel to train
 * gunmen": the cartel trains them), else the doer harmDoer finds; undefined when neither.
 */
export function purposeDoer(t: Tree, g: number): number[] | undefined {
  const harm = harmDoer(t, g);
  if (harm || !passiveVoice(t, g)) return harm;
  // (not where the passive gives someone leave or a chance: "were given permission by the FA to
  // sign a player", the ones given it sign)
  if (GRANTING.test(t.lemma(g)) && t.childrenBy(g, 'obj').some((o) => LEAVE.test(t.lower(o)))) return undefined;
  const agent = t.childrenBy(g, 'obl:agent', 'obl').find((x) => t.caseWord(x) === 'by');
  return agent !== undefined ? t.conjuncts(agent) : undefined;
}

/** Verbs of setting off, whose "for" phrase is where one goes. */
const DEPART = /^(leave|depart|head|set|sail|fly|board|bound)$/;
/** The noun of "for NOUN to VERB": a "for" phrase (on the infinitive or the word above it) that ends right before the infinitive's "to". */
export function forSubject(t: Tree, h: number, g: number): number | undefined {
  const to = t.childrenBy(h, 'mark').find((m) => t.lower(m) === 'to' && m < h);
  if (to === undefined) return undefined;
  // (not where a verb of leaving goes: "left for Guatemala to obtain support")
  return [...(DEPART.test(t.lemma(g)) ? [] : t.children(g)), ...t.children(h)].find((x) => x < to && /^(obl|nmod)/.test(t.rel(x)) && t.caseWord(x) === 'for' && t.span(x)[1] === to && isNominal(t.upos(x)));
}

/** Is g a verb of calling or appealing whose infinitive x is active (someone asked to do it)? */
export const asksToAct = (t: Tree, g: number, x: number): boolean => /^(call|appeal)$/.test(t.lemma(g)) && !t.childrenBy(x, 'aux:pass').length;

/**
 * The "on"/"upon"/"to" phrase of a verb of calling or appealing that names who is asked to do its
 * infinitive x ("calls on Iraq to withdraw", "appealed to Peru to free them"); not for a passive
 * infinitive, "called on X to be allowed to leave": someone else is asked.
 */
export function calledOnPhrase(t: Tree, g: number, x: number): number | undefined {
  if (!asksToAct(t, g, x)) return undefined;
  // (not a day: "called on Monday for Iraq to withdraw")
  return t.childrenBy(g, 'obl').find((o) => o < x && /^(on|upon|to)$/.test(t.caseWord(o)) && !TIME_NOUNS.has(t.lower(o)) && t.upos(o) !== 'NUM');
}

/** Is token x a controlled complement that belongs to the chain above it? */
export function folds(t: Tree, gov: number, x: number): boolean {
  if (t.rel(x) !== 'xcomp') return false;
  if (t.child(x, 'nsubj', 'nsubj:pass')) return false;
  // ("is looking for Wenger to stay": a "for" phrase names a doer of its own)
  if (forSubject(t, x, gov) !== undefined) return false;
  // ("was kidnapped to protest the visit": the purpose is the kidnappers', a clause of its own)
  if (harmDoer(t, gov)) return false;
  // ("calls on Iraq to withdraw", "appealed to the rebels to free them": the one called on does it)
  if (calledOnPhrase(t, gov, x) !== undefined) return false;
  const up = t.upos(x);
  if (up !== 'VERB' && !(up === 'ADJ' && ABILITY[t.lower(x)])) return false;
  // "persuaded Iran to stop": object control hands the complement to the object (its own clause);
  // a relative pronoun is no controller: "the attack which they seek to launch" is launch's object
  const objs = t.childrenBy(gov, 'obj', 'iobj');
  return objs.length === 0 || (objs.length === 1 && /^(which|that|whom|who)$/.test(t.lower(objs[0])) && objs[0] < gov && !t.child(x, 'obj'));
}

/**
 * "agreed to buy jets and to train pilots": an infinitive coordinated with one that folds into the
 * verbs above it is under those verbs too ("agree to train", past), not a bare event. Those
 * verbs, top first; [] for any other head.
 */
export function foldedPrefix(t: Tree, h: number): number[] {
  const prefix: number[] = [];
  if (t.rel(h) !== 'conj' || !t.childrenBy(h, 'mark').some((m) => t.lower(m) === 'to')) return prefix;
  for (let x = t.head(h); x >= 0 && prefix.length < 6 && t.rel(x) === 'xcomp' && folds(t, t.head(x), x);) prefix.unshift((x = t.head(x)));
  return prefix;
}

export function readPredicate(t: Tree, h: number): Predicate {
  const prefix = foldedPrefix(t, h);
  const chain = [...prefix, h];
  for (let x = h; chain.length < 8;) {
    const next = t.childrenBy(x, 'xcomp').find((c) => folds(t, x, c));
    if (next === undefined || chain.includes(next)) break;
    chain.push(next);
    x = next;
  }
  let negated = false, stopped = false, scheduled = false, hearsay = false, havingDone = false;
  let modality: Modality = 'asserted';
  // (what the chain says past its "would": "would not be able to" → possible)
  let would = false, unshifted: Modality = 'asserted';
  /** The first modality read wins; the chain's own, past a "would", is kept beside it. */
  const weaken = (m: Modality) => {
    if (modality === 'asserted') modality = m;
    if (unshifted === 'asserted') unshifted = m;
  };
  let act: string | undefined, controller: number | undefined;
  const content: string[] = [];
  /** the label's words for content, each with what joins it to the one before */
  const shown: string[] = [];
  let shownAt = -1;
  const words: number[] = [];
  for (let n = 0; n < chain.length; n++) {
    const x = chain[n];
    const lemma = t.lemma(x);
    // (the span read for the relation stays the conjunct's own words)
    const own = n >= prefix.length;
    if (own) words.push(x);
    for (const c of t.children(x)) {
      const r = t.rel(c);
      if (own && (r === 'aux' || r === 'aux:pass' || r === 'cop' || r === 'compound:prt' || (r === 'mark' && t.lower(c) === 'to'))) words.push(c);
      // ("has not only violated …, but also …" affirms)
      if ((r === 'advmod' || r === 'aux' || r === 'cc:preconj') && NEGATORS.test(t.lower(c)) && !(t.lower(c) === 'not' && t.lower(c + 1) === 'only')) negated = true;
      if (r === 'advmod' && t.lower(c) === 'yet' && lemma === 'have') negated = true;
      // ("can no longer pay", "no longer supplies": what stopped is not done now)
      if (r === 'advmod' && t.lower(c) === 'longer' && t.childrenBy(c, 'advmod', 'det').some((d) => t.lower(d) === 'no')) negated = true;
      // "in no way deserved", "by no means accepted": an adverbial of manner with "no" negates
      // (between subject and verb the parser may hang it on the subject: "Peru in no way accepted")
      if ((r === 'obl' && noWay(t, c)) || (/^nsubj/.test(r) && t.childrenBy(c, 'nmod').some((m) => m < h && noWay(t, m)))) negated = true;
      // ("if it fails, under no circumstance will the army act": a fronted one right before the
      // inverted auxiliary is this verb's, wherever the parser hung it)
      if (r === 'aux' && c > 0 && noWay(t, c - 1) && t.head(c - 1) !== x) negated = true;
      if (r === 'aux' && t.lower(c) === 'cannot') negated = true;
      // ("allegedly killed", "was reportedly beaten": what is only said to have happened may not have)
      if (r === 'advmod' && HEARSAY_ADVERBS.test(t.lower(c))) weaken('possible');
      if (r === 'aux') {
        const m = MODALS[t.lower(c)]?.modality ?? (t.lower(c) === 'cannot' ? 'possible' : undefined);
        if (m === 'conditional') { would = true; if (modality === 'asserted') modality = m; } else if (m) weaken(m);
      }
    }
    const last = n === chain.length - 1;
    if (!last) {
      const ab = ABILITY[t.lower(x)];
      // ("was able to leave the car": an ability in the simple past is the act done, Karttunen's
      // implicative reading; "would be able to", "is able to" stay abilities)
      const done = /^(able|unable)$/.test(t.lower(x)) && t.childrenBy(x, 'cop').some((c) => /^(was|were)$/.test(t.lower(c))) && !t.childrenBy(x, 'aux').length;
      if (ab) { if (!done) weaken(ab.modality); if (ab.negated) negated = !negated; continue; }
      if (FAIL.test(lemma)) { negated = !negated; continue; }
      // ("are going to win": the future, no one's plan)
      if (lemma === 'go' && t.xpos(x) === 'VBG' && t.childrenBy(x, 'aux').some((c) => t.lemma(c) === 'be')) { scheduled = true; continue; }
      // ("is expected to face": others foresee it, nobody intends it)
      if (SCHEDULED.test(t.lower(x)) || SCHEDULED.test(lemma)) { weaken(t.lower(x) === 'expected' ? 'possible' : 'intended'); scheduled = true; continue; }
      // "are believed to favour", "is said to have fled": hearsay hands the event on, unconfirmed
      // ("is known to" confirms it)
      if (HEARSAY.test(lemma) && passiveVoice(t, x)) { if (lemma !== 'know') weaken('possible'); hearsay = true; continue; }
      // ("police seemed to have restored order": an appearance, not a fact; the label is the event)
      if (/^(seem|appear)$/.test(lemma) && t.xpos(x) !== 'VBN') { weaken('possible'); hearsay = true; continue; }
      // ("is tipped to win", "are forecast to grow": a forecast, the event ahead)
      if (FORETOLD.test(lemma) && passiveVoice(t, x)) { weaken('possible'); scheduled = true; continue; }
      // ("was ordered to pay", "was forced to resign": another's control of the subject's event)
      if (passiveControl(t, x)) { if (PASSIVE_CONTROL[lemma] !== 'asserted') weaken(PASSIVE_CONTROL[lemma]); controller ??= x; continue; }
      // "has been allowed to offer", "are permitted to fish": a permission, not the act itself
      if (PERMITTED.test(lemma) && passiveVoice(t, x)) { weaken('possible'); continue; }
      // "has to leave": obligation; "has yet to decide": not yet done (negated, no obligation)
      // ("Having sold its stake, Repsol left": with no "to", a perfect participle the parser read as
      // "have" and a complement, done before the main clause; no obligation)
      if (lemma === 'have' && !t.childrenBy(chain[n + 1], 'mark').some((m) => t.lower(m) === 'to')) { havingDone = true; continue; }
      if (lemma === 'have') { if (!t.childrenBy(x, 'advmod').some((c) => t.lower(c) === 'yet')) weaken('necessary'); continue; }
      // ("still needs to discuss": the same obligation written as a verb; the label is what is needed;
      // not a passive's, "cuts are needed to fund it", whose subject is no doer of the funding)
      if (lemma === 'need' && !passiveVoice(t, x)) { weaken('necessary'); continue; }
      // ("is looking to buy": an aim; "looks likely to lose", "looked to be cruising": an appearance)
      if (lemma === 'look') {
        const next = chain[n + 1];
        // ("looked to be cruising to victory": "to be" is an appearance again)
        const toBe = t.childrenBy(next, 'aux', 'cop').some((a) => t.lower(a) === 'be');
        if (t.childrenBy(next, 'mark').some((m) => t.lower(m) === 'to') && t.upos(next) === 'VERB' && !toBe) { weaken('intended'); continue; }
        if (toBe || t.upos(next) === 'ADJ') { weaken('possible'); continue; }
      }
      if (INTENT_VERBS.has(lemma)) { weaken('intended'); if (SPEECH_ACTS.test(lemma)) act ??= lemma; continue; }
      // ("is considering selling its stake": an act weighed may or may not be done; its label is the act's)
      if (WEIGH.test(lemma) && t.xpos(chain[n + 1]) === 'VBG') { weaken('possible'); continue; }
      if (ASPECT_VERBS.has(lemma)) { if (ENDING.test(lemma)) stopped = true; continue; }
    }
    if (t.upos(x) === 'VERB' || t.upos(x) === 'AUX' || !last) {
      // ("considered returning", "stopped paying": a gerund is written as one in the label, not as "to return")
      // (right after the verb before it only: "agreed to stop using" keeps "agree to use", "stop" being read as aspect)
      // (and a participle after a verb of state: "became frustrated with", "got involved in", not "become to frustrate")
      const written = t.xpos(x) === 'VBG' || (t.xpos(x) === 'VBN' && shownAt >= 0 && STATE_VERBS.test(t.lemma(shownAt)));
      shown.push(content.length && written && t.head(x) === shownAt && !t.childrenBy(x, 'mark').some((m) => t.lower(m) === 'to') ? ` ${t.lower(x)}` : `${content.length ? ' to ' : ''}${lemma}`);
      content.push(lemma);
      shownAt = x;
    }
  }
  // "cannot but react": a fixed phrase meaning "must react", not a negation
  if (negated && t.children(h).some((c) => t.lower(c) === 'but' && c < h && /^(can|cannot|could|not|n't)$/.test(t.lower(c - 1)))) { negated = false; modality = 'necessary'; }
  // ("Chile is to build a dam", as "is set to build": planned, not yet done)
  if (beTo(t, chain[0])) weaken('intended');
  const last = chain[chain.length - 1];
  // (an agent phrase only comes with a passive: "a convoy attacked by rebels" even when parsed as a main verb)
  const passive = passiveVoice(t, last)
    || (t.xpos(last) === 'VBN' && t.child(last, 'obl:agent') !== undefined && !t.child(last, 'aux'))
    || (t.xpos(last) === 'VBN' && (t.rel(last) === 'acl' || t.rel(last) === 'advcl') && !t.child(last, 'aux') && !t.child(last, 'obj'))
    // ("were surrounded and taken prisoner": a participle joined to a passive shares its auxiliary)
    // (not with an object of its own, "was fooled and awarded a penalty", nor a verb that takes
    // none, "were repelled and fled": the subject's own acts)
    || sharesPassive(t, last);
  // ("is set to buy": a scheduled event lies ahead)
  // ("is said to have fled": a perfect infinitive under hearsay is a past event)
  const perfect = hearsay && t.childrenBy(last, 'aux').some((c) => t.lower(c) === 'have');
  const finite = chain[0];
  const tense = perfect || havingDone ? 'past' : scheduled && tenseOf(t, finite) === 'present' ? 'future' : tenseOf(t, finite);
  // "blew up", "drove back on Monday": the particle, or a particle-like adverb the parser took for advmod
  const particle = t.childrenBy(last, 'compound:prt').map((c) => t.lower(c)).find((w) => PARTICLES.test(w) || w === 'in' || w === 'over' || w === 'on')
    // ("takes over from": "over" right after the verb too)
    ?? t.childrenBy(last, 'advmod').filter((c) => c > last && c <= last + 2 && (PARTICLES.test(t.lower(c)) || (c === last + 1 && t.lower(c) === 'over'))).map((c) => t.lower(c))[0]
    ?? objectParticle(t, last);
  const a = Math.min(...words), b = Math.max(...words) + 1;
  // A copular clause predicates a noun or adjective: "X is president of Y", "X was critical of Y"
  const copula = t.child(last, 'cop') !== undefined && t.upos(last) !== 'VERB' ? 'be' as const : undefined;
  if (!content.length || copula) {
    const l = copula ? 'be' : t.lemma(last);
    return { info: { lemmas: [l], lemma: l, label: l, negated, modality, tense, passive: false, ...(copula || l === 'be' || l === 'have' ? { copula: (l === 'have' ? 'have' : 'be') as 'be' | 'have' } : {}) }, chain, last, rel: [a, b] };
  }
  // ("set fire to", "opened fire on", "set the buses on fire": an idiom's noun is part of the act, extract/fire-idioms.ts)
  const idiom = fireWords(t, last);
  const label = shown.join('') + (particle ? ` ${particle}` : '') + (idiom ? ` ${idiom}` : '');
  if (idiom) content.push('fire');
  const isCopula = content.length === 1 && (content[0] === 'be' || content[0] === 'have') ? { copula: content[0] as 'be' | 'have' } : {};
  const shift = would && modality === 'conditional' && unshifted !== 'asserted' ? { unshifted } : {};
  return { info: { lemmas: content, lemma: content[0], label, negated: stopped ? !negated : negated, modality, tense, passive, ...(act ? { act } : {}), ...(controller !== undefined ? { controller: t.lemma(controller) } : {}), ...isCopula, ...shift }, chain, last, rel: [a, b], ...(controller !== undefined ? { controller } : {}) };
}

/**
 * "knocked down 46 towers": a particle right after the verb that the parser hung on the object's
 * number, as it would "up to 46 towers". Not when "to" or "from" follows, where it is that amount.
 */
function objectParticle(t: Tree, v: number): string | undefined {
  const p = v + 1;
  if (p >= t.tokens.length || !PARTICLES.test(t.lower(p)) || t.rel(p) !== 'advmod') return undefined;
  const g = t.head(p);
  if (g <= p || !t.dominates(v, g) || /^(to|from)$/.test(t.lower(p + 1))) return undefined;
  return t.lower(p);
}

/**
 * Is clause h a gerund opened by "of", "for" or "with", the act a verb holds someone to ("accused
 * of attacking", "jailed for attacking", "charged with murdering")? (clauses.ts finds who did it,
 * scope.ts weighs the verdict.)
 */
export function heldGerund(t: Tree, h: number): boolean {
  return t.xpos(h) === 'VBG' && t.childrenBy(h, 'mark').some((m) => /^(of|for|with)$/.test(t.lower(m)));
}

/**
 * Verbs that keep someone from an act ("was barred from buying", "stopped Chile from attacking"),
 * and verbs of keeping oneself from it ("refrained from criticising"): the act is not done.
 */
export const PREVENTING = /^(prevent|stop|bar|ban|block|keep|prohibit|forbid|deter|discourage|dissuade|restrain|preclude|refrain|abstain|desist)$/;

/** Is the verb at h a "from"-gerund a verb of preventing keeps someone from ("barred from buying")? */
export function preventedGerund(t: Tree, h: number): boolean {
  const g = t.head(h);
  return g >= 0 && PREVENTING.test(t.lemma(g)) && t.rel(h) === 'advcl' && t.xpos(h) === 'VBG' && t.childrenBy(h, 'mark').some((m) => t.lower(m) === 'from');
}

/**
 * Is the verb at h past beyond a tagger's slip: a perfect or past auxiliary, or a regular past
 * form? ("demanded that the DPRK forsake/VBD its program" is a subjunctive the tagger read as past.)
 */
export function markedPast(t: Tree, h: number): boolean {
  // ("insisted Ireland were happy": a copula's past marks it too)
  if (t.childrenBy(h, 'aux', 'aux:pass').some((c) => /^(had|has|have|'d|'ve|was|were|did)$/.test(t.lower(c))) || t.childrenBy(h, 'cop').some((c) => /^(was|were)$/.test(t.lower(c)))) return true;
  // (an irregular past differs from its lemma, "had", "took"; a form equal to it may be a subjunctive: "demanded that X forsake")
  return /^VB[DN]$/.test(t.xpos(h)) && (/ed$/.test(t.lower(h)) || (t.lemma(h) !== t.lower(h) && t.lemma(h) !== ''));
}

/** "is to be investigated", "are to meet": an event someone has scheduled, ahead. */
function beTo(t: Tree, h: number): boolean {
  const to = t.childrenBy(h, 'mark').find((m) => t.lower(m) === 'to');
  return to !== undefined && t.childrenBy(h, 'aux', 'aux:pass', 'cop').some((c) => c < to && /^(is|are|am|'s|'re)$/.test(t.lower(c)));
}

/** Tense from the finite part of the chain: "will sign" future, "signed"/"has signed"/"was signed" past. */
function tenseOf(t: Tree, h: number): Tense {
  const aux = t.childrenBy(h, 'aux', 'aux:pass', 'cop').filter((c) => c < h);
  for (const c of aux) if (MODALS[t.lower(c)]?.tense === 'future') return 'future';
  if (aux.some((c) => t.lower(c) === 'going') && t.lower(h - 1) === 'to') return 'future';
  if (beTo(t, h)) return 'future';
  const first = aux.length ? aux[0] : h;
  const x = t.xpos(first);
  if (x === 'VBD' || /^(was|were|had|did|'d)$/.test(t.lower(first))) return 'past';
  // ("having bought Amey in 2003": a perfect participle looks back)
  if (t.lower(first) === 'having' && /^VB[ND]$/.test(t.xpos(h))) return 'past';
  if (/^(has|have|'ve)$/.test(t.lower(first)) && (t.xpos(h) === 'VBN' || aux.length > 1)) return 'past';
  // ("could have been carried out", "may have killed": a modal's perfect looks back)
  if (t.xpos(first) === 'MD' && aux.some((c) => c > first && /^(have|'ve)$/.test(t.lower(c))) && t.xpos(h) === 'VBN') return 'past';
  if (!aux.length && t.xpos(h) === 'VBN' && (t.rel(h) !== 'acl' || !STATIVE_PARTICIPLES.test(t.lower(h)))) return 'past';
  // "England beat Fiji", "the storm hit Cuba": a verb whose past is its base form, after a singular
  // subject, would read "beats"/"hits" in the present, so it is the past
  if (!aux.length && SAME_PAST.test(t.lower(h))) {
    const s = t.child(h, 'nsubj');
    if (s !== undefined && singularThird(t, h, s)) return 'past';
    // ("attacked the base and set fire to a house": a conjunct sharing a past verb's subject shares its time)
    if (s === undefined && t.rel(h) === 'conj' && t.xpos(t.head(h)) === 'VBD' && !t.childrenBy(t.head(h), 'aux', 'aux:pass').length) return 'past';
  }
  return 'present';
}

/**
 * Is subject s of verb h a third person singular: a singular noun, "he", "she", "it", or a relative
 * "who"/"which"/"that" standing for one ("Gaudio, who beat Saretta": the noun the clause hangs on,
 * or the word before the comma that opens it when the parser hung the clause elsewhere)?
 */
function singularThird(t: Tree, h: number, s: number): boolean {
  const one = (n: number) => /^NNP?$/.test(t.xpos(n)) && !t.child(n, 'conj');
  if (one(s) || /^(he|she|it)$/.test(t.lower(s))) return true;
  if (!/^(who|which|that)$/.test(t.lower(s))) return false;
  if (t.rel(h) === 'acl:relcl') return one(t.head(h));
  return s >= 2 && t.lower(s - 1) === ',' && one(s - 2);
}

/** Adverbs of hearsay and likelihood: the writer does not vouch for the act. */
export const HEARSAY_ADVERBS = /^(allegedly|reportedly|apparently|purportedly|supposedly|probably|possibly|perhaps|presumably|likely|maybe|seemingly|ostensibly)$/;

/** Verbs whose simple past is written as their base form. */
export const SAME_PAST = /^(beat|hit|put|cut|set|let|cost|quit|spread|hurt|shut|bet|cast|upset|bid|broadcast|forecast|split|burst|thrust|shed|rid|outbid|undercut|offset|reset|recast)$/;

/**
 * Participles after a noun that describe a state that holds ("a group based in Lima", "a man
 * known as …"); any other such participle reports a done event ("a mine placed by the rebels",
 * "the plan proposed by France"), which is past.
 */
const STATIVE_PARTICIPLES = /^(based|located|situated|stationed|headquartered|known|called|named|entitled|titled|linked|related|connected|tied|allied|affiliated|associated|involved|concerned|armed|equipped|owned|controlled|run|led|headed|backed|supported|sponsored|dedicated|devoted|aimed|designed|intended|meant|composed|comprised|scheduled|expected|due|set)$/;
