/**
 * actorgraph/nlp/parser-features — what the parser looks at to choose a move and to label an arc.
 *
 * Move features follow Zhang & Nivre (ACL 2011, "Transition-based dependency parsing with rich
 * non-local features"), moved to arc-hybrid's positions: the top three stack words s0 s1 s2, the
 * buffer's first three b0 b1 b2, the outermost children of s0, s1 and b0 with their labels,
 * distances, valencies and the label sets already attached. A word is its folded form, its UPOS
 * and its XPOS (run-time tags from our tagger).
 *
 * The label of an arc is chosen by a second model once the move is made: in arc-hybrid the
 * dependent is complete when it is attached, so its case marker, its own children and the head's
 * children so far are all known ("by" under an agent, "was" beside a passive subject).
 */
// (the signed form of feat: the features go into Uint32Arrays, and no heap number is made; nlp/hash.ts)
import { featBits as feat } from './hash.js';
import type { Config } from './arc-hybrid.js';

/** The words of a sentence as the parser sees them; index n is ROOT. */
export interface ParserInput {
  n: number;
  /** (signed, as in SentenceWords) */
  w: Int32Array;
  suf: Int32Array;
  /** UPOS class (≥ 2), XPOS class (≥ 2). */
  u: Int32Array;
  x: Int32Array;
}

const NONE = 1;
export const MAX_MOVE_FEATURES = 96;
export const MAX_LABEL_FEATURES = 48;

function dist(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  const d = Math.abs(a - b);
  return d < 5 ? d : d < 10 ? 5 : 6;
}

// Module-level helpers, not closures: the hot path allocates nothing per step.
function W(s: ParserInput, i: number): number { return i < 0 ? NONE : s.w[i]; }
function X(s: ParserInput, i: number): number { return i < 0 ? NONE : s.x[i]; }
function U(s: ParserInput, i: number): number { return i < 0 ? NONE : s.u[i]; }
function L(c: Config, i: number): number { return i < 0 || i >= c.n ? NONE : c.labels[i] + 2; }
function kid(a: Int32Array, i: number): number { return i < 0 ? -1 : a[i]; }
function vl(c: Config, i: number): number { return i < 0 ? 99 : c.nl[i]; }
function vr(c: Config, i: number): number { return i < 0 ? 99 : c.nr[i]; }
function setL(c: Config, i: number): number { return i < 0 ? NONE : feat(200, c.lsetL[2 * i], c.lsetL[2 * i + 1]); }
function setR(c: Config, i: number): number { return i < 0 ? NONE : feat(201, c.lsetR[2 * i], c.lsetR[2 * i + 1]); }

/**
 * The words a move feature reads by role, in MOVE_ROLES order: s0, b0, b1, b2, s1, s2, s0's
 * leftmost and rightmost children, b0's leftmost, s0's second leftmost and rightmost, b0's second
 * leftmost (-1: none). The features of one role read that word alone (its form, tags and, for a
 * child, its fixed label), so the parser scores them once per word and role in a sentence
 * (parser.ts) instead of at every step the word holds the role.
 */
export const MOVE_ROLES = 12;

export function roleWords(c: Config, out: Int32Array): void {
  const s0 = c.s(0), b0 = c.b;
  out[0] = s0;
  out[1] = b0;
  out[2] = b0 + 1 <= c.n ? b0 + 1 : -1;
  out[3] = b0 + 2 <= c.n ? b0 + 2 : -1;
  out[4] = c.s(1);
  out[5] = c.s(2);
  out[6] = kid(c.lc1, s0);
  out[7] = kid(c.rc1, s0);
  out[8] = c.lc1[b0];
  out[9] = kid(c.lc2, s0);
  out[10] = kid(c.rc2, s0);
  out[11] = c.lc2[b0];
}

/** The features of word i in role r (see roleWords), written into out from `at`; returns the new count. */
export function roleFeatures(r: number, i: number, c: Config, s: ParserInput, out: Uint32Array, at: number): number {
  let n = at;
  const w = W(s, i), x = X(s, i);
  switch (r) {
    case 0: out[n++] = feat(0, w, x); out[n++] = feat(1, w); out[n++] = feat(2, x); break;
    case 1: out[n++] = feat(3, w, x); out[n++] = feat(4, w); out[n++] = feat(5, x); break;
    case 2: out[n++] = feat(6, w, x); out[n++] = feat(7, w); out[n++] = feat(8, x); break;
    case 3: out[n++] = feat(9, w, x); out[n++] = feat(10, x); break;
    case 4: out[n++] = feat(11, w, x); out[n++] = feat(12, w); out[n++] = feat(13, x); break;
    case 5: out[n++] = feat(14, x); out[n++] = feat(15, w); break;
    case 6: out[n++] = feat(80, w); out[n++] = feat(81, x); out[n++] = feat(82, L(c, i)); break;
    case 7: out[n++] = feat(83, w); out[n++] = feat(84, x); out[n++] = feat(85, L(c, i)); break;
    case 8: out[n++] = feat(86, w); out[n++] = feat(87, x); out[n++] = feat(88, L(c, i)); break;
    case 9: out[n++] = feat(91, w, x); out[n++] = feat(92, L(c, i)); break;
    case 10: out[n++] = feat(93, w, x); out[n++] = feat(94, L(c, i)); break;
    default: out[n++] = feat(95, w, x); out[n++] = feat(96, L(c, i)); break;
  }
  return n;
}

