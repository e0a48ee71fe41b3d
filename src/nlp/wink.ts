/**
 * actorgraph/nlp/wink — the one place that loads wink-nlp and its English model.
 *
 * Why wink-nlp: measured here it tags POS, lemmas, sentences and dates at ~2.5 MB/s on one core
 * (compromise: ~0.08 MB/s), offline from an npm package, and its tokens keep the exact text
 * (value + preceding spaces), so character offsets survive.
 */
import model from 'wink-eng-lite-web-model';
import { pureWink } from './wink-pure.js';

// (pure: what a text reads as does not depend on the texts read before it: nlp/wink-pure.ts)
// (no 'negation' pipe: nothing here reads wink's negation flags, our rules read negation off the
// parse (extract/predicate.ts), and the pipe ran an automaton over every text wink read; tokens,
// tags, lemmas, sentences and entities are the same without it)
export const nlp = pureWink(model, ['sbd', 'pos', 'ner']);
export const its = nlp.its;

// wink numbers the words of its lexicon first and each unknown word after them, in the order it
// meets them: the first unknown word read, here before any document, gets the lexicon's size.
const LEXICON_SIZE = nlp.readDoc('qzxjvqk').tokens().out(its.uniqueId)[0] as number;

/** Does wink's English lexicon (~87k words, names among them) list this lower-case word? Cached. */
export function winkKnows(word: string): boolean {
  // (a readDoc per call, most of it setting up wink's document: the same surnames and place names
  // are asked about again and again in wire copy, extract/recase.ts and resolve/coreference.ts)
  let v = knows.get(word);
  if (v === undefined) {
    v = (nlp.readDoc(word).tokens().out(its.uniqueId)[0] as number) < LEXICON_SIZE;
    if (knows.size < 50000) knows.set(word, v);
  }
  return v;
}
const knows = new Map<string, boolean>();

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
  /** From our own models (nlp/analyser.ts): UPOS, Penn XPOS, the head's index in the sentence
   *  (-1 for the root), the UD relation to it, and the entity type of a name the word is part of. */
  upos?: string;
  xpos?: string;
  head?: number;
  deprel?: string;
  ne?: 'person' | 'organization' | 'place';
}

/** Is token i a hyphen written between two words with no space either side ("buy-out", "Al-Jazeera")? */
export function gluedHyphen(tokens: readonly Token[], i: number): boolean {
  return i >= 1 && i + 1 < tokens.length && tokens[i].text === '-' && tokens[i - 1].end === tokens[i].start && tokens[i].end === tokens[i + 1].start;
}

/** Tokenises a short phrase the way documents are tokenised: the key of gazetteer entries. */
export function phraseTokens(phrase: string): string[] {
  return nlp.readDoc(phrase).tokens().out(its.value).map((t: string) => t.toLowerCase());
}

const verbLemmas = new Map<string, string>();
/**
 * The lemma of a word read as a verb, for tokens the rules re-tag ("have retaken/NOUN" → retake):
 * wink lemmatises by the tag it gave, so the word is re-read in a verbal frame. Cached.
 */
export function verbLemma(word: string): string {
  const w = word.toLowerCase();
  let v = verbLemmas.get(w);
  if (v === undefined) {
    // (the frame fits the form: "they are contracting it", "he brands it", "they have branded it")
    const frame = w.endsWith('ing') ? 'they are' : /[^s]s$/.test(w) ? 'he' : 'they have';
    const read = (x: string) => {
      const d = nlp.readDoc(`${frame} ${x} it`).tokens();
      return d.out(its.pos)[2] === 'VERB' ? String(d.out(its.lemma as never)[2]).toLowerCase() : undefined;
    };
    // ("retaken" is unknown to the model, "taken" is not: a verbal prefix is put back on the stem's lemma)
    const pre = /^(re|un|over|out|under|mis|pre|co)(?=[a-z]{3})/.exec(w)?.[0];
    const stem = pre ? read(w.slice(pre.length)) : undefined;
    v = read(w) ?? (stem ? pre + stem : undefined) ?? baseForm(w) ?? w;
    // (the model cuts "staged" to "stag", "rates" to "rat", "riding" to "rid": the "e" is put back
    // as for every token, segment.ts)
    v = unclipped(w, v);
    if (verbLemmas.size < 50000) verbLemmas.set(w, v);
  }
  return v;
}

