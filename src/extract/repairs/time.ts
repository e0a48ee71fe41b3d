/**
 * actorgraph/extract/repairs/time — phrases of time the parser gives a part they cannot play: a
 * time phrase or a day word read as the subject (or as a name's head), a party's phrase hung on a
 * time noun. A time is never an actor, so each goes back to being the verb's time.
 */
import { MONTH_NAMES, TIME_NOUNS } from '../../lexicon.js';
import { WEEKDAYS } from '../time.js';
import { isNominal } from '../tree.js';
import type { Draft } from './draft.js';
import { below, caseOf, children } from './draft.js';

/**
 * "Over the past ten years many priests were arrested": the parser may make the time phrase the
 * subject and the real subject its conjunct. A subject with a case word of its own is no subject:
 * it is the verb's phrase of time, and its conjunct with no "and" or "or" is the subject.
 */
export function repairTimeSubject(d: Draft): void {
  const tk = d.tokens;
  for (let x = 0; x < tk.length; x++) {
    if (!/^nsubj/.test(d.rels[x]) || !TIME_NOUNS.has(tk[x].lower)) continue;
    const kids = children(d, x);
    if (!kids.some((k) => d.rels[k] === 'case' && k < x)) continue;
    const c = kids.find((k) => k > x && d.rels[k] === 'conj' && !children(d, k).some((z) => d.rels[z] === 'cc'));
    if (c === undefined) continue;
    d.heads[c] = d.heads[x]; d.rels[c] = d.rels[x];
    d.rels[x] = 'obl';
  }
}

/**
 * "The Security Council today agreed to …", "PERU TODAY REJECTED …": a day word right after a name
 * may be read as the head of the name, the name its compound, so the subject is "today" (or the
 * verb has none, the whole phrase read as its time). A day word (today, yesterday, tonight)
 * heading a subject, or the time phrase of a verb with no subject, with a name's words as
 * compounds before it, is the verb's time; the last of those words heads the subject.
 */
export function repairNameBeforeDay(d: Draft): void {
  const tk = d.tokens;
  for (let x = 1; x < tk.length; x++) {
    if (!/^(today|yesterday|tonight|tomorrow)$/.test(tk[x].lower) || d.heads[x] < 0) continue;
    // (the subject itself, or the verb's time phrase while the verb has no subject at all)
    const v = d.heads[x];
    const asTime = /^obl/.test(d.rels[x]) && !children(d, v).some((k) => /^(nsubj|csubj|expl)/.test(d.rels[k]));
    if (!/^nsubj/.test(d.rels[x]) && !asTime) continue;
    const kids = children(d, x);
    const names = kids.filter((k) => k < x && d.rels[k] === 'compound' && /^(PROPN|NOUN)$/.test(tk[k].upos ?? tk[k].pos));
    if (!names.length) continue;
    const r = names[names.length - 1];
    d.heads[r] = v; d.rels[r] = asTime ? (children(d, v).some((k) => d.rels[k] === 'aux:pass') ? 'nsubj:pass' : 'nsubj') : d.rels[x];
    for (const k of kids) if (k !== r && k < x) d.heads[k] = r;
    d.heads[x] = v; d.rels[x] = 'obl:unmarked';
  }
}

/**
 * "was involved in clashes within the past few hours with the FARC": a phrase of time holds no
 * party, yet the parser hangs the next prepositional phrase on its noun. A "with"/"against"/
 * "between"/"by" phrase (or a "for" one under a named day or month) under a time noun that
 * is itself a prepositional or time modifier goes up to what that phrase modifies (the clashes are
 * with the FARC, not the hours).
 */
