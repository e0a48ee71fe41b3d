/**
 * actorgraph/nlp/asides — fixed adverbial phrases the parser cannot read, parsed out and put back.
 *
 * "CHILE HAS FOR THE TIME BEING REJECTED THE PROPOSAL": the idiom "for the time being" ("for now")
 * is one adverbial phrase; the treebanks hold it hardly ever, so the tagger reads "being" as the
 * auxiliary it is elsewhere, and the parser, whatever tag "being" gets, hangs the rest of the
 * sentence on "time" (the rejection a clause on the noun, the verb's subject the root). The
 * sentence is parsed without the phrase, and the phrase hangs on the verb after it (else on the
 * root) as an oblique: "for" its case, "the" its determiner, "time" a compound of its noun "being".
 */
import { placePart } from './lead-source.js';

/** The phrases, as lower-case words: each a preposition, a determiner, then its noun's words (the last its head). */
const ASIDES: readonly (readonly string[])[] = [['for', 'the', 'time', 'being']];

/** The first aside's words [start, end) in a sentence's lower-case words, if any. */
export function asideSpan(lower: readonly string[]): [number, number] | undefined {
  for (const words of ASIDES) {
    for (let i = 0; i + words.length <= lower.length; i++) {
      if (words.every((w, k) => lower[i + k] === w)) return [i, i + words.length];
    }
  }
  return undefined;
}

/**
 * The aside at [a, b) with the commas that set it off: the one after it ("For the time being, the
 * talks …"), and the one before it where it closes a clause or has one after it too ("… that, for
 * the time being, the rebels …"). Parsed without them, the sentence reads as if never interrupted.
 */
export function withCommas(lower: readonly string[], [a, b]: [number, number]): [number, number] {
  const after = lower[b] === ',';
  const next = b + (after ? 1 : 0);
  const last = next >= lower.length || /^[.!?;:"']$/.test(lower[next]);
  const before = a > 0 && lower[a - 1] === ',' && (after || last);
  return [before ? a - 1 : a, after ? b + 1 : b];
}

/** The indices of a sentence's n words outside the aside at [a, b). */
export const keptWords = (n: number, [a, b]: [number, number]): number[] => Array.from({ length: n }, (_, i) => i).filter((i) => i < a || i >= b);

/** Label numbers of the relations an aside's words take. */
export interface AsideLabels { obl: number; case: number; det: number; compound: number; punct: number }

/**
 * The whole sentence's tree from the parse of its words outside the aside (`kept`: the indices of
 * those words, in order; `heads`/`labels` their parse, head `kept.length` the root) and the aside at
 * [a, b) of n words, set off by the commas in `outer` (withCommas); `isVerb` says which of the n
 * words are verbs. Heads come out as the parser gives them: word indices, n for the root.
 */
export function putAsideBack(n: number, kept: readonly number[], heads: Int32Array, labels: Int32Array, [a, b]: [number, number], outer: [number, number], isVerb: (i: number) => boolean, L: AsideLabels): { heads: Int32Array; labels: Int32Array } {
  const h = new Int32Array(n), l = new Int32Array(n);
  const root = placePart(n, { idx: kept, heads, labels }, h, l);
  // (the phrase's noun is its last word; it hangs on the verb after it, "has for the time being
  // rejected", or else on the root, "it will stay so for the time being")
  const noun = b - 1;
  let host = -1;
  for (let i = b; i < n && host < 0; i++) if (isVerb(i)) host = i;
  h[noun] = host >= 0 ? host : root >= 0 ? root : n;
  l[noun] = L.obl;
  for (let i = a; i < noun; i++) {
    h[i] = noun;
    l[i] = i === a ? L.case : i === a + 1 ? L.det : L.compound;
  }
  for (const i of [outer[0], outer[1] - 1]) if (i < a || i >= b) { h[i] = noun; l[i] = L.punct; }
  return { heads: h, labels: l };
}
