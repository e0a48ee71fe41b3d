import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph } from '../../src/graph/build.js';
import { enrichGraph, sizeFor } from '../../src/graph/enrich.js';
import { seedFixture } from './fixtures.js';

test('sizeFor should map metric values to pixel sizes', () => {
  const table: Array<[number, number, number]> = [
    [0, 10, 3], [10, 10, 18], [2.5, 10, 10.5], [5, 0, 3], [-1, 10, 3],
  ];
  for (const [value, max, expected] of table) assert.equal(sizeFor(value, max), expected, `sizeFor(${value}, ${max})`);
});

test('enrichGraph should set degree, pagerank, community and size on every node', () => {
  const { triples, docs } = seedFixture();
  const g = enrichGraph(buildGraph(triples, docs), { seed: 'test' });
  const table: Array<[string, number]> = [['RUS', 11], ['BLR', 8], ['NATO', 4], ['exercises', 1]];
  for (const [node, degree] of table) assert.equal(g.getNodeAttribute(node, 'degree'), degree, node);
  g.forEachNode((n, a) => {
    assert.ok(Number.isInteger(a.community), `${n} community`);
    assert.ok((a.pagerank ?? -1) >= 0, `${n} pagerank`);
    assert.ok((a.size ?? 0) >= 3, `${n} size`);
  });
  assert.ok(g.getNodeAttribute('RUS', 'pagerank')! > g.getNodeAttribute('exercises', 'pagerank')!);
});

test('enrichGraph should give the same communities for the same seed', () => {
  const { triples } = seedFixture();
  const a = enrichGraph(buildGraph(triples), { seed: 's1' });
  const b = enrichGraph(buildGraph(triples), { seed: 's1' });
  a.forEachNode((n, attrs) => assert.equal(attrs.community, b.getNodeAttribute(n, 'community'), n));
});

test('enrichGraph should handle empty and edgeless graphs', () => {
  const g = enrichGraph(buildGraph([]));
  assert.equal(g.order, 0);
});
