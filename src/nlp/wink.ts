/**
 * actorgraph/nlp/wink — the one place that loads wink-nlp and its English model.
 *
 * Why wink-nlp: measured here it tags POS, lemmas, sentences and dates at ~2.5 MB/s on one core
 * (compromise: ~0.08 MB/s), offline from an npm package, and its tokens keep the exact text
 * (value + preceding spaces), so character offsets survive.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const nlp = winkNLP(model, ['sbd', 'pos', 'ner', 'negation']);
export const its = nlp.its;

/** One token of a sentence, with offsets into the document text. */
export interface Token {
  /** Text as the rules read it: normalised typography, truecased if the document is in capitals. */
  text: string;
  /** Lower-cased text. */
  lower: string;
  lemma: string;
  /** Universal POS tag from wink (NOUN, PROPN, VERB, AUX, ADP, …). */
  pos: string;
  start: number;
  end: number;
  /** Index within the sentence. */
  i: number;
}

/** Tokenises a short phrase the way documents are tokenised: the key of gazetteer entries. */
export function phraseTokens(phrase: string): string[] {
  return nlp.readDoc(phrase).tokens().out(its.value).map((t: string) => t.toLowerCase());
}
