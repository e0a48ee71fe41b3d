/**
 * actorgraph/extract/owned-weapons — a side's fire does what the side does: "the FMLN's
 * anti-aircraft fire downed a plane", "the artillery of the army shelled the village". Communiques
 * credit their weapons with the act; the weapon is no actor, and the act is its owner's (as event
 * coders read "Russian air strikes", extract/mentions.ts).
 *
 * Only the subject of an active verb, only a weapon's or a fire's noun, and only an owner that is
 * an actor: by a possessive (the mention's owner) or an "of" phrase.
 */
import type { Actor, Mention } from '../types.js';
import type { Tree } from './tree.js';
import type { Arguments } from './arguments.js';

/** Nouns of what a side fires. */
const FIRED = /^(fire|gunfire|artillery|mortars?|rockets?|missiles?|shells?|shelling|bombs?|grenades?|machineguns?|bullets?)$/;

/** Who fired the weapon at subject head x: its possessor's actor, or the mentions of its "of" phrase; undefined when no owner is named. */
export function weaponOwner(t: Tree, A: Arguments, mentions: Map<number, Mention>, x: number): { actor: Actor } | { mentions: number[] } | undefined {
  if (!FIRED.test(t.lower(x))) return undefined;
  const owner = mentions.get(A.mentionOf(x))?.owner;
  if (owner && owner.type !== 'other' && owner.type !== 'location') return { actor: owner };
  for (const y of t.childrenBy(x, 'nmod')) {
    if (t.caseWord(y) !== 'of') continue;
    const ks = A.mentionsOf(y).filter((k) => mentions.get(k)?.kind === 'actor');
    if (ks.length) return { mentions: ks };
  }
  return undefined;
}
