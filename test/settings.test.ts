/**
 * Settings (src/settings.ts): one place, each value checked with a message naming it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveSettings, DEFAULT_SETTINGS } from '../src/settings.ts';
import { SettingsError } from '../src/errors.ts';

const BAD: Array<[field: string, value: Record<string, unknown>]> = [
  ['workerHeapMb', { workerHeapMb: 10 }],
  ['workerHeapMb', { workerHeapMb: 100.5 }],
  ['minConfidence', { minConfidence: 2 }],
  ['maxPieceChars', { maxPieceChars: 10 }],
];
for (const [field, value] of BAD) {
  test(`settings: a bad ${field} (${JSON.stringify(value)}) is refused, naming it`, () => {
    assert.throws(() => resolveSettings(value), (e: unknown) => e instanceof SettingsError && e.message.includes(field));
  });
}

test('settings: a worker heap cap is on by default and 0 turns it off', () => {
  assert.ok(DEFAULT_SETTINGS.workerHeapMb >= 64);
  assert.equal(resolveSettings({ workerHeapMb: 0 }).workerHeapMb, 0);
});
