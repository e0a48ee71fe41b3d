/**
 * actorgraph/extract/body-name — what tells one unnamed body of a country from another. "Peru's
 * ruling party" and "Peru's main opposition party" are two parties; named by the head alone both
 * became one node, "Peruvian party", and the graph merged government and opposition. For heads
 * that stand for a kind of body (party, group, movement …) the lower-case words that say which
 * one stay in its name and id; words that only rank or size it ("main", "largest") do not, so
 * "the main opposition party" and "the opposition party" stay one node.
 *
 * @example
 *   qualifierWords(tokens, 2, 5)   // "Peru's main opposition party" → "opposition"
 */
import type { Token } from '../nlp/wink.js';

/** Heads of a kind of body whose modifiers say which one it is. */
const KIND_HEADS = /^(party|parties|group|groups|movement|movements|faction|factions|coalition|alliance|front|bloc|wing|camp|force)$/;

/** Words that rank, size or date a body without saying which it is. */
const RANKING = /^(main|chief|principal|leading|largest|biggest|big|small|smaller|larger|major|minor|key|top|new|powerful|influential|prominent|other|several|many|two|three|some|various|local|own)$/;

/** The lower-case words between `from` and the head at `head` that say which body of its kind it is ("" for none). */
export function qualifierWords(tokens: readonly Token[], from: number, head: number): string {
  if (!KIND_HEADS.test(tokens[head]?.lower ?? '')) return '';
  const out: string[] = [];
  for (let i = from; i < head; i++) {
    const t = tokens[i];
    // (lower case, or capitalised only for starting the sentence: "Opposition groups in Zimbabwe")
    if (!/^[a-z][a-z-]*$/.test(i === 0 ? t.lower : t.text) || !(i === 0 ? /^(ADJ|NOUN|VERB|PROPN)$/ : /^(ADJ|NOUN|VERB)$/).test(t.pos) || RANKING.test(t.lower)) continue;
    out.push(t.lower);
  }
  return out.join(' ');
}
