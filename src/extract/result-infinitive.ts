/**
 * actorgraph/extract/result-infinitive — "made a full recovery, only to leave the band", "scored
 * in the ninth minute only for Contepomi to reply": an infinitive after "only" tells what happened
 * next, against hope; it is no purpose, and it happened as its main clause did.
 */
import type { Token } from '../nlp/wink.js';

/** Is the infinitive whose "to" is token `to` a result after "only" ("only to …", "only for X to …")? */
export function resultInfinitive(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.lower !== 'to') return false;
  if (tokens[to - 1]?.lower === 'only') return true;
  // ("only for Contepomi to rifle over": a short named or nominal doer between "for" and "to")
  for (let f = to - 2; f >= Math.max(1, to - 5); f--) {
    const w = tokens[f];
    if (w.lower === 'for') return tokens[f - 1].lower === 'only';
    if (!/^(PROPN|NOUN|DET|PRON|ADJ)$/.test(w.upos ?? '') || /^[,;:]$/.test(w.text)) return false;
  }
  return false;
}
