/**
 * actorgraph/extract/arguments — from a tree word to the mention that names it.
 *
 * The clause rules find argument HEADS in the tree; actors live in mentions (noun phrases read
 * and resolved by mentions.ts and coreference). This file joins the two:
 *   "a series of exercises"        partitive head → the noun after "of"
 *   "the company which founded …"  relative pronoun → its antecedent
 *   "Solidere, the company founded by …"  an apposition's antecedent → the name it describes
 */
import type { Mention } from './mentions.js';
import type { Tree } from './tree.js';
import { PARTITIVES, RELATIVE_PRONOUNS, SCORE } from '../lexicon.js';
/** Nouns naming a kind of place before its name: "the town of X". */
const PLACE_CLASS = /^(city|town|village|province|region|state|district|capital|port|island|area|county|municipality)$/;

export class Arguments {
  /** token → chunk index of the mention covering it (-1: none) */
  private readonly at: Int32Array;

  constructor(readonly t: Tree, readonly mentions: Map<number, Mention>) {
    this.at = new Int32Array(t.tokens.length).fill(-1);
    for (const [k, m] of mentions) {
      if (m.kind === 'none') continue;
      for (let i = m.start; i < m.end && i < this.at.length; i++) this.at[i] = k;
    }
  }

  /** The noun a relative clause or participle modifies, through an apposition to the name it describes. */
  antecedent(clauseHead: number): number {
    let a = this.t.head(clauseHead);
    // ("Rachel Harker, spokeswoman for Hypertag which makes …": "which" is no person, so a clause the
    // parser hung on a person's description belongs to the name in its phrase just before)
    const which = this.t.children(clauseHead).some((c) => this.t.lower(c) === 'which' && c < clauseHead);
    const named = which && a >= 0 && this.t.rel(a) === 'appos' ? this.t.childrenBy(a, 'nmod').filter((n) => n > a && n < clauseHead && this.t.upos(n) === 'PROPN') : [];
    if (named.length) return named[named.length - 1];
    if (a >= 0 && this.t.rel(a) === 'appos') a = this.t.head(a);
    // "the release of journalist Carlos Marcelo, who was kidnapped": "who" is a person, so a clause
    // the parser hung on a thing belongs to the name in that thing's "of" phrase, nearest first
    const t = this.t;
    if (a >= 0 && t.upos(a) === 'NOUN' && t.children(clauseHead).some((c) => /^(who|whom)$/.test(t.lower(c)))) {
      const of = t.childrenBy(a, 'nmod').filter((n) => n > a && n < clauseHead && t.caseWord(n) === 'of' && (t.upos(n) === 'PROPN' || t.children(n).some((c) => t.upos(c) === 'PROPN' && /^(flat|compound|appos)$/.test(t.rel(c)))));
      if (of.length) a = of[of.length - 1];
    }
    return this.agreeing(a, clauseHead);
  }

  /**
   * "a group of supporters of General Noriega who claim responsibility", "the leader of the rebels
   * who was killed": a relative clause whose verb shows its number belongs to the nearest noun
   * that agrees, up the "of" chain from the one the parser chose. A noun above that agrees wins;
   * none agreeing leaves the parser's choice ("Arsenal, who are top": a club may take a plural).
   */
  private agreeing(a: number, clauseHead: number): number {
    const t = this.t;
    const want = relativeNumber(t, clauseHead);
    if (!want || a < 0 || nounNumber(t, a) === want) return a;
    for (let b = a, n = 0; n < 3; n++) {
      const up = t.head(b);
      if (up < 0 || t.base(b) !== 'nmod' || !/^(NOUN|PROPN)$/.test(t.upos(up))) return a;
      // ("members of the Arce Battalion who were conducting": a body's members act as the body)
      if (BODY_MEMBERS.test(t.lower(up))) return a;
      if (nounNumber(t, up) === want) return up;
      b = up;
    }
    return a;
  }

  /** Replace a relative pronoun by its antecedent: "the rebels who attacked" → rebels. */
  unrelative(x: number): number {
    if (!RELATIVE_PRONOUNS.test(this.t.lower(x))) return x;
    for (let h = this.t.head(x), n = 0; h >= 0 && n < 4; h = this.t.head(h), n++) {
      if (this.t.rel(h) === 'acl:relcl' || this.t.rel(h) === 'acl') return this.antecedent(h);
    }
    return x;
  }

