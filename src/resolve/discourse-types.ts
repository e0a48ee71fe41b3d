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
import type { Actor, ActorType, Triple } from '../types.js';

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

/** The types a guess may swap between: an agent's. (A place's name typed a body is left as it is:
 *  a place does not act, and its triples were filtered on that type.) */
const AGENT_GUESSES: ReadonlySet<ActorType> = new Set(['person', 'organization']);

/** Pronouns carry their antecedent's type, not evidence of their own. */
const PRONOUN = /^(it|its|he|him|his|she|her|they|them|their|we|us|our|i|me|my)$/i;

/**
 * One type per actor in a document's triples. The mentions were typed once per document
 * (documentTypes, before coreference), but endpoints made later, a possessor read on its own
 * ("halving GM's stake"), an office's body ("Vice President of the ATP"), a clause the chunk
 * patterns found, can still disagree with the rest. Each distinct written mention (sentence and
 * words) of a person-or-body endpoint votes once; the type most of them have wins, a body on a
 * tie. `known(id)`: a dictionary's actor, whose type is not a guess.
 */
export function withDocumentTypes(triples: Triple[], known: (id: string) => boolean): Triple[] {
  const votes = new Map<string, Map<ActorType, Set<string>>>();
  const seen = new Map<string, Set<ActorType>>();
  for (const t of triples) for (const a of endpoints(t)) {
    if (!AGENT_GUESSES.has(a.type) || known(a.id)) continue;
    seen.set(a.id, (seen.get(a.id) ?? new Set()).add(a.type));
    if (PRONOUN.test(a.mention ?? '')) continue;
    let v = votes.get(a.id);
    if (!v) votes.set(a.id, (v = new Map()));
    let said = v.get(a.type);
    if (!said) v.set(a.type, (said = new Set()));
    said.add(`${t.evidence.sentence}\u0000${a.mention ?? a.name}`);
  }
  const chosen = new Map<string, ActorType>();
  for (const [id, v] of votes) {
    if ((seen.get(id)?.size ?? 0) < 2) continue;
    // (on a tie, a body: a person is typed so where the text introduces them, by a full name, an
    // office, a kinsman or an age, and the mentions were given that type document-wide before
    // coreference; a disagreement left after that is most often a firm's name the recogniser
    // read as a surname: "Gazprom", "Halifax", "Nintendo")
    const person = v.get('person')?.size ?? 0, body = v.get('organization')?.size ?? 0;
    chosen.set(id, person > body ? 'person' : 'organization');
  }
  if (!chosen.size) return triples;
  const typed = <A extends Actor>(a: A): A => {
    const type = AGENT_GUESSES.has(a.type) ? chosen.get(a.id) : undefined;
    return type && type !== a.type ? { ...a, type } : a;
  };
  return triples.map((t) => ({ ...t, subject: typed(t.subject), object: typed(t.object), ...(t.attribution ? { attribution: typed(t.attribution) } : {}) }));
}

const endpoints = (t: Triple): Actor[] => [t.subject, t.object, ...(t.attribution ? [t.attribution] : [])];
