/**
 * actorgraph/extract/recase — the names in wire copy set in capitals, given their capitals back.
 *
 * truecase() (normalize.ts) lower-cases copy set in capitals so that wink does not read every
 * word as a proper noun, and re-capitalises only the names the gazetteer knows: a person, a
 * town or a body it does not know stays in lower case ("rene rodriguez hurtado", "usulutan",
 * "cadena revolucionaria nacional"), and the rules, which find names by their capital and PROPN
 * tag, read it as a common noun. The entity recogniser read the words as written (in capitals:
 * it was trained on upper-cased copies of its sentences too) and marks name spans; this gives the
 * name words of those spans a capital and the PROPN tag, so the rules type them from the
 * recogniser's `ne` (mentions.ts properKind) as they do in mixed-case copy.
 *
 * Not every word of a span is a name word:
 * - a person's span often takes in the titles before the name ("battalion commander major rene
 *   rodriguez hurtado"): only the words after the last title are the name, and the titles stay
 *   lower-case words for the title rules;
 * - an everyday word (our tagger's lexicon knows it as something besides a proper noun: "press", "said",
 *   "national") is left alone in a person's or place's span, so a stray span over ordinary words
 *   makes no name; an organisation's name is often made of them ("Arce Battalion Command"), so
 *   there one word that is not everyday makes the whole span the name;
 * - words with digits ("m-16" is a rifle) and words already capitalised (the gazetteer's) stay.
 */
import { winkKnows, type Token } from '../nlp/wink.js';
import { knownFirstName, listedSurname } from '../resolve/persons.js';
import { analyser } from '../nlp/analyser.js';
import { tagIndex, AMBIGUITY_BITS } from '../nlp/tagger.js';
import type { EntitySpan } from '../nlp/ner.js';
import { DESCRIPTORS, ORG_WORDS, PLACE_WORDS, TITLES } from '../lexicon.js';
// (function words inside names stay lower case unless first)
import { initialsStart, NAME_FUNCTION } from './initials.js';

/** Honorifics and rank words that stand before a name without being offices in TITLES. */
const HONORIFIC = /^(mr|mrs|ms|dr|gen|col|lt|maj|capt|sgt|msgr|monsignor|father|sister|brother|rev|reverend|don|dona|senor|senora|comandante|commander|elect|ex|former|retired|army|air|navy|police|colonel|lieutenant)\.?$/;

let lexicon: Map<string, number> | undefined;
let propnBit = 0;
/** UPOS bits of the classes that make a word of the sentence's grammar ("up", "is", "goes", "far"). */
let grammarBits = 0;

/**
 * Is the word an everyday word? Yes when our tagger's lexicon saw it with some class besides proper
 * noun ("force", "said"); no when it saw it only as a proper noun ("carlos", "bush") or the person
 * list has it as a first name or surname ("alfredo", "cristiani"); else when wink's lexicon lists
 * it ("announcer").
 */
export function everyday(lower: string): boolean {
  let v = everydayCache.get(lower);
  if (v === undefined) {
    v = readEveryday(lower);
    if (everydayCache.size < 50000) everydayCache.set(lower, v);
  }
  return v;
}
const everydayCache = new Map<string, boolean>();

/** The word's classes in our tagger's lexicon (UPOS bits; 0 when it never saw the word). */
function taggerClasses(lower: string): number {
  if (!lexicon) {
    // (the tagger's own map of its lexicon, not a second copy of it)
    const { tagger } = analyser();
    lexicon = tagger.lexicon ?? new Map();
    const upos = tagIndex(tagger.meta.tags).upos;
    propnBit = 1 << upos.indexOf('PROPN');
    for (const c of ['VERB', 'AUX', 'ADP', 'ADV', 'PART', 'PRON', 'DET', 'CCONJ', 'SCONJ']) if (upos.includes(c)) grammarBits |= 1 << upos.indexOf(c);
  }
  return (lexicon.get(lower) ?? 0) & AMBIGUITY_BITS;
}

