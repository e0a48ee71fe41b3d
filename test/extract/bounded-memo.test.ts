/** boundedMemo: a pure function's answers by key, forgotten all at once when the bound is reached. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundedMemo } from '../../src/extract/bounded-memo.ts';

// [calls in order, limit, how many times the function ran]
const TABLE: Array<[string, string[], number, number]> = [
  ['a repeated key runs once', ['a', 'a', 'a'], 10, 1],
  ['distinct keys run once each', ['a', 'b', 'a', 'b'], 10, 2],
  ['at the bound everything is forgotten', ['a', 'b', 'c', 'a'], 2, 4],
  ['below the bound nothing is', ['a', 'b', 'a', 'b'], 2, 2],
  ['an answer of undefined is remembered too', ['none', 'none'], 10, 1],
];
for (const [name, keys, limit, runs] of TABLE) {
  test(`boundedMemo: ${name}`, () => {
    let n = 0;
    const f = boundedMemo((k: string) => { n++; return k === 'none' ? undefined : k.toUpperCase(); }, limit);
    for (const k of keys) assert.equal(f(k), k === 'none' ? undefined : k.toUpperCase());
    assert.equal(n, runs);
  });
}
