/**
 * actorgraph/extract/category-gates — PLOVER types a clause's verb carries that its object shows
 * the clause is not. A verb is listed under the type of its commonest news sense
 * (data/plover-verbs.json); the object tells the other senses: "gave the order" is no aid,
 * "released an album" no concession, "demonstrated its skill" no protest, "established a deadline"
 * no support.
 */
import type { Analysed } from './analyse.js';
import type { Clause } from './clauses.js';
import { CURRENCIES } from './name-kind.js';
import { AGENT_HEADS, AID_NOUNS, RELATIONAL_NOUNS, SCORE } from '../lexicon.js';
import { namesPeople } from '../resolve/unnamed-persons.js';

/** A phrase's last word, lower case: the noun its head is in most of what the gates read ("diplomatic ties" → ties). */
const lastWord = (w: string): string => w.toLowerCase().split(/\s+/).pop() ?? '';

/** Verbs of giving, which are PLOVER's AID only when what they give is (lexicon AID_NOUNS). */
const GIVING = /^(give|send|provide|deliver|supply|grant|donate)$/;

/**
 * Is what a verb of giving gives written, and no aid? The things given are the clause's concept
 * objects, or the noun a ReVerb clause folded into its label (`lemmas`' last); an amount is money,
 * and "tons of food aid" is aid by any of its words.
 */
function noAidGiven(a: Analysed, c: Clause, lemmas: string[]): boolean {
  const things = c.objects.map((k) => a.mentions.get(k)).filter((m) => m?.kind === 'concept');
  const given = c.rule === 'reverb' ? [lemmas[lemmas.length - 1]] : things.flatMap((m) => a.s.tokens.slice(m!.start, m!.end).flatMap((w) => [w.lower, w.lemma.toLowerCase()]));
  return given.length > 0 && !given.some((w) => AID_NOUNS.has(w) || CURRENCIES.test(w) || /\d|^[$£€]/.test(w));
}

/**
 * Verbs whose PLOVER event is done to a party: "released the hostages" (CONCEDE), "received the
 * envoy" (CONSULT). ("hosted a lunch", "welcomed the resumption of ties" stay CONSULT, as the
 * PLOVER and PETRARCH gold code them.)
 */
const PARTY_VERBS = /^(release|free|receive)$/;

/** Are the clause's objects all things, none of them an actor or people ("released the album in Europe", "received no warning")? */
function doneToThing(a: Analysed, c: Clause, lemmas: string[]): boolean {
  // (a ReVerb clause folds the thing into its label: "received a warning from Delta" → receive warning from)
  // (talks, a summit, a visit are meetings of parties: "received a visit from" stays CONSULT; aid
  // or support received is no meeting)
  const meeting = (h: string) => /^(meet|talk|negotiate|dialogue|visit)$/.test((RELATIONAL_NOUNS[h] ?? RELATIONAL_NOUNS[`${h}s`])?.lemma ?? '');
  const thing = (w: string) => !namesPeople(w) && !meeting(lastWord(w));
  if (c.rule === 'reverb') return lemmas.length > 1 && thing(lemmas[lemmas.length - 1]);
  const objs = c.objects.map((k) => a.mentions.get(k));
  return objs.length > 0 && objs.every((m) => m?.kind === 'concept' && thing(m.concept ?? m.text));
}

/** Does "establish" take relations or ties as its object ("established diplomatic ties with Peru")? */
function establishesTies(a: Analysed, c: Clause, lemmas: string[]): boolean {
  const ties = (w: string) => /^(relations?|ties|tie|contacts?|links?|dialogue|cooperation|partnership|alliance)$/.test(lastWord(w));
  if (c.rule === 'reverb') return ties(lemmas[lemmas.length - 1] ?? '');
  return c.objects.some((k) => { const m = a.mentions.get(k); return !!m && ties(m.concept ?? m.text); });
}

/** Verbs of cutting, which are PLOVER's SANCTION only when what they cut is a tie, aid or trade with a party. */
const CUTTING = /^(cut|reduce|slash|trim|lower|scale)$/;

/**
 * Does a verb of cutting cut a party, or ties, aid or trade ("cut aid to Peru", "cut diplomatic
 * ties", "cut gas supplies")? "cut its growth forecasts", "cut 500 jobs", "cut fares" are a firm's
 * or a forecaster's own business, no sanction.
 */
function cutsTies(a: Analysed, c: Clause, lemmas: string[]): boolean {
  const tie = (w: string) => AID_NOUNS.has(w) || /^(relations?|ties|tie|contacts?|links?|cooperation|trade|imports?|exports?|flights?|deliveries|shipments?|investment|purchases?|talks)$/.test(w);
  if (c.rule === 'reverb') return tie(lastWord(lemmas[lemmas.length - 1] ?? ''));
  return c.objects.some((k) => { const m = a.mentions.get(k); return !!m && (m.kind === 'actor' || tie(lastWord(m.concept ?? m.text))); });
}

