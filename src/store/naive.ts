/**
 * actorgraph/store/naive — the baseline scripts/bench-load.ts measures the loader against: what a
 * first loader would do, one triple per transaction, every node, link and edge MERGEd on its own
 * with the relation type spliced into the query (cypher.ts naiveTripleCypher, whitelisted).
 * Same model and same properties as upsertTriples (it reuses toRows on each triple). Not used by
 * the CLI.
 *
 * @example
 *   const seconds = await naiveLoad(store, triples.slice(0, 2000), docs);
 */
import neo4j from 'neo4j-driver';
import type { Doc, Triple } from '../types.js';
import type { Store } from './connection.js';
import { naiveTripleCypher } from './cypher.js';
import { toRows } from './rows.js';

/** Writes the triples one executeWrite each; returns the seconds it took. */
export async function naiveLoad(store: Store, triples: Iterable<Triple>, docs: ReadonlyMap<string, Doc> = new Map()): Promise<number> {
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.WRITE });
  const t0 = performance.now();
  try {
    for (const t of triples) {
      const doc = docs.get(t.evidence.doc);
      const r = toRows([t], new Map(doc ? [[doc.id, doc]] : []));
      const g = r.edges[0];
      if (!g) continue; // self-loop or unsafe type: skipped, as the real loader does
      const node = (id: string) => {
        const a = r.actors.find((x) => x.id === id);
        return { id, props: a ? { name: a.name, type: a.type, country: a.country, aliases: a.aliases } : { name: r.concepts.find((x) => x.id === id)!.name } };
      };
      const { s, o, label, lemma, negated, modality, category } = g.rows[0];
      const params = {
        doc: r.documents.find((d) => d.id === t.evidence.doc), s: node(s), o: node(o), id: t.id,
        ev: r.evidence[0].props, edge: { label, lemma, negated, modality, category },
      };
      await session.executeWrite((tx) => tx.run(naiveTripleCypher(g.type, g.from, g.to), params));
    }
  } finally {
    await session.close();
  }
  return (performance.now() - t0) / 1000;
}
