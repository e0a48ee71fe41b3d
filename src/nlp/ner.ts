/**
 * actorgraph/nlp/ner — person / organization / place names: a greedy left-to-right BIO tagger
 * (averaged perceptron, nlp/perceptron.ts) with the features of Ratinov & Roth, "Design challenges
 * and misconceptions in named entity recognition" (CoNLL 2009): the word and its neighbours ±2,
 * affixes, shape, the two labels already given, and gazetteer matches (nlp/ner-gazetteer.ts).
 * R&R showed greedy decoding loses almost nothing against Viterbi and is much faster; the only
 * structure kept is BIO validity (I-X only after B-X or I-X), enforced when choosing a label.
 *
 * Text in capitals (wire copy) is the hard case: every word looks like a name. The shape feature
 * is flagged in such sentences (word-features.ts) and training adds upper-cased copies, so the
 * model leans there on what does not depend on case: the lower-cased word and its neighbours,
 * affixes, list matches and the part of speech. The UPOS of each word comes from our tagger at
 * run time (~96% right); the model can also be trained without it (meta.usePos = false).
 */
// (the signed form of feat: the features go into Uint32Arrays, and no heap number is made; nlp/hash.ts)
import { featBits as feat, hashString } from './hash.js';
import type { LinearModel } from './perceptron.js';
import type { SentenceWords } from './word-features.js';
import { nerGazetteer, type NerGazetteer } from './ner-gazetteer.js';

export const NER_CLASSES = ['O', 'B-person', 'I-person', 'B-organization', 'I-organization', 'B-place', 'I-place'];
export const ENTITY_TYPES = ['person', 'organization', 'place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface NerMeta {
  classes: string[];
  /** The model reads UPOS features (callers must then pass tags). */
  usePos: boolean;
  /** Feature set version: a model is only valid with the features it was trained on. */
  features: number;
  /** Lower-cased word → how often treebanks tag it PROPN (see nameLexicon in train/ner.ts). */
  lexicon: Record<string, number>;
  /** The model reads what words were labelled earlier in the document. */
  history: boolean;
  [k: string]: unknown;
}

export const NER_FEATURES_VERSION = 1;

/** Words start..end-1 (end exclusive). */
export interface EntitySpan {
  start: number;
  end: number;
  type: EntityType;
}

export const MAX_NER_FEATURES = 40;
const START = 0x5a5a5a5a;
const END = 0x3c3c3c3c;

/** What the features read, computed once per sentence. */
export interface NerInput {
  s: SentenceWords;
  /** hashString(UPOS) per word, or null when the model does without. */
  pos: Int32Array | null;
  gaz: Uint16Array;
  part: Uint8Array;
  /** Per word: what the same word was last labelled earlier in the document (0 unseen, 1 + type, 4 = O). */
  hist: Uint8Array;
  /** Per word: its lexicon bucket, 0 when unknown. */
  lex: Uint8Array;
}

export function nerInput(
  s: SentenceWords, upos: readonly string[] | null, gaz: NerGazetteer = nerGazetteer(), history?: DocumentHistory,
  lexicon?: Map<string, number>,
): NerInput {
  const hits = gaz.lookup(s.lower);
  const hist = new Uint8Array(s.n);
  const lex = new Uint8Array(s.n);
  for (let i = 0; i < s.n; i++) {
    if (history) hist[i] = history.get(s.w[i]) ?? 0;
    if (lexicon) lex[i] = lexicon.get(s.lower[i]) ?? 0;
  }
  let pos: Int32Array | null = null;
  if (upos) {
    pos = new Int32Array(s.n);
    for (let i = 0; i < s.n; i++) pos[i] = hashString(upos[i]);
  }
  return { s, pos, gaz: hits.match, part: hits.part, hist, lex };
}

// Module-level, not closures: the hot path allocates nothing per word.
function wAt(s: SentenceWords, k: number): number { return k < 0 ? START : k >= s.n ? END : s.w[k]; }
function shAt(s: SentenceWords, k: number): number { return k < 0 ? START : k >= s.n ? END : s.shape[k]; }
function gAt(x: NerInput, k: number): number { return k < 0 || k >= x.s.n ? 0xffff : x.gaz[k]; }
function ptAt(x: NerInput, k: number): number { return k < 0 || k >= x.s.n ? 0xff : x.part[k]; }
function lxAt(x: NerInput, k: number): number { return k < 0 || k >= x.s.n ? 0xff : x.lex[k]; }
function posAt(s: SentenceWords, pos: Int32Array, k: number): number { return k < 0 ? START : k >= s.n ? END : pos[k]; }

