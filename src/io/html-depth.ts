/**
 * actorgraph/io/html-depth — caps how deep HTML elements nest before htmlparser2 sees them.
 *
 * Why: htmlparser2 keeps its open elements in an array it grows with unshift(), so each opening
 * tag costs the current depth: 100,000 nested <span>s (600 KB) took 53 s, and nothing in a
 * 64 MB file stopped it (found by `npm run fuzz`). No page of prose nests a few hundred deep, so
 * a tag that would open past maxDepth is blanked (with its matching close tag); the text inside
 * stays. One pass, a regex that never scans past the next "<" nor backtracks into a name: linear.
 */

/** Elements with no content: they never nest. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements an opening of their own kind (or a sibling) closes: htmlparser2 does not stack them. */
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rt', 'rp']);

export const MAX_HTML_DEPTH = 512;

/**
 * @example limitNesting('<b>'.repeat(3) + 'x', 2) // → '<b><b> x'
 */
export function limitNesting(html: string, maxDepth = MAX_HTML_DEPTH): string {
  let depth = 0;
  // name → how many of its opening tags were blanked and still wait for their close tag
  const waiting = new Map<string, number>();
  // (the lookahead ends the name where it ends: without it, a 100k-letter "<aaa…" with no ">"
  // was backtracked a letter at a time, each step rescanning the rest: 6 s, found by the fuzz)
  return html.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?![a-zA-Z0-9-])[^<>]*>/g, (tag, slash: string, raw: string) => {
    const name = raw.toLowerCase();
    if (VOID.has(name) || IMPLIED_END.has(name) || (!slash && tag.endsWith('/>'))) return tag;
    if (slash) {
      const w = waiting.get(name) ?? 0;
      if (w > 0) { waiting.set(name, w - 1); return ' '; }
      if (depth > 0) depth--;
      return tag;
    }
    if (depth >= maxDepth) { waiting.set(name, (waiting.get(name) ?? 0) + 1); return ' '; }
    depth++;
    return tag;
  });
}
