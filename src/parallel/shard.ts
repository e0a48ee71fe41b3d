/**
 * actorgraph/parallel/shard — `--shard i/n`: which documents this run keeps, so n machines (or n
 * jobs of any batch scheduler) each extract a disjoint part of one corpus.
 *
 * A document belongs to shard 1 + (FNV-1a-32 of its id's UTF-8 bytes mod n). Why the id and not
 * the position: a job reading the corpus in another order, or from a copy with extra files, still
 * takes the same documents; why FNV-1a: stable across machines, Node versions and platforms
 * (no seed, no locale), fast, and spreads even near-identical ids ("bbc-1", "bbc-2") evenly.
 * Shards are numbered from 1, as SLURM arrays, GNU parallel's slots and `split -n l/K/N` count.
 *
 * @example
 *   const s = parseShard('2/4');            // { index: 2, count: 4 }
 *   inShard('bbc-business-001', s);         // true for about one id in four
 */
import { SettingsError } from '../errors.js';

export interface Shard {
  /** 1-based: 1 ≤ index ≤ count. */
  index: number;
  count: number;
}

/** FNV-1a (32-bit) of the string's UTF-8 bytes: the same number on every machine. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The shard (1…count) a document id falls in. */
export function shardOf(id: string, count: number): number {
  return (fnv1a32(id) % count) + 1;
}

export function inShard(id: string, shard: Shard | undefined): boolean {
  return !shard || shard.count === 1 || shardOf(id, shard.count) === shard.index;
}

const HINT = 'Give --shard i/n with whole numbers 1 ≤ i ≤ n, e.g. --shard 1/4 … --shard 4/4 on four machines.';

/**
 * Reads "i/n". A bad value is a SettingsError naming the flag (the CLI prints it, exit 2).
 * @example parseShard('3/8') // { index: 3, count: 8 }
 */
export function parseShard(text: string, flag = '--shard'): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new SettingsError(`${flag} ${JSON.stringify(text)}: expected i/n, e.g. 2/4`, HINT);
  const index = Number(m[1]), count = Number(m[2]);
  if (!(count >= 1 && count <= 1_000_000)) throw new SettingsError(`${flag} ${text}: n must be between 1 and 1000000, got ${m[2]}`, HINT);
  if (!(index >= 1 && index <= count)) throw new SettingsError(`${flag} ${text}: i must be between 1 and ${count} (shards are numbered from 1), got ${m[1]}`, HINT);
  return { index, count };
}
