/**
 * CoNLL-2012 coreference metrics (scripts/quality/coref-metrics.ts) on the worked example of
 * Pradhan et al. (2014): key {a,b,c},{d,e,f,g}; response {a,b},{c,d},{f,g,h,i}.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { muc, b3, ceafe, maxAssignment } from '../../scripts/quality/coref-metrics.ts';

const KEY = [['a', 'b', 'c'], ['d', 'e', 'f', 'g']];
const RESP = [['a', 'b'], ['c', 'd'], ['f', 'g', 'h', 'i']];
const near = (x: number, y: number) => assert.ok(Math.abs(x - y) < 1e-3, `${x} ≠ ${y}`);

const CASES: Array<[metric: string, got: () => { p: number; r: number }, r: number, p: number]> = [
  ['MUC counts links', () => muc(KEY, RESP), 0.4, 0.4],
  ['B³ averages per mention', () => b3(KEY, RESP), 35 / 84, 0.5],
  ['CEAFe aligns entities one to one', () => ceafe(KEY, RESP), 0.65, 1.3 / 3],
  ['a perfect response scores 1', () => muc(KEY, KEY), 1, 1],
];
for (const [why, got, r, p] of CASES) test(`coref metrics: ${why}`, () => { const s = got(); near(s.r, r); near(s.p, p); });

test('coref metrics: the assignment takes the best pairing, not the greedy one', () => {
  // greedy picks 0.9 (row 0 → col 0) and then 0.1; the best is 0.8 + 0.8
  near(maxAssignment([[0.9, 0.8], [0.8, 0.1]]), 1.6);
  near(maxAssignment([[0.5], [0.7], [0.2]]), 0.7);
});
