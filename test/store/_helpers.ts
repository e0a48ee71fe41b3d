/**
 * Shared by the store tests: the connection the test runner exported (scripts/test.mjs starts a
 * local Neo4j and sets NEO4J_URI/USERNAME/PASSWORD), and small read helpers.
 */
import neo4j from 'neo4j-driver';
import { DEFAULT_SETTINGS, neo4jFromEnv, type Settings } from '../../src/settings.js';
import { openStore, type Store } from '../../src/store/connection.js';

export const FIXTURES = 'test/fixtures/store';

export function testSettings(): Settings['neo4j'] {
  return { ...DEFAULT_SETTINGS.neo4j, ...neo4jFromEnv() };
}

export function openTestStore(): Promise<Store> {
  return openStore(testSettings());
}

/** Empties the test database (the tests run one file at a time, see scripts/test.mjs). */
export async function clearGraph(store: Store): Promise<void> {
  const session = store.driver.session({ database: store.database });
  try {
    await session.executeWrite((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  } finally {
    await session.close();
  }
}

/** The single number a query returns. */
export async function scalar(store: Store, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.executeRead((tx) => tx.run(cypher, params));
    const v = res.records[0]?.get(0);
    return neo4j.isInt(v) ? v.toNumber() : Number(v);
  } finally {
    await session.close();
  }
}

/** Every count that must not move when the same input is loaded again. */
export async function graphCounts(store: Store): Promise<Record<string, number>> {
  return {
    actors: await scalar(store, 'MATCH (n:Actor) RETURN count(n)'),
    concepts: await scalar(store, 'MATCH (n:Concept) RETURN count(n)'),
    documents: await scalar(store, 'MATCH (n:Document) RETURN count(n)'),
    evidence: await scalar(store, 'MATCH (n:Evidence) RETURN count(n)'),
    inLinks: await scalar(store, 'MATCH (:Evidence)-[r:IN]->(:Document) RETURN count(r)'),
    edges: await scalar(store, 'MATCH ()-[r]->() WHERE type(r) <> "IN" RETURN count(r)'),
    edgeCountSum: await scalar(store, 'MATCH ()-[r]->() WHERE type(r) <> "IN" RETURN coalesce(sum(r.count), 0)'),
    edgeEvidenceSum: await scalar(store, 'MATCH ()-[r]->() WHERE type(r) <> "IN" RETURN coalesce(sum(size(r.evidence)), 0)'),
    aliases: await scalar(store, 'MATCH (n:Actor) RETURN coalesce(sum(size(n.aliases)), 0)'),
  };
}
