/**
 * `npm run fuzz` in small: a few hundred damaged inputs over src/io's readers, none of which may
 * crash (throw an error not of src/errors.ts) or lose the valid record next to it. Hangs are
 * reported by the script, not asserted here (no timing in unit tests: the bound is generous).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReport, fuzz } from '../../scripts/fuzz/run.ts';
import { apply } from '../../scripts/fuzz/mutate.ts';

test('the readers survive 300 seeded, damaged inputs: no crashes, no lost records', async () => {
  const rep = await fuzz({ runs: 50, seconds: 300, seed: 11, hangMs: 60_000 });
  assert.equal(rep.targets.length, 6);
  assert.ok(rep.targets.every((t) => t.runs === 50), formatReport(rep));
  assert.deepEqual(rep.failures.filter((f) => f.kind !== 'hang'), [], formatReport(rep));
  // (the damage is real: most inputs are refused with one of our errors, some still read)
  assert.ok(rep.targets.every((t) => t.items > 0 && (t.target === 'convert' || t.errors > 0)), formatReport(rep));
});

test('mutations are deterministic and do what they say', () => {
  const b = Buffer.from('abc');
  assert.deepEqual(apply(b, { kind: 'nul', at: 1 }), Buffer.from('a\0bc'));
  assert.deepEqual(apply(b, { kind: 'truncate', at: 2 }), Buffer.from('ab'));
  assert.deepEqual(apply(b, { kind: 'flip', at: 0, bit: 0 }), Buffer.from('`bc'));
  assert.deepEqual(apply(b, { kind: 'deep', at: 3, depth: 2, open: '[', close: ']' }), Buffer.from('abc[[]]'));
  assert.deepEqual(apply(b, { kind: 'utf8', at: 0, bytes: [0xc3] }), Buffer.from([0xc3, 0x61, 0x62, 0x63]));
  assert.equal(b.toString(), 'abc', 'never in place');
});
