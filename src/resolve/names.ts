/**
 * actorgraph/resolve/names — THE home of name normalisation: keys for matching, slugs for ids,
 * and display forms. Every stage that compares or stores a name goes through here.
 */

/** Matching key: lower case, accents folded, curly quotes and dashes unified, spaces collapsed. */
export function nameKey(s: string): string {
  return s
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐-―−]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Stable id fragment: "Andrei Belousov" → "andrei-belousov". */
export function slug(s: string): string {
  return nameKey(s).replace(/'s\b/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'x';
}

/** Leading words that are not part of a name ("the Russian Federation" → "Russian Federation"). */
const LEADING = /^(?:the|a|an|this|that|these|those)\s+/i;

export function stripDeterminer(s: string): string {
  return s.replace(LEADING, '');
}

/** Title-cases an ALL-CAPS or lower-case proper name for display: "ANDREI BELOUSOV" → "Andrei Belousov". */
export function displayCase(s: string): string {
  if (/[a-z]/.test(s) && /[A-Z]/.test(s)) return s;
  // a lone short all-caps word is an acronym ("BBC", "S&P"), not a shouted name
  if (/^[A-Z][A-Z0-9&]{1,5}$/.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s\-'(])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}