/**
 * Did our tagger see the word as a verb or a function word ("up", "is", "goes")? An acronym that is
 * one ("UP [PATRIOTIC UNION]") is not kept in capitals through wire copy (normalize.ts): "SET UP" is
 * likelier there than the party. A noun ("ARENA", "DAS", in wink's lexicon as German) may be.
 */
export const grammarWord = (lower: string): boolean => (taggerClasses(lower) & grammarBits) !== 0;

/** Did our tagger see the word as something besides a proper noun ("said", "force")? */
const taggerEveryday = (lower: string) => (taggerClasses(lower) & ~propnBit) !== 0;

function readEveryday(lower: string): boolean {
  // the tagger's lexicon first (it saw the word in use), then the name lists, then wink's lexicon
  const mask = taggerClasses(lower);
  if (mask & ~propnBit) return true;
  if (mask === propnBit || knownFirstName(lower) || listedSurname(lower)) return false;
  return winkKnows(lower) || winkKnows(singular(lower));
}

/** The singular of a plural of people that wink may not list ("newsmen", "deserters", "parliamentarians"). */
function singular(lower: string): string {
  if (/men$/.test(lower)) return `${lower.slice(0, -3)}man`;
  return /(?:ians|ists|ers|ors)$/.test(lower) ? lower.slice(0, -1) : lower;
}

