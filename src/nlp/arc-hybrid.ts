/**
 * actorgraph/nlp/arc-hybrid — the transition system of the dependency parser, and its dynamic oracle.
 *
 * Arc-hybrid (Kuhlmann, Gómez-Rodríguez & Satta, ACL 2011) with the root at the END of the buffer
 * (Ballesteros & Nivre 2013): words 0..n-1, ROOT = n.
 *   SHIFT  move the buffer's front b0 onto the stack
 *   LEFT   b0 becomes the head of s0; pop s0
 *   RIGHT  s1 becomes the head of s0; pop s0
 * LEFT onto ROOT is allowed only when s0 is the last word on the stack, so every parse ends as
 * one tree with exactly one root, as UD requires; no repair afterwards.
 *
 * Dynamic oracle (Goldberg & Nivre, TACL 2013, "Training deterministic parsers with non-
 * deterministic oracles"): the cost of a transition is the number of gold arcs it makes
 * unreachable, computed from any configuration, so the parser can be trained on the states its
 * own mistakes lead to. Exact for projective trees; on the few non-projective gold trees the
 * cheapest transition is taken, which is what a parser that cannot cross arcs should learn.
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const N_MOVES = 3;

/** Parser state over one sentence of n words. Children are kept for the feature extractor. */
export class Config {
  readonly stack: Int32Array;
  sp = 0;
  /** Buffer front; n means ROOT is at the front (and alone). */
  b = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Leftmost two and rightmost two children per word (index n = ROOT), -1 when none. */
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  /** Number of left and right children. */
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  /** Labels of the children seen so far, as bit sets (labels 0-31 and 32-63), left and right. */
  readonly lsetL: Uint32Array;
  readonly lsetR: Uint32Array;

  constructor(readonly n: number) {
    // (one buffer cut into the eleven arrays: a parse made eleven buffers of its own, each an
    // allocation outside the heap for V8 at a sentence's size, and as many for the collector to free)
    const m = n + 1;
    const buf = new ArrayBuffer(4 * (2 * n + 11 * m));
    this.heads = new Int32Array(buf, 0, n).fill(-1);
    this.labels = new Int32Array(buf, 4 * n, n).fill(-1);
    const kids = 8 * n;
    this.lc1 = new Int32Array(buf, kids, m).fill(-1);
    this.lc2 = new Int32Array(buf, kids + 4 * m, m).fill(-1);
    this.rc1 = new Int32Array(buf, kids + 8 * m, m).fill(-1);
    this.rc2 = new Int32Array(buf, kids + 12 * m, m).fill(-1);
    this.stack = new Int32Array(buf, kids + 16 * m, m);
    this.nl = new Int32Array(buf, kids + 20 * m, m);
    this.nr = new Int32Array(buf, kids + 24 * m, m);
    this.lsetL = new Uint32Array(buf, kids + 28 * m, 2 * m);
    this.lsetR = new Uint32Array(buf, kids + 36 * m, 2 * m);
  }

  s(k: number): number {
    return this.sp > k ? this.stack[this.sp - 1 - k] : -1;
  }

  terminal(): boolean {
    return this.b === this.n && this.sp === 0;
  }

  legal(move: number): boolean {
    if (move === SHIFT) return this.b < this.n;
    if (move === LEFT) return this.sp >= 1 && (this.b < this.n || this.sp === 1);
    return this.sp >= 2;
  }

  /** Applies a move; for LEFT and RIGHT, `label` is the new arc's label. */
  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const dep = this.stack[--this.sp];
    const head = move === LEFT ? this.b : this.stack[this.sp - 1];
    this.attach(head, dep, label);
  }

  /** The word's head and label become known: record them and update the head's child slots. */
  private attach(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label;
    const word = label >> 5;
    const bit = 1 << (label & 31);
    if (dep < head) {
      this.nl[head]++;
      this.lsetL[2 * head + word] |= bit;
      if (this.lc1[head] === -1 || dep < this.lc1[head]) {
        this.lc2[head] = this.lc1[head];
        this.lc1[head] = dep;
      } else if (this.lc2[head] === -1 || dep < this.lc2[head]) this.lc2[head] = dep;
    } else {
      this.nr[head]++;
      this.lsetR[2 * head + word] |= bit;
      if (this.rc1[head] === -1 || dep > this.rc1[head]) {
        this.rc2[head] = this.rc1[head];
        this.rc1[head] = dep;
      } else if (this.rc2[head] === -1 || dep > this.rc2[head]) this.rc2[head] = dep;
    }
  }

  /** The (head, dependent) a LEFT or RIGHT would make now. */
  arc(move: number): [number, number] {
    const dep = this.stack[this.sp - 1];
    return [move === LEFT ? this.b : this.stack[this.sp - 2], dep];
  }
}

/**
 * Gold arcs lost by each move from this configuration (Goldberg & Nivre 2013, arc-hybrid),
 * written into `costs`; an illegal move costs Infinity. `gold[d]` is d's gold head (n = ROOT).
 */
export function moveCosts(c: Config, gold: Int32Array, costs: Float64Array): void {
  const n = c.n;
  const s0 = c.s(0);
  const s1 = c.s(1);
  const b = c.b;
  // dependents of x still in the buffer (ROOT is never a dependent)
  const depsInBuffer = (x: number, from: number) => {
    let k = 0;
    for (let d = from; d < n; d++) if (gold[d] === x) k++;
    return k;
  };
  const inBuffer = (h: number, from: number) => h >= from && h <= n;

  costs[SHIFT] = Infinity;
  if (c.legal(SHIFT)) {
    let k = 0;
    const hb = gold[b];
    for (let i = 0; i < c.sp; i++) {
      const x = c.stack[i];
      if (gold[x] === b) k++;
      if (hb === x && x !== s0) k++;
    }
    costs[SHIFT] = k;
  }

  costs[LEFT] = Infinity;
  if (c.legal(LEFT)) {
    const h = gold[s0];
    let k = depsInBuffer(s0, b);
    if (h !== b && (h === s1 || inBuffer(h, b + 1))) k++;
    costs[LEFT] = k;
  }

  costs[RIGHT] = Infinity;
  if (c.legal(RIGHT)) {
    const h = gold[s0];
    let k = depsInBuffer(s0, b);
    if (h !== s1 && inBuffer(h, b)) k++;
    costs[RIGHT] = k;
  }
}

/**
 * Replays the static oracle's choice (the cheapest move, ties SHIFT < LEFT < RIGHT… by cost then
 * by preferring arcs that are gold) over a sentence: used by the tests to check that a projective
 * gold tree comes back as itself.
 */
export function oracleParse(gold: Int32Array, goldLabels: Int32Array): Config {
  const c = new Config(gold.length);
  const costs = new Float64Array(N_MOVES);
  while (!c.terminal()) {
    moveCosts(c, gold, costs);
    let best = -1;
    for (const m of [LEFT, RIGHT, SHIFT]) if (best < 0 || costs[m] < costs[best]) best = m;
    if (costs[best] === Infinity) throw new Error('arc-hybrid: no legal move (unreachable)');
    const dep = best === SHIFT ? -1 : c.arc(best)[1];
    c.apply(best, dep >= 0 ? goldLabels[dep] : 0);
  }
  return c;
}
