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
  const score = new Map<string, number>();
  for (const x of mentions) score.set(x.actor.id, (score.get(x.actor.id) ?? 0) + 0.5 ** (s - x.sentence) * (x.subject ? 2 : 1) * (weight ? weight(x.actor) : 1));
  let best: Actor | undefined, top = -1;
  for (const x of mentions) {
    const v = score.get(x.actor.id)!;
    if (v > top) { top = v; best = x.actor; }
  }
  return best;
}
