/**
 * Two `actorgraph load` processes started at once against the real Neo4j end in the graph one
 * load of the union gives (the database's lease serialises them, store/lease.ts), and
 * `actorgraph check` finds it sound. Without the lease, overlapping loads created duplicate edges
 * and wrong counts (issue 11).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeStore, type Store } from '../../src/store/connection.js';
import { loadInputs } from '../../src/store/load.js';
import { runQuery } from '../../src/store/read.js';
import { checkGraph } from '../../src/store/check.js';
import { clearGraph, graphCounts, openTestStore } from './_helpers.js';
import { syntheticTriples, toJsonl } from './_synthetic.js';
import { runCli } from '../cli/_cli.js';

let store: Store, dir = '', a = '', b = '';
before(async () => {
  store = await openTestStore();
  dir = await mkdtemp(join(tmpdir(), 'actorgraph-concurrent-'));
  // Same actors and relation types in both, different documents: many edges both loads create.
  a = join(dir, 'a.jsonl');
  b = join(dir, 'b.jsonl');
  await writeFile(a, toJsonl(syntheticTriples(6000, { seed: 'a', prefix: 'a', actors: 60 })));
  await writeFile(b, toJsonl(syntheticTriples(6000, { seed: 'b', prefix: 'b', actors: 60 })));
});
after(async () => {
  await closeStore(store);
  await rm(dir, { recursive: true, force: true });
});

/** Every edge with its count and sorted evidence: equal dumps are equal graphs. */
async function edgeDump(): Promise<string[]> {
  const r = await runQuery(store, `MATCH (s)-[r]->(o) WHERE (s:Actor OR s:Concept) AND (o:Actor OR o:Concept)
    WITH s.id AS s, type(r) AS t, o.id AS o, r.count AS n, r.evidence AS ev ORDER BY s, t, o
    RETURN s, t, o, n, ev`);
  return r.rows.map((x) => `${x.s}|${x.t}|${x.o}|${x.n}|${[...(x.ev as string[])].sort().join(',')}`);
}

test('two loads started at once end in the graph one load of the union gives', async () => {
  await clearGraph(store);
  await loadInputs(store, [a, b]);
  const oneCounts = await graphCounts(store);
  const oneEdges = await edgeDump();

  await clearGraph(store);
  const [ra, rb] = await Promise.all([runCli(['load', a, '--no-progress', '--batch-size', '200']), runCli(['load', b, '--no-progress', '--batch-size', '200'])]);
  assert.equal(ra.code, 0, ra.stderr);
  assert.equal(rb.code, 0, rb.stderr);
  assert.deepEqual(await graphCounts(store), oneCounts);
  assert.deepEqual(await edgeDump(), oneEdges);
  const report = await checkGraph(store);
  assert.deepEqual({ ...report, edges: 0 }, { edges: 0, duplicateEdges: 0, badCounts: 0, missingEvidence: 0 });
  const check = await runCli(['check']);
  assert.equal(check.code, 0, check.stderr);
  assert.match(check.stdout, /relationships checked: sound/);
  // The lease is gone once both are done.
  assert.equal((await runQuery(store, 'MATCH (l:LoadLease) RETURN count(l) AS n')).rows[0].n, 0);
});
