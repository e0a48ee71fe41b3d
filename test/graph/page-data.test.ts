import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph } from '../../src/graph/build.js';
import { enrichGraph } from '../../src/graph/enrich.js';
import { layoutGraph } from '../../src/graph/layout.js';
import { addPageRest, fromPageGraph, splitPageGraph, toPageGraph } from '../../src/graph/page-data.js';
import type { EdgeAttrs } from '../../src/types.js';
import { syntheticGraph } from '../fixtures/viz/synthetic.js';
import { seedFixture } from './fixtures.js';

test('toPageGraph/fromPageGraph should round-trip nodes and edges (positions to 2 decimals), without evidence', () => {
  const { triples, docs } = seedFixture();
  const g = layoutGraph(enrichGraph(buildGraph(triples, docs)));
  const back = fromPageGraph(JSON.parse(JSON.stringify(toPageGraph(g))));
  assert.deepEqual(back.edges(), g.edges());
  assert.deepEqual(back.nodes(), g.nodes());
  const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)); // undefined-valued keys dropped, as in JSON
  // `days` is the page's own addition (the timeline's; test/viz/timeline.test.ts checks it).
  const noDays = ({ days: _d, ...a }: EdgeAttrs) => a;
  g.forEachEdge((e, a) => assert.deepEqual(noDays(back.getEdgeAttributes(e)), plain(a), e));
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

test('splitPageGraph should put the cap highest-degree actors (before any concept) and only the relations among them in the head', () => {
  const g = syntheticGraph(400, 1500);
  const cap = 60;
  const { head, rest } = splitPageGraph(g, JSON.parse(JSON.stringify(toPageGraph(g))), cap);
  const concept = (n: string) => Number(g.getNodeAttribute(n, 'type') === 'other');
  const top = g.nodes().sort((a, b) => concept(a) - concept(b) || g.getNodeAttribute(b, 'degree')! - g.getNodeAttribute(a, 'degree')! || (a < b ? -1 : 1)).slice(0, cap);
  const first = fromPageGraph(head);
  assert.deepEqual(first.nodes().sort(), [...top].sort());
  const inTop = new Set(top);
  assert.deepEqual(first.edges().sort(), g.filterEdges((_, __, s, t) => inTop.has(s) && inTop.has(t)).sort());
  assert.ok(rest && rest.nodes.length === 400 - cap);
  assert.deepEqual({ order: head.whole!.order, size: head.whole!.size, maxDegree: head.whole!.maxDegree }, { order: g.order, size: g.size, maxDegree: Math.max(...g.mapNodes((_, a) => a.degree!)) });
  const xs = g.mapNodes((_, a) => a.x!);
  assert.ok(Math.abs(head.whole!.extent!.x[0] - Math.min(...xs)) <= 0.005 && Math.abs(head.whole!.extent!.x[1] - Math.max(...xs)) <= 0.005, 'extent of the whole graph');
  // Head, then rest: the whole graph again, attributes and all.
  addPageRest(first, head, JSON.parse(JSON.stringify(rest)));
  assert.deepEqual(first.nodes().sort(), g.nodes().sort());
  assert.deepEqual(first.edges().sort(), g.edges().sort());
  g.forEachEdge((e, a) => { const { days: _d, ...got } = first.getEdgeAttributes(e); assert.deepEqual(got, JSON.parse(JSON.stringify(a)), e); });
  g.forEachNode((n, a) => assert.equal(first.getNodeAttribute(n, 'community'), a.community, n));
});

test('splitPageGraph should leave a graph within the cap whole', () => {
  const g = enrichGraph(buildGraph(seedFixture().triples));
  const p = toPageGraph(g);
  const { head, rest } = splitPageGraph(g, p, 1500);
  assert.equal(rest, null);
  assert.equal(head, p);
  assert.equal(head.whole, undefined);
});
