/**
 * hintOnce (src/io/warning.ts): each hint is given under the first error that carries it, not
 * under every one (extract, load and load --bulk report bad lines through it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hintOnce } from '../../src/io/warning.ts';

test('warning: hintOnce gives each hint once per run, and messages without one as they are', () => {
  const withHint = hintOnce();
  assert.equal(withHint({ message: 'f:1: bad', hint: 'fix it' }), 'f:1: bad\n  hint: fix it');
  assert.equal(withHint({ message: 'f:2: bad', hint: 'fix it' }), 'f:2: bad');
  assert.equal(withHint({ message: 'f:3: other', hint: 'another' }), 'f:3: other\n  hint: another');
  assert.equal(withHint({ message: 'f:4: plain' }), 'f:4: plain');
  // (a new run gives the hint again)
  assert.equal(hintOnce()({ message: 'f:1: bad', hint: 'fix it' }), 'f:1: bad\n  hint: fix it');
});