const isTitleWord = (lower: string) => TITLES.has(lower) || HONORIFIC.test(lower);
const isWord = (t: Token) => /^[a-z][a-z'.-]*$/.test(t.text);

/**
 * A word of wire copy no one could say as written is an acronym and keeps its capitals: no vowel
 * at all ("MNR", "PDC", "FPM") or one vowel before consonants only ("AVC").
 */
export const UNSAYABLE = /^(?:[b-df-hj-np-tv-xz]{2,6}|[aeiou][b-df-hj-np-tv-xz]{2,5})$/;

export function capitalise(t: Token, first: boolean): void {
  if (!isWord(t) || (!first && NAME_FUNCTION.test(t.lower))) return;
  t.text = UNSAYABLE.test(t.text) ? t.text.toUpperCase() : t.text[0].toUpperCase() + t.text.slice(1);
  t.pos = 'PROPN';
}

/** Gives the recogniser's name words in a sentence of capitals copy their capitals back (see the header). */
export function recaseNames(tokens: Token[], entities: EntitySpan[], names: DocumentNames): void {
  for (const e of entities) recaseSpan(tokens, e.start, e.end, spanType(tokens, e), names);
  recaseDefinedAcronyms(tokens, names);
  recaseBodies(tokens);
  recaseByFirstName(tokens, names);
  recaseAfterRole(tokens, names);
  recaseAfterParticle(tokens, names);
  recaseHyphenedTail(tokens, names);
  recaseAfterLocative(tokens);
}

/**
 * "KIM IL-SONG": the recogniser's person ends before a hyphen whose second half is an English word
 * ("song"), which everyday() would leave small anyway. Where our tagger read that word as a proper
 * noun (nlp/analyser.ts fixHyphenedGivenNames), it ends the person's name: glued by the hyphen to
 * a recased name word of the person's.
 */
function recaseHyphenedTail(tokens: Token[], names: DocumentNames): void {
  for (let i = 2; i < tokens.length; i++) {
    const [before, h, t] = [tokens[i - 2], tokens[i - 1], tokens[i]];
    // (not an acronym either side, which a given name never is: "FMLN-FDR" the recogniser took for a person)
    if (h.text !== '-' || h.start !== before.end || t.start !== h.end || before.ne !== 'person' || !/^[A-Z]/.test(before.text) || t.upos !== 'PROPN' || !isWord(t) || (t.ne && t.ne !== 'person')) continue;
    if (UNSAYABLE.test(t.lower) || UNSAYABLE.test(before.lower)) continue;
    capitalise(t, true);
    t.ne = 'person';
    noteName(names, t.lower, 'person');
  }
}

/** Particles inside Spanish, Portuguese and Dutch surnames: "Perez de Cuellar", "dos Santos", "van Gogh". */
const SURNAME_PARTICLE = /^(de|del|da|das|do|dos|la|van|von|der)$/;

/**
 * "JAVIER PEREZ DE CUELLAR": after a person's name word and a surname particle, a word the
 * recogniser put in the person, or one no lexicon knows, is the rest of the surname ("cuellar"
 * would end the name at "de").
 */
function recaseAfterParticle(tokens: Token[], names: DocumentNames): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [before, p, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
    // (the word may be recased already, as part of the recogniser's span)
    if (!SURNAME_PARTICLE.test(p.lower) || before.ne !== 'person' || !/^[A-Z]/.test(before.text) || !/^[a-z][a-z'-]+$/.test(next.lower) || (next.ne ? next.ne !== 'person' : everyday(next.lower))) continue;
    capitalise(next, true);
    next.ne = 'person';
    p.ne = 'person';
    // (the chunker keeps a name's particle in it when it is read as a name word, as in mixed case)
    p.pos = 'PROPN';
    noteName(names, next.lower, 'person');
  }
}

/** Words that open a place's name in Spanish and Portuguese, never a person's: "San Isidro", "Puerto Cabezas". */
const TOPONYM_START = /^(san|santa|santo|sao|puerto|porto|ciudad|villa|nueva|nuevo)$/;
/** Prepositions of place before a town's name ("near tejutepeque"; not "of" or "to", which take anything). */
const PLACE_PREPOSITION = /^(in|near|at|outside|inside|around)$/;

/**
 * The type of a span, with the words' own evidence over the recogniser's guess: an institution
 * word last makes a body ("tecpan command"), a place word a place, a toponym's first word a place.
 */
function spanType(tokens: Token[], e: EntitySpan): NonNullable<Token['ne']> {
  const lastWord = tokens[e.end - 1].lower;
  let type = e.type;
  if (ORG_WORDS.has(lastWord)) type = 'organization';
  else if (PLACE_WORDS.has(lastWord)) type = 'place';
  else if (type === 'person' && TOPONYM_START.test(tokens[e.start].lower)) type = 'place';
  for (let k = e.start; k < e.end; k++) tokens[k].ne = type;
  return type;
}

/** Is this a word no lexicon knows and no name list holds ("chalchuapa")? */
const unknownWord = (t: Token) => isWord(t) && !t.ne && !everyday(t.lower) && !knownFirstName(t.lower) && !listedSurname(t.lower) && !NAME_FUNCTION.test(t.lower);

/**
 * A first-name cue where the recogniser saw nothing or only part of the name: a listed first name
 * ("hector", "armando") followed by words our tagger never saw as anything but a name is a
 * person's name ("orlando benavides": wink's lexicon, which lists many names, is not asked here,
 * but wink's tag is: "armando quiroga sentenced" stops at the verb).
 */
function recaseByFirstName(tokens: Token[], names: DocumentNames): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i];
    // (a first name the recogniser took for a place is a person's before a listed surname, "guillermo
    // payes", unless a toponym's first word opens it, "san carlos")
    const asPerson = placeBeforeSurname(tokens, i) && !TOPONYM_START.test(tokens[i - 1]?.lower ?? '');
    if (!/^[a-z]+$/i.test(t.text) || !knownFirstName(t.lower) || taggerEveryday(t.lower) || (t.ne && t.ne !== 'person' && !asPerson)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 4 && nameAfterFirst(tokens, j)) j++;
    // (or the surname the recogniser found, already recased: "armando Quiroga")
    if (j === i + 1 && !(tokens[j].ne === 'person' && /^[A-Z]/.test(tokens[j].text))) continue;
    for (let k = i; k < j; k++) {
      capitalise(tokens[k], true);
      tokens[k].ne = 'person';
      noteName(names, tokens[k].lower, 'person');
    }
    i = j - 1;
  }
}

/** Is word i a place's name the recogniser marked, right before a listed surname ("carlos valencia garcia", "guillermo payes")? */
const placeBeforeSurname = (tokens: Token[], i: number): boolean => tokens[i].ne === 'place' && i + 1 < tokens.length && listedSurname(tokens[i + 1].lower);

