/**
 * actorgraph/nlp/parser — the greedy arc-hybrid dependency parser at run time.
 *
 * One pass, 2n moves for n words: the move model picks the best legal move, the label model
 * names each arc as it is made. Greedy decoding with a dynamically-trained model (see
 * nlp/train/parser.ts) is within a point of a small beam at a fraction of its cost.
 */
import { Config, LEFT, N_MOVES, RIGHT, SHIFT } from './arc-hybrid.js';
import { hashString } from './hash.js';
import { scoreSome, type LinearModel } from './perceptron.js';
import { labelFeatures, MAX_LABEL_FEATURES, MAX_MOVE_FEATURES, moveFeatures, type ParserInput } from './parser-features.js';
import type { SentenceWords } from './word-features.js';

export interface ParserMeta {
  /** Dependency relations with subtypes, "root" among them. */
  labels: string[];
  /** candKey(xpos, dir) of a dependent (XPOS class, dir 1 = left of its head, 2 = right) → the relations it
   *  bore in training: only those are scored ("DT" on the left is det or det:predet, never obl). */
  labelCands?: Record<string, number[]>;
}

/** The key of labelCands. */
export function candKey(depXpos: number, dir: number): number {
  return depXpos * 4 + dir;
}

const ROOT_W = hashString('<ROOT>');

/** The parser's view of a tagged sentence (index n is ROOT). */
export function parserInput(s: SentenceWords, upos: Int32Array, xpos: Int32Array): ParserInput {
  const n = s.n;
  const w = new Uint32Array(n + 1);
  const suf = new Uint32Array(n + 1);
  const u = new Int32Array(n + 1);
  const x = new Int32Array(n + 1);
  w.set(s.w);
  suf.set(s.suf3);
  for (let i = 0; i < n; i++) {
    u[i] = upos[i] + 2;
    x[i] = xpos[i] + 2;
  }
  w[n] = ROOT_W;
  suf[n] = ROOT_W;
  u[n] = 0;
  x[n] = 0;
  return { n, w, suf, u, x };
}

export class Parser {
  private readonly mf = new Uint32Array(MAX_MOVE_FEATURES + 8);
  private readonly lf = new Uint32Array(MAX_LABEL_FEATURES + 8);
  private readonly ms = new Float64Array(N_MOVES);
  private readonly ls: Float64Array;
  readonly rootLabel: number;
  private readonly cands: Map<number, Int32Array>;
  private readonly all: Int32Array;

  constructor(
    readonly moves: LinearModel,
    readonly labeller: LinearModel,
    readonly meta: ParserMeta,
  ) {
    this.ls = new Float64Array(meta.labels.length);
    this.rootLabel = meta.labels.indexOf('root');
    this.all = Int32Array.from(meta.labels.keys()).filter((k) => k !== this.rootLabel);
    this.cands = new Map(Object.entries(meta.labelCands ?? {}).map(([k, v]) => [Number(k), Int32Array.from(v)]));
  }

  /** Heads (0-based; n = ROOT) and label numbers. */
  parse(s: ParserInput): { heads: Int32Array; labels: Int32Array } {
    const c = new Config(s.n);
    while (!c.terminal()) {
      const nf = moveFeatures(c, s, this.mf);
      this.moves.score(this.mf, nf, this.ms);
      let best = -1;
      for (let m = 0; m < N_MOVES; m++) if (c.legal(m) && (best < 0 || this.ms[m] > this.ms[best])) best = m;
      c.apply(best, best === SHIFT ? 0 : this.label(c, s, best));
    }
    return { heads: c.heads, labels: c.labels };
  }

  /** The label of the arc that `move` makes now; ROOT's only child is "root", nothing else is. */
  label(c: Config, s: ParserInput, move: number): number {
    const [head, dep] = c.arc(move);
    if (head === s.n) return this.rootLabel;
    const nf = labelFeatures(c, s, head, dep, this.lf);
    return bestLabel(this.labeller, this.lf, nf, this.candidates(s, head, dep), this.ls);
  }

  /** The relations a dependent with this XPOS on this side has borne (all but root if unseen). */
  candidates(s: ParserInput, head: number, dep: number): Int32Array {
    return this.cands.get(candKey(s.x[dep], dep < head ? 1 : 2)) ?? this.all;
  }
}

/** The best-scoring of the candidate labels. */
export function bestLabel(m: LinearModel, feats: Uint32Array, n: number, cands: Int32Array, scores: Float64Array): number {
  scoreSome(m, feats, n, cands, scores);
  let best = cands[0];
  for (let j = 1; j < cands.length; j++) if (scores[cands[j]] > scores[best]) best = cands[j];
  return best;
}


export { LEFT, RIGHT, SHIFT };