export function repairTimeModifier(d: Draft): void {
  for (let x = 0; x < d.tokens.length; x++) {
    const tn = d.heads[x];
    if (tn < 0 || !/^(nmod|obl)/.test(d.rels[x]) || !TIME_NOUNS.has(d.tokens[tn].lower) || !/^(nmod|obl)/.test(d.rels[tn])) continue;
    const cw = d.tokens.findIndex((_, k) => d.heads[k] === x && d.rels[k] === 'case');
    // (and a "for" phrase under a named day or month: "called on Monday for Iraq to withdraw"; not
    // under other times, "in time for the tour")
    const day = WEEKDAYS.includes(d.tokens[tn].lower) || MONTH_NAMES.includes(d.tokens[tn].lower);
    if (cw < 0 || !(day ? /^(with|against|between|by|for)$/ : /^(with|against|between|by)$/).test(d.tokens[cw].lower)) continue;
    const up = d.heads[tn];
    if (up < 0) continue;
    d.heads[x] = up;
    d.rels[x] = isNominal(d.tokens[up].upos ?? '') ? 'nmod' : 'obl';
  }
}

/**
 * "WAS KIDNAPPED ON 11 DECEMBER": the parser may read "on" as the verb's particle and hang the date
 * on it, so the relation reads "kidnap on". A particle "on", "in" or "at" with a number, a day or a
 * month hung on it is the date's case word: the date is the verb's phrase of time.
 */
export function repairDateParticle(d: Draft): void {
  const tk = d.tokens;
  for (let p = 1; p + 1 < tk.length; p++) {
    const v = d.heads[p];
    if (d.rels[p] !== 'compound:prt' || !/^(on|in|at)$/.test(tk[p].lower) || v < 0) continue;
    const x = children(d, p).find((c) => c === p + 1 && (tk[c].upos === 'NUM' || TIME_NOUNS.has(tk[c].lower)));
    if (x === undefined) continue;
    d.heads[x] = v;
    d.rels[x] = 'obl';
    d.heads[p] = x;
    d.rels[p] = 'case';
  }
}

/**
 * "A POWERFUL BOMB TODAY EXPLODED NEAR THE EMBASSY": a day word between a subject and its past
 * tense may make the parser read the verb as a relative clause on the noun, with the noun (or the
 * article before it) the root, so the sentence has no main verb and the bomb went off nowhere. A
 * past tense with no subject, relative word or marker of its own, right after a day word it holds,
 * hung on a noun of a root phrase with no verb, is the main verb and the noun its subject.
 */
