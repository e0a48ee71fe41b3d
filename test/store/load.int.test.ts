/** store/load + store/write against the real Neo4j: model, idempotence, increments. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeStore, type Store } from '../../src/store/connection.js';
import { loadInputs } from '../../src/store/load.js';
import { runQuery } from '../../src/store/read.js';
import { upsertTriples, ensureSchema } from '../../src/store/write.js';
import { FIXTURES, clearGraph, graphCounts, openTestStore, scalar } from './_helpers.js';
import { syntheticTriples, toJsonl } from './_synthetic.js';

let store: Store;
before(async () => { store = await openTestStore(); await clearGraph(store); });
after(async () => { await closeStore(store); });

test('it should create the uniqueness constraints first', async () => {
  await ensureSchema(store);
  const { rows } = await runQuery(store, 'SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label, properties[0] AS prop, type');
  for (const label of ['Actor', 'Concept', 'Document', 'Evidence']) {
    assert.ok(rows.some((r) => r.label === label && r.prop === 'id' && r.type === 'UNIQUENESS'), `missing constraint on ${label}.id`);
  }
});

test('it should load a triples file into the model: actors, concepts, documents, evidence, typed edges', async () => {
  const s = await loadInputs(store, [`${FIXTURES}/triples-a.jsonl`]);
  assert.equal(s.triples, 6);
  assert.equal(s.evidenceCreated, 6);
  assert.equal(s.edgesCreated, 5);
  assert.deepEqual(await graphCounts(store), {
    actors: 5, concepts: 1, documents: 1, evidence: 6, inLinks: 6, edges: 5, edgeCountSum: 6, edgeEvidenceSum: 6, aliases: 4, // (NATO's "the alliance" is a description, not an alias: resolve/aliases.ts)
  });
  const { rows } = await runQuery(store, `MATCH (:Actor {id: 'RUS'})-[r:COOPERATE_WITH]->(:Actor {id: 'BLR'})
    RETURN r.count AS count, r.evidence AS evidence, r.label AS label, r.lemma AS lemma, r.category AS category, r.negated AS negated`);
  assert.deepEqual(rows, [{ count: 2, evidence: ['t-a1', 't-a2'], label: 'cooperate with', lemma: 'cooperate', category: 'COOPERATE', negated: false }]);
  assert.equal(await scalar(store, "MATCH (:Actor {id: 'NATO'})-[:CONDUCT]->(c:Concept {id: 'exercises'}) RETURN count(c)"), 1);
  assert.equal(await scalar(store, "MATCH (a:Actor {id: 'andrei-belousov'}) WHERE a.country = 'RUS' AND a.type = 'person' RETURN count(a)"), 1);
});

test('it should lead from an edge back to its sentences and document', async () => {
  const { rows } = await runQuery(store, `MATCH (:Actor {id: 'RUS'})-[r:COOPERATE_WITH]->(:Actor {id: 'BLR'})
    MATCH (e:Evidence)-[:IN]->(d:Document) WHERE e.id IN r.evidence
    RETURN e.sentence AS sentence, e.text AS text, d.id AS doc ORDER BY sentence`);
  assert.deepEqual(rows.map((r) => r.text), ['Moscow will cooperate with Belarus on air defence.', 'Russia cooperated with Minsk again in March.']);
  assert.ok(rows.every((r) => r.doc === 'doc-a'));
});

test('it should leave every count unchanged when the same file is loaded again', async () => {
  const before = await graphCounts(store);
  const s = await loadInputs(store, [`${FIXTURES}/triples-a.jsonl`]);
  assert.equal(s.evidenceCreated, 0);
  assert.equal(s.evidenceExisting, 6);
  assert.equal(s.edgesCreated, 0);
  assert.equal(s.edgesUpdated, 0);
  assert.equal(s.actorsCreated + s.conceptsCreated + s.documentsCreated, 0);
  assert.deepEqual(await graphCounts(store), before);
});

test('it should add only what is new when a new document arrives', async () => {
  const s = await loadInputs(store, [`${FIXTURES}/triples-b.jsonl`]);
  assert.equal(s.documentsCreated, 1);
  assert.equal(s.actorsCreated, 1); // USA; NATO, UKR, RUS, BLR exist
  assert.equal(s.evidenceCreated, 4);
  assert.equal(s.edgesCreated, 3); // USA→UKR, NATO→UKR, USA→RUS
  assert.equal(s.edgesUpdated, 1); // RUS→BLR gains t-b3
  const after = await graphCounts(store);
  assert.equal(after.evidence, 10);
  assert.equal(after.edges, 8);
  assert.equal(after.edgeCountSum, 10);
  assert.equal(await scalar(store, "MATCH (:Actor {id: 'RUS'})-[r:COOPERATE_WITH]->(:Actor {id: 'BLR'}) RETURN r.count"), 3);
  // Loading both files together now is a no-op too.
  await loadInputs(store, [`${FIXTURES}/triples-a.jsonl`, `${FIXTURES}/triples-b.jsonl`]);
  assert.deepEqual(await graphCounts(store), after);
});

test('it should be exact across batch and chunk boundaries (small batches, many chunks, repeated edges)', async () => {
  await clearGraph(store);
  const triples = syntheticTriples(3000, { actors: 30, concepts: 5, seed: 'chunks' });
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-load-'));
  const file = join(dir, 'synthetic.jsonl');
  writeFileSync(file, toJsonl(triples));
  const s = await loadInputs(store, [file], { batchSize: 97, chunkTriples: 700 });
  assert.equal(s.triples, 3000);
  const c = await graphCounts(store);
  assert.equal(c.evidence, 3000);
  assert.equal(c.edgeCountSum, 3000);
  assert.equal(c.edgeEvidenceSum, 3000);
  const distinctEdges = new Set(triples.map((t) => `${t.subject.id}|${t.relation.type}|${t.object.id}`)).size;
  assert.equal(c.edges, distinctEdges);
  assert.equal(c.documents, new Set(triples.map((t) => t.evidence.doc)).size);
  // A reload with another batching changes nothing.
  await loadInputs(store, [file], { batchSize: 1000 });
  assert.deepEqual(await graphCounts(store), c);
  // Overlapping direct upsert of a slice: still nothing new.
  const again = await upsertTriples(store, triples.slice(100, 400), { batchSize: 50 });
  assert.equal(again.evidenceCreated, 0);
  assert.deepEqual(await graphCounts(store), c);
});

test('it should refuse a batch size of 0 instead of looping', async () => {
  await assert.rejects(upsertTriples(store, syntheticTriples(3), { batchSize: 0 }), /batchSize/);
});

test('it should name the file and line of a broken triples file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-bad-'));
  const file = join(dir, 'bad.jsonl');
  const good = JSON.stringify(syntheticTriples(1)[0]);
  writeFileSync(file, `${good}\n{"subject": {}, "relation": {}, "object": {}}\n`);
  await assert.rejects(loadInputs(store, [file]), (err: Error) => /bad\.jsonl:2/.test(err.message) && /missing id/.test(err.message));
});

test('it should add a known document\'s new evidence beside what it has, and keep texts holding the column separators intact', async () => {
  await clearGraph(store);
  const triples = syntheticTriples(40, { actors: 6, concepts: 2, triplesPerDoc: 10, seed: 'same-doc', prefix: 'sd' });
  triples[3].evidence.text = 'odd \u001f unit \u001e record separators';
  triples[4].relation.label = '';
  await upsertTriples(store, triples.slice(0, 25), { batchSize: 4 });
  const first = await graphCounts(store);
  assert.equal(first.evidence, 25);
  // docs sd-doc-2 already has 5 of its 10 triples: the other 5 join it, nothing else is created.
  const s = await upsertTriples(store, triples, { batchSize: 7 });
  assert.equal(s.evidenceCreated, 15);
  assert.equal(s.evidenceExisting, 25);
  assert.equal(s.documentsCreated, 1); // sd-doc-3
  const c = await graphCounts(store);
  assert.equal(c.evidence, 40);
  assert.equal(c.inLinks, 40);
  assert.equal(c.edgeCountSum, 40);
  assert.equal(c.edgeEvidenceSum, 40);
  assert.equal(await scalar(store, "MATCH (e:Evidence {id: 'sd-t3'}) WHERE e.text = $t RETURN count(e)", { t: triples[3].evidence.text }), 1);
  assert.equal(await scalar(store, "MATCH (e:Evidence {id: 'sd-t4'}) WHERE e.label = '' RETURN count(e)"), 1);
  assert.equal(await scalar(store, "MATCH (:Document {id: 'sd-doc-2'})<-[:IN]-(e:Evidence) RETURN count(e)"), 10);
  await upsertTriples(store, triples, { batchSize: 3 });
  assert.deepEqual(await graphCounts(store), c);
});
