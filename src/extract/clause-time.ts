/**
 * actorgraph/extract/clause-time — which of a sentence's date expressions is the time of one
 * clause. A date dates the clause it hangs in:
 *   "Navratilova, who made a comeback after retiring in 1994, …"  1994 is the retiring, not the comeback;
 *   "the last team to play at the stadium where they faced X in 1998"  1998 is the facing.
 * A clause with no date of its own takes the one of the clause it is a conjunct or a controlled
 * infinitive of ("met on Monday and signed a deal", "agreed on Monday to cooperate"), never one
 * from a clause above or below it of another kind (relative, adverbial, reported, parenthetical).
 * A date word that is part of a name, or a subject or object, dates nothing ("Radio 4's Today
 * programme", "2005 was a good year"); nor does a verb wink read as a season ("further to fall"),
 * nor a weekday cut short that is a name ("offered by Sun.").
 */
import type { Tree } from './tree.js';
import { WEEKDAYS } from './time.js';

/** Relations (without subtypes) that open a clause of their own. */
const CLAUSE = /^(acl|advcl|ccomp|csubj|parataxis|xcomp|root)$/;
/** A date word in these roles is a name's part or an argument. */
const NOT_ADVERBIAL = /^(compound|flat|nsubj|obj|iobj|appos|csubj|vocative|root)$/;

/** "Sun.", "Wed", "Sat": a weekday cut short, a day only after "on" ("on Sat."). */
const ABBREVIATED_DAY = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;

/** [first token, last token, text], as extract/segment.ts finds them. */
export type DateSpan = [number, number, string];

/** A weekday's name: a date after it and a comma is the same day ("Monday, 3 March"). */
const WEEKDAY = new RegExp(`^(${WEEKDAYS.join('|')})$`, 'i');

/**
 * wink's date and time spans (token index pairs) with the parts of one expression joined: it
 * finds "Friday" and "night" apart, and "Monday" apart from "3 March", so "met on Friday night"
 * was dated "night". Spans next to each other are one; so are a weekday and a date after one comma.
 */
export function joinDates(spans: ReadonlyArray<readonly [number, number]>, values: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [d0, d1] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && (d0 === last[1] + 1 || (d0 === last[1] + 2 && values[last[1] + 1] === ',' && last[0] === last[1] && WEEKDAY.test(values[last[0]])))) last[1] = Math.max(last[1], d1);
    else out.push([d0, d1]);
  }
  return out;
}

/** A verbal conjunct heads a clause; a nominal one ("Russia and Belarus") does not. */
const verbal = (t: Tree, i: number) => /^(VERB|AUX)$/.test(t.upos(i)) || t.childrenBy(i, 'nsubj', 'cop').length > 0;

/** The head of the clause word `i` stands in (itself when it heads one). */
export function clauseOf(t: Tree, i: number): number {
  let j = i;
  for (let guard = 0; guard < 200; guard++) {
    const h = t.head(j);
    if (h < 0 || CLAUSE.test(t.base(j)) || (t.base(j) === 'conj' && verbal(t, j) && verbal(t, h))) return j;
    j = h;
  }
  return j;
}

/** The word of a date expression that hangs outside it (its syntactic head within the clause). */
function anchorOf(t: Tree, [d0, d1]: DateSpan): number {
  for (let i = d0; i <= d1; i++) {
    const h = t.head(i);
    if (h < d0 || h > d1) return i;
  }
  return d1;
}

