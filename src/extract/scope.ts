/**
 * actorgraph/extract/scope — what an embedding clause does to the clauses under it (FactBank's
 * view, Saurí & Pustejovsky 2009): a complement of a negated, doubting, denying or hypothetical
 * predicate is not asserted by the writer.
 *
 *   "has never been able to show that Nicaragua provides weapons"   provide: possible
 *   "denied that the army had shelled the town"                     shell: negated (as its speaker has it)
 *   "will retaliate if Iraq rejects the plan"                       reject: conditional
 *   "the possibility that the FMLN staged it"                       stage: possible
 */
import type { Modality } from '../types.js';
import type { Tree } from './tree.js';
import type { Clause } from './clauses.js';
import type { VerbInfo } from './clause.js';
import { nounDoer } from './noun-doer.js';
import { ALLEGING_VERBS, DEMAND_NOUNS, FORETELLING_MODALS, MODAL_NOUNS, NEGATING_NOUNS, RELATIVE_PRONOUNS, SPEECH_VERBS } from '../lexicon.js';
import { REACTING } from './reaction-agent.js';
import { foldedPrefix, forSubject, heldGerund, markedPast, preventedGerund } from './predicate.js';
import { meansPurpose } from './surface-subject.js';
import { boundedMemo } from './bounded-memo.js';
import { markedBy } from './attribution.js';
import { prepositionalParticiple } from './prepositional.js';
import { deniedPivot } from './existential.js';
import { resultInfinitive } from './result-infinitive.js';
import { gerundAim } from './gerund-aims.js';
import { gerundComplement } from './gerund-complements.js';

