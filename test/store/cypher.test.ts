/** store/cypher: the loader's statements take every value, relation types included, as parameters. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoreError } from '../../src/errors.js';
import { CONSTRAINTS, MERGE_ACTORS, MERGE_CONCEPTS, MERGE_DOCUMENTS, MERGE_EVIDENCE, mergeEdgesCypher, naiveTripleCypher, type EndpointLabel } from '../../src/store/cypher.js';

const LOADER = [MERGE_DOCUMENTS, MERGE_ACTORS, MERGE_CONCEPTS, MERGE_EVIDENCE,
  ...(['Actor', 'Concept'] as const).flatMap((a) => (['Actor', 'Concept'] as const).map((b) => mergeEdgesCypher(a, b)))];

test('it should send one query text per step and label pair, whatever the relation types', () => {
  // 4 node steps + 4 label pairs: the server plans 8 statements, not one per relation type.
  assert.equal(new Set(LOADER).size, 8);
  for (const q of LOADER) {
    // Planned once, never re-planned as the graph grows; rows only from parameters.
    assert.match(q, /^CYPHER replan=skip\n(UNWIND \$rows AS row\b|WITH \[c IN \$cols \| )/);
  }
});

test('it should take the relationship type from the row, never from the query text', () => {
  const q = mergeEdgesCypher('Actor', 'Concept');
  assert.match(q, /CREATE \(s\)-\[:\$\(col\[1\]\[i\]\)/);
  assert.doesNotMatch(q, /'[^']*'/, 'no string literal in the edge statement');
});

test('it should refuse endpoint labels outside Actor and Concept', () => {
  assert.throws(() => mergeEdgesCypher('Actor', 'Document' as EndpointLabel), StoreError);
  assert.throws(() => mergeEdgesCypher('Actor) DETACH DELETE (x' as EndpointLabel, 'Actor'), StoreError);
});

test('it should refuse an unsafe relation type in the naive loader, which splices it', () => {
  assert.throws(() => naiveTripleCypher('X]->() DETACH DELETE n //', 'Actor', 'Actor'), StoreError);
  assert.match(naiveTripleCypher('COOPERATE_WITH', 'Actor', 'Actor'), /MERGE \(s\)-\[r:COOPERATE_WITH\]->\(o\)/);
});

test('it should create every constraint only if it does not exist yet', () => {
  for (const c of CONSTRAINTS) assert.match(c, /^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(Actor|Concept|Document|Evidence|LoadLease)\) REQUIRE n\.id IS UNIQUE$/);
});