/** Auxiliaries of a time other than a past date: the present perfect and the future. */
const NOT_THEN = /^(has|have|will|shall|'ll)$/;

/** Words between a quantity and its date: "from 20% in 2003", "from 62% at the end of 2003". */
const BEFORE_DATE = /^(in|at|on|during|by|the|end|start|beginning|close|middle|of)$/;
/** Words of a quantity's unit after its number: "20%", "7 per cent", "£3 million". */
const UNIT = /^(%|percent|per|cent|million|billion|bn|m|thousand|points?)$/;
/**
 * Is the date starting at token d0 the base of a comparison, the time of the quantity a figure is
 * set against ("sold 30%, up from 20% in 2003", "than 5m in 2003", "up 9,000 on four years ago")?
 * It dates that quantity, not the clause.
 */
function comparisonBase(t: Tree, d0: number): boolean {
  let k = d0 - 1;
  const preposition = t.lower(k);
  while (k >= 0 && k > d0 - 6 && BEFORE_DATE.test(t.lower(k))) k--;
  // (the figure's unit: "20%", "7 per cent", "£3 million", or a noun right after its number, "5,000 tonnes")
  for (let n = 0; k >= 0 && n < 3 && UNIT.test(t.lower(k)); n++) k--;
  if (k > 0 && /^(NOUN|SYM)$/.test(t.upos(k)) && /\d/.test(t.lower(k - 1))) k--;
  if (k < 0 || !/\d/.test(t.lower(k))) return false;
  const w = t.lower(k - 1);
  // (not a figure's own bound, "more than 80,000 units last year", nor a clock time's start, "from 2300 on 10 December")
  if (w === 'than' && /^(more|less|fewer|over|under|greater|higher|lower)$/.test(t.lower(k - 2))) return false;
  return (/^(from|than|against)$/.test(w) && preposition !== 'on') || (w === 'with' && /^compared$/.test(t.lower(k - 2)))
    || (preposition === 'on' && /^(up|down)$/.test(w));
}

/** Present forms of "be", "do" and "have" before a verb or as its copula. */
const PRESENT_AUX = /^(am|is|are|'s|'re|'m|do|does)$/;
/** Is the clause headed by h finite in the present: "employs", "are pushing", "is in talks"? */
function toldInPresent(t: Tree, h: number): boolean {
  const aux = t.childrenBy(h, 'aux', 'aux:pass', 'cop').filter((a) => a < h);
  return aux.length ? PRESENT_AUX.test(t.lower(aux[0])) : /^VB[PZ]$/.test(t.xpos(h) ?? '');
}
/** Is the clause headed by h finite in the past: "bought", "were relegated", "had met"? */
function toldInPast(t: Tree, h: number): boolean {
  const aux = t.childrenBy(h, 'aux', 'aux:pass', 'cop').filter((a) => a < h);
  return aux.length ? /^(was|were|had|did|'d)$/.test(t.lower(aux[0])) : t.xpos(h) === 'VBD';
}

/**
 * The sentence's dates read once: a function from a clause's word `at` to the text of the date
 * expression that dates its clause, or undefined.
 */
export function clauseTimes(t: Tree, dates: readonly DateSpan[]): (at: number) => string | undefined {
  if (!dates.length) return () => undefined;
  const own = new Map<number, string>();
  for (const d of dates) {
    // ("offered by Sun.", "The Sun said": an abbreviated weekday alone is a name more often than a day)
    if (ABBREVIATED_DAY.test(d[2].trim()) && t.lower(d[0] - 1) !== 'on') continue;
    if (comparisonBase(t, d[0])) continue;
    const w = anchorOf(t, d);
    // ("differ from today's celebrities", "last year's budget": a date that owns a noun dates the noun, not the clause)
    if (NOT_ADVERBIAL.test(t.base(w)) || t.rel(w) === 'nmod:poss' || t.upos(w) === 'VERB') continue;
    // ("denied the charges regarding the 7 January assassination": a date set before a noun dates the noun)
    if (t.head(w) > d[1] && /^(NOUN|PROPN)$/.test(t.upos(t.head(w)))) continue;
    const c = clauseOf(t, w);
    if (!own.has(c)) own.set(c, d[2]);
  }
  return (at) => {
    let c = clauseOf(t, at);
    for (let guard = 0; guard < 50; guard++) {
      const hit = own.get(c);
      if (hit !== undefined) return hit;
      // (a conjunct or a controlled infinitive shares the time of the clause it hangs on)
      if (!/^(xcomp|conj)$/.test(t.base(c)) || t.head(c) < 0) return undefined;
      // ("first appeared in 1979 and has taken credit for attacks", "met in May and will meet again":
      // a conjunct in the present perfect or the future is not in its first conjunct's past)
      if (t.base(c) === 'conj' && t.childrenBy(c, 'aux').some((x) => NOT_THEN.test(t.lower(x)))) return undefined;
      // ("were relegated in 2004 but are now challenging Chelsea", "bought it in 2001 and now
      // employs 300 staff": a conjunct told in the present is not in its first conjunct's past)
      if (t.base(c) === 'conj' && toldInPresent(t, c) && toldInPast(t, t.head(c))) return undefined;
      c = clauseOf(t, t.head(c));
    }
    return undefined;
  };
}
