/**
 * actorgraph/extract/initials — where a name spelled out before its acronym begins.
 *
 * Wire copy translates a body's name and keeps its Spanish acronym ("the Army of National
 * Liberation (ELN)", "Administrative Department of Security [DAS]"), so the acronym's letters are
 * the initials of the name's words in any order, not left to right. Walking back from the acronym,
 * each word whose initial is a letter of the acronym not yet used belongs to the name; small words
 * inside a name ("of", "the", "de") are passed over when a name word stands before them.
 */

/** Small words inside names ("Bank of the Republic", "San Luis de la Reina"). */
export const NAME_FUNCTION = /^(of|the|and|for|de|del|la|las|los|el|y|da|do|dos|das|e|van|von|al|bin)$/;

/**
 * The index of the first of `words` (lower-case words only, the acronym right after the last) that spells the
 * acronym out, or -1 when fewer than two of its letters, or fewer than half, are initials there.
 * `stop(w)`: a word that never belongs to a name (a title: "president").
 */
export function initialsStart(words: readonly string[], acronym: string, stop: (w: string) => boolean = () => false): number {
  const letters = [...acronym.toLowerCase().replace(/[^a-z]/g, '')];
  const n = letters.length;
  let start = -1, used = 0;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    // ("the army and the nationalist republican alliance": "and the" joins two phrases, not a name's words)
    if (NAME_FUNCTION.test(w)) { if (k > 0 && !(w === 'the' && words[k - 1] === 'and')) continue; break; }
    const at = letters.indexOf(w[0]);
    if (at < 0 || stop(w)) break;
    letters.splice(at, 1);
    used++;
    start = k;
  }
  return used >= 2 && used >= Math.ceil(n / 2) ? start : -1;
}
