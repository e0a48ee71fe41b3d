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
import {
  labelFeatures, MAX_LABEL_FEATURES, MAX_MOVE_FEATURES, MOVE_ROLES, moveFeaturesBeyondRoles, roleFeatures, roleWords, type ParserInput,
} from './parser-features.js';
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
  // (one buffer for the four: see Config)
  const buf = new ArrayBuffer(16 * (n + 1));
  const w = new Int32Array(buf, 0, n + 1);
  const suf = new Int32Array(buf, 4 * (n + 1), n + 1);
  const u = new Int32Array(buf, 8 * (n + 1), n + 1);
  const x = new Int32Array(buf, 12 * (n + 1), n + 1);
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
  private readonly rf = new Uint32Array(8);
  private readonly rs = new Float64Array(N_MOVES);
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

  /** Per role and word (see roleWords): the role's raw move scores, and whether they are known yet. */
  private roleSums = new Float64Array(0);
  private roleKnown = new Uint8Array(0);
  private readonly roleAt = new Int32Array(MOVE_ROLES);

  /** Heads (0-based; n = ROOT) and label numbers. */
  parse(s: ParserInput): { heads: Int32Array; labels: Int32Array } {
    const c = new Config(s.n);
    // a word's features in one role (s0, b0, s0's leftmost child…) read that word alone, and a
    // word holds a role for several steps: scored once per sentence, added at each step
    const width = s.n + 2;
    if (this.roleKnown.length < MOVE_ROLES * width) {
      this.roleKnown = new Uint8Array(MOVE_ROLES * width * 2);
      this.roleSums = new Float64Array(MOVE_ROLES * width * 2 * N_MOVES);
    } else this.roleKnown.fill(0, 0, MOVE_ROLES * width);
    // (three moves: N_MOVES, unrolled)
    const ms = this.ms, sums = this.roleSums, known = this.roleKnown, at = this.roleAt, scale = this.moves.scale;
    while (!c.terminal()) {
      // (a move that is the only legal one needs no scores: the first SHIFT, a SHIFT onto an empty
      // stack, and the LEFT or RIGHTs that close the sentence once ROOT is alone in the buffer:
      // about one move in ten on news)
      const forced = onlyLegal(c);
      if (forced >= 0) { c.apply(forced, forced === SHIFT ? 0 : this.label(c, s, forced)); continue; }
      const nf = moveFeaturesBeyondRoles(c, s, this.mf);
      ms[0] = 0; ms[1] = 0; ms[2] = 0;
      this.moves.addRaw(this.mf, nf, ms);
      roleWords(c, at);
      for (let r = 0; r < MOVE_ROLES; r++) {
        const slot = r * width + at[r] + 1;
        if (!known[slot]) this.scoreRole(c, s, r, at[r], slot);
        ms[0] += sums[3 * slot]; ms[1] += sums[3 * slot + 1]; ms[2] += sums[3 * slot + 2];
      }
      if (scale !== 1) { ms[0] *= scale; ms[1] *= scale; ms[2] *= scale; }
      let best = -1;
      for (let m = 0; m < N_MOVES; m++) if (c.legal(m) && (best < 0 || ms[m] > ms[best])) best = m;
      c.apply(best, best === SHIFT ? 0 : this.label(c, s, best));
    }
    return { heads: c.heads, labels: c.labels };
  }

  /** The raw move scores of word i's features in role r, into roleSums[slot]. */
  private scoreRole(c: Config, s: ParserInput, r: number, i: number, slot: number): void {
    const nf = roleFeatures(r, i, c, s, this.rf, 0);
    const rs = this.rs;
    rs[0] = 0; rs[1] = 0; rs[2] = 0;
    this.moves.addRaw(this.rf, nf, rs);
    this.roleSums[3 * slot] = rs[0]; this.roleSums[3 * slot + 1] = rs[1]; this.roleSums[3 * slot + 2] = rs[2];
    this.roleKnown[slot] = 1;
  }

  /** The label of the arc that `move` makes now; ROOT's only child is "root", nothing else is. */
  label(c: Config, s: ParserInput, move: number): number {
    // (c.arc's pair, read without making one: a label is chosen at every arc)
    const dep = c.stack[c.sp - 1], head = move === LEFT ? c.b : c.stack[c.sp - 2];
    if (head === s.n) return this.rootLabel;
    const nf = labelFeatures(c, s, head, dep, this.lf);
    return bestLabel(this.labeller, this.lf, nf, this.candidates(s, head, dep), this.ls);
  }

  /** The relations a dependent with this XPOS on this side has borne (all but root if unseen). */
  candidates(s: ParserInput, head: number, dep: number): Int32Array {
    return this.cands.get(candKey(s.x[dep], dep < head ? 1 : 2)) ?? this.all;
  }
}

/** The move when only one is legal (see Config.legal), else -1. */
function onlyLegal(c: Config): number {
  if (c.sp === 0) return SHIFT;
  if (c.b === c.n) return c.sp === 1 ? LEFT : RIGHT;
  return -1;
}

/** The best-scoring of the candidate labels. */
export function bestLabel(m: LinearModel, feats: Uint32Array, n: number, cands: Int32Array, scores: Float64Array): number {
  scoreSome(m, feats, n, cands, scores);
  let best = cands[0];
  for (let j = 1; j < cands.length; j++) if (scores[cands[j]] > scores[best]) best = cands[j];
  return best;
}


export { LEFT, RIGHT, SHIFT };
