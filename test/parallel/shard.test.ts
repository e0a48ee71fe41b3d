/** parallel/shard: i/n parsed or refused naming the flag; ids spread evenly and stably; shards partition a run. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fnv1a32, inShard, parseShard, shardOf } from '../../src/parallel/shard.ts';
import { SettingsError } from '../../src/errors.ts';

describe('parseShard', () => {
  const good: Array<[string, { index: number; count: number }]> = [['1/1', { index: 1, count: 1 }], ['2/4', { index: 2, count: 4 }], [' 4 / 4 ', { index: 4, count: 4 }]];
  for (const [text, want] of good) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(parseShard(text), want));
  const bad: Array<[string, RegExp]> = [
    ['0/4', /--shard 0\/4: i must be between 1 and 4 \(shards are numbered from 1\)/],
    ['5/4', /--shard 5\/4: i must be between 1 and 4/],
    ['1/0', /--shard 1\/0: n must be between 1 and/],
    ['2', /--shard "2": expected i\/n/],
    ['a/b', /--shard "a\/b": expected i\/n/],
    ['-1/4', /expected i\/n/],
    ['1.5/4', /expected i\/n/],
  ];
  for (const [text, re] of bad) {
    it(`refuses ${JSON.stringify(text)} naming the flag`, () => assert.throws(() => parseShard(text), (e: unknown) => e instanceof SettingsError && re.test(e.message) && /--shard 1\/4/.test(e.hint ?? '')));
  }
});

describe('shardOf', () => {
  it('is FNV-1a over UTF-8 bytes (the published test vectors), so every machine agrees', () => {
    assert.equal(fnv1a32(''), 0x811c9dc5);
    assert.equal(fnv1a32('a'), 0xe40c292c);
    assert.equal(fnv1a32('foobar'), 0xbf9cf968);
    // (a non-ASCII id hashes its UTF-8 bytes, not UTF-16 units)
    assert.notEqual(fnv1a32('é'), fnv1a32('\u00e9'.normalize('NFD')));
  });

  it('spreads near-identical ids evenly over the shards, each id in exactly one', () => {
    const ids = Array.from({ length: 4000 }, (_, i) => `bbc-business-${i}`);
    const sizes = [0, 0, 0, 0];
    for (const id of ids) {
      const owners = [1, 2, 3, 4].filter((i) => inShard(id, { index: i, count: 4 }));
      assert.equal(owners.length, 1, id);
      assert.equal(owners[0], shardOf(id, 4));
      sizes[owners[0] - 1]++;
    }
    for (const n of sizes) assert.ok(n > 900 && n < 1100, `shard sizes ${sizes.join(', ')}`);
  });

  it('keeps every document without a shard, or with 1/1', () => {
    assert.ok(inShard('x', undefined));
    assert.ok(inShard('x', { index: 1, count: 1 }));
  });
});
