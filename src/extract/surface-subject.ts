/**
 * actorgraph/extract/surface-subject — who does what a predicate says when the tree writes no
 * subject for it: the first verb's subject for a conjunct, the controlling object for an
 * infinitive ("NATO urged Russia to withdraw"), the antecedent for a relative clause or a
 * participle, the holder of a modal noun ("Iran's decision to enrich"), the one accused or praised
 * for a gerund's act, and the main clause's subject for an adverbial participle or purpose.
 */
import { type Tree } from './tree.js';
import type { Arguments } from './arguments.js';
import { asksToAct, calledOnPhrase, forSubject, harmDoer, heldGerund, preventedGerund, purposeDoer } from './predicate.js';
import { MODAL_NOUNS, MOTION_NOUNS } from '../lexicon.js';
import { namesBody, namesPeople } from '../resolve/unnamed-persons.js';
import { nounDoer } from './noun-doer.js';
import { gerundAim } from './gerund-aims.js';

/** Does noun n have a possessor other than a pronoun ("Uganda's decision", not "its decision")? */
function namedPossessor(t: Tree, n: number): boolean {
  const poss = t.child(n, 'nmod:poss');
  return poss !== undefined && t.upos(poss) !== 'PRON';
}

/**
 * Verbs of reacting to someone else's plan: their subject does not hold the modal noun in their
 * object ("Peru welcomed the plan to invite Chile" says nothing of who invites). Accepting or
 * rejecting one does make the subject its doer ("rejected the offer to buy jets": will not buy).
 */
const REACTION_VERBS = /^(welcome|hail|praise|applaud|commend|criticize|criticise|condemn|denounce|slam|attack|oppose|protest|question|challenge|support|back|endorse|fear|dismiss|deplore|decry|lament|regret|mock|ridicule|doubt)$/;

/**
 * Who holds a modal noun: the subject of the verb it is an argument of ("Peru raised the
 * possibility of …"). (A possessor, "Iran's decision to …", is read with the noun's mention.)
 */
function modalNounHolder(t: Tree, A: Arguments, n: number, depth: number): number[] {
  // (a possessor names the holder, read off the noun's mention; only "its/their plans" is the subject's)
  if (namedPossessor(t, n)) return [];
  const v = t.head(n);
  if (v < 0 || t.upos(v) !== 'VERB' || !/^(obj|obl|nsubj:pass)$/.test(t.rel(n))) return [];
  // (a phrase's noun is the subject's, "in an effort to", "pulled out of a deal to", "fought for the
  // right to", "kept to their pledge to", but not one "to" which the act is done: "announced an end
  // to the right to settle")
  if (t.rel(n) === 'obl' && t.caseWord(n) === 'to' && !t.childrenBy(n, 'nmod:poss').length) return [];
  if (REACTION_VERBS.test(t.lemma(v))) return [];
  return surfaceSubject(t, A, v, depth + 1).heads;
}

/**
 * Who a verb of accusing, judging or praising holds to the act its "of"/"for"/"with" gerund names:
 * its passive subject ("Smith was jailed for attacking Jones") or its object ("accused Chile of
 * violating the border"). Undefined when the clause is no such gerund.
 */
function heldFor(t: Tree, g: number, h: number): number[] | undefined {
  // ("was barred from buying", "stopped Chile from attacking": the one kept from the act; "refrained
  // from criticising": the subject itself; predicate.ts PREVENTING, scope.ts negates the act)
  const prevented = preventedGerund(t, h);
  if (!prevented && (!HELD_FOR.test(t.lemma(g)) || !heldGerund(t, h))) return undefined;
  const who = t.child(g, 'nsubj:pass') ?? t.child(g, 'obj') ?? (prevented ? t.child(g, 'nsubj') : undefined);
  return who === undefined ? undefined : t.conjuncts(who);
}

/** Verbs that hold someone to an act: accusing, judging, punishing, praising ("X for doing", "X of doing"). */
const HELD_FOR = /^(accuse|charge|suspect|indict|implicate|blame|arrest|detain|prosecute|sue|investigate|convict|jail|imprison|sentence|fine|punish|ban|suspend|expel|sack|fire|acquit|clear|exonerate|praise|thank|commend|applaud|credit|reward|honou?r|critici[sz]e|condemn|rebuke|reprimand|censure|fault|penali[sz]e|attack|slam)$/;

/** Verbs of taking someone on: their object does what the infinitive after them says (not "signed an
 * agreement to increase trade": only verbs whose object is a person). */
const APPOINT = /^(hire|name|appoint|elect|nominate|recruit|bribe)$/;

