/**
 * actorgraph/resolve/names — THE home of name normalisation: keys for matching, slugs for ids,
 * and display forms. Every stage that compares or stores a name goes through here.
 */

/** Matching key: lower case, accents folded, curly quotes and dashes unified, spaces collapsed. */
export function nameKey(s: string): string {
  // (most names are plain ASCII: nothing to fold, no curly quote or dash, so the result is just
  // lower case with spaces collapsed; ids and keys are asked for every mention, and NFKD and three
  // replaces were most of their cost. The backtick, the one ASCII quote folded below, is left out.)
  if (PLAIN_ASCII.test(s)) return s.toLowerCase().replace(/\s+/g, ' ').trim();
  return s
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐-―−]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** ASCII without the backtick: text nameKey's folding leaves as it is. */
const PLAIN_ASCII = /^[\x00-\x5f\x61-\x7f]*$/;

/** Stable id fragment: "Andrei Belousov" → "andrei-belousov". */
export function slug(s: string): string {
  return nameKey(s).replace(/'s\b/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'x';
}

/** Leading words that are not part of a name ("the Russian Federation" → "Russian Federation"). */
const LEADING = /^(?:the|a|an|this|that|these|those|both|either|neither)\s+/i;

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

/** Small words an acronym may skip: "Bank of England" → BoE or BE. */
const ACRONYM_SKIP = /^(of|and|the|for|de|du|la|le|des|et|&)$/i;

/**
 * The acronyms a multi-word name may be shortened to: the initials of its words, with and without
 * its small words ("Rapid Support Forces" → RSF; "Bank of England" → BE, BOE). Upper case; none
 * for a one-word name.
 */
export function acronymsOf(name: string): string[] {
  const words = stripDeterminer(name).split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]).join('').toUpperCase();
  const main = words.filter((w) => !ACRONYM_SKIP.test(w)).map((w) => w[0]).join('').toUpperCase();
  // ("the US Securities and Exchange Commission" is the SEC: a country's short name before a
  // body's name is no part of its acronym)
  // (three letters at least: "UK Independence Party" is no "IP")
  const own = /^[A-Z]{2,3}$/.test(words[0]) && main.length > 3 ? main.slice(1) : main;
  return [...new Set([main, all, own])].filter((x) => x.length >= 2);
}

/**
 * Generic head words of body names ("Ministry", "Forces", "Bank"): never a body's short form on
 * their own. (The extractor's fuller list is src/lexicon.ts ORG_WORDS.)
 */
const GENERIC_BODY_WORD = /^(ministry|department|office|party|council|commission|committee|agency|company|corporation|corp|inc|ltd|plc|group|bank|front|army|forces|force|police|court|union|association|federation|institute|university|parliament|assembly|movement|league|service|services|fund|foundation|club|team|board|authority|national|international|royal|new|general|central|federal|state|american|british|european|world|global|first|city|steel|oil|energy|airlines|airways|motors|records|news|media|holdings|industries|systems|group)$/i;

/**
 * The single words a body's name may be shortened to in running text: its first or last word when
 * that word is distinctive ("Deutsche Lufthansa" → Lufthansa; "Nippon Steel" → Nippon).
 */
export function shortWordsOf(name: string): string[] {
  const words = stripDeterminer(name).split(/\s+/).filter(Boolean);
  if (words.length < 2) return [];
  return [...new Set([words[0], words[words.length - 1]])].filter((w) => /^\p{Lu}\p{L}{3,}$/u.test(w) && !GENERIC_BODY_WORD.test(w)).map((w) => w.toLowerCase());
}
