/**
 * actorgraph/extract/repairs/draft — the tree while the repairs mend it, and the few questions
 * every family asks of it (is a word under another, a subtree's edges, a word's children, its case
 * word). Kept apart so each family file holds its repairs alone.
 */
import type { Token } from '../../nlp/wink.js';

/** The tree while it is mended: heads and relations by token, and what the repairs found. */
export interface Draft {
  readonly tokens: Token[];
  readonly heads: Int32Array;
  readonly rels: string[];
  /** Verbs the headline repair read as past tense. */
  readonly pastTense: Set<number>;
  /** Verbs the reduced-relative repair read as participles. */
  readonly participles: Set<number>;
  /** Adjectives the word-class repair read as nouns ("launched an offensive against"). */
  readonly nouns: Set<number>;
}

/** A verb's XPOS as the repairs left it (a headline's participle read as a past tense, and so on). */
export const xposOf = (d: Draft, i: number): string => (d.pastTense.has(i) ? 'VBD' : d.participles.has(i) ? 'VBN' : d.tokens[i]?.xpos ?? '');

/** Is token a inside the subtree of token b (a walk up the heads meets b)? Bounded: safe on any input. */
export function below(d: Draft, a: number, b: number): boolean {
  for (let x = a, n = 0; x >= 0 && n <= d.heads.length; x = d.heads[x], n++) if (x === b) return true;
  return false;
}

/** The last (dir 1) or first (dir -1) token of x's subtree. */
export function edge(d: Draft, x: number, dir: 1 | -1): number {
  let e = x;
  for (let k = 0; k < d.tokens.length; k++) if ((dir > 0 ? k > e : k < e) && below(d, k, x)) e = k;
  return e;
}

/** The tokens hung directly on x. */
export function children(d: Draft, x: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < d.tokens.length; k++) if (d.heads[k] === x) out.push(k);
  return out;
}

/** Tokens under k, k included. */
export function subtree(d: Draft, k: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < d.tokens.length; j++) if (below(d, j, k)) out.push(j);
  return out;
}

/** The case word of x ("to" for "to Labour"), lower-cased, or ''. */
export function caseOf(d: Draft, x: number): string {
  const c = children(d, x).find((k) => d.rels[k] === 'case');
  return c === undefined ? '' : d.tokens[c].lower;
}

/** Does verb p have an agent: an "obl:agent", or an "obl" whose case word is "by" ("attacked by rebels")? */
export function hasByAgent(d: Draft, p: number): boolean {
  return children(d, p).some((c) => d.rels[c] === 'obl:agent' || (d.rels[c] === 'obl' && caseOf(d, c) === 'by'));
}

/** Are the words s..e set off by a comma before and a comma, a full stop or the end after? */
export function setOff(d: Draft, s: number, e: number): boolean {
  return s >= 1 && d.tokens[s - 1].text === ',' && (e + 1 >= d.tokens.length || /^[,.;]$/.test(d.tokens[e + 1].text));
}
