/**
 * actorgraph/nlp/tagger — a greedy left-to-right part-of-speech tagger (averaged perceptron).
 *
 * Each class is a UPOS tag with its Penn Treebank XPOS ("VERB|VBN", "PROPN|NNP"): the parser
 * reads both, and XPOS tells the participle from the past tense where UPOS cannot. Features after
 * Honnibal's tagger ("A good part-of-speech tagger in about 200 lines of Python", 2013): the word,
 * its affixes and shape, the two words either side, and the two tags already given. Frequent
 * words that (almost) always carry one tag are looked up in a tag dictionary and not scored,
 * which is both faster and as accurate.
 *
 * A lexicon learned from the training counts gives every known word its "ambiguity class" (the
 * UPOS tags it carries often, after Toutanova et al. 2003) and a frequency bucket. The classes of
 * the next two words are the right context a greedy tagger otherwise lacks (the tags to the right
 * are not given yet), and the current word's class lets rare words share weights with other words
 * of the same ambiguity; unknown words have class 0 and lean on their affixes and shape.
 */
// (the signed form of feat: the features go into Uint32Arrays, and no heap number is made; nlp/hash.ts)
import { featBits as feat } from './hash.js';
import { scoreSome, type LinearModel } from './perceptron.js';
import type { SentenceWords } from './word-features.js';

export interface TaggerMeta {
  /** Class names, "UPOS|XPOS". */
  tags: string[];
  /** Lower-cased word → class, for words that are never ambiguous in training. */
  tagdict: Record<string, number>;
  /** Lower-cased word → the classes it had in training, for frequent words (Ratnaparkhi's tag
   *  dictionary): only those are scored. Rare and unknown words are scored against every class. */
  ambiguity?: Record<string, number[]>;
  /** Lower-cased word → lexicon code (see lexiconCode). */
  lexicon?: Record<string, number>;
}

export const MAX_TAGGER_FEATURES = 40;
const START = 0x5a5a5a5a;
const END = 0x3c3c3c3c;

// Lexicon codes: bits 0–16 the UPOS ambiguity mask, 17–19 the log2 frequency bucket, 20 "known"
export const AMBIGUITY_BITS = 0x1ffff;
const MAX_BUCKET = 7;
export const KNOWN = 1 << 20;

/** The code of a word seen `total` times whose often-carried UPOS tags are the bits of `mask`. */
export function lexiconCode(mask: number, total: number): number {
  return (mask & AMBIGUITY_BITS) | (Math.min(Math.floor(Math.log2(total)), MAX_BUCKET) << 17) | KNOWN;
}

/** The lexicon codes of a sentence's words (0: never seen in training), looked up once per sentence. */
export function lexiconCodes(s: SentenceWords, lexicon: Map<string, number> | undefined): Int32Array {
  const out = new Int32Array(s.n);
  if (lexicon) for (let i = 0; i < s.n; i++) out[i] = lexicon.get(s.lower[i]) ?? 0;
  return out;
}

// (module-level, not closures: nothing is allocated per word)
// the neighbours' ambiguity only: their frequency says little about this word
function ambAt(s: SentenceWords, lex: Int32Array, k: number): number { return k >= s.n ? END : lex[k] & AMBIGUITY_BITS; }
function wAt(s: SentenceWords, k: number): number { return k < 0 ? START : k >= s.n ? END : s.w[k]; }
function sufAt(s: SentenceWords, k: number): number { return k < 0 ? START : k >= s.n ? END : s.suf3[k]; }

/**
 * The features of word i, given the classes of the two words before it (-1 before the start) and
 * the sentence's lexicon codes.
 */