/**
 * Can word j go on a name opened by a first name? One our tagger never saw as an everyday word,
 * tagged a noun by wink or a listed surname ("guillermo payes", which wink reads as "pays"); a
 * place's name too when a listed surname follows ("carlos valencia garcia": Valencia is a town and a
 * surname).
 */
function nameAfterFirst(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const place = placeBeforeSurname(tokens, j);
  // (a word recased already goes on too, the recogniser's or the gazetteer's: "Carlos Valencia" + "garcia")
  if (/^[A-Z][a-z]/.test(t.text)) return t.ne === 'person' || place;
  if (!isWord(t) || taggerEveryday(t.lower) || isTitleWord(t.lower) || NAME_FUNCTION.test(t.lower)) return false;
  if (t.ne && t.ne !== 'person' && !place) return false;
  return t.pos === 'NOUN' || t.pos === 'PROPN' || listedSurname(t.lower);
}

/**
 * Can this word be part of a name after a person's role: one the name lists hold and our tagger
 * never saw as an everyday word, or one no lexicon knows? The recogniser may have typed it a body;
 * after a person's role it is the person's. An English ending says a word no lexicon here lists
 * is still no name ("a former minister surnamed Cordova", "our official communiques").
 */
function nameAfterRole(t: Token): boolean {
  if (!isWord(t) || t.ne === 'place' || isTitleWord(t.lower) || NAME_FUNCTION.test(t.lower) || ENGLISH_ENDING.test(t.lower)) return false;
  const listed = knownFirstName(t.lower) || listedSurname(t.lower);
  return listed ? !taggerEveryday(t.lower) : !everyday(t.lower);
}

/** Endings of English words, not of the Spanish, Portuguese or Dutch names in wire copy. */
const ENGLISH_ENDING = /(?:ed|ing|ment|ments|tion|tions|sion|sions|ity|ness|ship|ism|iat|iats|ques|ance|ence|ances|ences)$/;

/**
 * A person's name the recogniser missed after the role that describes him ("dutch reporter cornell
 * lagrow", "judge oviedo"): up to three words after an office or a descriptor that no lexicon
 * knows, or that the name lists hold, are the person's name.
 */
function recaseAfterRole(tokens: Token[], names: DocumentNames): void {
  for (let i = 1; i < tokens.length; i++) {
    const role = tokens[i - 1].lower;
    if (!TITLES.has(role) && !DESCRIPTORS.has(role)) continue;
    let j = i;
    while (j < tokens.length && j - i < 3 && nameAfterRole(tokens[j])) j++;
    for (let k = i; k < j; k++) {
      capitalise(tokens[k], true);
      tokens[k].ne = 'person';
      noteName(names, tokens[k].lower, 'person');
    }
    if (j > i) i = j - 1;
  }
}

/**
 * A town no list knows, after a preposition of place ("in chalchuapa", "near tejutepeque"): words
 * that no lexicon and no name list knows are a place's name there.
 */
function recaseAfterLocative(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (!PLACE_PREPOSITION.test(tokens[i - 1].lower)) continue;
    let j = i;
    while (j < tokens.length && j - i < 3 && unknownWord(tokens[j])) j++;
    for (let k = i; k < j; k++) { capitalise(tokens[k], true); tokens[k].ne = 'place'; }
  }
}

/**
 * A unit or body named after a person or a place, which the recogniser often misses in capitals
 * ("the arce battalion command", "the atonal battalion"): name words that are not everyday words
 * before institution words (ORG_WORDS) make one organisation's name.
 */
function recaseBodies(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (j < tokens.length && !tokens[j].ne && isWord(tokens[j]) && !everyday(tokens[j].lower) && !NAME_FUNCTION.test(tokens[j].lower) && !isTitleWord(tokens[j].lower)) j++;
    let k = j;
    while (k < tokens.length && !tokens[k].ne && isWord(tokens[k]) && ORG_WORDS.has(tokens[k].lower)) k++;
    if (j === i || k === j) { i = j; continue; }
    for (let q = i; q < k; q++) { capitalise(tokens[q], true); tokens[q].ne = 'organization'; }
    i = k - 1;
  }
}

