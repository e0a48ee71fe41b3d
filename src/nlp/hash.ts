/**
 * actorgraph/nlp/hash — 32-bit feature hashing for the perceptron models.
 *
 * A feature is a template number plus up to three values (word, tag, label, distance…). Strings
 * are hashed once per token (FNV-1a); features are then mixed from integers with murmur3's
 * finaliser, so extracting ~70 features for a parser step makes no strings at all. Collisions at
 * 32 bits are rare enough (a few hundred pairs among millions of features) to cost nothing
 * measurable; a feature is never the value 0, which the tables use for "empty".
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** hashString(s.slice(from, to)), without making the slice (0 ≤ from ≤ to ≤ s.length). */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The feature (template, a, b, c) as a non-zero 32-bit number: each value is folded in with a
 * multiply and a shift (four multiplications in all, after murmur3's finaliser), which is what
 * a feature costs on the parser's hot path; collisions stay at the 32-bit birthday rate.
 */
export function feat(template: number, a: number, b = 0, c = 0): number {
  return featBits(template, a, b, c) >>> 0;
}

/**
 * feat()'s 32 bits read as a signed number, for the feature extractors, which write features into
 * Uint32Arrays (the same bits land there) or fold them into another feature. Why: a uint32 of 2^31
 * or more is no small integer to V8, so each feat() call left un-inlined on the hot paths returned
 * it as a freshly allocated heap number (about 13 million on 300 BBC documents, a tenth of all
 * allocation); an int32 needs none.
 */
export function featBits(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ b;
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39) ^ c;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h ^= h >>> 13;
  return h === 0 ? 1 : h;
}