/**
 * Who is called on or appealed to by the verb at g to do h ("called on the government to …"), if
 * anyone; or who is called for, when that is an actor ("called for Chile to withdraw"; "called for
 * talks to end the war" is the caller's aim). Not for a passive infinitive, "called on X to be
 * allowed to leave": someone else is asked.
 */
function calledOn(t: Tree, A: Arguments, g: number, h: number): number | undefined {
  if (!asksToAct(t, g, h)) return undefined;
  return calledOnPhrase(t, g, h) ?? t.childrenBy(g, 'obl').find((x) => t.caseWord(x) === 'for' && someone(A, x));
}

/** Does word x name an actor, or people or bodies by their kind ("called for governments to send")? */
function someone(A: Arguments, x: number): boolean {
  const m = A.mentions.get(A.mentionOf(x));
  if (m?.kind === 'actor') return true;
  const w = m && m.kind !== 'time' ? m.concept ?? m.text : '';
  // (bodies in the plural by their kind only: "called for more funds to" is the caller's aim)
  return !!w && (namesPeople(w) || namesBody(w) || /\b(governments|organi[sz]ations|countries|nations|states|agencies|institutions)$/i.test(w));
}

/** Verbs of using, setting up or asking for a means to an end: "used force to", "took steps to", "signed a deal to", "requested aid to". */
const MEANS_VERBS = /^(use|employ|request|order|demand|open|take|launch|deploy|spend|set|create|form|establish|build|mobili[sz]e|adopt|introduce|sign|make|stage|hold|convene|organi[sz]e|begin|start|raise|borrow|invest|buy|send|file|bring|seek|hire)$/;

/**
 * Is h a purpose infinitive on the means a verb of using or setting up takes as its object ("opened
 * fire to disperse the crowd"), hung on the object noun (acl) or on the verb (xcomp)? Not on a modal
 * noun, whose holder is read apart ("announced plans to").
 */
export function meansPurpose(t: Tree, h: number): boolean {
  if (!t.childrenBy(h, 'mark').some((m) => t.lower(m) === 'to')) return false;
  const onNoun = t.rel(h) === 'acl';
  if (!onNoun && (t.rel(h) !== 'xcomp' || t.head(h) < 0)) return false;
  const n = onNoun ? t.head(h) : t.child(t.head(h), 'obj') ?? -1;
  const v = onNoun ? t.head(n) : t.head(h);
  if (n < 0 || v < 0) return false;
  return !MODAL_NOUNS[t.lower(n)] && t.rel(n) === 'obj' && t.upos(v) === 'VERB' && MEANS_VERBS.test(t.lemma(v)) && !t.childrenBy(v, 'iobj').length;
}

/** Texts that speak for whoever issues them: "a statement condemning …", "a letter urging …". */
const TEXT_NOUNS = /^(declaration|statement|communique|communiqué|letter|resolution|message|note|decree|motion|report|petition|manifesto|leaflet|bulletin|document|memo|memorandum|appeal|proclamation)$/;
/** Verbs by which an author puts a text out. */
const ISSUING = /^(issue|send|publish|release|adopt|pass|write|deliver|sign|table|submit|present|circulate|distribute|broadcast|post|put|draft|approve|file|lodge|hand)$/;

/** Where the written or understood subject is, and which rule found it. */
/** Who does a clause, as its words show, and by which rule. */
interface Subject { heads: number[]; rule: string }

