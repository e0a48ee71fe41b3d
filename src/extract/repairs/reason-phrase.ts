/**
 * actorgraph/extract/repairs/reason-phrase — "the army blamed the rebels for the killing of a
 * judge": the parser often hangs the phrase that says for what a verb of judging judges its object
 * on the object noun ("the rebels for the killing", as if it named which rebels), so the act is
 * laid on no one (extract/event-nouns.ts reads the verb's own phrase) and is told again as done by
 * persons unknown. The "for" phrase after the object of a verb of judging (lexicon JUDGING_VERBS;
 * "of" after "accuse", "with" after "charge": REASON_CASE), hung on that object or on a phrase of
 * it, is the verb's. An "of" phrase only when it names an act ("accused the leader of the rebels
 * of …" keeps "of the rebels" on the leader).
 */
import { EVENT_NOUNS, JUDGING_VERBS, REASON_CASE } from '../../lexicon.js';
import type { Draft } from './draft.js';
import { caseOf, children } from './draft.js';

export function repairReasonPhrase(d: Draft): void {
  const tk = d.tokens;
  for (let v = 0; v < tk.length; v++) {
    const lemma = tk[v].lemma.toLowerCase();
    if (tk[v].upos !== 'VERB' || !JUDGING_VERBS.test(lemma)) continue;
    const o = children(d, v).find((c) => c > v && d.rels[c] === 'obj');
    if (o === undefined || children(d, v).some((c) => c > o && d.rels[c] === 'obl' && reason(lemma, caseOf(d, c)))) continue;
    // (the phrase: on the object, or on the last noun of the object's own phrases, "the leader of the rebels for …")
    for (let h = o, n = 0; h >= 0 && n < 3; n++) {
      const nmods = children(d, h).filter((c) => c > h && d.rels[c] === 'nmod');
      // (not a name's own words: "praised the Committee for the Protection of Journalists")
      const x = nmods.find((c) => reason(lemma, caseOf(d, c)) && (caseOf(d, c) !== 'of' || act(d, c)) && !named(d, c));
      if (x !== undefined) { d.heads[x] = v; d.rels[x] = 'obl'; break; }
      h = nmods.length ? nmods[nmods.length - 1] : -1;
    }
  }
}

const reason = (lemma: string, c: string): boolean => (REASON_CASE[lemma] ?? /^for$/).test(c);

/** Is x a name's word: a proper noun, or capitalised in ordinary (not all-capitals) copy? */
const named = (d: Draft, x: number): boolean => {
  const w = d.tokens[x].text;
  return d.tokens[x].upos === 'PROPN' || (/^[A-Z]/.test(w) && w !== w.toUpperCase());
};

/** Does phrase x name an act: a gerund, or a noun of violence ("the kidnapping", "the murder")? */
const act = (d: Draft, x: number): boolean => d.tokens[x].upos === 'VERB' || !!EVENT_NOUNS[d.tokens[x].lower] || /ing$/.test(d.tokens[x].lower);
