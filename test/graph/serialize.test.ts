import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph } from '../../src/graph/build.js';
import { embedJson, fromJSON, toJSON } from '../../src/graph/serialize.js';
import { seedFixture } from './fixtures.js';

test('embedJson should leave no markup characters and parse back to the same value', () => {
  const table: unknown[] = [
    { t: '</script><script>alert(1)</script>' },
    { t: '<img src=x onerror="alert(1)">', n: 1 },
    { t: 'a\u2028b\u2029c & <!-- -->' },
    ['{{SCRIPT}}', null, true],
  ];
  for (const v of table) {
    const s = embedJson(v);
    assert.doesNotMatch(s, /[<>\u2028\u2029]/, s);
    assert.deepEqual(JSON.parse(s), v);
  }
});

test('toJSON/fromJSON should round-trip nodes, edges and evidence', () => {
  const { triples, docs } = seedFixture();
  const g = buildGraph(triples, docs);
  const back = fromJSON(JSON.parse(JSON.stringify(toJSON(g))));
  assert.equal(back.order, g.order);
  assert.equal(back.size, g.size);
  // JSON drops `undefined` fields (optional category, time…): compare through JSON too.
  const plain = (v: unknown) => JSON.parse(JSON.stringify(v));
  assert.deepEqual(back.getAttributes(), plain(g.getAttributes()));
  for (const e of g.edges()) assert.deepEqual(back.getEdgeAttributes(e), plain(g.getEdgeAttributes(e)));
});
