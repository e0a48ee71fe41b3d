/**
 * actorgraph/io/pieces — a long text → pieces of bounded size, cut where the prose allows it.
 *
 * Why: the NLP holds every token, tree and mention of what it reads at once (~200 bytes a
 * character), so a 32 MB document read whole needs gigabytes. Read in pieces, memory follows
 * the piece, not the document. A cut goes, in order of preference, at a blank line (paragraph),
 * a sentence end, a line break, a space; only text with no space in a whole piece is cut
 * mid-run (and never inside a surrogate pair). Nothing here is recursive or rescans: each
 * character is looked at a bounded number of times.
 */

export interface Piece {
  /** Offset of the piece's first character in the whole text. */
  offset: number;
  text: string;
}

/** Boundaries, best first; each regex matches the separator, and the cut goes after it. */
const BOUNDARIES: RegExp[] = [
  /\n[ \t\r\f\v]*\n\s*/g, // a blank line: a paragraph ends
  /[.!?]["'”’)\]]*\s+(?=["'“‘(]?\p{Lu})/gu, // a sentence ends and the next begins with a capital
  /\n\s*/g, // a line break
  /\s+/g, // a space
];

/** The end of the last match of `re` inside text[from, to), or -1. */
function lastCut(text: string, from: number, to: number, re: RegExp): number {
  re.lastIndex = 0;
  let best = -1;
  // (the window is a slice: `to` bounds the lookahead too, so a piece never passes maxChars)
  for (const m of text.slice(from, to).matchAll(re)) best = from + m.index! + m[0].length;
  return best;
}

/**
 * Where the piece starting at `a` ends (exclusive), for a text longer than a + maxChars.
 * A cut is looked for in the second half of the window only, so no piece is tiny.
 */
export function cutAfter(text: string, a: number, maxChars: number): number {
  const to = a + maxChars;
  const from = a + (maxChars >> 1);
  for (const re of BOUNDARIES) {
    const cut = lastCut(text, from, to, re);
    if (cut > from && cut <= to) return cut;
  }
  // one unbroken run: cut it, but not between the halves of a surrogate pair
  const code = text.charCodeAt(to - 1);
  return code >= 0xd800 && code <= 0xdbff ? to - 1 : to;
}

/**
 * The pieces of `text`, each at most `maxChars` long; a text that fits is one piece, itself.
 * @example [...textPieces('One. Two.', 1000)] // → [{ offset: 0, text: 'One. Two.' }]
 */
export function* textPieces(text: string, maxChars: number): Generator<Piece> {
  if (!(maxChars >= 2)) throw new RangeError(`maxChars must be ≥ 2, got ${maxChars}`);
  let a = 0;
  while (text.length - a > maxChars) {
    const b = cutAfter(text, a, maxChars);
    yield { offset: a, text: text.slice(a, b) };
    a = b;
  }
  yield { offset: a, text: a === 0 ? text : text.slice(a) };
}
