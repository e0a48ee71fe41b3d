/** store/sources: what load reads; the bytes read of the inputs (load's progress bar: MB and ETA), and --shard on triples files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { readSources } from '../../src/store/sources.js';
import { FIXTURES } from './_helpers.js';

const files = [`${FIXTURES}/triples-a.jsonl`, `${FIXTURES}/triples-b.jsonl`];

test('readSources should report the bytes read, growing to the total size of the triples files', async () => {
  const total = files.reduce((n, f) => n + statSync(f).size, 0);
  const seen: [number, number][] = [];
  let triples = 0;
  for await (const it of readSources(files, { onBytes: (d, t) => seen.push([d, t]) })) if (it.triple) triples++;
  assert.equal(triples, 10);
  assert.ok(seen.length >= 2, 'a report per chunk read');
  assert.deepEqual(seen.at(-1), [total, total]);
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i][0] >= seen[i - 1][0] && seen[i][1] === total, 'done only grows, the total is known up front');
});

test('readSources with --shard should give each triple of a triples file to exactly one shard', async () => {
  const ids = async (shard?: { index: number; count: number }) => {
    const out: string[] = [];
    for await (const it of readSources(files, { shard })) if (it.triple) out.push(it.triple.id);
    return out;
  };
  const whole = await ids();
  const parts = [await ids({ index: 1, count: 2 }), await ids({ index: 2, count: 2 })];
  assert.deepEqual(parts.flat().sort(), [...whole].sort());
});
