/**
 * actorgraph/resolve/persons — the country a well-known person acts for ("Barack Obama" → USA),
 * from data/phoenix-persons.json (built by scripts/import-phoenix.ts from the Phoenix/CAMEO actor
 * dictionary). News spells Arabic and other transliterated names many ways ("Omar El Bashir",
 * "Omar Hassan al-Bashir", "Umar al-Bashir"), so a name that is not listed as written is tried
 * again with its article normalised, then by its first and last word, and a bare surname after a
 * title ("President Bouteflika") by the surname. Each fallback answers only when every listed
 * person it could mean acts for the same country: an ambiguous name gets no country.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firstNameGender } from './gender.js';

/** A listed name of three words by its first and last: its middle word and country. */
interface Listed { middle: string; country: string }
interface Index { exact: Map<string, string>; firstLast: Map<string, Listed[]>; surname: Map<string, string | null>; first: Map<string, number> }

/** Arabic articles and their spellings ("el", "ad", "ash" …) are one word for matching. */
const ARTICLE = /^(al|el|ad|ed|ar|as|ash|at|az|an)$/;
// (an initial's dot is no part of it: "George W Bush" is "george w. bush")
const key = (name: string) => name.toLowerCase().replace(/[\s-]+/g, ' ').trim().split(' ').map((w) => (ARTICLE.test(w) ? 'al' : w.replace(/^([a-z])\.$/, '$1')));

/** Continents and regions: last words of place entries in the file, never surnames. */
const REGIONS = /^(africa|europe|asia|america|americas|oceania|antarctica|arctic|caribbean|balkans|scandinavia|arabia|guinea|sahara|east)$/;

let index: Index | undefined;
function build(): Index {
  const file = fileURLToPath(new URL('../../data/phoenix-persons.json', import.meta.url));
  const persons = JSON.parse(readFileSync(file, 'utf8')).persons as Record<string, string>;
  const ix: Index = { exact: new Map(), firstLast: new Map(), surname: new Map(), first: new Map() };
  // null marks a key shared by people of different countries
  const put = (m: Map<string, string | null>, k: string, c: string) => m.set(k, m.has(k) && m.get(k) !== c ? null : c);
  for (const [name, c] of Object.entries(persons)) {
    const w = key(name).filter((x) => x !== 'al');
    ix.exact.set(key(name).join(' '), c);
    // (the file also lists places and regimes: "south africa", "the graveyard of empires")
    if (w.length < 2 || /^(north|south|east|west|central|upper|lower|new|great|the|soviet|republic|kingdom|zuid|s\.)$/.test(w[0]) || REGIONS.test(w[w.length - 1])) continue;
    // (first and last word stand for a name with at most one word between: "Omar El Bashir" for
    // "Omar Hassan al-Bashir"; "Raul Ramirez" is not "Raul de la Nuez Ramirez", a Cuban minister)
    if (w.length <= 3) { const k = `${w[0]} ${w[w.length - 1]}`; ix.firstLast.set(k, [...(ix.firstLast.get(k) ?? []), { middle: w.length === 3 ? w[1] : '', country: c }]); }
    put(ix.surname, w[w.length - 1], c);
    ix.first.set(w[0], (ix.first.get(w[0]) ?? 0) + 1);
  }
  return ix;
}

/** Country of a person's full name, or of a bare surname when `titled` (it followed a title). */
export function personCountry(name: string, titled = false): string | undefined {
  const ix = (index ??= build());
  const k = key(name);
  const exact = ix.exact.get(k.join(' '));
  if (exact) return exact;
  const w = k.filter((x) => x !== 'al');
  if (w.length >= 2) {
    const countries = new Set((ix.firstLast.get(`${w[0]} ${w[w.length - 1]}`) ?? []).filter((x) => samePerson(ix, w, x.middle)).map((x) => x.country));
    return countries.size === 1 ? [...countries][0] : undefined;
  }
  if (w.length === 1 && titled && w[0].length > 3) return ix.surname.get(w[0]) ?? undefined;
  return undefined;
}

/** A given name or an initial: a word a name may carry or drop ("Carlos Saul Menem", "Thomas R. Pickering"). */
const givenName = (w: string) => /^[a-z]$/.test(w) || firstNameGender(w) !== undefined;

/**
 * May a name of words w (first and last as listed) be the listed one whose middle word is
 * `middle`? Only one of them may hold a middle word the other lacks, and it must be a given name
 * or an initial: "Omar Hassan al-Bashir" is "Omar al-Bashir", "Carlos Menem" is "Carlos Saul
 * Menem", but "Alvaro Contreras Velez" is not "Alvaro Uribe Velez" (Spanish names drop the mother's
 * surname, not the father's), nor "Jose Antonio Reyes" "Jose Adolfo Reyes", nor "Walter Smith"
 * "Walter Bedell Smith". A surname listed for people of several countries ("Smith") is too common
 * for a dropped middle name to identify anyone.
 */
function samePerson(ix: Index, w: string[], middle: string): boolean {
  const own = w.slice(1, -1).filter((x) => x !== middle);
  const dropped = middle && !w.includes(middle) ? [middle] : [];
  if (own.length && dropped.length) return false;
  if (dropped.length) return givenName(middle) && ix.surname.get(w[w.length - 1]) !== null;
  return own.every(givenName);
}

/** Is this one word the surname of listed people who all act for one country ("Putin", "Mugabe")? */
export function knownSurname(word: string): boolean {
  const ix = (index ??= build());
  const w = word.toLowerCase();
  return w.length > 3 && !!ix.surname.get(w) && !ix.exact.has(w);
}

/**
 * Is this word the first word of at least three listed persons' names ("jose", "carlos", "maria")?
 * A first-name cue where capitals say nothing (wire copy in capitals); three, because the list
 * also holds a few offices and places ("president X", "pulau X") once or twice each.
 */
export function knownFirstName(word: string): boolean {
  const ix = (index ??= build());
  return (ix.first.get(word.toLowerCase()) ?? 0) >= 3;
}

/** Is this word the last word of a listed person's name, whatever country ("silva", "cristiani")? */
export function listedSurname(word: string): boolean {
  const ix = (index ??= build());
  const w = word.toLowerCase();
  return w.length > 3 && ix.surname.has(w);
}
