/**
 * actorgraph/extract/acronym-definitions — the acronyms an editor spells out in wire copy.
 *
 * Monitoring services' copy in capitals gives a local body's name once, beside its acronym, in the
 * editor's square brackets or in brackets of the writer's own:
 * - the acronym, then its name: "DAS [ADMINISTRATIVE DEPARTMENT OF SECURITY]";
 * - the name, then its acronym: "THE COLOMBIAN COMMUNIST PARTY [PCC] CENTRAL COMMITTEE".
 * After that the text uses the acronym alone. Truecasing lower-cases an acronym no dictionary
 * knows ("the das", read as a plural noun) and the editor's brackets are blanked for reading
 * (editorial.ts), so without this the body is no actor at all, and its acronym and its name are
 * two nodes when both are.
 *
 * A definition holds only when the acronym's letters are the initials of the name's words, in any
 * order (initials.ts): that keeps out the editor's tags ("THE [WORDS INDISTINCT]") and brackets
 * that say something else ("CHILE [PCCH]" after a name that ends before "CHILE").
 */
import { everyday } from './recase.js';
import { initialsStart, NAME_FUNCTION } from './initials.js';
import { ORG_WORDS } from '../lexicon.js';
import type { Actor } from '../types.js';
import type { Token } from '../nlp/wink.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import { definedBody, knownAcronymActor } from '../resolve/defined-acronyms.js';
import { nameKey, stripDeterminer } from '../resolve/names.js';

export interface AcronymDefinition {
  /** As written: "DAS". */
  acronym: string;
  /** The names it is given, as written, first given first: "ADMINISTRATIVE DEPARTMENT OF SECURITY". */
  names: string[];
}

/** An acronym as wire copy writes one: capitals, a hyphen or digits inside ("M-19"). */
const ACRONYM = "[A-Z][A-Z0-9-]{1,7}";
/** "DAS [ADMINISTRATIVE DEPARTMENT OF SECURITY]": the bracket after the acronym holds the name. */
const ACRONYM_THEN_NAME = new RegExp(`(?<![A-Za-z0-9'-])(${ACRONYM})\\s{1,3}[[(]([A-Z][A-Z' -]{3,100}?)[\\])]`, 'g');
/** "… NATIONAL LIBERATION FRONT [FMLN]": the bracket after the name holds the acronym (the words before it are read by initials). */
const NAME_THEN_ACRONYM = new RegExp(`((?:[A-Z][A-Z'-]*\\s{1,3}){2,12})[[(](${ACRONYM})[\\])]`, 'g');
/** The editor's tags, never a name: "[WORDS INDISTINCT]", "[NOT FURTHER IDENTIFIED]". */
const EDITOR_TAG = /\b(INDISTINCT|IDENTIFIED|OMITTED|HEARD|GIVEN|PASSAGE|TEXT|QUOTES?|REPORTER|ANNOUNCER)\b/;

