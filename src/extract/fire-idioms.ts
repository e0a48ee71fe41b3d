/**
 * actorgraph/extract/fire-idioms — "set fire to", "open fire on", "set … on fire": a verb whose
 * bare noun "fire" makes one act with it. The noun is no object (nobody sets a fire as a thing);
 * the one the act falls on is the noun of the preposition after it, or the object "set on fire".
 * predicate.ts keeps the idiom's words in the label ("set fire to", "open fire on", "set on
 * fire"); clauses.ts reads the object past the noun.
 */
import type { Tree } from './tree.js';

/** Verbs that make an act with a bare "fire" after them. */
const FIRE_VERBS = /^(set|open)$/;
/** Words that make "fire" a particular fire, a thing: "set the fire", "opened its fire". */
const DETERMINED = /^(det|nmod:poss|nummod)$/;

/** Prepositions of where a fire goes: "set fire to", "opened fire on / at / against". */
export const FIRE_TARGET = /^(to|on|at|against|upon|into)$/;

const bare = (t: Tree, x: number): boolean => t.lower(x) === 'fire' && !t.children(x).some((k) => DETERMINED.test(t.rel(k)));

/** "set fire to the offices", "opened fire on the crowd": the verb's object "fire", which is no object. */
export function fireNoun(t: Tree, v: number): number | undefined {
  if (!FIRE_VERBS.test(t.lemma(v))) return undefined;
  const o = t.child(v, 'obj');
  return o !== undefined && bare(t, o) ? o : undefined;
}

/** "set two buses on fire": the "on fire" (on the verb, or on its object) that says what the setting did. */
export function onFire(t: Tree, v: number): number | undefined {
  if (t.lemma(v) !== 'set') return undefined;
  const o = t.child(v, 'obj');
  const hosts = o === undefined ? [v] : [v, o];
  for (const h of hosts) for (const k of t.childrenBy(h, 'obl', 'nmod')) if (k > v && bare(t, k) && t.caseWord(k) === 'on') return k;
  return undefined;
}

/** The idiom's words for the verb's label ("fire", "on fire"), or undefined. */
export function fireWords(t: Tree, v: number): string | undefined {
  if (fireNoun(t, v) !== undefined) return 'fire';
  return onFire(t, v) !== undefined ? 'on fire' : undefined;
}
