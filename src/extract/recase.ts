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
import { ORG_WORDS, TITLES } from './lexicon.js';

/** Honorifics and rank words that stand before a name without being offices in TITLES. */
const HONORIFIC = /^(mr|mrs|ms|dr|gen|col|lt|maj|capt|sgt|msgr|monsignor|father|sister|brother|rev|reverend|don|dona|senor|senora|comandante|commander|elect|ex|former|retired|army|air|navy|police|colonel|lieutenant)\.?$/;
/** Function words inside names ("Bank of the Republic", "San Luis de la Reina"): lower case unless first. */
const NAME_FUNCTION = /^(of|the|and|for|de|del|la|las|los|el|y|da|do|dos|das|e|van|von|al|bin)$/;

let lexicon: Map<string, number> | undefined;
let propnBit = 0;

/**
 * Is the word an everyday word? Yes when our tagger's lexicon saw it with some class besides proper
 * noun ("force", "said"); no when it saw it only as a proper noun ("carlos", "bush") or the person
 * list has it as a first name or surname ("alfredo", "cristiani"); else when wink's lexicon lists
 * it ("announcer").
 */
function everyday(lower: string): boolean {
  let v = everydayCache.get(lower);
  if (v === undefined) {
    v = readEveryday(lower);
    if (everydayCache.size < 50000) everydayCache.set(lower, v);
  }
  return v;
}
const everydayCache = new Map<string, boolean>();

function readEveryday(lower: string): boolean {
  if (!lexicon) {
    const meta = analyser().tagger.meta;
    lexicon = new Map(Object.entries(meta.lexicon ?? {}));
    propnBit = 1 << tagIndex(meta.tags).upos.indexOf('PROPN');
  }
  // the tagger's lexicon first (it saw the word in use), then the name lists, then wink's lexicon
  const mask = (lexicon.get(lower) ?? 0) & AMBIGUITY_BITS;
  if (mask & ~propnBit) return true;
  if (mask === propnBit || knownFirstName(lower) || listedSurname(lower)) return false;
  return winkKnows(lower);
}

const isTitleWord = (lower: string) => TITLES.has(lower) || HONORIFIC.test(lower);
const isWord = (t: Token) => /^[a-z][a-z'.-]*$/.test(t.text);

function capitalise(t: Token, first: boolean): void {
  if (!isWord(t) || (!first && NAME_FUNCTION.test(t.lower))) return;
  t.text = t.text[0].toUpperCase() + t.text.slice(1);
  t.pos = 'PROPN';
}

/** Gives the recogniser's name words in a sentence of capitals copy their capitals back (see the header). */
export function recaseNames(tokens: Token[], entities: EntitySpan[], names: DocumentNames): void {
  for (const e of entities) recaseSpan(tokens, e.start, e.end, e.type, names);
  recaseBodies(tokens);
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

/** A document's recased name words and the type of the names they were in (null: several types). */
export type DocumentNames = Map<string, Token['ne'] | null>;

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
  if (!named.length) return;
  for (const t of named) if (t.lower.length > 2) names.set(t.lower, names.has(t.lower) && names.get(t.lower) !== type ? null : type);
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
