/**
 * actorgraph/nlp/word-features — what the tagger, the parser and the entity recogniser know about
 * each word, hashed once per sentence.
 *
 * Words are read lower-cased with digits folded to 0 ("1,500" → "0,000"), so a number never seen
 * still looks like one. Case goes into a separate shape feature ("Xxxx", "XX", "x.x."), and in a
 * sentence set in capitals (wire copy such as MUC-3) the shape is read from the lower-cased word
 * and flagged as such: the models are trained on a share of upper-cased sentences, so they learn
 * to do without case there instead of reading every word as a proper noun.
 */
import { hashRange, hashString } from './hash.js';

export interface SentenceWords {
  n: number;
  /** The sentence is set in capitals (most letters upper-case): case says nothing. */
  caps: boolean;
  forms: string[];
  /** Lower-cased, digits folded. */
  lower: string[];
  /** Hashes (hashString) of the word and its parts, as signed int32: the same bits, and a small
   *  integer to V8 (a uint32 of 2^31 or more read out for a feature would be a heap number). */
  w: Int32Array;
  pre1: Int32Array;
  pre2: Int32Array;
  suf2: Int32Array;
  suf3: Int32Array;
  suf4: Int32Array;
  shape: Int32Array;
}

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** "Obama" → "Xx", "NATO" → "XX", "1990s" → "dx", "U.S." → "X.X.", "e-mail" → "x-x". */
export function shapeOf(form: string): string {
  let out = '';
  let last = '';
  for (const ch of form) {
    // (ASCII by its code, the rest by Unicode class; regular expressions written here were each
    // a new RegExp object per character, the most of what the analyser allocated)
    const code = ch.charCodeAt(0);
    const c = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd'
      : code < 128 ? ch : UPPER.test(ch) ? 'X' : LETTER.test(ch) ? 'x' : ch;
    if (c !== last || !'Xxd'.includes(c)) out += c;
    last = c;
    if (out.length > 8) break;
  }
  return out;
}

/** Most letters upper-case, over at least six letters: a headline or wire copy in capitals. */
export function isCapsSentence(forms: string[]): boolean {
  let up = 0;
  let letters = 0;
  for (const f of forms) {
    for (const ch of f) {
      if (ch >= 'A' && ch <= 'Z') { up++; letters++; } else if (ch >= 'a' && ch <= 'z') letters++;
    }
  }
  return letters >= 6 && up / letters > 0.8;
}

export function foldWord(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, '0');
}

export function sentenceWords(forms: string[]): SentenceWords {
  const n = forms.length;
  const caps = isCapsSentence(forms);
  // (the seven arrays cut from one buffer: seven buffers of their own were seven allocations
  // outside V8's heap a sentence, and as many for the collector to free)
  const buf = new ArrayBuffer(28 * n);
  const mk = (k: number) => new Int32Array(buf, 4 * k * n, n);
  const s: SentenceWords = {
    n, caps, forms, lower: new Array(n), w: mk(0), pre1: mk(1), pre2: mk(2), suf2: mk(3), suf3: mk(4), suf4: mk(5), shape: mk(6),
  };
  for (let i = 0; i < n; i++) {
    const l = foldWord(forms[i]);
    s.lower[i] = l;
    s.w[i] = hashString(l);
    // (the affixes hashed in place: the same code units as l.slice(0, 1) … l.slice(-4), no string made)
    s.pre1[i] = hashRange(l, 0, Math.min(1, l.length));
    s.pre2[i] = hashRange(l, 0, Math.min(2, l.length));
    s.suf2[i] = hashRange(l, Math.max(0, l.length - 2), l.length);
    s.suf3[i] = hashRange(l, Math.max(0, l.length - 3), l.length);
    s.suf4[i] = hashRange(l, Math.max(0, l.length - 4), l.length);
    s.shape[i] = caps ? hashString(`caps:${shapeOf(l)}`) : hashString(shapeOf(forms[i]));
  }
  return s;
}
