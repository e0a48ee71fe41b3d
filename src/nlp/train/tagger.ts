/**
 * actorgraph/nlp/train/tagger — training the part-of-speech tagger (nlp/tagger.ts).
 *
 * Greedy training on its own predictions (the previous tags a feature sees are the tagger's, as at
 * run time), examples shuffled each epoch by a seeded generator: the same data gives the same
 * model bytes. `jackknife` tags each fold of the training set with a tagger trained on the other
 * folds, so that the parser learns on tags with run-time errors in them, not on gold tags.
 *
 * The lexicon (word → ambiguity class and frequency, nlp/tagger.ts) is counted over the training
 * set, but each training sentence reads it with its own words taken out of the counts: otherwise
 * a word seen once would always show exactly its gold tag in training and never at run time, and
 * the tagger would learn to trust the lexicon more than it deserves on unseen text.
 */
import seedrandom from 'seedrandom';
import { Perceptron, type LinearModel } from '../perceptron.js';
import { MAX_TAGGER_FEATURES, Tagger, argmax, lexiconCode, tagIndex, taggerFeatures, type TaggerMeta } from '../tagger.js';
import { foldWord, sentenceWords } from '../word-features.js';
import { upperCased, type TreeSentence } from './corpus.js';

const MIN_PAIR = 3;
const AMBIGUITY_MIN = 10;
/** A UPOS tag is in a word's ambiguity class when the word carries it this often. */
const AMBIGUITY_SHARE = 0.2;

/** The tag classes ("UPOS|XPOS" pairs seen at least 3 times) and each rare pair's stand-in. */
export function tagClasses(data: TreeSentence[]): { tags: string[]; classOf: (u: string, x: string) => number } {
  const counts = new Map<string, number>();
  for (const s of data) s.upos.forEach((u, i) => counts.set(`${u}|${s.xpos[i]}`, (counts.get(`${u}|${s.xpos[i]}`) ?? 0) + 1));
  const tags = [...counts].filter(([, c]) => c >= MIN_PAIR).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
  const index = new Map(tags.map((t, i) => [t, i]));
  const byUpos = new Map<string, number>();
  tags.forEach((t, i) => { const u = t.split('|')[0]; if (!byUpos.has(u)) byUpos.set(u, i); });
  const classOf = (u: string, x: string) => index.get(`${u}|${x}`) ?? byUpos.get(u) ?? 0;
  return { tags, classOf };
}

function tagDictionary(data: TreeSentence[], classOf: (u: string, x: string) => number): Pick<TaggerMeta, 'tagdict' | 'ambiguity'> {
  const seen = new Map<string, Map<number, number>>();
  for (const s of data) {
    s.forms.forEach((f, i) => {
      const w = foldWord(f);
      const m = seen.get(w) ?? new Map<number, number>();
      const k = classOf(s.upos[i], s.xpos[i]);
      m.set(k, (m.get(k) ?? 0) + 1);
      seen.set(w, m);
    });
  }
  const dict: Record<string, number> = Object.create(null) as Record<string, number>;
  const ambiguity: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  for (const [w, m] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const byCount = [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const [best, count] = byCount[0];
    // only words common enough to be sure of, and practically never another tag
    if (total >= 20 && count / total >= 0.995) dict[w] = best;
    // words seen often enough for their tag set to be known (Ratnaparkhi 1996 used 5 or more)
    else if (total >= AMBIGUITY_MIN) ambiguity[w] = byCount.map(([k]) => k).sort((a, b) => a - b);
  }
  return { tagdict: dict, ambiguity };
}

// Lexicon: each word's UPOS counts, and its code with or without one sentence's share

type UposCounts = Map<string, Map<string, number>>;

/** Folded word → UPOS → count. */
function uposCounts(data: TreeSentence[]): UposCounts {
  const seen: UposCounts = new Map();
  for (const s of data) {
    s.forms.forEach((f, i) => {
      const w = foldWord(f);
      const m = seen.get(w) ?? new Map<string, number>();
      m.set(s.upos[i], (m.get(s.upos[i]) ?? 0) + 1);
      seen.set(w, m);
    });
  }
  return seen;
}

/** The lexicon code of a word's UPOS counts (0 when it has none). */
function codeOf(m: Map<string, number>, bit: Map<string, number>): number {
  let total = 0;
  for (const c of m.values()) total += c;
  if (total <= 0) return 0;
  let mask = 0;
  for (const [u, c] of m) if (c / total >= AMBIGUITY_SHARE) mask |= bit.get(u) ?? 0;
  return lexiconCode(mask, total);
}

/** Each UPOS tag's bit in the ambiguity mask (17 bits: the UD tag set). */
function uposBits(tags: string[]): Map<string, number> {
  return new Map(tagIndex(tags).upos.slice(0, 17).map((u, k) => [u, 1 << k]));
}

function lexicon(seen: UposCounts, bit: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [w, m] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) out[w] = codeOf(m, bit);
  return out;
}