/** The words of a name as written, lower case, less "the" before it and a possessive at its end ("… FRONT'S"). */
const wordsOf = (s: string): string[] => s.trim().replace(/'S$/, '').replace(/^THE\s+/, '').split(/\s+/).map((w) => w.toLowerCase());
/** Words that end a name read backwards: the sentence's own words before it ("EVERYBODY AGAINST THE …", "AT CADENA …"). */
const NOT_NAME = /^(at|in|on|by|to|with|from|as|is|are|was|were|be|a|an|this|that|these|those|its|their|his|her|our|against|between|through|into|about|after|before|during|toward|towards|said|says|which|who|whom|whose|also)$/;
/** A name ends in a name word, never a small one ("AGRARIAN CONGRESS OF THE"). */
const endsInName = (words: string[]) => !NAME_FUNCTION.test(words[words.length - 1]);

/** The acronyms a text in capitals defines, in order of first definition. */
export function definedAcronyms(text: string): AcronymDefinition[] {
  const byAcronym = new Map<string, string[]>();
  const define = (acronym: string, name: string) => {
    const names = byAcronym.get(acronym) ?? [];
    if (!names.includes(name)) names.push(name);
    byAcronym.set(acronym, names);
  };
  for (const m of text.matchAll(ACRONYM_THEN_NAME)) {
    const [, acronym, name] = m;
    if (EDITOR_TAG.test(name) || /\s/.test(acronym)) continue;
    const words = wordsOf(name);
    // (the whole bracket is the name, initials or not: "ELN [ARMY OF NATIONAL LIBERATION]" keeps
    // its Spanish E; enough of them must be initials to tell a name from a tag)
    if (words.length >= 2 && endsInName(words) && !words.some((w) => NOT_NAME.test(w)) && initialsStart(words, acronym) >= 0) define(acronym, words.join(' ').toUpperCase());
  }
  for (const m of text.matchAll(NAME_THEN_ACRONYM)) {
    const [, before, acronym] = m;
    const words = wordsOf(before);
    let at = initialsStart(words, acronym, (w) => NOT_NAME.test(w));
    if (at < 0) continue;
    for (;;) {
      // (a word no lexicon knows right before belongs to the name too: "FARABUNDO MARTI …")
      if (at > 0 && /^[a-z]/.test(words[at - 1]) && !everyday(words[at - 1]) && !NAME_FUNCTION.test(words[at - 1])) at--;
      // (and an institution's word before "of": "ARMY OF NATIONAL LIBERATION [ELN]", whose E is Spanish)
      else if (at > 1 && words[at - 1] === 'of' && ORG_WORDS.has(words[at - 2])) at -= 2;
      else break;
    }
    if (words.length - at >= 2 && endsInName(words)) define(acronym, words.slice(at).join(' ').toUpperCase());
  }
  return [...byAcronym].map(([acronym, names]) => ({ acronym, names }));
}

/** The tokens of a defined acronym are a body's name wherever they stand ("the DAS", which the tagger reads as a plural). */
export function markAcronyms(tokens: Token[], defined: readonly AcronymDefinition[]): void {
  for (const t of tokens) {
    if (t.text.length < 2 || t.text !== t.text.toUpperCase() || !defined.some((d) => d.acronym === t.text)) continue;
    t.pos = 'PROPN';
    t.ne = 'organization';
  }
}

/**
 * What each defined acronym stands for (resolve/defined-acronyms.ts): the dictionary's actor; else
 * the actor its name is read as where the text writes the name alone ("the Armed Forces Press
 * Committee [COPREFA]") when that reading keeps the whole name ("Salvadoran National Police" for
 * "the national police"); else a new body of the name, of the country a mention that ends in the
 * name gives it ("the Salvadoran opposition National Revolutionary Movement (MNR)").
 * `named`: the document's actor mentions, in order, as resolved so far.
 */
export function acronymActors(defined: readonly AcronymDefinition[], named: Iterable<{ text: string; actor: Actor }>, g: Gazetteer): Map<string, Actor> {
  const out = new Map<string, Actor>();
  for (const d of defined) {
    const known = knownAcronymActor(d.acronym, d.names, g);
    if (known) out.set(d.acronym, known);
  }
  if (out.size === defined.length) return out;
  const byName = new Map<string, string>();
  for (const d of defined) for (const n of d.names) if (!byName.has(nameKey(n))) byName.set(nameKey(n), d.acronym);
  const countries = new Map<string, string>();
  for (const m of named) {
    const text = nameKey(stripDeterminer(m.text));
    const acronym = byName.get(text);
    const whole = acronym && (g.actors.has(m.actor.id) || nameKey(m.actor.name).includes(text));
    if (acronym && whole && !out.has(acronym) && m.actor.type !== 'other') out.set(acronym, { ...m.actor, mention: acronym });
    if (!m.actor.country || m.actor.type === 'country' || m.actor.type === 'location') continue;
    for (const [name, acr] of byName) if (!countries.has(acr) && text.endsWith(` ${name}`)) countries.set(acr, m.actor.country);
  }
  for (const d of defined) {
    if (out.has(d.acronym)) continue;
    const a = definedBody(d.acronym, d.names[0], g);
    const country = a.country ?? countries.get(d.acronym);
    out.set(d.acronym, country ? { ...a, country } : a);
  }
  return out;
}
