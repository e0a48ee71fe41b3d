/** errors: messageOf gives one line a person can read, never a stack trace. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError, messageOf } from '../src/errors.js';

test('messageOf should give the error kind and first line, never a stack', () => {
  const withStack = new Error('boom');
  withStack.message = `boom\n    at f (x.ts:1:1)\n    at g (y.ts:2:2)`;
  const table: Array<[unknown, string]> = [
    [new RangeError('Maximum call stack size exceeded'), 'RangeError: Maximum call stack size exceeded'],
    [new TypeError('x is undefined'), 'TypeError: x is undefined'],
    [withStack, 'boom'],
    [new InputError('empty file', { file: 'a.txt' }), 'actorgraph/input: a.txt: empty file'],
    ['a string\nwith two lines', 'a string'],
  ];
  for (const [e, want] of table) {
    assert.equal(messageOf(e), want);
    assert.doesNotMatch(messageOf(e), /\n|\s+at /);
  }
});