/** Verbs of trying: what one tries to do is an aim (not "expect" or "want", whose clauses say more). */
const TRYING = /^(try|attempt|seek|strive|endeavou?r)$/;
/** Does word g carry its own "not" or "never" ("is not interested in", "will not stop him from")? */
const deniedOn = (t: Tree, g: number): boolean => t.childrenBy(g, 'advmod').some((n) => /^(not|n't|never)$/.test(t.lower(n)));
/** Predicates that deny their complement: the speaker says it did not happen. */
export const DENY = /^(deny|dismiss|refute|rebut|reject|disprove|contradict)$/;
/** Predicates that doubt, suspect, allege, wonder or believe: the complement may or may not hold (a belief is no claim of fact). */
export const DOUBT = /^(doubt|question|wonder|suspect|allege|speculate|rumou?r|fear|suppose|guess|imagine|assume|ask|investigate|examine|probe|check|consider|debate|think|believe|feel|reckon|presume)$/;
/** Verbs by which facts show something: "would indicate that …", "may suggest that …". */
const EVIDENCE = /^(indicate|suggest|show|mean|imply|prove|confirm|demonstrate|reveal|signal)$/;
/** Adjectives of likelihood: what they hold may or may not be so. */
const LIKELIHOOD = /^(possible|likely|unlikely|probable|improbable|conceivable|plausible|impossible)$/;

/** Verbs of belief whose negation passes to their complement: "don't think X will" is "think X won't". */
const NEG_RAISING = /^(think|believe|expect|suppose|imagine|reckon|feel|anticipate)$/;
/** Predicates that want or plan the complement: it has not happened yet. */
export const WANT = /^(want|hope|wish|plan|intend|seek|aim|expect|demand|urge|ask|call|appeal|plead|beg|implore|exhort|insist|propose|order|request|recommend|suggest|press|push|pressure|encourage|lobby|invite|advise|persuade|tell|promise|vow|pledge|swear|threaten|guarantee)$/;
/** Passive participles of commitment before "to" + gerund: "committed to ridding", "dedicated to ending". */
const COMMITTED = /^(commit|dedicate|devote|resolve)$/;
/** Predicates that permit their complement: it may happen, it need not ("allowed Iran to enrich"). */
const PERMIT = /^(allow|let|permit|enable|authori[sz]e|empower|entitle)$/;
/** Predicates that put a duty on their object: the complement must happen ("obliges Peru to pay"). */
const OBLIGE = /^(oblige|require|obligate)$/;

/**
 * Is token g a hortative "let": "let us talk", "let's meet", imperative (no subject of its own) with
 * the first person plural as its object? ("The army let us leave" has a subject: a permission.)
 */
function hortative(t: Tree, g: number): boolean {
  return t.lemma(g) === 'let' && !t.childrenBy(g, 'nsubj', 'aux').length && t.childrenBy(g, 'obj').some((o) => /^(us|'s)$/.test(t.lower(o)));
}
/**
 * Verbs that turn down what their object proposes: "rejected the offer to …". Not "oppose": "Chile
 * opposed US plans to invade Iraq" leaves the plan the US's, unchanged.
 */
const REFUSE = /^(reject|refuse|decline|block|veto|scrap|abandon|drop|cancel|shelve|spurn|rebuff)$/;
/** Verbs that hold someone on suspicion of what their "for" gerund names: "arrested for attacking Peru". */
const SUSPICION = /^(arrest|detain|prosecute|sue)$/;
/** Verdicts that clear their object of what the gerund names: "was acquitted of killing Jones". */
const CLEARED = /^(acquit|clear|exonerate)$/;
const CONDITION = /^(if|unless|whether|lest)$/;
/** Verbs whose "if"-clause is an indirect question. */
const ASKING = /^(ask|wonder|see|check|know|decide|determine|inquire|enquire|query|question|test|find)$/;
/** Verbs that either demand ("told them that they must leave") or report ("told EFE that the soldiers arrested"). */
const TOLD = /^(tell|insist|suggest|advise|guarantee|swear|promise)$/;
/** Verbs of believing, hoping and foreseeing, whose past shifts a reported "will" to "would". */
/**
 * Clause x as something asked about or hinted at: possible, its backshifted "would" (when `own`,
 * the clause's own, not one taken from above) no hypothesis but the asker's or hinter's future.
 */
const guessed = (t: Tree, x: number, modality: Modality, own: boolean): Modality =>
  modality === 'conditional' && own && backshifted(t, x) ? 'possible' : weaker(modality, 'possible');
/** Verbs that take their complement as a fact even when negated: "never forget that …". */
const FACTIVE = /^(forget|regret|ignore|overlook)$/;
/** Verbs of hinting at something: what they hint at is guessed. */
const HINT = /^(suggest|hint|imply|intimate)$/;
/** Clause x under hinting verb g proposes what should be: "(that) he resign", "he should resign",
 *  "I suggest the BBC concentrates on the issues" (one's own suggestion is a proposal). */
const proposed = (t: Tree, g: number, x: number): boolean => {
  const aux = t.childrenBy(x, 'aux').map((a) => t.lower(a));
  if (aux.some((a) => /^(should|must|ought)$/.test(a)) || (!aux.length && t.xpos(x) === 'VB')) return true;
  const s = t.child(g, 'nsubj');
  return s !== undefined && /^(i|we)$/.test(t.lower(s)) && /^VB[PZ]?$/.test(t.xpos(g) ?? '');
};
const BELIEVING = /^(hope|expect|believe|think|fear|predict|reckon|suspect|assume|feel|anticipate|trust|know|doubt)$/;

/** Verbs of telling that commit the speaker: "promised that Brazil would help" is an intention. */
const VOW = /^(promise|guarantee|swear)$/;
/** Adjectives of nearness before "to" + a gerund: the event is near, not done. */
const NEARLY = /^(close|closer|near|nearer)$/;
/** Verbs whose "to"-clause tells what came about, not what was aimed at: "went on to win", "took two years to build". */
const ACHIEVED = /^(go|take|live|grow|turn|come|manage|succeed|beat|defeat|edge|thrash|overcome|rally|recover|battle|hold|bounce|storm|cruise|sweep|ease|romp|score|hit|combine|finish|end|brush|see|slot|curl|volley|tap|net|clinch|seal)$/;
/** Verbs of using an occasion, and acts done in words: what one used an occasion to say is said. */
const USING = /^(use|seize)$/;
const WORD_ACTS = /^(speak|highlight|attack|urge|call|appeal|announce|unveil|launch|voice|express|outline|accuse|blame|defend|thank|promote|demand|lambast|slam|plug|air|raise|renew|reiterate|stress|describe)$/;

/**
 * Does the "to"-clause of verb `governor` tell what came about: a result ("beat
 * Fiji to win the title") or an act of words one used an occasion for ("used the ceremony to speak
 * out", "seized the chance to criticise the plan")? Using force "to evict" them is still an aim.
 */
export function achieves(governor: VerbInfo, lemma: string): boolean {
  // (an occasion to be used is an aim still: "will use the summit to attack", "was used to attack")
  const used = USING.test(governor.lemma) && !governor.passive && governor.tense !== 'future';
  return ACHIEVED.test(governor.lemma) || (used && (WORD_ACTS.test(lemma) || SPEECH_VERBS.has(lemma) || REACTING.test(lemma)));
}
/** Verbs that ask for someone's act through "for": "called for Iraq to withdraw". */
const ASKING_FOR = /^(call|appeal|press|push|campaign|lobby|plead|clamou?r|ask)$/;
/**
 * Is x, the governor of a chain of controlled complements, an infinitive of purpose on verb g
 * ("sold it to help Yukos pay", "bombed the pipeline to force Peru to free them") or on the means
 * g takes as its object ("staged strikes to make Renault raise wages")? Not a result ("beat Fiji
 * to help Wales win the title", "went on to help them win"), nor what came next ("only to").
 */
function higherPurpose(t: Tree, x: number, g: number, governor: VerbInfo | undefined): boolean {
  const to = t.childrenBy(x, 'mark').find((m) => t.lower(m) === 'to');
  if (to === undefined || t.xpos(x) !== 'VB' || resultInfinitive(t.tokens, to)) return false;
  // (the parser hangs a verb's purpose on its object too: "attacked the pipeline to force Turkey
  // to close its bases"; not a modal noun's content, "plans to", read apart)
  if (t.rel(x) === 'acl') return meansPurpose(t, x) || (t.rel(g) === 'obj' && t.upos(t.head(g)) === 'VERB' && !MODAL_NOUNS[t.lower(g)]);
  if (t.rel(x) !== 'advcl' || t.upos(g) !== 'VERB') return false;
  return governor ? !achieves(governor, t.lemma(x)) : !ACHIEVED.test(t.lemma(g));
}
/** Adjectives that make what "it" stands for a need: "it is vital for Peru to sign". */
const NEEDED = /^(important|necessary|vital|essential|crucial|imperative|urgent|critical|needful)$/;
/** Subordinators of time and cause: their clause is presupposed, not under its governor's scope. */
const FACTIVE_MARK = /^(since|after|before|when|because|as|while|once|until|whereas|although|though)$/;
/** Marks of a clause of concession. */
const CONCESSIVE = /^(although|though|whereas)$/;

/** Does the clause's "would" stand for a reported "will": no "if"/"unless" clause of its own? */
function backshifted(t: Tree, h: number): boolean {
  return t.childrenBy(h, 'aux').some((a) => /^(would|'d)$/.test(t.lower(a)))
    && !t.childrenBy(h, 'advcl').some((x) => t.childrenBy(x, 'mark').some((m) => CONDITION.test(t.lower(m))));
}

/**
 * Is x a condition: an adverbial clause opened by "if" or "unless" (not "even if", which concedes,
 * nor "as if", which compares), or one whose "had", "were" or "should" stands before its subject
 * ("Had Germany signed the treaty, …", "Should talks fail, …")?
 */
function isCondition(t: Tree, x: number): boolean {
  // (a clause: a verb or a subject of its own; "if not a legal one", "if anything" are asides)
  if (t.rel(x) !== 'advcl' || !(t.upos(x) === 'VERB' || t.upos(x) === 'AUX' || t.childrenBy(x, 'nsubj', 'nsubj:pass').length)) return false;
  const marks = t.childrenBy(x, 'mark');
  // ("asked Chile if Bolivia had attacked", "to see if the system disappears": an "if" after a
  // verb of asking or finding out is "whether", a question the parser hangs as an adjunct; before
  // it, a condition still: "if that is done, we will see the cowboys driven out")
  if (ASKING.test(t.lemma(t.head(x))) && x > t.head(x)) return false;
  // ("will win as long as Vale continues in form", "so long as"): a condition too
  if (marks.some((m) => t.lower(m) === 'as' && t.lower(m - 1) === 'long' && /^(as|so)$/.test(t.lower(m - 2)))) return true;
  if (marks.some((m) => /^(if|unless)$/.test(t.lower(m)))) {
    return !marks.some((m) => t.lower(m) === 'as') && !marks.some((m) => t.lower(m - 1) === 'even');
  }
  const [a] = t.span(x);
  const subj = t.child(x, 'nsubj') ?? t.child(x, 'nsubj:pass');
  return !marks.length && subj !== undefined && /^(had|were|should)$/.test(t.lower(a)) && a < subj
    && t.children(x).includes(a) && /^aux/.test(t.rel(a) ?? '');
}

/**
 * Is the clause headed by h quoted as said: does its span open with a quotation mark ('told the
 * press: "Chile would sell"', '"I would look at it," said X')? A quoted phrase inside reported
 * speech ('said he would "love" to', 'said she "would not trust him"') is still reported speech.
 */
function quotedClause(t: Tree, h: number): boolean {
  const [a] = t.span(h);
  const opens = (k: number) => k >= 0 && /^(["\u201c]|``)$/.test(t.tokens[k].text);
  // (past the punctuation the parser hangs on the clause: 'told the press: "…"')
  let k = a;
  while (k < h && t.tokens[k].upos === 'PUNCT' && !opens(k)) k++;
  return opens(k) || opens(a - 1);
}

/** Combines two modalities: the first one that is not 'asserted' wins. */
const weaker = (a: Modality, b: Modality): Modality => (a !== 'asserted' ? a : b);

export function applyScope(t: Tree, clauses: Clause[]): Clause[] {
  // the clause whose chain holds a token: an embedding is read from its governor's clause
  const byHead = new Map<number, Clause>();
  for (const c of clauses) if (!byHead.has(c.head)) byHead.set(c.head, c);
  const govOf = (x: number): Clause | undefined => {
    for (let g = t.head(x), n = 0; g >= 0 && n < 3; g = t.head(g), n++) {
      const c = byHead.get(g);
      if (c) return c;
      // (through an infinitive's controller, or a participle the parser hung it on that is a
      // preposition: "opted out of the convention concerning the right … in order to bring in")
      if (t.rel(g) !== 'xcomp' && !prepositionalParticiple(t, g)) return undefined;
    }
    return undefined;
  };
  /** Is h's "would" a reported "will" under a past verb of saying or believing ("said it would buy")? */
  const reportedWould = (h: number): boolean => {
    const gc = t.rel(h) === 'ccomp' ? govOf(h) : undefined;
    return !!gc && (gc.speech || BELIEVING.test(gc.verb.lemma)) && gc.verb.tense === 'past' && backshifted(t, h) && !quotedClause(t, h);
  };
  const polar = polarQuestion(t);
  return clauses.map((c) => {
    let { negated, modality, tense } = c.verb;
    const before = `${negated}|${modality}|${tense}`;
    // walk up the embeddings: each governor may weaken what the one below says
    // (an infinitive's conjunct read with the verbs above it, "agreed to buy and to train", is
    // embedded where the top of that chain is)
    const prefix = foldedPrefix(t, c.head);
    // ("in order to intimidate them and to prevent X": an infinitive joined to another stands where it does)
    const to = (x: number) => t.childrenBy(x, 'mark').some((m) => t.lower(m) === 'to');
    const own = prefix.length ? prefix[0] : c.head;
    // (and so does a bare base form sharing the first one's "to": "managed to locate and defuse the bomb")
    const shared = (x: number) => to(x) || (t.xpos(x) === 'VB' && !t.childrenBy(x, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'mark').length);
    // ("Peru can talk to Chile and sign a treaty", "will not meet and sign": a bare base form joined
    // to a verb with auxiliaries shares them, its modal, its "not" and its time, and stands where it does)
    const host = t.rel(own) === 'conj' && t.xpos(own) === 'VB' && shared(own) && !to(own) && t.head(own) >= 0 && t.childrenBy(t.head(own), 'aux').length ? byHead.get(t.head(own)) : undefined;
    if (host) { modality = weaker(modality, host.verb.modality); negated = negated || host.verb.negated; tense = host.verb.tense; }
    const start = host || (t.rel(own) === 'conj' && shared(own) && t.head(own) >= 0 && to(t.head(own))) ? t.head(own) : own;
    // ("If Iran attacks, the US will defend Israel", "Russia will cut supplies unless Kiev pays":
    // what a condition governs holds only if the condition does; not a past fact, "If that was
    // a poor reward, Scotland got the try they deserved", where "if" grants rather than supposes)
    if (tense !== 'past' && t.children(start).some((x) => isCondition(t, x))) modality = weaker(modality, 'conditional');
    // ("If Russia invades, Poland will close its border and will expel the ambassador": a condition
    // before the first of two joined clauses governs the second as well)
    const first = t.rel(start) === 'conj' ? t.head(start) : -1;
    if (tense !== 'past' && first >= 0 && t.children(first).some((x) => x < first && isCondition(t, x))) modality = weaker(modality, 'conditional');
    // ("If Vale had been in shape she would have won": a condition the parser made the main clause,
    // with the clause it governs hung below it, is a condition still)
    if (/^(root|parataxis)$/.test(t.rel(start)) && t.childrenBy(start, 'mark').some((m) => /^(if|unless)$/.test(t.lower(m)) && !/^(even|as)$/.test(t.lower(m - 1)))) modality = weaker(modality, 'conditional');
    // (whether every step up so far was a controlled complement: the clause's own chain of verbs)
    let xcomps = true;
    // (whether every step up so far was a controlled complement or a "to"-infinitive: what a purpose
    // above such a chain aims at, "to force Turkey to close its bases", the parser's "close" hung on
    // "force" as an adverbial clause)
    let infinitives = true;
    for (let x = start, n = 0; x >= 0 && n < 6; n++) {
      // (a clause of concession the parser called a complement is an adverbial one: "although he has
      // never accepted the offer" hung on "rejected" is no rejected claim, and is told as a fact)
      const r = t.rel(x) === 'ccomp' && markedBy(t, x, CONCESSIVE) ? 'advcl' : t.rel(x), g = t.head(x);
      if (g < 0) break;
      // ("sold the unit to help Yukos pay its debts", "staged strikes to make Renault raise wages":
      // what the object of a purpose is made or helped to do is aimed at as the purpose is, not
      // done; the purpose itself is read below only where it is the clause, here it sits above
      // a chain of controlled complements)
      if (x !== start && infinitives && higherPurpose(t, x, g, byHead.get(g)?.verb)) modality = weaker(modality, 'intended');
      // ("so that the army exerts pressure", "so that Chile would withdraw", "in order that …": a
      // clause of purpose is what its main clause's doer aims at, not what happened; not a result
      // told in the past after a comma, ", so that Chile attacked Bolivia")
      const result = t.xpos(x) === 'VBD' || t.lower(t.span(x)[0] - 1) === ',';
      if (!result && t.childrenBy(x, 'mark').some((m) => (t.lower(m) === 'so' && t.lower(m + 1) === 'that') || (t.lower(m) === 'that' && t.lower(m - 1) === 'order' && t.lower(m - 2) === 'in'))) {
        modality = modality === 'possible' ? modality : 'intended';
      }
      // ("is interested in buying the unit", "is thinking of leaving": a gerund wished for or weighed)
      // (and "is not interested in buying", "are not thinking of winning": not wanted, not weighed)
      const aim = gerundAim(t, x, g);
      if (aim) {
        modality = weaker(modality, aim);
        if (deniedOn(t, g)) negated = !negated;
      }
      // ("if they want to return": a wish inside a condition is still only a condition)
      if (r === 'advcl' && (t.childrenBy(x, 'mark').some((m) => CONDITION.test(t.lower(m))) || isCondition(t, x))) {
        // (an indirect question, "will ask Chile if Bolivia attacked", is only possible)
        modality = modality === 'possible' ? modality : ASKING.test(t.lemma(g)) && x > g ? 'possible' : 'conditional';
      }
      // ("has ruled out suing Barclays": an excluded gerund is not done, "has not ruled out suing"
      // leaves it possible; "proposed merging with Nokia": a proposed one is aimed at)
      const complement = x === start ? gerundComplement(t, x, g) : undefined;
      if (complement === 'proposed') modality = weaker(modality, 'intended');
      // (either way the act is ahead: "has ruled out amending the law" is "will not amend")
      if (complement === 'excluded') {
        if (deniedOn(t, g) || byHead.get(g)?.verb.negated) modality = weaker(modality, 'possible');
        else negated = !negated;
        tense = 'future';
      }
      // "is close to agreeing a contract", "came near to signing": not done yet, and may not be
      // (or the parser hangs the gerund on the verb beside the adverb: "came close/ADV to attacking")
      if (r === 'advcl' && t.xpos(x) === 'VBG' && t.childrenBy(x, 'mark').some((m) => t.lower(m) === 'to')
        && (NEARLY.test(t.lower(g)) || t.childrenBy(g, 'advmod').some((a) => a < x && NEARLY.test(t.lower(a))))) modality = weaker(modality, 'possible');
      // "It is important for Peru to sign", "it was easy for them to attack": an infinitive an
      // adjective says something of, with "it" standing in for it, is judged, not done
      // (as is one whose doer a "for" phrase names, "made it hard for Peru to pay", "enough for X to take control")
      // ("made a recovery, only to leave the band", "only for Vale to reply": what happened next, no aim or chance)
      // (told in the past: "is implicating him only to win a lighter sentence" is a purpose still)
      const nextAct = x === start && govOf(x)?.verb.tense === 'past' && t.childrenBy(x, 'mark').some((m) => resultInfinitive(t.tokens, m));
      if (x === start && to(x) && !nextAct && ((t.upos(g) === 'ADJ' && (r === 'csubj' || t.childrenBy(g, 'expl', 'nsubj').some((e) => t.lower(e) === 'it'))) || forSubject(t, x, g) !== undefined)) {
        // ("called for Iraq to withdraw", "pressed for Chile to sign", "the plan for Peru to buy
        // jets": what one asks or plans for is an aim)
        const asked = t.upos(g) === 'VERB' ? (ASKING_FOR.test(t.lemma(g)) ? 'intended' : undefined) : MODAL_NOUNS[t.lower(g)] ?? (DEMAND_NOUNS.has(t.lemma(g)) ? 'intended' : undefined);
        modality = weaker(modality, NEEDED.test(t.lower(g)) ? 'necessary' : asked ?? 'possible');
      }
      // ("it is possible that Escobar is in the area", "it is likely that Peru attacked": a clause an
      // adjective of likelihood holds is possible; "it is impossible that" denies it)
      if (x === start && /^(csubj|ccomp)$/.test(r) && t.upos(g) === 'ADJ' && LIKELIHOOD.test(t.lower(g)) && t.childrenBy(x, 'mark').some((m) => t.lower(m) === 'that')
        && t.childrenBy(g, 'expl', 'nsubj').some((e) => t.lower(e) === 'it')) {
        modality = weaker(modality, 'possible');
        // ("it is not impossible that I will play": the two denials cancel)
        if (/^im/.test(t.lower(g)) && !deniedOn(t, g)) negated = true;
      }
      // ("paved the way for Britain to talk", "a manoeuvre by the rebels to pressure the government",
      // "the right of farmers to sell": what a noun names the doer of is what the noun makes of it,
      // a chance after "for", an aim after "by"; extract/noun-doer.ts)
      // (only where that phrase is the clause's subject: "thanked the people for their work to make
      // progress" names no doer in "work")
      const doer = x === start && to(x) ? nounDoer(t, x, g) : undefined;
      if (doer !== undefined && c.arg1 && c.arg1[0] <= doer && doer < c.arg1[1]) modality = weaker(modality, MODAL_NOUNS[t.lower(t.head(doer))] ?? (t.caseWord(doer) === 'for' ? 'possible' : 'intended'));
      // an infinitive of purpose holds only as its main clause does: "did not send troops to fight"
      // (so is one on a copula's phrase of place: "was in Lima to sign the treaty", extract/clauses.ts)
      const placed = r === 'acl' && t.child(g, 'cop') !== undefined && t.child(g, 'case') !== undefined;
      // (and so is one on a thing the subject uses, "opened fire to disperse them", clauses.ts: the
      // verb that takes the thing governs it)
      const means = x === start && c.rule === 'infinitive' && meansPurpose(t, x);
      const used = means && r === 'acl' ? govOf(g) : undefined;
      const purpose = (r === 'advcl' || placed || means) && to(x);
      const gp = (purpose || r === 'xcomp') && x === start ? used ?? govOf(x) : undefined;
      // ("let us talk about peace", "let's meet them": a first person's exhortation proposes the act,
      // the speakers' aim; no permission and nothing done)
      if (r === 'xcomp' && x === start && hortative(t, g)) modality = weaker(modality, 'intended');
      if (gp) {
        if (gp.verb.negated) negated = true;
        // ("Microsoft said it would buy Sybari to improve its security": the governor's reported
        // "would" is its speaker's future, so its purpose is aimed at, no hypothesis)
        const reported = gp.verb.modality === 'conditional' && reportedWould(gp.head);
        modality = weaker(modality, reported ? gp.verb.unshifted ?? 'asserted' : gp.verb.modality);
        if (reported) tense = 'future';
        // ("sent troops to protect the border", "was set up to tackle the issues": a purpose is aimed
        // at; whether it was reached the sentence does not say)
        // (not after an adjective, "was the first to reach the Cabinet", nor after a win or a fight
        // back, "beat Petrova to reach the fourth round", "held her nerve to seal the win": results)
        // (a result is told as done, not as going on or ahead: "is holding two hostages to protest
        // the visit" is an aim still)
        const ongoing = t.xpos(gp.head) === 'VBG' || gp.verb.tense === 'future';
        // (nor after "only": what happened next)
        if (purpose && !nextAct && (t.upos(g) === 'VERB' || placed || means) && !(achieves(gp.verb, t.lemma(x)) && !ongoing)) modality = weaker(modality, 'intended');
        // ("beat Fiji to win the title", "agreed to buy": a bare infinitive takes its governor's time)
        if (gp.verb.tense === 'future' || (tense === 'present' && gp.verb.tense === 'past')) tense = gp.verb.tense;
        // ("are committed to ridding the zone of terrorists": a commitment is not yet done)
        if (purpose && COMMITTED.test(gp.verb.lemma) && gp.verb.passive) modality = weaker(modality, 'intended');
        // ("will allow Britain to ignore the measures": what is permitted may or may not happen)
        if (r === 'xcomp' && PERMIT.test(gp.verb.lemma) && !hortative(t, g)) modality = weaker(modality, 'possible');
        // ("crimes oblige the government to defend them", "the law requires Peru to pay": a duty, not
        // a deed; not "forced Chile to close the border", which says Chile did)
        if (r === 'xcomp' && OBLIGE.test(gp.verb.lemma) && gp.verb.tense !== 'past') modality = weaker(modality, 'necessary');
      }
      // ("in the hope of trying to help the players develop their game": an aim above that makes no
      // clause of its own, its subject unwritten, still makes what is under it an aim)
      if (!gp && xcomps && r === 'xcomp' && TRYING.test(t.lemma(g))) modality = weaker(modality, 'intended');
      // "fined after making racist remarks", "Publishing its survey, the UNECE said": a participle
      // adjunct with no subject or auxiliary of its own happens when its main clause does
      // (so does one the parser hung on a verb as a noun's participle: "exploded …, killing two")
      // (not a gerund the verb excludes, whose act is ahead: above)
      if ((r === 'advcl' || (r === 'acl' && t.upos(g) === 'VERB')) && x === start && complement !== 'excluded' && /^VB[GN]$/.test(t.xpos(x) ?? '') && !t.childrenBy(x, 'aux', 'aux:pass', 'nsubj', 'nsubj:pass').length) {
        const main = byHead.get(g) ?? govOf(x);
        if (main) tense = main.verb.tense;
        // ("Gillick was clear when taking gold": a main clause that makes no triple tells its time by its verb or copula)
        else if ([g, ...(t.rel(g) === 'conj' ? [t.head(g)] : [])].some((h) => t.xpos(h) === 'VBD' || t.childrenBy(h, 'cop', 'aux').some((k) => /^(was|were|had|did)$/.test(t.lower(k))))) tense = 'past';
      }
      // ("the record set by Roger Becker in 1952", "the proposals presented by Chile": a noun's past
      // participle with its agent tells what was done to it, before the clause that names it)
      if (r === 'acl' && x === start && t.xpos(x) === 'VBN' && tense === 'present' && !t.childrenBy(x, 'aux', 'aux:pass', 'mark').length
        && t.childrenBy(x, 'obl', 'obl:agent').some((o) => t.caseWord(o) === 'by')) tense = 'past';
      // ("two men riding on a motorcycle threw a bomb": a noun's "-ing" participle happens when the
      // clause the noun stands in does)
      if (r === 'acl' && x === start && t.xpos(x) === 'VBG' && tense === 'present' && !t.childrenBy(x, 'aux', 'aux:pass', 'nsubj', 'mark').length) {
        const main = byHead.get(t.head(g));
        if (main && main.verb.tense === 'past') tense = 'past';
      }
      // ("signed the deal without consulting Chile", "dominated without creating chances": what is
      // done without something leaves it undone)
      if (x === start && r === 'advcl' && t.childrenBy(x, 'mark', 'case').some((m) => t.lower(m) === 'without')) negated = true;
      // ("far from suspending the raids, has intensified them": the act it is far from is not done)
      if (x === start && /^(advcl|acl)$/.test(r) && t.childrenBy(x, 'mark', 'case').some((m) => t.lower(m) === 'from') && t.childrenBy(x, 'advmod').some((a) => t.lower(a) === 'far')) negated = true;
      // ("nodded towards the tomb rather than lay a wreath", "instead of signing the deal": the
      // alternative not taken did not happen)
      if (x === start && t.children(x).some((c) => /^(rather|instead)$/.test(t.lower(c)) && t.childrenBy(c, 'fixed').some((f) => /^(than|of)$/.test(t.lower(f))))) negated = true;
      // ("there were no troops who crossed the border": no such troops, so no crossing)
      if (x === start && r === 'acl:relcl' && deniedPivot(t, g)) negated = true;
      // "outlined their plans to tackle …", "announced a deal with X to develop …": the parser hangs
      // the noun's infinitive on the verb as a purpose clause; it is what the noun is for
      // (and a rejected plan or offer will not happen: "rejected the offer to buy jets")
      if (purpose) for (const o of t.childrenBy(g, 'obj')) if (o < x && MODAL_NOUNS[t.lower(o)]) {
        modality = weaker(modality, MODAL_NOUNS[t.lower(o)]);
        if (REFUSE.test(t.lemma(g))) negated = true;
      }
      // "raised the possibility that Iran attacked": the parser hangs the noun's clause on the verb
      if (r === 'ccomp') for (const o of t.childrenBy(g, 'obj')) if (o < x && MODAL_NOUNS[t.lower(o)]) modality = weaker(modality, MODAL_NOUNS[t.lower(o)]);
      // "rumours he was starting a party": a noun's content clause the parser read as a relative
      // clause (no gap: its own subject and object; no relative word but a "that" that fills no
      // argument, "allegations that Thanou avoided tests")
      const [subj, obj] = [t.child(x, 'nsubj'), t.child(x, 'obj')];
      if (r === 'acl:relcl' && MODAL_NOUNS[t.lower(g)] && subj !== undefined && obj !== undefined && !RELATIVE_PRONOUNS.test(t.lower(subj)) && !RELATIVE_PRONOUNS.test(t.lower(obj))
        && !t.children(x).some((k) => RELATIVE_PRONOUNS.test(t.lower(k)) && t.lower(k) !== 'that')) modality = weaker(modality, MODAL_NOUNS[t.lower(g)]);
      if (r === 'ccomp' || r === 'xcomp' || r === 'csubj' || r === 'acl' || r === 'advcl') {
        // ("asked whether Peru would attack": a question's "would" is the asker's future, not a
        // hypothesis; what is asked about is possible)
        if (t.childrenBy(x, 'mark').some((m) => t.lower(m) === 'whether')) modality = guessed(t, x, modality, x === start);
        // (a noun's content is its "to"- or "that"-clause or gerund: "proposals presented by the
        // government" is a participle saying what was done to the proposals, which did happen)
        const content = r !== 'acl' || t.upos(x) !== 'VERB' || t.xpos(x) !== 'VBN' || t.childrenBy(x, 'mark', 'aux', 'aux:pass').length > 0;
        const noun = content ? MODAL_NOUNS[t.lower(g)] : undefined;
        // ("there is no evidence that Iran armed them", "nothing to suggest that X brought down …":
        // what nothing shows is not asserted)
        // (and "has no plans to attack" is a plan denied: negated, intended)
        // ("I have no doubt that X": a doubt denied is a certainty, left asserted)
        if (content && r !== 'advcl' && !/^(doubt|doubts|question)$/.test(t.lower(g)) && (/^(nothing|none)$/.test(t.lower(g)) || t.childrenBy(g, 'det').some((d) => t.lower(d) === 'no'))) {
          if (noun) negated = true;
          else modality = weaker(modality, 'possible');
        }
        if (noun && r !== 'advcl') modality = weaker(modality, noun);
        if (noun && r !== 'advcl' && x === start && NEGATING_NOUNS.test(t.lower(g))) negated = !negated;
        // ("rejected the demand that …"; "denied reports it was withdrawing": a report denied is a claim denied)
        // (the parser may hang the noun's clause on it as a "ccomp": "rejected claims that it had attacked")
        if (noun && (r === 'acl' || r === 'ccomp') && t.rel(g) === 'obj' && (REFUSE.test(t.lemma(t.head(g))) || DENY.test(t.lemma(t.head(g))))) negated = true;
        const gc = govOf(x);
        // "accused Turkey of violating …", "blamed the rebels for attacking …": an allegation, not a
        // fact (the parser may hang the clause on the accused noun: look one level further up)
        const up = gc ?? byHead.get(t.head(g));
        // ("was arrested for attacking", "acquitted of killing": the gerund the verb holds someone to;
        // the accusing verb itself may make no clause: "with Milburn accusing Mr Howard of producing …")
        const held = r === 'advcl' && heldGerund(t, x);
        // (not a clause on the accuser itself: "a statement issued by Peru accuses Chile of …" was issued)
        const onAccuser = /^nsubj/.test(t.rel(g)) && !gc;
        if ((ALLEGING_VERBS.test(up?.verb.lemma ?? '') && !onAccuser) || (held && (ALLEGING_VERBS.test(t.lemma(g)) || SUSPICION.test(t.lemma(g))))) modality = weaker(modality, 'possible');
        if (held && x === start && CLEARED.test(t.lemma(g))) negated = true;
        // ("was barred from buying Kelvar", "refrained from criticising Chile": an act one is kept from is not done)
        // (unless the keeping is itself denied: "the injury will not stop him from playing")
        if (x === start && preventedGerund(t, x) && !deniedOn(t, g)) negated = true;
        // "Russia said it would sell arms": reported speech shifts "will" back to "would"; under a
        // past verb of saying or committing it is that clause's future, not a hypothesis (unless an
        // "if" of its own makes it one: "said it would sell if Iran paid")
        // (not in a quotation, which keeps the speaker's own words: 'told the FT: "I would cut taxes"')
        // (so does a past verb of believing or hoping: "she hoped Blunkett would survive" is her hope
        // of what will be, no hypothesis)
        if (r === 'ccomp' && x === start && c.verb.modality === 'conditional' && modality === 'conditional' && reportedWould(x)) {
          modality = c.verb.unshifted ?? 'asserted';
          tense = 'future';
        }
        // ("suggested Chile would attack", "hinted that Peru had armed them": what one hints at is a
        // guess, not a report, whether or not the hinting verb makes a clause of its own, its "would"
        // no hypothesis; "suggested that he resign", "should resign" stays a proposal, below)
        if (r === 'ccomp' && x === start && HINT.test(t.lemma(g)) && !proposed(t, g, x)) modality = guessed(t, x, modality, true);
        if (gc && r !== 'advcl' && r !== 'acl') {
          const l = gc.verb.lemma;
          if (DENY.test(l)) negated = !negated;
          // ("I don't think the government has the expertise", "Peru does not believe Chile
          // attacked": a belief denied is the contrary believed (neg-raising): negated, believed only)
          // (its own complement only, not one of a later clause joined to it; nor a quotation's
          // speech verb the parser hung on it)
          else if (gc.verb.negated && r === 'ccomp' && x === start && !c.speech && NEG_RAISING.test(l)) { negated = !negated; modality = weaker(modality, 'possible'); }
          // ("let us never forget that Britain suffered …", "did not regret that …": a negated verb of
          // forgetting or regretting still takes its complement as a fact)
          else if (gc.verb.negated && !FACTIVE.test(l)) modality = weaker(modality, 'possible');
          else if (DOUBT.test(l)) modality = weaker(modality, 'possible');
          // ("told EFE that the soldiers arrested miners", "insisted that he had paid": what a verb
          // of telling or insisting reports in the past happened, as told; a demand is still to come)
          // ("insisted Chile would sign": a foretelling modal reports what will be, no demand)
          else if (WANT.test(l) && !(r === 'ccomp' && TOLD.test(l) && (markedPast(t, x) || (!VOW.test(l) && t.childrenBy(x, 'aux').some((a) => FORETELLING_MODALS.test(t.lower(a))))))) modality = weaker(modality, 'intended');
          if (gc.verb.modality !== 'asserted' && !gc.speech) modality = weaker(modality, gc.verb.modality === 'necessary' ? 'possible' : gc.verb.modality);
          // ("which would indicate that he did not go", "the report may suggest that Chile attacked":
          // what a hedged verb of saying or showing reports is only possible)
          // (not a hedged "say": "I would say I made a mistake", "we can say that the FMLN attacked" assert it)
          else if (gc.speech && r === 'ccomp' && EVIDENCE.test(l) && (gc.verb.modality === 'conditional' || gc.verb.modality === 'possible')) modality = weaker(modality, 'possible');
        }
      }
      if (r !== 'ccomp' && r !== 'xcomp' && r !== 'conj' && r !== 'advcl' && r !== 'parataxis') break;
      // ("has been trying to stay independent since EA announced plans": a clause of time or cause
      // is taken as fact, whatever the clause it hangs on wants or doubts)
      if (r === 'advcl' && t.childrenBy(x, 'mark').some((m) => FACTIVE_MARK.test(t.lower(m)))) break;
      if (r !== 'xcomp') xcomps = false;
      if (r !== 'xcomp' && !(r === 'advcl' && to(x) && t.xpos(x) === 'VB')) infinitives = false;
      x = g;
    }
    // ("Will the Group of Eight discuss Panama?": a yes-no question asserts nothing, and what it asks
    // about a duty or a wish, "Does this mean that Chile must stop selling copper?", is only asked)
    if (polar && modality !== 'conditional') modality = 'possible';
    return `${negated}|${modality}|${tense}` === before ? c : { ...c, verb: { ...c.verb, negated, modality, tense } };
  });
}

/** Auxiliaries that open a yes-no question. */
const QUESTION_AUX = /^(is|are|was|were|am|will|would|can|could|shall|should|may|might|must|do|does|did|has|have|had)$/;

/** Is the sentence a yes-no question or a suggestion: an auxiliary or "how about" first (after any quotation mark) and a question mark last? */
function polarQuestion(t: Tree): boolean {
  const words = t.tokens.filter((x) => !/^["“”‘’'`]+$/.test(x.text));
  // ("How about ISPs informing customers?": a suggestion asserts nothing either)
  return words.length > 2 && words[words.length - 1].text === '?' && (QUESTION_AUX.test(words[0].lower) || (/^(how|what)$/.test(words[0].lower) && words[1].lower === 'about'));
}

/**
 * Is `mention` a conjunct the sentence negates on its own: "in Manchester and not Blackpool", "with
 * Chile, not Bolivia", "not Blackpool but Manchester"? The clause is asserted of the other conjunct
 * only; the parser hangs "not" on the conjunct, where the clause's negation never sees it.
 */
export function negatedConjunct(sentence: string, mention: string | undefined): boolean {
  // (most sentences have no "not": no pattern to build for them)
  if (!mention || !/\bnot\b/i.test(sentence) || !/\w/.test(mention)) return false;
  return negatedConjunctPattern(mention).test(sentence);
}

/** The pattern of a mention negated as a conjunct, compiled once per mention text (names recur
 *  across a corpus, and a RegExp built per mention cost more than the test). No 'g' flag: test() keeps no state. */
const negatedConjunctPattern = boundedMemo((mention: string): RegExp => {
  const m = mention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/^(?:the|a|an)\s+/i, '');
  const np = `(?:(?:with|in|to|for|from|at|on|by|against)\\s+)?(?:(?:the|a|an)\\s+)?${m}`;
  return new RegExp(`(?:\\b(?:and|but)|,)\\s+not\\s+${np}\\b|\\bnot\\s+${np}\\s*,?\\s+but\\b`, 'i');
});
