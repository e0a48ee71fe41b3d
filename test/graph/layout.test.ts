import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph } from '../../src/graph/build.js';
import { enrichGraph } from '../../src/graph/enrich.js';
import { defaultIterations, layoutGraph } from '../../src/graph/layout.js';
import { seedFixture } from './fixtures.js';

test('defaultIterations should shrink as graphs grow', () => {
  const table: Array<[number, number]> = [[10, 500], [500, 500], [501, 200], [3000, 100], [10000, 40], [50000, 15]];
  for (const [order, it] of table) assert.equal(defaultIterations(order), it, `order ${order}`);
});

test('layoutGraph should give every node finite, distinct positions', () => {
  const { triples } = seedFixture();
  const g = layoutGraph(enrichGraph(buildGraph(triples)), { seed: 'x' });
  const seen = new Set<string>();
  g.forEachNode((n, a) => {
    assert.ok(Number.isFinite(a.x) && Number.isFinite(a.y), n);
    seen.add(`${a.x!.toFixed(3)},${a.y!.toFixed(3)}`);
  });
  assert.equal(seen.size, g.order);
});

test('layoutGraph should be reproducible for a seed and differ across seeds', () => {
  const { triples } = seedFixture();
  const table: Array<[string, string, boolean]> = [['a', 'a', true], ['a', 'b', false]];
  for (const [s1, s2, same] of table) {
    const g1 = layoutGraph(enrichGraph(buildGraph(triples)), { seed: s1 });
    const g2 = layoutGraph(enrichGraph(buildGraph(triples)), { seed: s2 });
    const equal = g1.nodes().every((n) => g1.getNodeAttribute(n, 'x') === g2.getNodeAttribute(n, 'x'));
    assert.equal(equal, same, `${s1} vs ${s2}`);
  }
});