/** Are the clause's objects all things, no actor and no people ("beat forecasts", not "beat the protesters")? */
function beatsThing(a: Analysed, c: Clause, lemmas: string[]): boolean {
  const people = (w: string) => namesPeople(w) || lastWord(w) in AGENT_HEADS;
  if (c.rule === 'reverb') return lemmas.length > 1 && !people(lemmas[lemmas.length - 1]);
  const objs = c.objects.map((k) => a.mentions.get(k));
  return objs.length > 0 && objs.every((m) => m?.kind === 'concept' && !people(m.concept ?? m.text));
}

/** Verbs of winning and contests, prizes: what a beating in a contest is for or in. */
const WINNING = /^(become|win|take|claim|clinch|reach|finish|land|lift|secure|top|earn|grab|seal|book|retain|regain|capture)$/;
const CONTESTS = /^(final|semi-final|semifinal|quarter-final|race|match|game|election|vote|poll|ballot|contest|tournament|round|derby|championship|competition|play-off|playoff|tie|event|primary|leg|series|decider|draw|bid|auction|shootout|penalties)$/;
const PRIZES = /^(title|prize|award|crown|medal|gold|silver|nomination|contract|deal|post|job|record|trophy|cup|line|punch|finish|top|spot|place|seat)$/;

/**
 * Is clause c's beating one of a contest ("beat Depardieu to become France's best-paid actor",
 * "beat Bath 17-16", "beat Hewitt in the final", "beat Spain to the title")? Rivals outdone, no one
 * assaulted; "beat the prisoner in his cell", "beat him to death" stay ASSAULT.
 */
function beatsInContest(a: Analysed, c: Clause): boolean {
  const t = a.tree;
  const contest = (k: number) => (t.caseWord(k) === 'in' || t.caseWord(k) === 'at') && CONTESTS.test(t.lower(k)) || t.caseWord(k) === 'to' && PRIZES.test(t.lower(k));
  for (const k of t.children(c.head)) {
    const r = t.base(k);
    if ((r === 'xcomp' || r === 'advcl') && WINNING.test(t.lemma(k)) && t.childrenBy(k, 'mark').some((m) => t.lower(m) === 'to')) return true;
    if (r === 'obl' && contest(k)) return true;
    // (the parser often hangs the phrase on the rival: "beat [Anna Bell in the final]")
    if (r === 'obj' && t.childrenBy(k, 'nmod').some(contest)) return true;
  }
  // a score after the verb: "17-16", or "3 - 1" as the tokeniser may split it
  const [, end] = t.span(c.head);
  for (let i = c.head + 1; i < end; i++) {
    if (SCORE.test(t.lower(i))) return true;
    if (i + 2 < end && /^\d+$/.test(t.lower(i)) && /^[-–]$/.test(t.lower(i + 1)) && /^\d+$/.test(t.lower(i + 2))) return true;
  }
  return false;
}

/** What one joins with others in a shared effort: "joined the peace process", "join forces with". */
const JOINT = /^(process|life|integration|rebellion|insurgency|uprising|commando|ranks|talks|efforts?|coalition|alliance|forces|campaign|deal|pact|union|bloc|mission|operations?|initiative|negotiations|government|delegation|agreement|partnership|venture|consortium|fight|struggle|call|calls|appeal|war|cause|movement|network|team|group|organi[sz]ation|body|club)$/;

/** Does a clause of joining join a thing, no party nor a shared effort ("joined the cast", "joining a crowded field", "join the race")? */
function joinsThing(a: Analysed, c: Clause, lemmas: string[]): boolean {
  if (c.rule === 'reverb') return lemmas.length > 1 && !JOINT.test(lastWord(lemmas[lemmas.length - 1]));
  const objs = c.objects.map((k) => a.mentions.get(k));
  return objs.length > 0 && objs.every((m) => m?.kind === 'concept' && !namesPeople(m.concept ?? m.text) && !JOINT.test(lastWord(m.concept ?? m.text)));
}

/**
 * The PLOVER types clause c is known not to be; `lemmas`: its verb's lemmas with the noun a light
 * verb or a ReVerb clause folded in.
 */
export function uncodedTypes(a: Analysed, c: Clause, lemmas: string[]): string[] {
  const v = c.verb.lemma;
  if (GIVING.test(v) && noAidGiven(a, c, lemmas)) return ['AID'];
  if (PARTY_VERBS.test(v) && doneToThing(a, c, lemmas)) return ['CONCEDE', 'CONSULT'];
  // ("demonstrated in Lima" is a protest; "demonstrated its professionalism" is not)
  if (v === 'demonstrate' && c.objects.length) return ['PROTEST'];
  if (v === 'establish' && !establishesTies(a, c, lemmas)) return ['SUPPORT'];
  if (CUTTING.test(v) && !cutsTies(a, c, lemmas)) return ['SANCTION'];
  // ("beat market expectations", "beat the deadline": a thing beaten is outdone, no one assaulted;
  // "beat the protesters" stays ASSAULT; nor is a rival beaten in a contest)
  if (v === 'beat' && (beatsThing(a, c, lemmas) || beatsInContest(a, c))) return ['ASSAULT'];
  if (v === 'join' && joinsThing(a, c, lemmas)) return ['COOPERATE'];
  return [];
}
