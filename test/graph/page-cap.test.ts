import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph } from '../../src/graph/build.ts';
import { capPageGraph, describeLeftOut } from '../../src/graph/page-cap.ts';
import type { Triple } from '../../src/types.ts';
import { seedFixture } from './fixtures.ts';

/** n edges A_i → B_i, edge i with i+1 evidence sentences. */
function synthetic(n: number): Triple[] {
  const base = seedFixture().triples[0];
  const out: Triple[] = [];
  for (let i = 0; i < n; i++) for (let k = 0; k <= i; k++) {
    out.push({ ...base, id: `t${i}-${k}`, subject: { ...base.subject, id: `a${i}`, name: `A${i}` }, object: { ...base.object, id: `b${i}`, name: `B${i}` },
      evidence: { ...base.evidence, sentence: k, text: `sentence ${k} of edge ${i}` } });
  }
  return out;
}

test('a graph within the caps is the page graph itself', () => {
  const g = buildGraph(synthetic(5));
  const r = capPageGraph(g, { maxEdges: 5, maxEvidence: 15 });
  assert.equal(r.graph, g);
  assert.equal(r.left, null);
});

// [maxEdges, maxEvidence, edges kept, evidence kept]
const table: Array<[number, number, number, number]> = [
  [3, 1000, 3, 10 + 9 + 8], // the three edges with most evidence, all their sentences
  [10, 10, 10, 10], // one sentence each
  [10, 25, 10, 19], // quota 2: 1 + 2·9 = 19 ≤ 25; quota 3: 1 + 2 + 3·8 = 27 > 25
  [2, 3, 2, 2], // quota 1 (2 ≤ 3, quota 2 → 4 > 3)
];

for (const [maxEdges, maxEvidence, edges, evidence] of table) {
  test(`capPageGraph keeps ${edges} relations and ${evidence} sentences under maxEdges ${maxEdges}, maxEvidence ${maxEvidence}`, () => {
    const g = buildGraph(synthetic(10)); // 10 edges, 55 sentences
    const { graph, left } = capPageGraph(g, { maxEdges, maxEvidence });
    assert.ok(left);
    assert.equal(graph.size, edges);
    const kept = graph.edges().reduce((n, e) => n + graph.getEdgeAttribute(e, 'evidence').length, 0);
    assert.equal(kept, evidence);
    assert.equal(Object.keys(graph.getAttribute('evidence')).length, kept, 'the evidence map holds exactly the kept sentences');
    assert.equal(left.edges, 10 - edges);
    assert.equal(left.evidence, 55 - kept);
    assert.equal(left.nodes, 20 - graph.order);
    // the most evidence first; counts stay whole
    for (const e of graph.edges()) assert.equal(graph.getEdgeAttribute(e, 'count'), g.getEdgeAttribute(e, 'count'));
    const minKept = Math.min(...graph.edges().map((e) => g.getEdgeAttribute(e, 'count')));
    for (const e of g.edges()) if (!graph.hasEdge(e)) assert.ok(g.getEdgeAttribute(e, 'count') <= minKept);
    assert.match(describeLeftOut(left), new RegExp(`shows ${edges} of 10 relations`));
  });
}
