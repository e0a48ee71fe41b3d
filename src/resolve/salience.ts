/**
 * actorgraph/resolve/salience — which of the actors in reach a pronoun most likely means: each
 * mention weighs 1/2 for every sentence back, twice as a subject, and half when it is buried in a
 * phrase rather than an argument of its clause ("the school of Dr Glennie", "a friendship with
 * John Edleston"); an actor weighs the sum of its mentions' weights (Lappin & Leass's salience
 * factors reduced to recency, grammatical role and head-noun emphasis); a tie goes to the most
 * recent.
 */
import type { Actor } from '../types.js';
import type { Parse } from './binding.js';

/** An actor mention the document context remembers. */
export interface Seen {
  actor: Actor;
  sentence: number;
  /** subject of its clause (object of a passive's "by") */
  subject: boolean;
  /** lower-case words of the mention and its office ("president", "trump") */
  words: string[];
  /** its word's dependency relation, when the tree was at hand ("nsubj", "obj", "nmod", …) */
  rel?: string;
  /** the order in which the document named it (a later mention, a higher number) */
  at?: number;
}

/**
 * A mention inside another noun phrase or a prepositional adjunct, not an argument of its clause:
 * less salient (Lappin & Leass's head-noun emphasis and their lower weight for obliques).
 */
const BURIED = /^(nmod|obl|appos|compound|conj|list|dep|vocative|dislocated|orphan)/;
/** The word heading tokens [start, end): the first whose head lies outside. */
export function spanHead(t: Pick<Parse, 'head'>, start: number, end: number): number {
  for (let i = start; i < end; i++) { const h = t.head(i); if (h < start || h >= end) return i; }
  return start;
}
/** The relation of the word heading tokens [start, end). */
export const spanRel = (t: Pick<Parse, 'head' | 'rel'>, start: number, end: number): string => t.rel(spanHead(t, start, end));
const weightOf = (x: Seen): number => (x.subject ? 2 : x.rel && BURIED.test(x.rel) ? 0.5 : 1);

/** The most salient actor among `mentions` (listed most recent first) for a pronoun in sentence s. */
export function salient(mentions: Seen[], s: number, weight?: (a: Actor) => number): Actor | undefined {
  return ranked(mentions, s, weight)[0];
}

/** The distinct actors among `mentions`, most salient first (ties: most recent first). */
export function ranked(mentions: Seen[], s: number, weight?: (a: Actor) => number): Actor[] {
  const score = new Map<string, number>();
  const order: Actor[] = [];
  for (const x of mentions) {
    const prev = score.get(x.actor.id);
    if (prev === undefined) order.push(x.actor);
    score.set(x.actor.id, (prev ?? 0) + 0.5 ** (s - x.sentence) * weightOf(x) * (weight ? weight(x.actor) : 1));
  }
  // (a stable sort keeps the most recent first among equals)
  return order.sort((a, b) => score.get(b.id)! - score.get(a.id)!);
}
