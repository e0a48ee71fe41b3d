import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph } from '../../src/graph/build.js';
import { enrichGraph } from '../../src/graph/enrich.js';
import { layoutGraph } from '../../src/graph/layout.js';
import { fromPageGraph, toPageGraph } from '../../src/graph/page-data.js';
import { seedFixture } from './fixtures.js';

test('toPageGraph/fromPageGraph should round-trip nodes and edges (positions to 2 decimals), without evidence', () => {
  const { triples, docs } = seedFixture();
  const g = layoutGraph(enrichGraph(buildGraph(triples, docs)));
  const back = fromPageGraph(JSON.parse(JSON.stringify(toPageGraph(g))));
  assert.deepEqual(back.edges(), g.edges());
  assert.deepEqual(back.nodes(), g.nodes());
  const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)); // undefined-valued keys dropped, as in JSON
  g.forEachEdge((e, a) => assert.deepEqual(back.getEdgeAttributes(e), plain(a), e));
  g.forEachNode((n, a) => {
    const b = back.getNodeAttributes(n);
    assert.ok(Math.abs(b.x! - a.x!) <= 0.005 && Math.abs(b.y! - a.y!) <= 0.005, n);
    assert.deepEqual({ ...b, x: 0, y: 0, size: 0, pagerank: 0 }, plain({ ...a, x: 0, y: 0, size: 0, pagerank: 0 }), n);
  });
  assert.deepEqual(back.getAttribute('docs'), g.getAttribute('docs'));
  assert.deepEqual(back.getAttribute('evidence'), {});
});

test('toPageGraph should refuse edge keys the page could not rebuild', () => {
  const g = buildGraph(seedFixture().triples);
  g.addDirectedEdgeWithKey('odd-key', 'RUS', 'BLR', { label: 'x', type: 'X', lemma: 'x', negated: false, modality: 'asserted', count: 1, evidence: [] });
  assert.throws(() => toPageGraph(g), /page-data: edge key "odd-key"/);
});

test('the page format should be much smaller than graphology export for many edges', () => {
  const g = enrichGraph(buildGraph(seedFixture().triples));
  const { evidence: _e, ...attrs } = g.getAttributes();
  const exported = JSON.stringify({ ...g.export(), attributes: attrs }).length;
  assert.ok(JSON.stringify(toPageGraph(g)).length < exported * 0.6, 'at most 60% of the export');
});
