/**
 * scripts/fuzz/mutate — seeded, deterministic damage to small valid inputs, as fast-check
 * arbitraries: bit flips, truncation, NUL bytes, huge lines, invalid UTF-8, bidi controls, deep
 * nesting, spliced copies. A generated value is a plain description ({kind, at, …}), so a
 * failure prints exactly what was done, and the same seed gives the same inputs on every run.
 */
import fc from 'fast-check';

export type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'nul'; at: number }
  | { kind: 'huge'; at: number; len: number; ch: string }
  | { kind: 'utf8'; at: number; bytes: readonly number[] }
  | { kind: 'bidi'; at: number; ch: string }
  | { kind: 'deep'; at: number; depth: number; open: string; close: string }
  | { kind: 'splice'; at: number; from: number; len: number };

const NESTS: Array<[string, string]> = [['[', ']'], ['{"a":', '}'], ['<div>', '</div>'], ['> ', ''], ['**a ', ''], ['(', ')'], ['<!--', ''], ['- ', '']];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('nul' as const), at: fc.nat() }),
  // (up to 256 KiB: past the caps the fuzz runs with, so the "too long" paths are taken too)
  fc.record({ kind: fc.constant('huge' as const), at: fc.nat(), len: fc.integer({ min: 1000, max: 1 << 18 }), ch: fc.constantFrom('a', ' ', '.', '{', '<', '*', '😀', '?!', 'x@y.z ', '\t') }),
  fc.record({ kind: fc.constant('utf8' as const), at: fc.nat(), bytes: fc.constantFrom([0xc3], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80], [0xc0, 0xaf], [0xff, 0xfe], [0xe2, 0x82], [0xef, 0xbb, 0xbf]) }),
  fc.record({ kind: fc.constant('bidi' as const), at: fc.nat(), ch: fc.constantFrom('\u202e', '\u2066', '\u200f', '\u061c', '\u2069', '\ufeff', '\u2028') }),
  fc.integer({ min: 0, max: NESTS.length - 1 }).chain((k) => fc.record({
    kind: fc.constant('deep' as const), at: fc.nat(), depth: fc.integer({ min: 10, max: 100_000 }), open: fc.constant(NESTS[k][0]), close: fc.constant(NESTS[k][1]),
  })),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), from: fc.nat(), len: fc.integer({ min: 1, max: 64 }) }),
);

/** One input: which seed, and what was done to it (1–4 mutations, applied in order). */
export interface Damage { seed: number; mutations: Mutation[] }

export const damage = (seeds: number): fc.Arbitrary<Damage> =>
  fc.record({ seed: fc.integer({ min: 0, max: seeds - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) });

/** Applies one mutation to bytes (never in place). */
export function apply(b: Buffer, m: Mutation): Buffer {
  const at = b.length ? m.at % (b.length + 1) : 0;
  const insert = (x: Buffer) => Buffer.concat([b.subarray(0, at), x, b.subarray(at)]);
  switch (m.kind) {
    case 'flip': { if (!b.length) return b; const c = Buffer.from(b); c[at % b.length] ^= 1 << m.bit; return c; }
    case 'truncate': return b.subarray(0, at);
    case 'nul': return insert(Buffer.from([0]));
    case 'huge': return insert(Buffer.from(m.ch.repeat(Math.ceil(m.len / m.ch.length)), 'utf8'));
    case 'utf8': return insert(Buffer.from(m.bytes));
    case 'bidi': return insert(Buffer.from(m.ch, 'utf8'));
    case 'deep': return insert(Buffer.from(m.open.repeat(m.depth) + m.close.repeat(m.depth), 'utf8'));
    case 'splice': { if (!b.length) return b; const from = m.from % b.length; return insert(Buffer.from(b.subarray(from, from + m.len))); }
  }
}

/** A short, exact account of a mutation for the report. */
export function describe(m: Mutation): string {
  switch (m.kind) {
    case 'huge': return `huge(${m.len}×${JSON.stringify(m.ch)} at ${m.at})`;
    case 'deep': return `deep(${m.depth}×${JSON.stringify(m.open)} at ${m.at})`;
    case 'utf8': return `utf8(${m.bytes.map((x) => x.toString(16)).join(' ')} at ${m.at})`;
    case 'bidi': return `bidi(U+${m.ch.codePointAt(0)!.toString(16)} at ${m.at})`;
    case 'flip': return `flip(bit ${m.bit} at ${m.at})`;
    case 'splice': return `splice(${m.len} from ${m.from} at ${m.at})`;
    default: return `${m.kind}(at ${m.at})`;
  }
}
