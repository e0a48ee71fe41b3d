/**
 * actorgraph/resolve/armed-groups — which named actors are armed groups outside the state, and
 * which of them an unnamed armed agent ("the guerrillas", "terrorists", "drug traffickers") is.
 *
 * An actor is an armed group when the gazetteer says so (data/organizations.json `armed`: the
 * FMLN, Shining Path, the Medellin Cartel) or when its name says so: a body named with a word of
 * armed struggle ("Manuel Rodriguez Patriotic Front", "Zarate Willka Armed Forces of Liberation",
 * "the Extraditables") or of organised crime ("… Cartel").
 *
 * Which one an unnamed agent is (the choice, and why):
 *  - a definite description ("the guerrillas", "the rebels") points back, like "the alliance":
 *    the most salient armed group of its kind in reach (resolve/coreference.ts's window);
 *  - otherwise, when the document names exactly one armed group of its kind, that group: a story
 *    that names the FMLN and then says "guerrillas attacked the farm" means the FMLN's guerrillas
 *    (this is how a reader and MUC's annotators take it); with two named (the FMLN and the ERP)
 *    the text does not say which, and a wrong edge costs more than a generic one;
 *  - a group of another country than the agent's home never joins ("guerrillas" in a Guatemalan
 *    story are not the Salvadoran FMLN it mentions);
 *  - nouns that say the doer is unknown ("gunmen", "assailants", "kidnappers") join nothing.
 */
import type { Actor, ArmedKind, UnnamedArmed } from '../types.js';
import type { Gazetteer } from './gazetteer.js';
import { salient, type Seen } from './salience.js';

/** Name words of armed struggle outside the state: a body named with one is an insurgent group. */
const INSURGENT_NAME = /\b(liberation|revolutionary|patriotic|guerrillas?|guerillas?|commandos?|insurgents?|rebels?|resistance|extraditables|militia|mujahideen|jihad)\b/i;
/** Name words of organised crime. */
const CARTEL_NAME = /\b(cartel|mafia)\b/i;

/** The armed kind of a named actor, or undefined when it is no armed group (or is unnamed: no capital). */
export function armedKind(a: Actor, g: Gazetteer): ArmedKind | undefined {
  if (a.type !== 'group' && a.type !== 'organization') return undefined;
  const known = g.actors.get(a.id);
  if (known) return known.armed;
  // (only a proper name: "Salvadoran guerrillas", an unnamed node, has no capital after its demonym)
  if (!/^[A-Z0-9]/.test(a.name) || a.name.split(/\s+/).slice(1).some((w) => /^[a-z]/.test(w) && !/^(of|the|and|de|del|la|for)$/.test(w))) return undefined;
  return CARTEL_NAME.test(a.name) ? 'cartel' : INSURGENT_NAME.test(a.name) ? 'insurgent' : undefined;
}

export type { UnnamedArmed } from '../types.js';

const fits = (u: UnnamedArmed, kind: ArmedKind | undefined, a: Actor) => !!kind && u.join.includes(kind) && (!u.country || !a.country || a.country === u.country);

/**
 * The named armed group an unnamed agent in sentence `s` is: `inReach`, the actors in the
 * coreference window (most recent first); `named`, every armed group the document names with its
 * kind. Undefined: it stays its own (generic) node.
 */
export function joinArmed(u: UnnamedArmed, s: number, inReach: Seen[], named: Map<string, { actor: Actor; kind: ArmedKind }>): Actor | undefined {
  if (!u.join.length) return undefined;
  if (u.definite) {
    const near = salient(inReach.filter((x) => fits(u, named.get(x.actor.id)?.kind, x.actor)), s);
    if (near) return near;
  }
  const only = [...named.values()].filter((x) => fits(u, x.kind, x.actor));
  return only.length === 1 ? only[0].actor : undefined;
}
