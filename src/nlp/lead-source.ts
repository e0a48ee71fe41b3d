/**
 * actorgraph/nlp/lead-source — a source fronted before the clause it vouches for, parsed apart
 * when the parser took it for the sentence: "ACCORDING TO SOURCES FROM THE ARMY, THE MAYOR AND TWO
 * PEASANTS WERE KIDNAPPED BY THE FMLN". Wire copy opens sentence after sentence this way; with a
 * long phrase or a list after the comma the parser made the source's noun the root and the clause
 * a conjunct of it, so the list lost its verb (the mayor was no one's victim).
 *
 * Only when the whole parse went wrong (its root inside the phrase), and only when the clause,
 * parsed on its own, has a verb at its root; the phrase, parsed on its own too, hangs on that verb
 * as an oblique ("according" its case, as the treebanks have it), and its comma on the phrase.
 */

/** Words that may come right before the phrase: the end of a dateline or a bracketed note, an opening quote. */
const BEFORE = /^(--|\]|:|"|``|')$/;

/** Words that open a relative clause. */
const RELATIVE = /^(who|whom|whose|which|where|when|that)$/;

/** The fronted "according to …" phrase [start, comma) of a sentence's lower-case words, if any. */
export function leadSpan(lower: readonly string[]): [number, number] | undefined {
  for (let a = 0; a + 1 < lower.length; a++) {
    if (lower[a] !== 'according' || lower[a + 1] !== 'to') continue;
    if (a > 0 && !BEFORE.test(lower[a - 1])) return undefined;
    // (its comma within a name's length, and a clause of three words at least after it; not a
    // comma that opens a relative clause on the source, "according to the ambassador, who …")
    for (let c = a + 3; c < Math.min(lower.length - 3, a + 16); c++) if (lower[c] === ',') return RELATIVE.test(lower[c + 1]) ? undefined : [a, c];
    return undefined;
  }
  return undefined;
}

/** A part of the sentence parsed on its own: its words' indices in order, and its heads (`idx.length` for its root) and labels. */
export interface Part { idx: readonly number[]; heads: Int32Array; labels: Int32Array }

/**
 * Writes a part's parse into the whole sentence's heads `h` and labels `l` (n words, head n for the
 * root); returns the part's first root word, or -1 (also used by nlp/asides.ts).
 */
export function placePart(n: number, { idx, heads, labels }: Part, h: Int32Array, l: Int32Array): number {
  let root = -1;
  idx.forEach((i, j) => {
    const top = heads[j] === idx.length;
    h[i] = top ? n : idx[heads[j]];
    l[i] = labels[j];
    if (top && root < 0) root = i;
  });
  return root;
}

/**
 * The sentence's tree from the clause's parse and the phrase's, the phrase's root hung on the
 * clause's root with label `obl`, and the comma at `comma` on the phrase's root (`punct`).
 * Heads come out as the parser gives them: word indices, n for the root.
 */
export function joinLead(n: number, clause: Part, phrase: Part, comma: number, obl: number, punct: number): { heads: Int32Array; labels: Int32Array } {
  const h = new Int32Array(n), l = new Int32Array(n);
  const first = placePart(n, clause, h, l);
  const root = first < 0 ? n : first;
  let top = -1;
  phrase.idx.forEach((i, j) => {
    const hj = phrase.heads[j];
    h[i] = hj === phrase.idx.length ? root : phrase.idx[hj];
    l[i] = hj === phrase.idx.length ? obl : phrase.labels[j];
    if (hj === phrase.idx.length && top < 0) top = i;
  });
  h[comma] = top;
  l[comma] = punct;
  // (a second root the phrase's parse gave hangs on its first)
  phrase.idx.forEach((i, j) => { if (phrase.heads[j] === phrase.idx.length && i !== top) h[i] = top; });
  return { heads: h, labels: l };
}