/**
 * A name defined with its acronym, "the manuel rodriguez patriotic front (fpmr)", "the movement of
 * national restoration (morena)": the words before the bracket whose initials are letters of the
 * acronym (in any order: wire copy translates the name and keeps the Spanish acronym) are one
 * organisation's name, and the acronym is its short form.
 */
function recaseDefinedAcronyms(tokens: Token[], names: DocumentNames): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const acr = tokens[i];
    if (!/^[([]$/.test(tokens[i - 1].text) || !/^[)\]]$/.test(tokens[i + 1].text) || !/^(?:[a-z]{2,8}|[A-Z]{2,8})$/.test(acr.text)) continue;
    let from = i - 1;
    while (from > 0 && isWord(tokens[from - 1])) from--;
    const at = initialsStart(tokens.slice(from, i - 1).map((t) => t.lower), acr.lower, isTitleWord);
    if (at < 0) continue;
    let s = from + at;
    // (words no lexicon knows right before it belong to the name too: "zarate willka armed forces of liberation (fal)")
    while (s > 0 && isWord(tokens[s - 1]) && !everyday(tokens[s - 1].lower) && !NAME_FUNCTION.test(tokens[s - 1].lower) && !isTitleWord(tokens[s - 1].lower)) s--;
    for (let k = s; k < i - 1; k++) {
      capitalise(tokens[k], k === s);
      tokens[k].ne = 'organization';
      if (!everyday(tokens[k].lower)) noteName(names, tokens[k].lower, 'organization');
    }
    acr.text = acr.text.toUpperCase();
    acr.pos = 'PROPN';
    acr.ne = 'organization';
  }
}

/** A document's recased name words and the type of the names they were in (null: several types). */
export type DocumentNames = Map<string, Token['ne'] | null>;

/** Notes a name word (longer than two letters) of a name of `type`; a word seen in names of two types gets null. */
function noteName(names: DocumentNames, lower: string, type: NonNullable<Token['ne']>): void {
  if (lower.length > 2) names.set(lower, names.has(lower) && names.get(lower) !== type ? null : type);
}

/**
 * One sense per discourse: a name word the recogniser found once is a name wherever else it stands
 * in the same document ("maj rene rodriguez hurtado said …" then "major rodriguez hurtado today
 * denied …", where the recogniser missed it). Only words that are not everyday words spread.
 */
export function spreadNames(sentences: Token[][], names: DocumentNames): void {
  for (const tokens of sentences) for (const t of tokens) {
    const ne = t.ne ? undefined : names.get(t.lower);
    if (!ne || !isWord(t)) continue;
    capitalise(t, true);
    t.ne = ne;
  }
}

function recaseSpan(tokens: Token[], a: number, b: number, type: NonNullable<Token['ne']>, names: DocumentNames): void {
  if (type === 'person') {
    // the name follows the last title in the span
    for (let k = b - 1; k >= a; k--) if (isTitleWord(tokens[k].lower)) { a = k + 1; break; }
  }
  const words = tokens.slice(a, b).filter(isWord);
  const named = words.filter((t) => !everyday(t.lower) && !NAME_FUNCTION.test(t.lower) && !isTitleWord(t.lower));
  // (a Spanish article opening a place's name whose words truecasing capitalised already: "la Paz"
  // is "La Paz"; left small, it read as a determiner and the place as "Paz")
  if (type === 'place' && b - a >= 2 && /^(la|las|los|el)$/.test(tokens[a].text) && /^[A-Z]/.test(tokens[a + 1].text)) capitalise(tokens[a], true);
  if (!named.length) return;
  for (const t of named) noteName(names, t.lower, type);
  if (type === 'organization') {
    for (let k = a; k < b; k++) capitalise(tokens[k], k === a);
    return;
  }
  // a person's or place's name: from its first to its last name word ("juan de la cruz")
  // (a Spanish article opens the name: "La Esperanza", "El Paraiso")
  let first = named[0].i;
  const last = named[named.length - 1].i;
  if (first > a && /^(la|las|los|el)$/.test(tokens[first - 1].lower)) first--;
  for (let k = first; k <= last; k++) capitalise(tokens[k], k === first);
}
