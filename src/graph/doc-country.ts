/**
 * actorgraph/graph/doc-country — per actor, the country its evidence was mostly filed in (the
 * places of the documents that name it: types.ts Place), for the map layout (viz/geo.ts) to
 * place an actor that has no country of its own: "the guerrillas" of stories datelined San
 * Salvador go near El Salvador, not into the rows under the map.
 *
 * Computed where the evidence is at hand (graph/build.ts, server/graph-query.ts), since the
 * static page reads its evidence only when a panel asks (viz/evidence.ts).
 */
import type { ActorGraph } from './build.js';

/** Sets `docCountry` on every node whose evidence has documents with a placed country (ties: the first seen). */
export function assignDocCountries(g: ActorGraph): void {
  const { evidence, docs } = g.getAttributes();
  const tally = new Map<string, Map<string, number>>();
  g.forEachEdge((_, a, s, t) => {
    for (const id of a.evidence) {
      const c = docs?.[evidence?.[id]?.doc ?? '']?.place?.country;
      if (!c) continue;
      for (const n of [s, t]) {
        const m = tally.get(n) ?? new Map<string, number>();
        m.set(c, (m.get(c) ?? 0) + 1);
        tally.set(n, m);
      }
    }
  });
  for (const [n, m] of tally) {
    let best = '', most = 0;
    for (const [c, k] of m) if (k > most) { best = c; most = k; }
    g.setNodeAttribute(n, 'docCountry', best);
  }
}
