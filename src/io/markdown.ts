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

/** Inline syntax within one line of prose. Order matters: images before links, ** before *. */
const INLINE: Array<[RegExp, string]> = [
  [/!\[([^\]]*)\]\([^)]*\)/g, '$1'], // ![alt](src)      → alt
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'], // [text](url)      → text
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'], // [text][ref]      → text
  [/<((?:https?|mailto):[^>\s]+)>/g, '$1'], // <https://x>      → https://x
  [/`([^`]+)`/g, '$1'], // `code`           → code
  [/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2'], // **bold** __bold__ → bold
  [/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1$2'], // *em*      → em
  [/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1$2'], // _em_ (not snake_case) → em
  [/~~(?=\S)(.+?)(?<=\S)~~/g, '$1'], // ~~struck~~       → struck
];

/** Block-level line prefixes and whole-line syntax. */
function stripLine(line: string): string | null {
  if (/^\s{0,3}\[[^\]]+\]:\s+\S/.test(line)) return null; // [ref]: https://… (link definition)
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return null; // --- *** ___ (rule)
  if (/^\s{0,3}(=+|-+)\s*$/.test(line)) return null; // setext heading underline
  let s = line
    .replace(/^\s{0,3}#{1,6}\s+/, '') // # Heading
    .replace(/\s+#+\s*$/, '') // closing #s
    .replace(/^(\s*>)+\s?/, '') // > quote
    .replace(/^\s*[-*+]\s+(\[[ xX]\]\s+)?/, '') // - item, - [x] task
    .replace(/^\s*\d+[.)]\s+/, ''); // 1. item
  for (const [re, to] of INLINE) s = s.replace(re, to);
  return s;
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
      const h = /^\s{0,3}#{1,6}\s+(.*?)(\s+#+)?\s*$/.exec(line);
      if (h) title = stripLine(h[1]) ?? undefined;
    }
    const s = stripLine(line);
    if (s !== null) out.push(s);
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return title ? { text, title } : { text };
}