export function surfaceSubject(t: Tree, A: Arguments, h: number, depth = 0): Subject {
  // ("it is willing to …": a pronoun the parser took for an expletive is the subject; "there" is not)
  const s = t.child(h, 'nsubj', 'nsubj:pass') ?? t.childrenBy(h, 'expl').find((x) => t.lower(x) !== 'there' && t.child(h, 'ccomp', 'csubj') === undefined);
  if (s !== undefined) return { heads: t.conjuncts(s), rule: t.rel(h) === 'acl:relcl' ? 'relative' : 'svo' };
  const g = t.head(h);
  if (g < 0 || depth > 4) return { heads: [], rule: 'svo' };
  // "It was easy for Peru to attack Chile", "makes it possible for firms to sell": the noun of a
  // "for" phrase right before the infinitive's "to" is its subject, whatever the infinitive hangs on
  // (someone, not something: "called for measures to combat ageism" is what the measures are for)
  const forNoun = forSubject(t, h, g);
  if (forNoun !== undefined && /^(actor|pronoun|generic|pair)$/.test(A.mentions.get(A.mentionOf(forNoun))?.kind ?? '')) return { heads: t.conjuncts(forNoun), rule: 'infinitive' };
  // ("an attempt by the army to capture him", "a request for Chile to extradite", "the right of
  // Kurdish farmers to sell grain": a noun's phrase right before "to" names its infinitive's doer,
  // also where the parser hung the infinitive on the verb that takes the noun; extract/noun-doer.ts)
  const ofNoun = /^(acl|advcl|xcomp)$/.test(t.rel(h)) ? nounDoer(t, h, g) : undefined;
  if (ofNoun !== undefined && (/^(actor|pronoun|generic|pair)$/.test(A.mentions.get(A.mentionOf(ofNoun))?.kind ?? '') || someone(A, ofNoun))) return { heads: t.conjuncts(ofNoun), rule: 'infinitive' };
  switch (t.rel(h)) {
    case 'conj': return { heads: surfaceSubject(t, A, g, depth + 1).heads, rule: 'shared' };
    case 'xcomp': {
      const doer = harmDoer(t, g);
      if (doer) return { heads: doer, rule: 'infinitive' };
      const called = calledOn(t, A, g, h);
      if (called !== undefined) return { heads: t.conjuncts(called), rule: 'infinitive:object' };
      const obj = t.child(g, 'obj', 'iobj');
      // ("opened fire to stop the trawler", "signed agreements to supply Peru": a thing a verb of
      // using or setting up takes is the means, not the doer; the purpose is the subject's)
      const means = obj !== undefined && meansPurpose(t, h) && A.mentions.get(A.mentionOf(obj))?.kind === 'concept';
      return obj !== undefined && !means ? { heads: [obj], rule: 'infinitive:object' } : { heads: surfaceSubject(t, A, g, depth + 1).heads, rule: 'infinitive' };
    }
    case 'acl:relcl': return { heads: [A.antecedent(h)], rule: 'relative' };
    case 'acl': case 'advcl': {
      // ("Russia is thinking of buying gas", "talked about leaving", "is intent on attacking": a
      // gerund wished for or weighed is its predicate's subject's; the parser may make "thinking"
      // a noun after a copula)
      // (not "is aimed at": "the plan is aimed at tackling racism" names no doer)
      if (gerundAim(t, h, g) && !/^aim/.test(t.lower(g)) && (/^(VERB|ADJ)$/.test(t.upos(g) ?? '') || t.child(g, 'cop') !== undefined) && t.child(g, 'nsubj', 'nsubj:pass', 'cop') !== undefined) {
        const heads = surfaceSubject(t, A, g, depth + 1).heads;
        if (heads.length) return { heads, rule: 'participle' };
      }
      return t.rel(h) === 'acl' ? adjunctSubject(t, A, h, g, depth) : adverbialSubject(t, A, h, g, depth);
    }
    default: return { heads: [], rule: 'svo' };
  }
}

