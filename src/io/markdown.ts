/**
 * actorgraph/io/markdown — Markdown → plain text, lightly: the extractor should see prose, not
 * "**" or "](https://…)". Not a Markdown parser: headings, emphasis, links, images, list and quote
 * markers go; code fences lose their ``` lines but keep their content as text.
 */

export interface MarkdownText {
  text: string;
  /** From YAML front matter `title:`, else the first heading. */
  title?: string;
}

const FENCE = /^\s{0,3}(```|~~~)/;

/**
 * Inline syntax within one line of prose. Order matters: images before links, ** before *.
 * Every span is bounded (SPAN characters of text, URL of a target): an unbounded lazy span
 * rescans to the line's end from every opener that has no closer, so a long line of "**a "
 * took quadratic time (120 KB: 33 s); bounded, each opener costs at most SPAN steps. Real
 * emphasis and link text are far shorter; a longer one keeps its markers, which is harmless.
 */
const SPAN = 1000;
const URL = 2000;
const INLINE: Array<[RegExp, string]> = [
  [new RegExp(`!\\[([^\\]]{0,${SPAN}})\\]\\([^)]{0,${URL}}\\)`, 'g'), '$1'], // ![alt](src)      → alt
  [new RegExp(`\\[([^\\]]{1,${SPAN}})\\]\\([^)]{0,${URL}}\\)`, 'g'), '$1'], // [text](url)      → text
  [new RegExp(`\\[([^\\]]{1,${SPAN}})\\]\\[[^\\]]{0,${SPAN}}\\]`, 'g'), '$1'], // [text][ref]      → text
  [new RegExp(`<((?:https?|mailto):[^>\\s]{1,${URL}})>`, 'g'), '$1'], // <https://x>      → https://x
  [new RegExp(`\`([^\`]{1,${SPAN}})\``, 'g'), '$1'], // `code`           → code
  [new RegExp(`(\\*\\*|__)(?=\\S)(.{1,${SPAN}}?)(?<=\\S)\\1`, 'g'), '$2'], // **bold** __bold__ → bold
  [new RegExp(`(^|[^\\w*])\\*(?=\\S)(.{1,${SPAN}}?)(?<=\\S)\\*(?![\\w*])`, 'g'), '$1$2'], // *em*      → em
  [new RegExp(`(^|[^\\w])_(?=\\S)(.{1,${SPAN}}?)(?<=\\S)_(?!\\w)`, 'g'), '$1$2'], // _em_ (not snake_case) → em
  [new RegExp(`~~(?=\\S)(.{1,${SPAN}}?)(?<=\\S)~~`, 'g'), '$1'], // ~~struck~~       → struck
];

/** Block-level line prefixes and whole-line syntax. */
function stripLine(line: string): string | null {
  if (/^\s{0,3}\[[^\]]+\]:\s+\S/.test(line)) return null; // [ref]: https://… (link definition)
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return null; // --- *** ___ (rule)
  if (/^\s{0,3}(=+|-+)\s*$/.test(line)) return null; // setext heading underline
  // # Heading, closing #s
  let s = withoutClosingHashes(line.replace(/^\s{0,3}#{1,6}\s+/, ''));
  s = s
    .replace(/^(\s*>)+\s?/, '') // > quote
    .replace(/^\s*[-*+]\s+(\[[ xX]\]\s+)?/, '') // - item, - [x] task
    .replace(/^\s*\d+[.)]\s+/, ''); // 1. item
  for (const [re, to] of INLINE) s = s.replace(re, to);
  return s;
}

/**
 * Where `s` would lose a final `\s+#+\s*$` (a heading's closing #s), or -1. A scan from the end:
 * the regex rescans a long run of spaces from each of its positions (quadratic).
 */
function closingHashes(s: string): number {
  let j = s.length;
  while (j > 0 && SPACE.test(s[j - 1])) j--;
  const hashesEnd = j;
  while (j > 0 && s[j - 1] === '#') j--;
  if (j === hashesEnd || j === 0 || !SPACE.test(s[j - 1])) return -1;
  while (j > 0 && SPACE.test(s[j - 1])) j--;
  return j;
}
const SPACE = /\s/;

/** `s.replace(/\s+#+\s*$/, '')` in linear time. */
function withoutClosingHashes(s: string): string {
  const j = closingHashes(s);
  return j < 0 ? s : s.slice(0, j);
}

/**
 * @example stripMarkdown('# NATO\n\nThe **alliance** met [Russia](https://ru).').text // → 'NATO\n\nThe alliance met Russia.'
 */
export function stripMarkdown(md: string): MarkdownText {
  let lines = md.split('\n');
  let title: string | undefined;

  // YAML front matter: metadata, not prose.
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end > 0) {
      const t = lines.slice(1, end).find((l) => /^title:\s*\S/.test(l));
      if (t) title = t.replace(/^title:\s*/, '').replace(/^(["'])(.*)\1$/, '$2').trim();
      lines = lines.slice(end + 1);
    }
  }

  const out: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const f = FENCE.exec(line);
    if (f && (fence === null || f[1] === fence)) { fence = fence === null ? f[1] : null; continue; }
    if (fence !== null) { out.push(line); continue; } // code: kept verbatim
    if (title === undefined) {
      // (the text of /^\s{0,3}#{1,6}\s+(.*?)(\s+#+)?\s*$/, read without its quadratic backtracking)
      const h = /^\s{0,3}#{1,6}\s+/.exec(line);
      if (h) {
        const rest = line.slice(h[0].length);
        const j = closingHashes(rest);
        const text = j < 0 ? rest.trimEnd() : rest.slice(0, j);
        // ("." stops at a line separator: such a heading did not match)
        if (!/[\n\r\u2028\u2029]/.test(text)) title = stripLine(text) ?? undefined;
      }
    }
    const s = stripLine(line);
    if (s !== null) out.push(s);
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return title ? { text, title } : { text };
}
