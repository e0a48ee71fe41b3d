/**
 * actorgraph/resolve/discourse-types — one type per name in a document.
 *
 * A name no dictionary knows is typed sentence by sentence, from the entity recogniser's guess and
 * the words around it, and those guesses disagree: "Apple has expanded its iPod family" reads as an
 * organisation, "… told the BBC that Apple had done a good job" as a person. A name keeps one sense
 * throughout a discourse (Gale, Church & Yarowsky 1992), and recognisers that enforce it across a
 * document are more accurate than those that decide each sentence alone (Krishnan & Manning 2006).
 * So every mention of a name takes the type most of its mentions got, the earliest on a tie.
 */
import type { Actor, ActorType } from '../types.js';

/**
 * id → the document's type for each name typed in more than one way. `actors`: every actor
 * mention in reading order; `known(id)`: a dictionary's actor, whose type is not a guess.
 */
export function documentTypes(actors: Iterable<Actor>, known: (id: string) => boolean): Map<string, ActorType> {
  const votes = new Map<string, Map<ActorType, number>>();
  for (const a of actors) {
    if (a.type === 'country' || a.type === 'other' || known(a.id)) continue;
    let v = votes.get(a.id);
    if (!v) votes.set(a.id, (v = new Map()));
    v.set(a.type, (v.get(a.type) ?? 0) + 1);
  }
  const out = new Map<string, ActorType>();
  for (const [id, v] of votes) {
    if (v.size < 2) continue;
    // (a Map keeps insertion order: on a tie the type seen first wins)
    let best: ActorType | undefined, n = 0;
    for (const [t, c] of v) if (c > n) { best = t; n = c; }
    out.set(id, best!);
  }
  return out;
}

/**
 * A lone word the recogniser called a person that the document never introduces, by a full name
 * or an office ("… said Apple had done a good job", "Google has no connection with Speegle"), is a
 * body: news introduces a person by full name or office and shortens the name afterwards (the
 * document's full names are matched first: resolve/coreference.ts), while companies, bands and
 * websites go by one word. A word that a name list knows as a person's (a listed surname, a first
 * name) stays a person, and so does one written after a title ("Mr Renton").
 */
export function loneNameType(a: Actor, titled: boolean, personWord: (w: string) => boolean): ActorType {
  if (a.type !== 'person' || titled || /\s/.test(a.name) || personWord(a.name)) return a.type;
  // (an initialism of letters only is a body already; digits and mixed case too: "U2", "eBay")
  return 'organization';
}
