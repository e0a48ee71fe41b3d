/**
 * actorgraph/extract/possessed-works — names a person's possessive makes works: "Clint Eastwood's
 * Million Dollar Baby", "Puccini's Madame Butterfly", "Usher's Confessions". The recogniser types a
 * title by its words, and a title of ordinary words (a film's, an opera's, an album's) came out a
 * body; what a named person "has" under a name of its own is, in news, mostly what they made. Not a
 * name with a body's or a place's word, nor an initialism ("Lord Black's Hollinger International",
 * "Mr Mittal's LNM": a person's firm), nor one ending in a plural ("Matrix Chambers"), nor one after
 * a place's possessive ("Belgium's Interbrew"), nor one the document calls a body by a noun before it
 * (extract/cued-bodies.ts). The caller (extract/analyse.ts) makes it a thing wherever the document
 * names it, with the other work cues.
 */
import type { Token } from '../nlp/wink.js';
import type { Mention } from './mentions.js';
import { CLUB_WORDS, MEDIA, ORG_WORDS, PLACE_WORDS } from '../lexicon.js';
import { gazetteer } from '../resolve/gazetteer.js';
import { isCommonWord } from './name-kind.js';
import { knownFirstName, knownSurname } from '../resolve/persons.js';

/** Lower-cased names of body mentions written after a person's possessive, "X Y's Name". */
export function possessedWorkNames(tokens: readonly Token[], mentions: Iterable<Mention>): string[] {
  const out: string[] = [];
  for (const m of mentions) {
    const x = m.actor;
    if (m.kind !== 'actor' || x?.type !== 'organization') continue;
    const words = x.name.split(/\s+/);
    // (the possessive before the name, or before a title's first words the name left out, "Million"
    // of "Million Dollar Baby"; the possessor a person by the recogniser's reading)
    let k = m.end - words.length - 1;
    while (k > m.start && /^([A-Z]|\d)/.test(tokens[k].text)) k--;
    if (k < m.start + 1 || !/^['\u2019]s?$/.test(tokens[k].text) || tokens[k - 1].ne !== 'person') continue;
    // (not a place's or a known body's possessive, which the recogniser may read as a person's:
    // "Belgium's Interbrew", "Belfast's Lyric Theatre" are firms and stages there)
    let p = k - 1;
    while (p > m.start && /^[A-Z]/.test(tokens[p - 1].text)) p--;
    const owner = tokens.slice(p, k).map((t) => t.lower);
    if (owner.some((_, i) => gazetteer().entries.has(owner.slice(i).join(' ')))) continue;
    // (a person's by the name's shape too: a full name, or one word name lists know as a person's,
    // "Raphael's"; not "Sony's PlayStation", a firm's the recogniser read as a person's)
    if (owner.length < 2 && !(knownSurname(tokens[k - 1].text) || knownFirstName(tokens[k - 1].text))) continue;
    // (nor a name cut short before a capitalised word, whose full name may carry a body's word:
    // "Belfast's Lyric Theatre", "Theatre" tagged no name)
    // (or before "of" or "to" and more capitalised words: "Jerry's Guide to the World Wide Web" was a firm)
    if (/^[A-Z]/.test(tokens[m.end]?.text ?? '') || (/^(of|to)$/.test(tokens[m.end]?.lower ?? '') && (/^[A-Z]/.test(tokens[m.end + 1]?.text ?? '') || tokens[m.end + 1]?.lower === 'the'))) continue;
    const lows = words.map((w) => w.toLowerCase());
    // (nor a name ending in a plural noun of the language: "Matrix Chambers", "Hollywood
    // Laboratories", "Saints" are bodies and sides far more often than titles are)
    if (words.length && /[^s]s$/.test(lows[lows.length - 1]) && isCommonWord(words[words.length - 1])) continue;
    if (/^[A-Z0-9&]{2,6}$/.test(x.name) || MEDIA.test(lows[0]) || lows.some((w) => ORG_WORDS.has(w) || CLUB_WORDS.has(w) || PLACE_WORDS.has(w))) continue;
    out.push(x.name.toLowerCase());
  }
  return out;
}
