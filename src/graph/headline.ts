/**
 * actorgraph/graph/headline — a title for documents that carry none (plain .txt files).
 *
 * News copy saved as text usually opens with its headline on a line of its own, followed by a
 * blank line. Only that shape counts: a first line that runs into the body is not a title, and
 * the page then shows the file name instead.
 */

/** Longest line taken as a headline; longer first lines are body text. */
const MAX_HEADLINE = 160;

/**
 * @example
 *   headline('Belousov: Russia And Belarus Continue\n\nChanges in …') // 'Belousov: Russia And Belarus Continue'
 *   headline('One paragraph with no title line.')                      // undefined
 */
export function headline(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = /^\s*([^\n]{3,})\r?\n\s*\r?\n/.exec(text);
  const line = m?.[1].trim();
  if (!line || line.length > MAX_HEADLINE || /[.;,]$/.test(line)) return undefined;
  return line;
}
