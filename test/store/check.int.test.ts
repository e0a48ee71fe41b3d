/**
 * `actorgraph check` and `check --repair` against the real Neo4j: a graph broken by hand the way
 * overlapping loads broke it (a duplicate edge, a count off, a dead evidence id) is reported with
 * exact numbers, repaired to the graph a clean load gives, and serve's /api/graph still answers.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { closeStore, type Store } from '../../src/store/connection.js';
import { loadInputs } from '../../src/store/load.js';
import { runQuery } from '../../src/store/read.js';
import { checkGraph } from '../../src/store/check.js';
import { createApiServer, listen } from '../../src/server/http.js';
import { resolveSettings, neo4jFromEnv } from '../../src/settings.js';
import { FIXTURES, clearGraph, graphCounts, openTestStore } from './_helpers.js';
import { runCli } from '../cli/_cli.js';

let store: Store;
before(async () => { store = await openTestStore(); });
after(async () => { await closeStore(store); });

const write = (q: string) => runQuery(store, q, {}, { write: true });

test('check should count each breach, --repair should restore the clean graph, and /api/graph should answer meanwhile', async () => {
  await clearGraph(store);
  await loadInputs(store, [`${FIXTURES}/triples-a.jsonl`, `${FIXTURES}/triples-b.jsonl`]);
  const clean = await graphCounts(store);
  assert.deepEqual(await checkGraph(store).then((r) => ({ ...r, edges: 0 })), { edges: 0, duplicateEdges: 0, badCounts: 0, missingEvidence: 0 });

  // A duplicate of RUS-COOPERATE_WITH->BLR holding one of its ids, a count off on another edge, a dead id on a third.
  await write(`MATCH (s:Actor {id: 'RUS'})-[r:COOPERATE_WITH]->(o:Actor {id: 'BLR'})
    CREATE (s)-[:COOPERATE_WITH {label: r.label, lemma: r.lemma, negated: r.negated, modality: r.modality, count: 1, evidence: r.evidence[0..1]}]->(o)`);
  await write(`MATCH (:Actor {id: 'NATO'})-[r:WARN]->() SET r.count = r.count + 5`);
  await write(`MATCH (s)-[r]->(o) WHERE (s:Actor OR s:Concept) AND NOT type(r) IN ['COOPERATE_WITH', 'WARN'] WITH r LIMIT 1 SET r.evidence = r.evidence + 'no-such-evidence', r.count = r.count + 1`);
  const broken = await checkGraph(store);
  assert.equal(broken.duplicateEdges, 1);
  assert.equal(broken.badCounts, 1);
  assert.equal(broken.missingEvidence, 1);

  const check = await runCli(['check']);
  assert.equal(check.code, 1);
  assert.match(check.stdout, /NOT sound/);
  assert.match(check.stdout, /duplicate edges \(same subject, type, object\): 1/);

  // serve draws the broken graph: the duplicate edge is folded, not a 500.
  const server: Server = createApiServer({ store, settings: resolveSettings({ neo4j: neo4jFromEnv() }), port: 0 });
  const base = await listen(server, 0);
  try {
    const res = await fetch(`${base}api/graph`);
    assert.equal(res.status, 200, await res.clone().text());
    const g = await res.json() as { edges: { key: string; attributes: { evidence: string[] } }[] };
    const coop = g.edges.filter((e) => e.key === 'RUS|COOPERATE_WITH|BLR');
    assert.equal(coop.length, 1);
  } finally {
    await new Promise((r) => server.close(r));
  }

  const repair = await runCli(['check', '--repair']);
  assert.equal(repair.code, 0, repair.stderr);
  assert.match(repair.stdout, /repaired: 1 dead evidence ids dropped, 1 duplicate edges folded/);
  assert.deepEqual(await graphCounts(store), clean);
  const again = await runCli(['check', '--repair']);
  assert.equal(again.code, 0);
  assert.doesNotMatch(again.stdout, /repaired:/, 'a sound graph is left alone');
});