export function repairDayBeforeVerb(d: Draft): void {
  const tk = d.tokens;
  for (let v = 2; v < tk.length; v++) {
    const x = d.heads[v];
    if (!/^acl/.test(d.rels[v]) || tk[v].upos !== 'VERB' || tk[v].xpos !== 'VBD' || x < 0 || x > v - 2) continue;
    const day = v - 1;
    if (!/^(today|yesterday|tonight)$/.test(tk[day].lower) || d.heads[day] !== v) continue;
    const kids = children(d, v);
    if (kids.some((k) => /^(nsubj|csubj|expl|mark)/.test(d.rels[k]) || (k < v && /^(which|that|who|whom|whose|where)$/.test(tk[k].lower)))) continue;
    if (!isNominal(tk[x].upos ?? '') || edge1(d, x, v) !== day - 1) continue;
    // the root: the noun itself, or the article the parser hung it on
    const r = d.heads[x] === -1 ? x : d.heads[d.heads[x]] === -1 && tk[d.heads[x]].upos === 'DET' && d.heads[x] < x ? d.heads[x] : -1;
    if (r < 0) continue;
    if (r !== x) { d.heads[r] = x; d.rels[r] = 'det'; }
    for (let k = 0; k < tk.length; k++) if ((d.heads[k] === r || d.heads[k] === x) && k > v && !below(d, v, k)) d.heads[k] = v;
    d.heads[v] = -1; d.rels[v] = 'root';
    d.heads[x] = v; d.rels[x] = kids.some((k) => d.rels[k] === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
    return;
  }
}

/** The last word of x's phrase before `stop` (stop's own subtree left out). */
function edge1(d: Draft, x: number, stop: number): number {
  let e = x;
  for (let k = x + 1; k < stop; k++) if (below(d, k, x) && !below(d, k, stop)) e = k;
  return e;
}

/** Nouns whose "that"-clause says what they hold, not which one they are: "its demand that …". */
const CONTENT_NOUNS = /^(demands?|calls?|appeals?|requests?|pleas?|insistence|ultimatum|claims?|reports?|allegations?|accusations?|charges?|warnings?|statements?|announcement|news|assurances?|hopes?|fears?|promises?|pledges?|suggestions?|proposals?|decision|belief|view)$/;

/** Words for a day that stand alone as a verb's time, with no case word: "called Thursday on Iraq". */
const BARE_DAY = /^(today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * "Syria called Thursday on Iraq to withdraw", "the ILO reiterated its demand today that Israel
 * ease …": a day word with no case word, set between a verb or a noun and what follows them, is only
 * the time, yet the parser hangs the next phrase on it, or makes it the head of the noun before it.
 * A bare day word heads nothing: a phrase hung on it after it goes to the word it is the time of;
 * a common noun right before it, read as its compound, is the verb's object, the day word its time.
 */
export function repairBareDay(d: Draft): void {
  const tk = d.tokens;
  for (let x = 1; x < tk.length; x++) {
    if (!BARE_DAY.test(tk[x].lower) || d.heads[x] < 0 || !/^(obl|nmod)/.test(d.rels[x]) || d.rels[x] === 'nmod:poss') continue;
    if (children(d, x).some((k) => d.rels[k] === 'case')) continue;
    const v = d.heads[x];
    const n = x - 1;
    // ("reiterated its demand today": the noun before the day word, with its article or possessor)
    // (only as the object a verb lacks: "met Hamas leaders Thursday" keeps its own object)
    const verb = tk[v].upos === 'VERB';
    if (verb && d.heads[n] === x && d.rels[n] === 'compound' && tk[n].upos === 'NOUN' && !TIME_NOUNS.has(tk[n].lower) && !children(d, v).some((k) => d.rels[k] === 'obj')) {
      for (const k of children(d, x)) if (k < n) d.heads[k] = n;
      d.heads[n] = v; d.rels[n] = 'obj';
      d.rels[x] = 'obl:unmarked';
      // (a clause hung on the day word is the noun's: "the deal Monday that Chile signed")
      for (const k of children(d, x)) if (k > x && /^acl/.test(d.rels[k])) d.heads[k] = n;
      // ("its demand today that Israel lift the restrictions": after a noun of saying or asking, a
      // "that" read as the object of a clause that has one already, or as its bare time, opens that
      // clause, the noun's content; after another noun it may be a relative: "the deal Monday that Chile signed")
      const w = x + 1, c = d.heads[w] ?? -1;
      if (tk[w]?.lower === 'that' && c > w && CONTENT_NOUNS.test(tk[n].lower) && (d.rels[w] === 'obl:unmarked' || (d.rels[w] === 'obj' && children(d, c).some((k) => k > w && d.rels[k] === 'obj')))) {
        d.rels[w] = 'mark';
        if (d.heads[c] === n) d.rels[c] = 'acl';
      }
    }
    for (const k of children(d, x)) {
      if (k < x || !/^(nmod|obl)/.test(d.rels[k]) || d.rels[k] === 'nmod:poss') continue;
      // ("received confirmation yesterday of Mir's kidnapping": an "of" phrase is the noun's before the day word)
      const noun = caseOf(d, k) === 'of' && tk[x - 1].upos === 'NOUN' && !below(d, x - 1, x) ? x - 1 : -1;
      d.heads[k] = noun >= 0 ? noun : v;
      d.rels[k] = noun >= 0 || isNominal(tk[v].upos ?? '') ? 'nmod' : 'obl';
    }
  }
}