/** The features of word i given the classes of the two words before it (-1 before the start). */
export function nerFeatures(x: NerInput, i: number, p1: number, p2: number, out: Uint32Array): number {
  const s = x.s;
  const t1 = p1 + 1;
  const t2 = p2 + 1;
  const sh0 = s.shape[i];
  const w0 = s.w[i];
  let n = 0;
  out[n++] = feat(0, 1);
  out[n++] = feat(1, w0);
  out[n++] = feat(2, wAt(s, i - 1));
  out[n++] = feat(3, wAt(s, i + 1));
  out[n++] = feat(4, wAt(s, i - 2));
  out[n++] = feat(5, wAt(s, i + 2));
  out[n++] = feat(6, s.suf3[i]);
  out[n++] = feat(7, s.suf4[i]);
  out[n++] = feat(8, s.pre2[i]);
  out[n++] = feat(9, s.suf2[i]);
  out[n++] = feat(10, sh0);
  out[n++] = feat(11, shAt(s, i - 1), sh0);
  out[n++] = feat(12, sh0, shAt(s, i + 1));
  // sentence-initial capitals say little; in a caps sentence sh0 is flagged anyway
  out[n++] = feat(13, i === 0 ? 1 : 0, sh0);
  out[n++] = feat(14, t1);
  out[n++] = feat(15, t1, t2);
  out[n++] = feat(16, t1, w0);
  out[n++] = feat(17, t1, sh0);
  out[n++] = feat(18, wAt(s, i - 1), w0);
  out[n++] = feat(19, w0, wAt(s, i + 1));
  // "Mr. Xx", "Xx Inc.", "University of Xx": a cue word beside a name-shaped one
  out[n++] = feat(20, wAt(s, i - 1), sh0);
  out[n++] = feat(21, sh0, wAt(s, i + 1));
  out[n++] = feat(22, gAt(x, i));
  out[n++] = feat(23, gAt(x, i - 1));
  out[n++] = feat(24, gAt(x, i + 1));
  out[n++] = feat(25, gAt(x, i), sh0);
  out[n++] = feat(26, gAt(x, i), t1);
  out[n++] = feat(27, ptAt(x, i));
  out[n++] = feat(28, ptAt(x, i), sh0);
  out[n++] = feat(29, ptAt(x, i - 1), ptAt(x, i), ptAt(x, i + 1));
  // R&R's extended prediction history: a name keeps its type through the document
  out[n++] = feat(35, x.hist[i], sh0);
  out[n++] = feat(36, x.hist[i], t1);
  // "Portland , Oregon": after a name and a comma, an apposition is part of the first name's span
  out[n++] = feat(37, t2, wAt(s, i - 1));
  // how often the word is a proper noun in the treebanks: knowledge of names that needs no case
  out[n++] = feat(38, x.lex[i], sh0);
  out[n++] = feat(39, lxAt(x, i - 1), x.lex[i], lxAt(x, i + 1));
  const pos = x.pos;
  if (pos) {
    out[n++] = feat(30, pos[i]);
    out[n++] = feat(31, posAt(s, pos, i - 1), pos[i]);
    out[n++] = feat(32, pos[i], posAt(s, pos, i + 1));
    out[n++] = feat(33, pos[i], sh0);
    out[n++] = feat(34, pos[i], t1);
  }
  return n;
}

/**
 * Word hash → 1 + type index of the entity it was last labelled part of in this document (4 when
 * last seen outside any entity). Function words stay O and say nothing; capitalised words carry
 * the evidence of earlier, clearer mentions ("Coron" after "the town of Coron").
 */
export type DocumentHistory = Map<number, number>;

export function remember(history: DocumentHistory, s: SentenceWords, labels: ArrayLike<number>): void {
  for (let i = 0; i < s.n; i++) history.set(s.w[i], labels[i] === 0 ? 4 : 1 + ((labels[i] - 1) >> 1));
}

/** BIO validity: I-X (even class > 0) only after B-X or I-X. */
export function allowed(prev: number, k: number): boolean {
  return k === 0 || (k & 1) === 1 || prev === k || prev === k - 1;
}

/** The best class the previous one allows. */
export function bestAllowed(scores: Float64Array, prev: number, K: number): number {
  let best = 0;
  for (let k = 1; k < K; k++) if (scores[k] > scores[best] && allowed(prev, k)) best = k;
  return best;
}

/** Entity spans of a label sequence (class numbers or names); a stray I-X opens a span. */
export function spans(labels: ArrayLike<number> | readonly string[], classes: readonly string[] = NER_CLASSES): EntitySpan[] {
  const out: EntitySpan[] = [];
  let cur: EntitySpan | undefined;
  for (let i = 0; i <= labels.length; i++) {
    const l = i < labels.length ? labels[i] : 'O';
    const name = typeof l === 'number' ? classes[l] : l;
    const type = name.slice(2) as EntityType;
    if (cur && (name === 'O' || name.startsWith('B-') || type !== cur.type)) {
      cur.end = i;
      out.push(cur);
      cur = undefined;
    }
    if (name !== 'O' && !cur) cur = { start: i, end: i + 1, type };
  }
  return out;
}

/** The trained recogniser. */
export class NerTagger {
  private readonly feats = new Uint32Array(MAX_NER_FEATURES);
  private readonly scores: Float64Array;
  /** Labels given earlier in the current document (see startDocument). */
  readonly history: DocumentHistory = new Map();
  private readonly lexicon: Map<string, number>;

  constructor(
    readonly model: LinearModel,
    readonly meta: NerMeta,
    readonly gazetteer: NerGazetteer = nerGazetteer(),
  ) {
    this.scores = new Float64Array(model.nClasses);
    this.lexicon = new Map(Object.entries(meta.lexicon ?? {}));
  }

  /** Forgets the document so far: call before each new document's first sentence. */
  startDocument(): void {
    this.history.clear();
  }

  /** Class numbers for the words, sentences in document order; `upos` is read only when the model uses POS. */
  labels(s: SentenceWords, upos?: readonly string[]): Int32Array {
    const x = nerInput(s, this.meta.usePos ? upos ?? null : null, this.gazetteer, this.meta.history ? this.history : undefined, this.lexicon);
    const out = new Int32Array(s.n);
    const K = this.model.nClasses;
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < s.n; i++) {
      const n = nerFeatures(x, i, p1, p2, this.feats);
      this.model.score(this.feats, n, this.scores);
      out[i] = bestAllowed(this.scores, p1, K);
      p2 = p1;
      p1 = out[i];
    }
    remember(this.history, s, out);
    return out;
  }

  entities(s: SentenceWords, upos?: readonly string[]): EntitySpan[] {
    return spans(this.labels(s, upos), this.meta.classes);
  }
}