const ROLE_WORDS = new Int32Array(MOVE_ROLES);

/** Move features of configuration c into out; returns how many. */
export function moveFeatures(c: Config, s: ParserInput, out: Uint32Array): number {
  let n = moveFeaturesBeyondRoles(c, s, out);
  roleWords(c, ROLE_WORDS);
  for (let r = 0; r < MOVE_ROLES; r++) n = roleFeatures(r, ROLE_WORDS[r], c, s, out, n);
  return n;
}

/** The move features that read more than one word, or the configuration (the rest are roleFeatures). */
export function moveFeaturesBeyondRoles(c: Config, s: ParserInput, out: Uint32Array): number {
  const s0 = c.s(0), s1 = c.s(1), s2 = c.s(2);
  const b0 = c.b, b1 = b0 + 1 <= c.n ? b0 + 1 : -1, b2 = b0 + 2 <= c.n ? b0 + 2 : -1;
  const s0l1 = kid(c.lc1, s0), s0l2 = kid(c.lc2, s0), s0r1 = kid(c.rc1, s0), s0r2 = kid(c.rc2, s0);
  const s1l1 = kid(c.lc1, s1), s1r1 = kid(c.rc1, s1), s1r2 = kid(c.rc2, s1);
  const b0l1 = c.lc1[b0], b0l2 = c.lc2[b0];
  const s0w = W(s, s0), s0x = X(s, s0), s0u = U(s, s0), b0w = W(s, b0), b0x = X(s, b0), b0u = U(s, b0);
  const s1w = W(s, s1), s1x = X(s, s1), b1x = X(s, b1), b2x = X(s, b2);
  const d0 = dist(s0, b0), d1 = dist(s1, s0);
  let n = 0;
  // single words: the roles (roleFeatures), and
  out[n++] = feat(16, s0u, b0u);
  out[n++] = feat(17, s1 < 0 ? NONE : U(s, s1), s0u, b0u);
  out[n++] = feat(18, s0 < 0 ? NONE : s.suf[s0], b0 < c.n ? s.suf[b0] : NONE);
  // pairs: s0–b0 (a LEFT arc) and s1–s0 (a RIGHT arc)
  out[n++] = feat(20, s0w, s0x, feat(0, b0w, b0x));
  out[n++] = feat(21, s0w, s0x, b0w);
  out[n++] = feat(22, s0w, b0w, b0x);
  out[n++] = feat(23, s0w, s0x, b0x);
  out[n++] = feat(24, s0x, b0w, b0x);
  out[n++] = feat(25, s0w, b0w);
  out[n++] = feat(26, s0x, b0x);
  out[n++] = feat(27, b0x, b1x);
  out[n++] = feat(28, s1w, s1x, feat(0, s0w, s0x));
  out[n++] = feat(29, s1w, s0w);
  out[n++] = feat(30, s1x, s0x);
  out[n++] = feat(31, s1x, s0w);
  out[n++] = feat(32, s1w, s0x);
  out[n++] = feat(33, s1w, s1x, s0x);
  out[n++] = feat(34, s1x, s0w, s0x);
  // tag trigrams
  out[n++] = feat(40, b0x, b1x, b2x);
  out[n++] = feat(41, s0x, b0x, b1x);
  out[n++] = feat(42, s1x, s0x, b0x);
  out[n++] = feat(43, s0x, X(s, s0l1), b0x);
  out[n++] = feat(44, s0x, X(s, s0r1), b0x);
  out[n++] = feat(45, s0x, b0x, X(s, b0l1));
  out[n++] = feat(46, X(s, s2), s1x, s0x);
  out[n++] = feat(47, s1x, X(s, s1r1), s0x);
  out[n++] = feat(48, s1x, s0x, X(s, s0l1));
  out[n++] = feat(49, s1x, s0x, X(s, s0r1));
  out[n++] = feat(50, s1x, X(s, s1l1), s0x);
  // distance
  out[n++] = feat(60, s0w, d0);
  out[n++] = feat(61, s0x, d0);
  out[n++] = feat(62, b0w, d0);
  out[n++] = feat(63, b0x, d0);
  out[n++] = feat(64, s0x, b0x, d0);
  out[n++] = feat(65, s1x, s0x, d1);
  out[n++] = feat(66, s1w, s0w, d1);
  out[n++] = feat(67, s0w, s0x, d1);
  // valency
  out[n++] = feat(70, s0w, vr(c, s0));
  out[n++] = feat(71, s0x, vr(c, s0));
  out[n++] = feat(72, s0w, vl(c, s0));
  out[n++] = feat(73, s0x, vl(c, s0));
  out[n++] = feat(74, b0w, vl(c, b0));
  out[n++] = feat(75, b0x, vl(c, b0));
  out[n++] = feat(76, s1x, vr(c, s1));
  out[n++] = feat(77, s1x, vl(c, s1));
  // children
  out[n++] = feat(89, X(s, s1r1), L(c, s1r1));
  out[n++] = feat(90, X(s, s1l1), L(c, s1l1));
  out[n++] = feat(97, s0x, L(c, s0l1), L(c, s0l2));
  out[n++] = feat(98, s0x, L(c, s0r1), L(c, s0r2));
  out[n++] = feat(99, b0x, L(c, b0l1), L(c, b0l2));
  out[n++] = feat(100, s1x, L(c, s1r1), L(c, s1r2));
  out[n++] = feat(101, s0w, L(c, s0r1));
  out[n++] = feat(102, s1w, L(c, s1r1));
  // label sets
  out[n++] = feat(110, s0w, setR(c, s0));
  out[n++] = feat(111, s0x, setR(c, s0));
  out[n++] = feat(112, s0w, setL(c, s0));
  out[n++] = feat(113, s0x, setL(c, s0));
  out[n++] = feat(114, b0w, setL(c, b0));
  out[n++] = feat(115, b0x, setL(c, b0));
  out[n++] = feat(116, s1x, setR(c, s1));
  out[n++] = feat(117, s1x, setL(c, s1));
  // how deep the stack is (ROOT may only take the last word)
  out[n++] = feat(120, c.sp > 3 ? 3 : c.sp, b0 === c.n ? 1 : 0);
  return n;
}

