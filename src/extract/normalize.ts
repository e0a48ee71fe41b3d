/**
 * actorgraph/extract/normalize — news typography made regular for the tagger, keeping every
 * character offset: each replacement is one character for one character, so spans found in the
 * normalised text are spans of the original.
 *
 * - curly quotes → straight, dashes → "-", non-breaking and odd spaces → " ", bidi controls → " "
 * - ALL-CAPS wire text (MUC, agency copy) → lower case with known names re-capitalised
 *   (truecasing by dictionary and sentence position), because taggers trained on mixed case
 *   read "THE ARMY ATTACKED" as a run of proper nouns.
 */
import { gazetteer, type Gazetteer } from '../resolve/gazetteer.js';
import { LOCATIVE } from './lexicon.js';

const CHAR_MAP: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'", '\u0060': "'", '\u00b4': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u2009': ' ', '\u200a': ' ', '\u202f': ' ', '\u3000': ' ',
  '\u200b': ' ', '\ufeff': ' ', '\t': ' ',
  // Bidi controls (U+202E reverses what follows on screen): never part of a name, so no actor
  // name or mention carries one; evidence keeps the original text.
  '\u202a': ' ', '\u202b': ' ', '\u202c': ' ', '\u202d': ' ', '\u202e': ' ',
  '\u2066': ' ', '\u2067': ' ', '\u2068': ' ', '\u2069': ' ', '\u200e': ' ', '\u200f': ' ', '\u061c': ' ',
};
const CHAR_RE = new RegExp(`[${Object.keys(CHAR_MAP).join('')}]`, 'g');

/** Share of cased letters that are upper case; wire copy in capitals is > 0.9. */
export function upperShare(text: string): number {
  let up = 0, low = 0;
  for (let i = 0; i < text.length && i < 20000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) up++;
    else if (c >= 97 && c <= 122) low++;
  }
  return up + low ? up / (up + low) : 0;
}

/** Words kept in capitals when truecasing: acronyms of known actors (FMLN, NATO). */
function isKnownAcronym(word: string, g: Gazetteer): boolean {
  const e = g.entries.get(word.toLowerCase());
  return !!e && word.length >= 2 && !e.caseSensitive && /^[A-Z]+$/.test(word) && word.length <= 6 && !/[AEIOU]{2}/.test(word) && e.kind === 'org';
}

/** Lower-cases ALL-CAPS text, re-capitalising names the gazetteer knows (`g`: gazetteer(settings.actors)). */
export function truecase(text: string, g: Gazetteer = gazetteer()): string {
  const known = g.entries;
  let out = text.toLowerCase();
  // Re-capitalise the names we know (countries, capitals, demonyms, orgs), longest match first:
  // "SAN SALVADOR" → "San Salvador", "FARABUNDO MARTI NATIONAL LIBERATION FRONT" → title case.
  // words; a final full stop is not part of a word unless the word has inner dots ("u.s.")
  const words = [...out.matchAll(/[a-z](?:[a-z']|\.(?=[a-z]))*(?:\.(?<=[a-z]\.[a-z]+\.))?/g)];
  const maxLen = g.maxLen;
  const chars = out.split('');
  for (let i = 0; i < words.length; i++) {
    const orig = text.slice(words[i].index!, words[i].index! + words[i][0].length);
    if (isKnownAcronym(orig, g)) { chars.splice(words[i].index!, orig.length, ...orig); continue; }
    for (let n = Math.min(maxLen, words.length - i); n >= 1; n--) {
      const span = words.slice(i, i + n);
      // Words must be adjacent (only spaces or hyphens between them).
      if (!span.every((w, k) => k === 0 || /^[\s-]+$/.test(out.slice(span[k - 1].index! + span[k - 1][0].length, w.index!)))) continue;
      const e = known.get(span.map((w) => w[0]).join(' '));
      if (!e || e.caseSensitive) continue;
      // a city only after a preposition of place: elsewhere it is too often a person's name
      if (e.kind === 'place' && !LOCATIVE.test(words[i - 1]?.[0] ?? '')) continue;
      for (const w of span) if (!/^(of|the|and|de|del|la)$/.test(w[0])) chars[w.index!] = w[0][0].toUpperCase();
      i += n - 1;
      break;
    }
  }
  out = chars.join('');
  // Sentence starts stay in lower case: a capital there would make the tagger read any common
  // word ("Name", "Thus") as a proper noun, and names it should see are capitalised above.
  return out;
}

/** Is the text wire copy set in capitals (then truecased here, and its names recased: recase.ts)? */
export function isCapsCopy(text: string): boolean {
  return upperShare(text) > 0.85;
}

/** Same-length normalisation; see the file header. `g`: the run's gazetteer (user dictionaries too). */
export function normalizeText(text: string, g: Gazetteer = gazetteer()): string {
  let t = text.replace(CHAR_RE, (c) => CHAR_MAP[c] ?? c);
  if (isCapsCopy(t)) t = truecase(t, g);
  return t;
}
