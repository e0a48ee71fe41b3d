/**
 * actorgraph/extract/no-party — objects that name no party to the act: a phrase of time or
 * sequence ("hit back after the break", "stopped during the song"), a year or a number after a
 * preposition ("ran from 1971", "died in 1994 aged 72") and a score ("beat them 2-0"). They say
 * when or how much, which the triple's time and the sentence keep; as objects they were noise in
 * the graph. Shares stay ("rose 0.9%", "owns 46%"), as do phrasal verbs ("looked after the workers")
 * and a forum or a place after "before" and "throughout" ("testified before the commission").
 */
import type { Actor } from '../types.js';

/** A relation that ends in a preposition of time or sequence. */
const WHEN_CASE = / (after|during|until|till|since|amid|amidst|following|pending)$/;
/** Prepositions that name a forum or a place as often as a time: only a thing after them is a time. */
const FORUM_OR_WHEN = / (before|throughout)$/;
/** Verbs whose "after" makes a verb of its own: "look after", "go after", "named after". */
const PHRASAL_WHEN = /^(look|go|run|chase|take|name|ask|come|seek|hunt) after$/;
/** A score alone: "2-0", "19-16". */
const SCORE_ONLY = /^\d{1,3}-\d{1,3}$/;
/** A relation that ends in a preposition a number can follow as a time or a measure. */
const MEASURE_CASE = / (in|at|on|from|to|into|by|of|for|with|since|over|under|around|about|between)$/;

/** Does the object of a relation with this label name no party to it? */
export function namesNoParty(label: string, obj: Actor): boolean {
  if ((WHEN_CASE.test(label) || (obj.type === 'other' && FORUM_OR_WHEN.test(label))) && !PHRASAL_WHEN.test(label)) return true;
  return obj.type === 'other' && (SCORE_ONLY.test(obj.name) || (/^[\d.,:]+$/.test(obj.name) && MEASURE_CASE.test(label)));
}