export function taggerFeatures(s: SentenceWords, lex: Int32Array, i: number, p1: number, p2: number, out: Uint32Array): number {
  const t1 = p1 + 1;
  const t2 = p2 + 1;
  let n = 0;
  out[n++] = feat(0, 1);
  out[n++] = feat(1, s.w[i]);
  out[n++] = feat(2, s.suf3[i]);
  out[n++] = feat(3, s.suf2[i]);
  out[n++] = feat(4, s.suf4[i]);
  out[n++] = feat(5, s.pre1[i]);
  out[n++] = feat(6, s.pre2[i]);
  out[n++] = feat(7, s.shape[i]);
  out[n++] = feat(8, t1);
  out[n++] = feat(9, t2);
  out[n++] = feat(10, t1, t2);
  out[n++] = feat(11, t1, s.w[i]);
  out[n++] = feat(12, wAt(s, i - 1));
  out[n++] = feat(13, sufAt(s, i - 1));
  out[n++] = feat(14, wAt(s, i - 2));
  out[n++] = feat(15, wAt(s, i + 1));
  out[n++] = feat(16, sufAt(s, i + 1));
  out[n++] = feat(17, wAt(s, i + 2));
  out[n++] = feat(18, wAt(s, i - 1), s.w[i]);
  out[n++] = feat(19, s.w[i], wAt(s, i + 1));
  out[n++] = feat(20, i === 0 ? 1 : 0, s.shape[i]);
  out[n++] = feat(21, i + 1 < s.n ? s.shape[i + 1] : END, s.shape[i]);
  out[n++] = feat(22, i > 0 ? s.shape[i - 1] : START, s.shape[i]);
  out[n++] = feat(23, t1, sufAt(s, i + 1));
  out[n++] = feat(24, s.caps ? 1 : 0, s.suf3[i]);
  out[n++] = feat(25, t1, wAt(s, i + 1));
  out[n++] = feat(26, wAt(s, i + 1), wAt(s, i + 2));
  out[n++] = feat(27, wAt(s, i - 2), wAt(s, i - 1));
  out[n++] = feat(28, t1, s.suf4[i]);
  out[n++] = feat(29, i + 1 < s.n ? s.suf2[i + 1] : END, s.suf3[i]);
  out[n++] = feat(30, i > 0 ? s.suf2[i - 1] : START, s.w[i], t1);
  // right context without right tags: what the next words can be ("up" before a noun or a verb)
  out[n++] = feat(31, ambAt(s, lex, i + 1));
  out[n++] = feat(32, ambAt(s, lex, i + 1), ambAt(s, lex, i + 2));
  out[n++] = feat(33, t1, ambAt(s, lex, i + 1));
  out[n++] = feat(34, s.w[i], ambAt(s, lex, i + 1));
  // this word's ambiguity and frequency: rare words share weights with their kind
  out[n++] = feat(35, lex[i]);
  out[n++] = feat(36, lex[i], t1);
  return n;
}

export class Tagger {
  private readonly feats = new Uint32Array(MAX_TAGGER_FEATURES);
  private readonly scores: Float64Array;
  /** A Map, not the JSON object: "constructor" is a word too. */
  private readonly dict: Map<string, number>;
  private readonly ambiguity: Map<string, Int32Array>;
  /** Word → lexicon code (lexiconCode): which word classes training saw it in. */
  readonly lexicon: Map<string, number> | undefined;

  constructor(
    readonly model: LinearModel,
    readonly meta: TaggerMeta,
  ) {
    this.scores = new Float64Array(meta.tags.length);
    this.dict = new Map(Object.entries(meta.tagdict));
    this.lexicon = meta.lexicon ? new Map(Object.entries(meta.lexicon)) : undefined;
    this.ambiguity = new Map(Object.entries(meta.ambiguity ?? {}).map(([w, c]) => [w, Int32Array.from(c)]));
  }

  /** Class numbers for the words of a sentence (`lex`: its lexicon codes, when the caller has read them). */
  tag(s: SentenceWords, lex: Int32Array = lexiconCodes(s, this.lexicon)): Int32Array {
    const out = new Int32Array(s.n);
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < s.n; i++) {
      let best = this.dict.get(s.lower[i]);
      if (best === undefined) {
        const n = taggerFeatures(s, lex, i, p1, p2, this.feats);
        const cands = this.ambiguity.get(s.lower[i]);
        if (cands) {
          scoreSome(this.model, this.feats, n, cands, this.scores);
          best = cands[0];
          for (let j = 1; j < cands.length; j++) if (this.scores[cands[j]] > this.scores[best]) best = cands[j];
        } else {
          this.model.score(this.feats, n, this.scores);
          best = argmax(this.scores, this.meta.tags.length);
        }
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
    return out;
  }
}

export function argmax(a: Float64Array, n: number): number {
  let best = 0;
  for (let k = 1; k < n; k++) if (a[k] > a[best]) best = k;
  return best;
}

/** The UPOS and XPOS inventories of a tag set, and each class's place in them (the parser's tag ids). */
export function tagIndex(tags: string[]): { upos: string[]; xpos: string[]; uposOf: Int32Array; xposOf: Int32Array } {
  const upos: string[] = [];
  const xpos: string[] = [];
  const uposOf = new Int32Array(tags.length);
  const xposOf = new Int32Array(tags.length);
  tags.forEach((t, k) => {
    const [u, x] = t.split('|');
    if (!upos.includes(u)) upos.push(u);
    if (!xpos.includes(x)) xpos.push(x);
    uposOf[k] = upos.indexOf(u);
    xposOf[k] = xpos.indexOf(x);
  });
  return { upos, xpos, uposOf, xposOf };
}