/** Features for labelling the arc head → dep just made. */
export function labelFeatures(c: Config, s: ParserInput, head: number, dep: number, out: Uint32Array): number {
  const hw = W(s, head), hx = X(s, head), hu = s.u[head], dw = W(s, dep), dx = X(s, dep), du = s.u[dep];
  const dir = dep < head ? 1 : 2;
  const d = dist(head, dep);
  const dl1 = c.lc1[dep], dl2 = c.lc2[dep], dr1 = c.rc1[dep];
  const hl1 = c.lc1[head], hr1 = c.rc1[head];
  const hsetL = feat(200, c.lsetL[2 * head], c.lsetL[2 * head + 1]);
  const hsetR = feat(201, c.lsetR[2 * head], c.lsetR[2 * head + 1]);
  const dsetL = feat(200, c.lsetL[2 * dep], c.lsetL[2 * dep + 1]);
  const dsetR = feat(201, c.lsetR[2 * dep], c.lsetR[2 * dep + 1]);
  let n = 0;
  out[n++] = feat(300, dir);
  out[n++] = feat(301, hw, dir);
  out[n++] = feat(302, hx, dir);
  out[n++] = feat(303, dw, dir);
  out[n++] = feat(304, dx, dir);
  out[n++] = feat(305, hx, dx, dir);
  out[n++] = feat(306, hw, dx, dir);
  out[n++] = feat(307, hx, dw, dir);
  out[n++] = feat(308, hw, dw, dir);
  out[n++] = feat(309, hu, du, feat(0, dir, d));
  out[n++] = feat(310, dx, dir, d);
  out[n++] = feat(311, hx, dir, d);
  out[n++] = feat(312, s.suf[dep], dx);
  out[n++] = feat(313, W(s, dl1), X(s, dl1));
  out[n++] = feat(314, W(s, dl1), dx, hx);
  out[n++] = feat(315, L(c, dl1), dx);
  out[n++] = feat(316, W(s, dl2), L(c, dl2));
  out[n++] = feat(317, W(s, dr1), L(c, dr1));
  out[n++] = feat(318, dsetL, dx);
  out[n++] = feat(319, dsetR, dx);
  out[n++] = feat(320, hsetL, hx, dir);
  out[n++] = feat(321, hsetR, hx, dir);
  out[n++] = feat(322, W(s, hl1), L(c, hl1), dir);
  out[n++] = feat(323, W(s, hr1), L(c, hr1), dir);
  out[n++] = feat(324, W(s, dl1), hw, dir);
  out[n++] = feat(325, head === c.n ? 1 : 0, dx);
  out[n++] = feat(326, X(s, dep - 1), dx, hx);
  out[n++] = feat(327, W(s, dep - 1), dx);
  out[n++] = feat(328, dx, X(s, dep + 1 < c.n ? dep + 1 : -1), dir);
  out[n++] = feat(329, hx, X(s, head - 1 >= 0 ? head - 1 : -1), dir);
  out[n++] = feat(330, W(s, dl1), W(s, dl2), dir);
  out[n++] = feat(331, c.nl[dep] > 3 ? 3 : c.nl[dep], c.nr[dep] > 3 ? 3 : c.nr[dep], dx);
  return n;
}
