/**
 * actorgraph/extract/work-credits — names the sentence shows to be works by what the trade credits
 * to them: a prize given for them ("won best actress for Silver Harbour", "took the best film prize
 * for The Lantern Keeper", "an award for her performance in Dark Meadow") and a part played in them
 * ("plays Marjorie in Winter Harbour", "In The Glass Orchard, Reyes plays a retired engineer"). The
 * recogniser types a title by its words, a body's or a place's; a prize is won for a work and a
 * character is played in one, so extract/analyse.ts makes the name a thing wherever the document
 * names it, with the other work cues (person-cues.ts workCues, work-parts.ts).
 */
import type { Tree } from './tree.js';
import { CLUB_WORDS, ORG_WORDS } from '../lexicon.js';
import { knownFirstName } from '../resolve/persons.js';

/** Nouns of a prize or a nomination, whose "for" phrase names what it was given for. */
const PRIZE = /^(award|awards|prize|prizes|oscar|oscars|bafta|baftas|emmy|emmys|grammy|grammys|globe|globes|nomination|nominations|gong|gongs|statuette)$/;
/** Verbs by which a prize is won or given; their "for" phrase is the prize's when their object is one. */
const WIN = /^(win|take|earn|receive|collect|get|pick|scoop|land|bag|claim|share|accept|deserve|give|hand|present)$/;
/** Nouns of a part played, whose "in" phrase names the work: "her role in X", "his performance in X". */
const PART = /^(role|roles|performance|performances|portrayal|turn)$/;
/** Verbs of acting a part: "plays Marjorie in X", "portrays a spy in X". */
const ACT = /^(play|portray)$/;
/** What one plays that is no character: "played a key role in", "played football in", "played a gig in". */
const NO_PART = /^(part|parts|role|roles|game|games|match|matches|host|football|rugby|tennis|golf|cricket|music|song|songs|gig|gigs|concert|concerts|show|shows|set|sets|card|cards|tie|ties|fixture|fixtures|season|minutes|ball|shot|shots|hand|trick|tricks|joke|jokes|record|records|track|tracks|video|videos|havoc|safe)$/;

/** Is a category named by "best" ("won best actress") or a prize the object of a verb of winning? */
const prizeObject = (t: Tree, o: number) => PRIZE.test(t.lower(o)) || t.children(o).some((c) => t.lower(c) === 'best');

/** Is x in the "for" phrase of a prize, a nomination or a category won ("won best actor for", "her Oscar for")? */
function forPrize(t: Tree, x: number): boolean {
  if (t.caseWord(x) !== 'for') return false;
  const h = t.head(x);
  if (h < 0) return false;
  if (t.upos(h) !== 'VERB') return PRIZE.test(t.lower(h)) || (t.rel(h) === 'obj' && WIN.test(t.lemma(t.head(h))) && prizeObject(t, h));
  if (/^(nominate|shortlist)$/.test(t.lemma(h))) return true;
  return WIN.test(t.lemma(h)) && t.childrenBy(h, 'obj').some((o) => prizeObject(t, o));
}

/**
 * The name of capitalised words around i as [start, end), or undefined where it is a body's or a
 * club's ("won the award for Zentrix Motors"), a possessor ("her role in Labour's campaign") or
 * no name at all.
 */
function nameRun(t: Tree, i: number): [number, number] | undefined {
  const cap = (k: number) => k >= 0 && k < t.tokens.length && /^[A-Z0-9]/.test(t.tokens[k].text) && t.upos(k) !== 'PUNCT';
  if (!cap(i) || !/^[A-Z]/.test(t.tokens[i].text)) return undefined;
  let a = i, b = i + 1;
  while (cap(a - 1) && t.lower(a - 1) !== 'the') a--;
  while (cap(b)) b++;
  if (/^['\u2019]s?$/.test(t.tokens[b]?.text ?? '')) return undefined;
  for (let k = a; k < b; k++) if (ORG_WORDS.has(t.lower(k)) || CLUB_WORDS.has(t.lower(k))) return undefined;
  // (nor a person's: a prize is as often "for Mike Leigh", "a second Oscar for Hilary Swank")
  for (let k = a; k < b; k++) if (t.tokens[k].ne === 'person') return undefined;
  if (b - a >= 2 && t.upos(a) === 'PROPN' && knownFirstName(t.tokens[a].text)) return undefined;
  return [a, b];
}

/** Is the name headed at i a place by the recogniser's reading ("plays Federer in Basel")? */
const place = (t: Tree, i: number) => t.tokens[i].ne === 'place';

/** Tokens heading names the sentence credits as works (the caller takes the mention around each). */
export function workCreditCues(t: Tree): number[] {
  const out = new Set<number>();
  const add = (i: number) => { const r = nameRun(t, i); if (r) out.add(r[1] - 1); };
  for (let i = 0; i < t.tokens.length; i++) {
    const w = t.tokens[i];
    // "won best actor for Ray", "her Oscar for The Lantern Keeper"
    if (/^[A-Z]/.test(w.text) && /^(PROPN|NOUN)$/.test(t.upos(i)) && forPrize(t, i)) { add(i); continue; }
    // "nominated for her role in Paper Moons": the name right after a part's "in", the part in a
    // prize's "for" phrase (read by the words: the parser hangs that "in" anywhere)
    if (w.lower === 'in' && i > 0 && PART.test(t.lower(i - 1)) && forPrize(t, i - 1)) {
      add(t.lower(i + 1) === 'the' ? i + 2 : i + 1);
      continue;
    }
    // "plays Marjorie in The Quiet Year", "In The Glass Orchard, Reyes plays a retired engineer": the
    // "in" phrase of acting, or of the part acted, when the part is a character (a name, or a noun:
    // not "played a key role in", "played football in")
    // (a name the recogniser calls a place only after a noun: "plays Federer in Basel" is a match,
    // "plays a spy in Winter Harbour" a film)
    if (!/^[A-Z]/.test(w.text) || !/^(PROPN|NOUN)$/.test(t.upos(i)) || t.caseWord(i) !== 'in') continue;
    const g = t.head(i);
    const v = g >= 0 && t.upos(g) === 'VERB' ? g : g >= 0 && t.rel(g) === 'obj' ? t.head(g) : -1;
    if (v < 0 || !ACT.test(t.lemma(v))) continue;
    // (a character by a noun comes with "a": "plays a retired engineer", not "play four days of
    // football in Fulham", "playing week in and week out in the Premiership")
    const objs = t.childrenBy(v, 'obj');
    const character = (o: number) => t.upos(o) === 'NOUN' && !NO_PART.test(t.lower(o)) && t.children(o).some((c) => t.rel(c) === 'det' && /^(a|an)$/.test(t.lower(c)));
    if (objs.some(character) || (!place(t, i) && objs.some((o) => t.upos(o) === 'PROPN'))) add(i);
  }
  return [...out];
}
