/**
 * actorgraph/resolve/binding — who a pronoun cannot be, read from its sentence's dependency tree
 * (Chomsky's binding conditions, as the tree approximates c-command: a word c-commands its
 * siblings' subtrees).
 * - Condition B: a pronoun that is not reflexive is none of its clause's other arguments: "Smith
 *   asked him to leave" (him ≠ Smith), "Mary Chaworth, whom he met" (he ≠ Mary: the relative
 *   clause's antecedent is an argument of "met"), "Jones beat Smith and praised him" (a verb
 *   coordinated without its own subject shares the first one's).
 * - Condition C: a name inside what the pronoun c-commands is someone else: "He said Blair had
 *   lied", and with the complement fronted, "Blair has failed, he claimed" (the speech verb hangs
 *   as parataxis on the clause it reports). A clause or phrase fronted as an adjunct is outside:
 *   "When Blair arrived, he said …" may well be Blair.
 * - A pronoun is none of the nouns coordinated with it: "both he and Turnbull".
 * - Condition A: a reflexive is its own clause's subject ("she blamed herself").
 * Tokens, not actors: the caller maps the words to the actors their mentions resolve to.
 */

import { SPEECH_VERBS } from '../lexicon.js';
import { namesPeople } from './unnamed-persons.js';

/** What binding reads of a parse (extract/tree.ts's Tree has it). */
export interface Parse {
  head(i: number): number;
  rel(i: number): string;
  children(i: number): readonly number[];
  lower(i: number): string;
  lemma(i: number): string;
  upos(i: number): string;
}

/** Relations of a clause's arguments (what Condition B keeps apart). */
const ARG = /^(nsubj|nsubj:pass|obj|iobj|obl|obl:agent|nsubj:outer|csubj|expl)$/;
/**
 * Clauses joined to the pronoun's clause rather than inside it: "It remains a town, and Coron has
 * grown" (the subject of the first conjunct does not c-command the second).
 */
const BESIDE = /^(conj|parataxis|dep|list|punct|reparandum|orphan)$/;
/** Relative pronouns: an argument that is one stands for the noun before it. */
const RELATIVE = /^(who|whom|which|that)$/;
/** Dependents that, put before the pronoun, sit above it (fronted adjuncts: Condition C spares them). */
const ADJUNCT = /^(advcl|obl|obl:tmod|obl:npmod|advmod|nmod|mark|discourse|vocative|dislocated)/;

function subtree(t: Parse, i: number, out: Set<number>): Set<number> {
  const stack = [i];
  while (stack.length) {
    const x = stack.pop()!;
    if (out.has(x)) continue;
    out.add(x);
    stack.push(...t.children(x));
  }
  return out;
}

/**
 * The words that a (non-reflexive) pronoun at token p may not corefer with: its clause's other
 * arguments and everything it c-commands that does not come before it as a fronted adjunct.
 */
export function boundAway(t: Parse, p: number): Set<number> {
  const out = new Set<number>();
  // ("both he and Turnbull", "Turnbull and he": a pronoun is none of the nouns listed with it)
  // (only a list of arguments: "cheered Mr Miller and him" hung on the verb says nothing)
  const first = t.rel(p) === 'conj' ? t.head(p) : p;
  if (first !== p && (first < 0 || !ARG.test(t.rel(first)))) return out;
  for (const x of [first, ...t.children(first).filter((c) => t.rel(c) === 'conj')]) if (x !== p) out.add(x);
  if (first !== p) return out;
  const v = t.head(p);
  if (v < 0 || !ARG.test(t.rel(p))) return out;
  // ("He also said he was confident …" parsed with the second "he" as the object of "said": a
  // nominative pronoun is never an object, so the parse is wrong there and says nothing)
  if (/^(obj|iobj|obl)/.test(t.rel(p)) && /^(he|she|they|we|i)$/.test(t.lower(p))) return out;
  const mine = subtree(t, p, new Set());
  // ("As he arrived at court, Mr Botin greeted the press": in a clause with its own "as", "when",
  // "after", a clause hung after it is the parser's slip for the main clause, which it is not under)
  const subordinate = t.children(v).some((c) => t.rel(c) === 'mark');
  for (const c of t.children(v)) {
    if (mine.has(c) || BESIDE.test(t.rel(c))) continue;
    if (subordinate && c > p && /^(advcl|ccomp|xcomp|acl)/.test(t.rel(c))) continue;
    if (c < p && ADJUNCT.test(t.rel(c)) && !ARG.test(t.rel(c))) continue;
    // (an oblique after the verb stays in the domain: "he met leaders in Baghdad")
    if (c < p && t.rel(c).startsWith('obl')) continue;
    subtree(t, c, out);
  }
  // the antecedent of a relative clause is one of its arguments: "whom he met"
  if (t.rel(v) === 'acl:relcl' && t.head(v) >= 0) out.add(t.head(v));
  // a verb coordinated without a subject of its own shares the first verb's: "… and praised him"
  if (t.rel(v) === 'conj' && !t.children(v).some((c) => /^nsubj/.test(t.rel(c)))) {
    for (const c of t.children(t.head(v))) if (/^nsubj/.test(t.rel(c))) subtree(t, c, out);
  }
  // '"Blair has failed," he claimed': the reported clause the speech verb hangs on is c-commanded
  // (a speech verb only: "… a liaison for Bening - she married Beatty" is a clause beside another)
  if (/^nsubj/.test(t.rel(p)) && t.rel(v) === 'parataxis' && t.head(v) >= 0 && SPEECH_VERBS.has(t.lemma(v))) {
    const host = t.head(v);
    const skip = subtree(t, v, new Set());
    out.add(host);
    for (const c of t.children(host)) if (!skip.has(c)) subtree(t, c, out);
  }
  // ("John Cam Hobhouse, who initiated him": also where the parser hung the relative clause loose)
  for (const c of t.children(v)) {
    if (!RELATIVE.test(t.lower(c)) || !/^(nsubj|obj)/.test(t.rel(c)) || c > p) continue;
    let k = c - 1;
    while (k >= 0 && t.rel(k) === 'punct') k--;
    if (k >= 0) out.add(k);
  }
  for (const x of mine) if (t.rel(x) !== 'conj' || t.head(x) !== p) out.delete(x);
  return out;
}

