/**
 * actorgraph/extract/gerund-aims — "is interested in buying the unit", "is keen on selling",
 * "aimed at boosting exports", "is thinking of leaving", "talked about extraditing them": a gerund
 * that a word of wish, aim or thought takes with its preposition is what someone wants or weighs,
 * not what they do. It is intended after a wish or an aim and possible after thought or talk;
 * otherwise (scope.ts) the gerund's clause was stated as done ("Russia buys gas from Iran").
 */
import type { Modality } from '../types.js';
import type { Tree } from './tree.js';

/** Words of wish or aim, by form ("interested", "keen", "aimed") or lemma ("insist on"). */
const WISH = /^(interested|keen|intent|bent|eager|focused|focussed|aimed|aiming|insist|insisting|insisted|insists)$/;
/** Words of thought or talk, by lemma ("thinking of", "talks about", "dreamed of"). */
const THOUGHT = /^(think|talk|speak|dream|muse|fantasi[sz]e|wonder)$/;
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