const nounLemmas = new Map<string, string>();
/** The singular of a plural common noun wink took for a name ("Lawmakers" → lawmaker), read in a plain frame. Cached. */
export function nounLemma(word: string): string {
  const w = word.toLowerCase();
  let v = nounLemmas.get(w);
  if (v === undefined) {
    const d = nlp.readDoc(`the ${w} are here`).tokens();
    v = d.out(its.pos)[1] === 'NOUN' ? String(d.out(its.lemma as never)[1]).toLowerCase() : w;
    if (nounLemmas.size < 50000) nounLemmas.set(w, v);
  }
  return v;
}

/**
 * "branded" → "brand", "contracting" → "contract", "stopping" → "stop", "brands" → "brand": the
 * base a regular inflection comes from, for verbs the model only knows in their base form. Each
 * candidate is tried as a verb in a plain frame ("they brand it"); none that reads as one, no base.
 */
function baseForm(w: string): string | undefined {
  const m = /^(.{2,}?)(ed|ing|es|s)$/.exec(w);
  if (!m) return undefined;
  const [, stem, end] = m;
  const undoubled = /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : undefined;
  const cands = end === 'es' ? [stem, `${stem}e`] : end === 's' ? [stem] : [stem, `${stem}e`, ...(undoubled ? [undoubled] : [])];
  return cands.find((c) => c.length >= 2 && nlp.readDoc(`they ${c} it`).tokens().out(its.pos)[1] === 'VERB');
}

/**
 * A verb's lemma with the "e" back that the model cut with its ending ("staged" → "stag", "rates" →
 * "rat", "riding" → "rid"): only a lemma that is the word less "-ed", "-es" or "-ing" is looked at.
 */
export function unclipped(word: string, lemma: string): string {
  const cut = word.endsWith('ed') || word.endsWith('es') ? 2 : word.endsWith('ing') ? 3 : 0;
  return cut && lemma === word.slice(0, -cut) ? restoredLemma(lemma) : lemma;
}

/**
 * The base of a past form wink does not know and returns whole ("cordoned", "machinegunned",
 * "re-elected"): a hyphenated prefix is put back on its stem's lemma, a doubled final consonant is
 * undoubled, and the "e" that English drops before "-ed" comes back after the endings that take it
 * ("codenamed" → codename, "showcased" → showcase, "petered" → peter). Words in "-eed" are bases.
 */
export function pastBase(word: string): string {
  if (!/[^e]ed$/.test(word) || word.length < 6) return word;
  const pre = /^(re|co|pre|over|under|cross|out|mis|un|anti|counter)-(?=[a-z]{4})/.exec(word)?.[0];
  if (pre) {
    const rest = word.slice(pre.length), known = verbLemma(rest);
    return pre + (known === rest ? pastBase(rest) : known);
  }
  const stem = word.slice(0, -2);
  if (/([^aeiouylsfz])\1$/.test(stem)) return stem.slice(0, -1);
  return /(?:[cgvz]|[aeiou]s|[aeiou]t|id|ud|ur|am|im|um|ab|ib|ok)$/.test(stem) && !/(?:[aeiou]{2}t|et)$/.test(stem) ? `${stem}e` : stem;
}

const restored = new Map<string, string>();
/** "stag" → "stage": a verb lemma the model does not know as a verb, with the "e" it dropped put back. */
export function restoredLemma(lemma: string): string {
  let v = restored.get(lemma);
  if (v === undefined) {
    // A one-syllable stem ending in one vowel and one consonant would have doubled it ("stagged"),
    // so "staged" comes from "stage"; longer stems are checked against the model.
    const isVerb = (x: string) => nlp.readDoc(`they ${x} it`).tokens().out(its.pos)[1] === 'VERB';
    v = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma) || (!isVerb(lemma) && isVerb(`${lemma}e`)) ? `${lemma}e` : lemma;
    if (restored.size < 50000) restored.set(lemma, v);
  }
  return v;
}