  /** The mention (chunk index) an argument head names, or -1. */
  mentionOf(x: number): number {
    x = this.unrelative(x);
    if (x < 0) return -1;
    // "a series of exercises", "dozens of soldiers": the noun after "of" is the argument
    if ((PARTITIVES.has(this.t.lower(x)) || this.t.upos(x) === 'NUM')) {
      const of = this.t.childrenBy(x, 'nmod').find((n) => this.t.caseWord(n) === 'of');
      if (of !== undefined) return this.mentionOf(of);
    }
    // "the town of Kirkuk", "the province of Helmand": the place class hands over to the name
    if (PLACE_CLASS.test(this.t.lower(x))) {
      const of = this.t.childrenBy(x, 'nmod').find((n) => this.t.caseWord(n) === 'of' && this.t.upos(n) === 'PROPN');
      if (of !== undefined) return this.mentionOf(of);
    }
    let k = this.at[x];
    // ("beat Arsenal 2-1": the parser may head the phrase with the score the mention leaves out)
    if (k < 0 && SCORE.test(this.t.tokens[x].text)) k = this.at[this.t.children(x).filter((c) => c < x && this.at[c] >= 0).pop() ?? x];
    if (k < 0) return -1;
    const m = this.mentions.get(k);
    if (!m || m.kind === 'time' || m.kind === 'none') return -1;
    // "joined his old club, Porto", "the company, Zentrix, said": a thing or a description with a
    // name in apposition is the name's (extract/repairs/noun-phrases.ts hangs a loose one back on its noun)
    // (so is one national named by a nationality, "set by another Ethiopian, Berhane Adera": the person)
    const national = m.kind === 'actor' && /^(a|an|another|one)\s/i.test(m.text) && (m.actor?.type === 'country' || /-national$/.test(m.actor?.id ?? ''));
    if (m.kind === 'concept' || m.kind === 'generic' || national) {
      // (set off by a comma: a quoted name is the thing's own, "exercises “West”")
      const ap = this.t.childrenBy(x, 'appos').find((c) => c > x && this.t.upos(c) === 'PROPN' && [this.t.span(c)[0], this.t.span(c)[0] - 1].some((k) => this.t.lower(k) === ','));
      const named = ap === undefined ? undefined : this.mentions.get(this.at[ap]);
      if (named?.kind === 'actor' && this.at[ap!] !== k && (!national || named.actor?.type === 'person')) return this.at[ap!];
    }
    return k;
  }

  /** Mentions of each conjunct of x ("Russia and Belarus" → two), without repeats. */
  mentionsOf(x: number): number[] {
    const out: number[] = [];
    for (const c of this.t.conjuncts(x)) {
      const k = this.mentionOf(c);
      if (k >= 0 && !out.includes(k)) out.push(k);
    }
    return out;
  }
}

type GrammaticalNumber = 'sg' | 'pl';

/** Nouns for a body's members, who act as the body (extract/unnamed.ts reads them so too). */
const BODY_MEMBERS = /^(members|troops|soldiers|agents|officers|personnel|units|men|fighters|militants|commandos|elements|combatants)$/;

/**
 * A noun's number by its tag ("supporters" NNS), else undefined. A plural-looking name is none:
 * "the Revolutionary Armed Forces of Colombia, which operates", "the United States, which is".
 */
function nounNumber(t: Tree, i: number): GrammaticalNumber | undefined {
  const x = t.xpos(i);
  return x === 'NNS' ? 'pl' : x === 'NN' || x === 'NNP' ? 'sg' : undefined;
}

/** The number a relative clause's finite verb shows when the relative pronoun is its subject ("who claim": plural). */
function relativeNumber(t: Tree, h: number): GrammaticalNumber | undefined {
  const subj = t.child(h, 'nsubj', 'nsubj:pass');
  if (subj === undefined || !/^(who|that|which)$/.test(t.lower(subj))) return undefined;
  for (const v of [...t.childrenBy(h, 'aux', 'aux:pass', 'cop'), h]) {
    const w = t.lower(v), x = t.xpos(v);
    if (w === 'was' || x === 'VBZ') return 'sg';
    if (w === 'were' || (x === 'VBP' && w !== 'am')) return 'pl';
  }
  return undefined;
}

