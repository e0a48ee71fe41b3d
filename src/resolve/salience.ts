/**
 * actorgraph/resolve/salience — which of the actors in reach a pronoun most likely means: each
 * mention weighs 1/2 for every sentence back and twice as a subject, an actor the sum of its
 * mentions' weights (Lappin & Leass's salience factors reduced to recency and subjecthood, the
 * two that survive our parse); a tie goes to the most recent.
 */
import type { Actor } from '../types.js';

/** An actor mention the document context remembers. */
export interface Seen {
  actor: Actor;
  sentence: number;
  /** subject of its clause (object of a passive's "by") */
  subject: boolean;
  /** lower-case words of the mention and its office ("president", "trump") */
  words: string[];
}

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
    score.set(x.actor.id, (prev ?? 0) + 0.5 ** (s - x.sentence) * (x.subject ? 2 : 1) * (weight ? weight(x.actor) : 1));
  }
  // (a stable sort keeps the most recent first among equals)
  return order.sort((a, b) => score.get(b.id)! - score.get(a.id)!);
}
