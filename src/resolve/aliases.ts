/**
 * actorgraph/resolve/aliases — the other names an actor goes by, the one home of that rule.
 *
 * Within a document, every distinct mention of a canonical actor ("the U.N.", "the world body",
 * "U.N. Secretary-General Kofi Annan") is an alias of it, except pronouns and demonstratives (they
 * name an actor in one sentence only) and mentions that named several actors ("the two
 * countries": a pair, not an alias of either). Each triple's endpoints then carry the aliases of
 * their actor in that document, so a reader (or a scorer) can match the actor by any of its names.
 */
import type { Actor, Triple } from '../types.js';

/** Pronouns and demonstratives: never aliases. */
export const NOT_ALIASES: ReadonlySet<string> = new Set(['it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'him', 'her',
  'them', 'his', 'their', 'we', 'us', 'our', 'i', 'you']);

/** At most this many aliases per endpoint (first seen first): long lists help nobody. */
export const MAX_ENDPOINT_ALIASES = 10;

export function isAlias(mention: string | undefined, a: Pick<Actor, 'name'>): mention is string {
  return !!mention && mention !== a.name && !NOT_ALIASES.has(mention.toLowerCase());
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
