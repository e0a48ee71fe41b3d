/**
 * actorgraph/resolve/aliases — the other names an actor goes by, the one home of that rule.
 *
 * Within a document, every distinct mention of a canonical actor that is a name ("the U.N.",
 * "U.N. Secretary-General Kofi Annan") is an alias of it; pronouns, descriptions ("the world
 * body") and mentions that named several actors ("the two countries": a pair, not an alias of
 * either) are not. Each triple's endpoints then carry the aliases of
 * their actor in that document, so a reader (or a scorer) can match the actor by any of its names.
 */
import type { Actor, Triple } from '../types.js';

/** Pronouns and demonstratives: never aliases. */
export const NOT_ALIASES: ReadonlySet<string> = new Set(['it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'him', 'her',
  'them', 'his', 'their', 'we', 'us', 'our', 'i', 'you']);

/**
 * Determiners that open a description, never a name: "these countries", "a Russian delegation",
 * "Our Country" (a headline's capitals). "the" is not one of them: "the Russian Federation".
 */
const DESCRIPTION_OPENERS = /^(?:a|an|this|that|these|those|our|their|its|his|her|my|your|both|such|some|any|each|every|another|other|two|three)$/i;

/** At most this many aliases per endpoint (first seen first): long lists help nobody. */
export const MAX_ENDPOINT_ALIASES = 10;

/**
 * A name, not a description: it ends in a capitalised word or an acronym ("the Republic of
 * Belarus", "U.N."), so "the Moscow policy", "the alliance" or "Iraqi officials" are not aliases
 * (they refer to the actor in their sentence without naming it), nor is a mention opened by a
 * determiner other than "the" ("Our Country", "These Nations" in a headline's capitals). ALL-CAPS wire copy is truecased
 * before mentions are read, so its common nouns are lower case here too.
 */
export function isAlias(mention: string | undefined, a: Pick<Actor, 'name'>): mention is string {
  if (!mention || mention === a.name || NOT_ALIASES.has(mention.toLowerCase())) return false;
  const words = mention.trim().split(/\s+/);
  if (words.length > 1 && DESCRIPTION_OPENERS.test(words[0])) return false;
  return /^[^\p{Ll}]/u.test(words[words.length - 1]);
}

/** Sets `aliases` on the endpoints of one document's triples (new endpoint objects; input untouched). */
export function withDocumentAliases(triples: Triple[]): Triple[] {
  const byActor = new Map<string, string[]>();
  const owners = new Map<string, Set<string>>();
  for (const t of triples) {
    for (const a of [t.subject, t.object, ...(t.attribution ? [t.attribution] : [])]) {
      if (a.type === 'other') continue;
      for (const m of [a.mention, ...(a.aliases ?? [])]) {
        if (!isAlias(m, a)) continue;
        owners.set(m, (owners.get(m) ?? new Set()).add(a.id));
        const list = byActor.get(a.id) ?? [];
        if (!list.includes(m)) list.push(m);
        byActor.set(a.id, list);
      }
    }
  }
  const shared = (m: string) => (owners.get(m)?.size ?? 0) > 1;
  const endpoint = (a: Actor): Actor => {
    const aliases = (byActor.get(a.id) ?? []).filter((m) => !shared(m)).slice(0, MAX_ENDPOINT_ALIASES);
    return aliases.length ? { ...a, aliases } : a;
  };
  return triples.map((t) => ({ ...t, subject: endpoint(t.subject), object: endpoint(t.object) }));
}
