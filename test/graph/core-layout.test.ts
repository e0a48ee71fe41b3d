/** graph/core-layout: the top actors laid out on their own, in the place the whole layout gave them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreOf, layoutCore } from '../../src/graph/core-layout.js';
import { layoutGraph, spreadLabels } from '../../src/graph/layout.js';
import { syntheticGraph } from '../fixtures/viz/synthetic.js';
import type { ActorGraph } from '../../src/graph/build.js';

const box = (g: ActorGraph, nodes: string[]) => {
  const xs = nodes.map((n) => g.getNodeAttribute(n, 'x')!), ys = nodes.map((n) => g.getNodeAttribute(n, 'y')!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};
/** Pairs of core actors closer than `d` layout units: the knot the page opened on. */
const close = (g: ActorGraph, nodes: string[], d: number) => {
  let k = 0;
  for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
    const a = g.getNodeAttributes(nodes[i]), b = g.getNodeAttributes(nodes[j]);
    if (Math.hypot(a.x! - b.x!, a.y! - b.y!) < d) k++;
  }
  return k;
};

test('coreOf should take the highest degrees, actors before concepts, ties by id (the page\'s order)', () => {
  const g = syntheticGraph(200, 600, 'core');
  const core = coreOf(g, 10);
  const concept = (n: string) => g.getNodeAttribute(n, 'type') === 'other';
  assert.ok(g.nodes().filter((n) => !concept(n)).length >= 10 && !core.some(concept), 'no concept while actors are left');
  const degrees = core.map((n) => g.getNodeAttribute(n, 'degree')!);
  assert.deepEqual(degrees, [...degrees].sort((a, b) => b - a));
  const rest = g.nodes().filter((n) => !core.includes(n) && !concept(n)).map((n) => g.getNodeAttribute(n, 'degree')!);
  assert.ok(Math.max(...rest) <= Math.min(...degrees));
});

test('layoutCore should do nothing to a graph no bigger than the core', () => {
  const g = syntheticGraph(30, 60, 'small');
  layoutGraph(g, { seed: 's' });
  const before = g.nodes().map((n) => [g.getNodeAttribute(n, 'x'), g.getNodeAttribute(n, 'y')]);
  assert.deepEqual(layoutCore(g, 50, 10, spreadLabels), []);
  assert.deepEqual(g.nodes().map((n) => [g.getNodeAttribute(n, 'x'), g.getNodeAttribute(n, 'y')]), before);
});

test('layoutCore should spread the top actors apart within the place they had, and leave no `fixed` behind', () => {
  const plain = syntheticGraph(1500, 5000, 'knot'), cored = syntheticGraph(1500, 5000, 'knot');
  layoutGraph(plain, { seed: 'k' });
  layoutGraph(cored, { seed: 'k', core: 50 });
  const core = coreOf(cored, 50);
  const [x0, y0, x1, y1] = box(plain, core);
  const d = Math.max(x1 - x0, y1 - y0) / 15;
  // the core's actors closer than 1/15 of its extent to one another: fewer when laid out alone
  const knot = close(plain, core, d), apart = close(cored, core, d);
  assert.ok(apart < knot / 2, `close pairs: ${knot} in the whole layout, ${apart} with the core alone`);
  cored.forEachNode((n, a) => assert.equal((a as unknown as Record<string, unknown>).fixed, undefined, n));
});
