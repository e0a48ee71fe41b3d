/** Shared by the parse-splicing tests (asides, lead source): a sentence's words and one word's arc. */
import type { Analysis } from '../../src/nlp/analyser.js';

export const words = (s: string): string[] => s.split(' ');

/** The relation and head word of the first `word` in the analysis: "nsubj<REJECTED". */
export function arc(forms: string[], a: Analysis, word: string): string {
  const i = forms.indexOf(word);
  const h = a.heads[i];
  return `${a.deprels[i]}<${h === 0 ? 'ROOT' : forms[h - 1]}`;
}
