/**
 * actorgraph/extract/normalize — news typography made regular for the tagger, keeping every
 * character offset: each replacement is one character for one character, so spans found in the
 * normalised text are spans of the original.
 *
 * - curly quotes → straight, dashes → "-", non-breaking and odd spaces → " ", bidi controls → " "
 * - runs of more than MAX_WORD_CHARS non-space characters → spaces (not prose; see there)
 * - ALL-CAPS wire text (MUC, agency copy) → lower case with known names re-capitalised
 *   (truecasing by dictionary and sentence position), because taggers trained on mixed case
 *   read "THE ARMY ATTACKED" as a run of proper nouns.
 */
import { gazetteer, type Gazetteer } from '../resolve/gazetteer.js';
import { LOCATIVE, MONTH_NAMES } from '../lexicon.js';
import { everyday, grammarWord } from './recase.js';
import { winkKnows } from '../nlp/wink.js';
import type { AcronymDefinition } from './acronym-definitions.js';

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

/**
 * A word of capitals with no vowel that is no word ("FPMR", "PCCH", "MNR"): an acronym the
 * gazetteer does not know, kept in capitals so the rules see a name. Not abbreviations of titles
 * and units ("MSGR", "MRS", "KMS", "DLRS"), nor words wink knows ("GMT", "TNT", and "FDR", which
 * the person lists would make Roosevelt).
 */
const UNKNOWN_ACRONYM = /^[BCDFGHJKLMNPQRSTVWXZ]{3,6}$/;
const ABBREVIATIONS = /^(msgr|mrs|mssrs|kms|kgs|lbs|dlrs|mph|rpg|rpgs|pct|hrs|mins|yds|sgt|lt|cpl|pvt)$/;
const unknownAcronym = (word: string): boolean => UNKNOWN_ACRONYM.test(word) && !ABBREVIATIONS.test(word.toLowerCase()) && !everyday(word.toLowerCase()) && !winkKnows(word.toLowerCase());

const ADJACENT = /^[\s-]+$/;
/** Are words i..i+n-1 all everyday words (function words aside)? */
const commonPhrase = (words: RegExpMatchArray[], i: number, n: number): boolean =>
  words.slice(i, i + n).every((w) => /^(of|the|and|for|in|on)$/.test(w[0]) || (/^[a-z]+$/.test(w[0]) && everyday(w[0])));

/**
 * Lower-cases ALL-CAPS text, re-capitalising names the gazetteer knows (`g`: gazetteer(settings.actors))
 * and the acronyms the text defines with their names (`defined`: acronym-definitions.ts).
 */
