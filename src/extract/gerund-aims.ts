/**
 * actorgraph/extract/gerund-aims — "is interested in buying the unit", "is keen on selling",
 * "aimed at boosting exports", "is thinking of leaving", "talked about extraditing them": a gerund
 * that a word of wish, aim or thought takes with its preposition is what someone wants or weighs,
 * not what they do. It is intended after a wish or an aim and possible after thought or talk;
 * otherwise (scope.ts) the gerund's clause was stated as done ("Russia buys gas from Iran").
 */
import type { Modality } from '../types.js';
import type { Tree } from './tree.js';

/**
 * Words of wish or aim, by form ("interested", "keen", "aimed"). Not "insist on", which tells of a
 * demand ("insisted on paying") as often as of keeping at it ("insisted on finishing the race").
 */
const WISH = /^(interested|keen|intent|bent|eager|focused|focussed|aimed|aiming)$/;
/** Words of thought or talk, by lemma ("thinking of", "talks about", "dreamed of"); not "speak of": "spoke of meeting many people" tells of meetings held. */
const THOUGHT = /^(think|talk|dream|muse|fantasi[sz]e|wonder)$/;
/** The prepositions these words take their gerund with. */
const PREPOSITION = /^(in|on|of|about|at|upon)$/;

/** The modality that governor g gives the gerund x hung on it, or undefined when it gives none. */
export function gerundAim(t: Tree, x: number, g: number): Modality | undefined {
  if (g < 0 || t.xpos(x) !== 'VBG' || !/^(advcl|acl|xcomp|ccomp|obl)$/.test(t.rel(x))) return undefined;
  if (!t.childrenBy(x, 'mark', 'case').some((m) => PREPOSITION.test(t.lower(m)))) return undefined;
  if (WISH.test(t.lower(g)) || WISH.test(t.lemma(g))) return 'intended';
  if (THOUGHT.test(t.lemma(g))) return 'possible';
  return undefined;
}