/** A training sentence's lexicon codes from counts without its own words, as for unseen text. */
function leaveOneOutCodes(s: TreeSentence, seen: UposCounts, bit: Map<string, number>): Int32Array {
  const own = uposCounts([s]);
  return Int32Array.from(s.forms, (f) => {
    const w = foldWord(f);
    const m = new Map(seen.get(w));
    for (const [u, c] of own.get(w) ?? []) m.set(u, (m.get(u) ?? 0) - c);
    return codeOf(m, bit);
  });
}

export interface TaggerTraining {
  epochs: number;
  seed: string;
  prune: number;
  log?: (line: string) => void;
  /** Scored after each epoch (accuracy over word lines). */
  dev?: TreeSentence[];
  /** Add an upper-cased copy of every k-th sentence (wire copy in capitals); 0 = none. */
  upperEvery?: number;
}

export function trainTagger(original: TreeSentence[], opts: TaggerTraining, classes = tagClasses(original)): Tagger {
  const { tags, classOf } = classes;
  const k = opts.upperEvery ?? 0;
  const data = k > 0 ? [...original, ...original.filter((_, i) => i % k === 0).map(upperCased)] : original;
  const counts = uposCounts(data);
  const bit = uposBits(tags);
  const meta: TaggerMeta = { tags, ...tagDictionary(data, classOf), lexicon: lexicon(counts, bit) };
  const p = new Perceptron(tags.length);
  const feats = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(tags.length);
  const rng = seedrandom(opts.seed);
  const order = data.map((_, i) => i);
  const words = data.map((s) => sentenceWords(s.forms));
  const lexs = data.map((s) => leaveOneOutCodes(s, counts, bit));
  const dict = new Map(Object.entries(meta.tagdict));
  const gold = data.map((s) => Int32Array.from(s.upos, (u, i) => classOf(u, s.xpos[i])));
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, rng);
    let right = 0, total = 0;
    const t0 = Date.now();
    for (const k of order) {
      const s = words[k], g = gold[k], lex = lexs[k];
      let p1 = -1, p2 = -1;
      for (let i = 0; i < s.n; i++) {
        let guess = dict.get(s.lower[i]);
        if (guess === undefined) {
          const n = taggerFeatures(s, lex, i, p1, p2, feats);
          p.score(feats, n, scores);
          guess = argmax(scores, tags.length);
          p.update(feats, n, g[i], guess);
          p.tick();
        }
        if (guess === g[i]) right++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    let line = `tagger epoch ${epoch}/${opts.epochs}: train ${(right / total).toFixed(4)}`;
    if (opts.dev) line += `, dev UPOS ${uposAccuracy(new Tagger(p.average(), meta), opts.dev).toFixed(4)}`;
    opts.log?.(`${line} (${((Date.now() - t0) / 1000).toFixed(1)} s, ${p.table.size} features)`);
  }
  return new Tagger(p.average(opts.prune), meta);
}

/** UPOS accuracy over the word lines of gold sentences. */
export function uposAccuracy(tagger: Tagger, data: TreeSentence[]): number {
  let right = 0, total = 0;
  for (const s of data) {
    const out = tagger.tag(sentenceWords(s.forms));
    out.forEach((k, i) => { if (tagger.meta.tags[k].split('|')[0] === s.upos[i]) right++; total++; });
  }
  return right / total;
}

/** Each sentence's tags from a tagger that did not see it (k folds). */
export function jackknife(data: TreeSentence[], folds: number, opts: TaggerTraining): string[][] {
  const classes = tagClasses(data);
  const out: string[][] = new Array(data.length);
  for (let f = 0; f < folds; f++) {
    const train = data.filter((_, i) => i % folds !== f);
    const tagger = trainTagger(train, { ...opts, dev: undefined, log: undefined }, classes);
    data.forEach((s, i) => {
      if (i % folds === f) out[i] = Array.from(tagger.tag(sentenceWords(s.forms)), (k) => tagger.meta.tags[k]);
    });
    opts.log?.(`jackknife fold ${f + 1}/${folds} tagged`);
  }
  return out;
}

/** Fisher–Yates with the given generator. */
export function shuffle<T>(a: T[], rng: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
}

export type { LinearModel };