/** The doer of a noun's or verb's participle or infinitive (an "acl"). */
function adjunctSubject(t: Tree, A: Arguments, h: number, g: number, depth: number): Subject {
  // ("a bomb exploded in a hotel, killing two persons": a participle the parser hung on a verb
  // is an adjunct, done by that verb's subject)
  if (t.upos(g) === 'VERB' && t.xpos(h) === 'VBG' && !t.childrenBy(h, 'mark').length) return { heads: surfaceSubject(t, A, g, depth + 1).heads, rule: 'participle' };
  // "provides for the possibility of using nuclear weapons", "Iran's decision to enrich": a
  // modal noun hands its clause to whoever holds the noun (scope.ts weakens the modality)
  const modal = MODAL_NOUNS[t.lower(g)] && t.childrenBy(h, 'mark', 'case').some((m) => /^(of|to)$/.test(t.lower(m)));
  // ("Uganda's decision to expel", "its plan to build": the possessor does it; findClauses reads
  // the owner off the noun's mention)
  if (modal && namedPossessor(t, g)) return { heads: [g], rule: 'infinitive:owner' };
  // ("Tory plans to cut taxes", "US plans to invade": a name before the modal noun holds it too)
  const namer = modal ? t.childrenBy(g, 'compound').filter((c) => c < g && t.upos(c) === 'PROPN').pop() : undefined;
  if (namer !== undefined) return { heads: [namer], rule: 'infinitive' };
  const holder = modal ? modalNounHolder(t, A, g, depth) : undefined;
  if (holder?.length) return { heads: holder, rule: 'infinitive' };
  // "vice president of emerging technologies", "the cost of making mobiles": a gerund a common
  // noun takes through "of" names the noun's field or content; whoever does it is not written
  // (on an object or a name it is the parser's slip for "accused Turkey/the rebels of violating":
  // the object does it)
  if (t.upos(g) === 'NOUN' && !/^(obj|iobj)$/.test(t.rel(g)) && t.childrenBy(h, 'mark', 'case').some((m) => t.lower(m) === 'of')) return { heads: [], rule: 'svo' };
  // ("Juninho's father was in the country to see his son": an infinitive on a copula's phrase of
  // place is the clause's purpose, done by its subject, not by the place)
  if (t.childrenBy(h, 'mark').some((m) => t.lower(m) === 'to') && t.child(g, 'cop') !== undefined && t.child(g, 'case') !== undefined) {
    const heads = surfaceSubject(t, A, g, depth + 1).heads;
    return { heads, rule: heads.length ? 'infinitive' : 'svo' };
  }
  // ("issued a declaration demanding that …", "sent a letter urging Chile to …": a text's
  // participle is its author's act, the subject of the verb that issued it)
  if (t.xpos(h) === 'VBG' && TEXT_NOUNS.test(t.lemma(g)) && t.rel(g) === 'obj' && ISSUING.test(t.lemma(t.head(g)))) {
    const author = surfaceSubject(t, A, t.head(g), depth + 1).heads;
    if (author.length) return { heads: author, rule: 'participle' };
  }
  // ("opened fire to disperse the crowd", "took steps to enhance freedoms", "launched a campaign to
  // free him": a purpose infinitive on the means a verb of using or setting up takes is its
  // subject's act; a person or body as the object does it itself, "sent troops to protect the
  // embassy"; so does one given it, "gave Peru money to buy jets"; and a chance, an order or
  // pressure is someone else's to act on, "resisted pressure to cut rates")
  if (meansPurpose(t, h) && A.mentions.get(A.mentionOf(g))?.kind === 'concept' && !A.mentions.get(A.mentionOf(g))?.owner && !t.childrenBy(g, 'nmod:poss').length) {
    const heads = surfaceSubject(t, A, t.head(g), depth + 1).heads;
    if (heads.length) return { heads, rule: 'infinitive' };
  }
  return { heads: [A.antecedent(h)], rule: 'participle' };
}

/** The doer of an adverbial clause (an "advcl"): a participle, a purpose, a gerund held for. */
function adverbialSubject(t: Tree, A: Arguments, h: number, g: number, depth: number): Subject {
  // a bare participle ("…, saying") or a purpose infinitive ("sent troops to protect") borrows the
  // main subject; "if"/"because" clauses have their own
  const marks = t.childrenBy(h, 'mark');
  // ("was accused of attacking Jones", "convicted Smith of killing", "praised Peru for
  // helping"): the one accused, judged or praised did the gerund's act (scope.ts weighs the verdict)
  const held = heldFor(t, g, h);
  if (held) return { heads: held, rule: 'participle' };
  if (marks.some((m) => !/^(by|after|before|while|when|in|to|without|on)$/.test(t.lower(m)))) return { heads: [], rule: 'svo' };
  // ("hired Ian Vale to run its operations", "named a lifetime employee to run it": whom one
  // takes on does what they are taken on for)
  const to = marks.some((m) => t.lower(m) === 'to');
  const taken = APPOINT.test(t.lemma(g)) && to ? t.child(g, 'obj') : undefined;
  if (taken !== undefined) return { heads: t.conjuncts(taken), rule: 'infinitive:object' };
  // ("called on the government to stem job losses", "appealed to Peru to free them": the one
  // called on is asked to do it)
  const called = to ? calledOn(t, A, g, h) : undefined;
  if (called !== undefined) return { heads: t.conjuncts(called), rule: 'infinitive:object' };
  // ("met because of Barco's trip to Nicaragua to attend the inauguration": the purpose of a
  // trip or visit that ends right before it is the traveller's)
  const trip = to ? t.childrenBy(g, 'obl').find((o) => o < h && MOTION_NOUNS[t.lower(o)] && t.span(o)[1] === t.span(h)[0]) : undefined;
  // (findClauses reads the traveller off the noun's mention, as for "Iran's decision to …")
  if (trip !== undefined && namedPossessor(t, trip)) return { heads: [trip], rule: 'infinitive:owner' };
  // (not one taken on, "was hired by Peru to build": the one hired does it)
  const doer = to && !APPOINT.test(t.lemma(g)) ? purposeDoer(t, g) : undefined;
  if (doer) return { heads: doer, rule: 'infinitive' };
  return { heads: surfaceSubject(t, A, g, depth + 1).heads, rule: to ? 'infinitive' : 'participle' };
}