export function truecase(text: string, g: Gazetteer = gazetteer(), defined: readonly AcronymDefinition[] = []): string {
  const known = g.entries;
  let out = text.toLowerCase();
  // Re-capitalise the names we know (countries, capitals, demonyms, orgs), longest match first:
  // "SAN SALVADOR" → "San Salvador", "FARABUNDO MARTI NATIONAL LIBERATION FRONT" → title case.
  // words; a final full stop is not part of a word unless the word has inner dots ("u.s.")
  // (a possessive "'s" is no part of its word: "THE FMLN'S COMMANDOS" keeps "FMLN")
  const words = [...out.matchAll(/[a-z](?:[a-z]|'(?!s(?![a-z]))|\.(?=[a-z]))*(?:\.(?<=[a-z]\.[a-z]+\.))?/g)];
  const maxLen = g.maxLen;
  const chars = out.split('');
  // (only the lengths of keys that start with this word are tried, longest first, and each gap
  // between words is tested once: linear in the text, where every length and every slice of
  // words for every word was quadratic in the gazetteer's longest name)
  const end = (k: number) => words[k].index! + words[k][0].length;
  const adjacent = new Uint8Array(words.length);
  for (let k = 1; k < words.length; k++) adjacent[k] = ADJACENT.test(out.slice(end(k - 1), words[k].index!)) ? 1 : 0;
  // (not one that is also a verb or a function word: recase.ts grammarWord)
  const acronyms = new Set(defined.map((d) => d.acronym.toLowerCase()).filter((w) => !grammarWord(w)));
  for (let i = 0; i < words.length; i++) {
    const orig = text.slice(words[i].index!, end(i));
    if (isKnownAcronym(orig, g) || unknownAcronym(orig) || acronyms.has(words[i][0])) { for (let k = 0; k < orig.length; k++) chars[words[i].index! + k] = orig[k]; continue; }
    const lens = g.firstWord.get(words[i][0]);
    if (!lens) continue;
    // the longest run of adjacent words from i (only spaces or hyphens between them)
    let run = 1;
    while (run < maxLen && i + run < words.length && adjacent[i + run]) run++;
    for (const n of lens) {
      if (n > run) continue;
      let key = words[i][0];
      for (let k = 1; k < n; k++) key += ' ' + words[i + k][0];
      const e = known.get(key);
      if (!e || e.caseSensitive) continue;
      // a listed company named by everyday words only is, in capitals, more often the phrase:
      // "BEEN IN CONSTANT CONTACT WITH", "THE ADVISORY BOARD" (our own list's names stay: "SHINING PATH")
      if (e.listed && commonPhrase(words, i, n)) continue;
      // a city only after a preposition of place: elsewhere it is too often a person's name
      if (e.kind === 'place' && !LOCATIVE.test(words[i - 1]?.[0] ?? '')) continue;
      for (let k = i; k < i + n; k++) if (!/^(of|the|and|de|del|la)$/.test(words[k][0])) chars[words[k].index!] = words[k][0][0].toUpperCase();
      i += n - 1;
      break;
    }
  }
  out = chars.join('');
  for (const d of defined) for (const name of d.names) out = capitaliseName(out, name);
  // ("ON 3 MAY", "MARCH 1990": a month beside a day or a year is the month, not the modal or the verb)
  out = out.replace(DATED_MONTH, (m) => m.replace(MONTH_WORD, (w) => w[0].toUpperCase() + w.slice(1)));
  // Sentence starts stay in lower case: a capital there would make the tagger read any common
  // word ("Name", "Thus") as a proper noun, and names it should see are capitalised above.
  return out;
}

/** Every occurrence of a name (given in capitals) with its name words capitalised: "the armed forces press committee" → "the Armed Forces Press Committee". */
function capitaliseName(text: string, name: string): string {
  // (a name is letters, apostrophes, hyphens and spaces: acronym-definitions.ts; none is special in a pattern)
  const words = name.toLowerCase().split(' ');
  const re = new RegExp(`(?<![\\p{L}'-])${words.join('\\s+')}(?![\\p{L}])`, 'giu');
  return text.replace(re, (m) => m.replace(/[\p{L}'-]+/gu, (w) => (/^(of|the|and|for|de|del|la|y)$/.test(w) ? w : w[0].toUpperCase() + w.slice(1))));
}

/** A month's name after a day's number or before a year's (same length: only its first letter changes). */
const MONTHS = MONTH_NAMES.join('|');
const MONTH_WORD = new RegExp(`\\b(${MONTHS})\\b`);
const DATED_MONTH = new RegExp(`\\b\\d{1,2} (${MONTHS})\\b|\\b(${MONTHS}) \\d{2,4}\\b`, 'g');

/** Is the text wire copy set in capitals (then truecased here, and its names recased: recase.ts)? */
export function isCapsCopy(text: string): boolean {
  return upperShare(text) > 0.85;
}

/**
 * A run of this many characters with no space is no word of prose (base64, a hex dump, "?!?!…"):
 * it is blanked before tokenising. wink-nlp's tokeniser tries its e-mail pattern from every
 * position of such a run to its end, quadratic in the run's length (1 MB of base64 on one line:
 * minutes); news has none longer than 60 (BBC, MUC-3), and a URL this long names no actor.
 */
export const MAX_WORD_CHARS = 100;
// (`\S{101}\S*`, not `\S{101,}`: V8 backtracks the counted form a step at a time and overflowed
// its stack on a 10 MB word; the plain star after it is a loop with nothing to backtrack)
const LONG_RUN = new RegExp(`\\S{${MAX_WORD_CHARS + 1}}\\S*`, 'g');

/** Same-length normalisation; see the file header. `g`: the run's gazetteer (user dictionaries too). */
export function normalizeText(text: string, g: Gazetteer = gazetteer(), defined: readonly AcronymDefinition[] = []): string {
  let t = text.replace(CHAR_RE, (c) => CHAR_MAP[c] ?? c);
  t = t.replace(LONG_RUN, (run) => ' '.repeat(run.length));
  if (isCapsCopy(t)) t = truecase(t, g, defined);
  return t;
}