/**
 * The words a definite description at head token p ("the company", "the club") may not corefer
 * with: the other core arguments of its verb ("the company sued Menatep", "the PFA accused the
 * club") and, for a subject, the names in the clauses its verb takes ("the company said it would
 * take action against Menatep"). Narrower than a pronoun's: not an "as" phrase, which describes the
 * subject ("will ask voters for support as the party of …"), nor a quotation the speech verb follows
 * ('"Renault intends to grow," the company said' is Renault speaking).
 */
export function describedAway(t: Parse, p: number): Set<number> {
  const out = new Set<number>();
  const v = t.head(p);
  if (v < 0 || !CORE.test(t.rel(p))) return out;
  for (const c of t.children(v)) {
    if (c === p) continue;
    if (CORE.test(t.rel(c))) subtree(t, c, out);
    else if (/^nsubj/.test(t.rel(p)) && /^(ccomp|xcomp)$/.test(t.rel(c)) && c > p) subtree(t, c, out);
  }
  return out;
}

/** Core arguments (what a description is kept apart from). */
const CORE = /^(nsubj|nsubj:pass|obj|iobj)$/;

/**
 * The subject of the clause that reports or governs the pronoun's clause, when the pronoun is that
 * clause's subject, for a speech verb: "Mr Blair said he would resign", "Sharon said he had not seen
 * …", "Rijkaard greeted him and apologised he had not …" (a coordinated verb's subject is the first
 * one's). News uses this pattern for the speaker himself far more often than for anyone else;
 * with a verb of belief it is not so ("Wells believes he would be better off in the backs").
 */
export function matrixSubject(t: Parse, p: number): number | undefined {
  let v = t.head(p);
  if (v < 0 || !/^nsubj/.test(t.rel(p))) return undefined;
  // ("Mr Vale said that if he was to launch a rival, it would not matter": the subject of a
  // condition or time clause hung on a reported clause whose own subject is no one is the
  // speaker's too; the parser often hangs that clause on the speech verb as a conjunct)
  // (a "he" or "she" only, whom a thing cannot be: "the rules … as they allowed detentions" may
  // be the rules; and a clause a condition or time marks, not a relative clause the parser hung so)
  let climbed = false;
  if (t.rel(v) === 'advcl' && /^(he|she)$/.test(t.lower(p)) && t.children(v).some((m) => t.rel(m) === 'mark' && CONDITION_OR_TIME.test(t.lower(m))) && t.head(v) >= 0 && noOneDoes(t, t.head(v))) {
    v = t.head(v);
    climbed = true;
  }
  if (t.rel(v) !== 'ccomp' && !(climbed && t.rel(v) === 'conj')) return undefined;
  let m = t.head(v);
  // (a speech verb only: "Wells believes he would be better off in the backs" is about a player)
  // (and "made it clear he would stay": making plain is saying)
  const madePlain = m >= 0 && t.lemma(m) === 'make' && t.children(m).some((c) => t.rel(c) === 'xcomp' && /^(clear|plain|known)$/.test(t.lower(c)));
  if (m < 0 || !(SPEECH_VERBS.has(t.lemma(m)) || madePlain || /^(apologi[sz]e|promise|pledge|vow)$/.test(t.lemma(m))) || /^(believe|think|feel|suggest)$/.test(t.lemma(m))) return undefined;
  for (let n = 0; m >= 0 && n < 3; n++) {
    const s = t.children(m).find((c) => /^nsubj/.test(t.rel(c)));
    if (s !== undefined) return s;
    if (t.rel(m) !== 'conj') return undefined;
    m = t.head(m);
  }
  return undefined;
}

/** Marks of a clause of condition or time. */
const CONDITION_OR_TIME = /^(if|unless|when|whenever|once|before|after|until|while)$/;

/** Has clause v no subject that could be a person ("it would not matter", "this thing happens", "there is")? */
function noOneDoes(t: Parse, v: number): boolean {
  const s = t.children(v).find((c) => /^(nsubj|expl)/.test(t.rel(c)));
  if (s === undefined || t.rel(s) === 'expl') return true;
  if (t.upos(s) === 'PRON') return /^(it|this|that|there|which)$/.test(t.lower(s));
  return t.upos(s) === 'NOUN' && !namesPeople(t.lemma(s));
}

/** The subject a reflexive at token p is bound by (its verb's, or a controlling verb's), or undefined. */
export function reflexiveBinder(t: Parse, p: number): number | undefined {
  for (let v = t.head(p), n = 0; v >= 0 && n < 4; v = t.head(v), n++) {
    const s = t.children(v).find((c) => /^nsubj/.test(t.rel(c)));
    if (s !== undefined && s !== p) return s;
    // (only a controlled or coordinated verb passes its subject down: "Smith wanted to defend himself")
    if (!/^(xcomp|conj)$/.test(t.rel(v))) return undefined;
  }
  return undefined;
}
