/**
 * actorgraph/extract/existential — "there is no X who …", "there has never been an X that …": a
 * negated existential says no such X exists, so what its relative clause tells of X did not
 * happen. Without "there" the negation does not reach the relative clause: "no rebels who attacked
 * the base were caught" still has the base attacked.
 */
import type { Tree } from './tree.js';

const NOT = /^(not|n't|never)$/;

/** Is noun n the pivot of a negated existential ("there were no troops", "there has never been a squad")? */
export function deniedPivot(t: Tree, n: number): boolean {
  // (UD hangs "there" on the copula's noun, or on "be" whose subject the noun is)
  const host = t.childrenBy(n, 'expl').length ? n : /^nsubj/.test(t.rel(n)) ? t.head(n) : -1;
  if (host < 0 || !t.childrenBy(host, 'expl').some((e) => t.lower(e) === 'there')) return false;
  if (host !== n && !/^(be|exist)$/.test(t.lemma(host))) return false;
  return t.childrenBy(n, 'det').some((d) => t.lower(d) === 'no') || t.childrenBy(host, 'advmod', 'neg').some((a) => NOT.test(t.lower(a)));
}
