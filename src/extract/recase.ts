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
import type { Token } from '../nlp/wink.js';
import { analyser } from '../nlp/analyser.js';
import { tagIndex, AMBIGUITY_BITS } from '../nlp/tagger.js';
import type { EntitySpan } from '../nlp/ner.js';
import { TITLES } from './lexicon.js';

/** Honorifics and rank words that stand before a name without being offices in TITLES. */
const HONORIFIC = /^(mr|mrs|ms|dr|gen|col|lt|maj|capt|sgt|msgr|monsignor|father|sister|brother|rev|reverend|don|dona|senor|senora|comandante|commander|elect|ex|former|retired|army|air|navy|police|colonel|lieutenant)\.?$/;
/** Function words inside names ("Bank of the Republic", "San Luis de la Reina"): lower case unless first. */
const NAME_FUNCTION = /^(of|the|and|for|de|del|la|las|los|el|y|da|do|dos|das|e|van|von|al|bin)$/;

let lexicon: Map<string, number> | undefined;
let propnBit = 0;

/** Is the word an everyday word: known to the tagger's lexicon with some class besides proper noun ("force", not "jose")? */
function everyday(lower: string): boolean {
  if (!lexicon) {
    const meta = analyser().tagger.meta;
    lexicon = new Map(Object.entries(meta.lexicon ?? {}));
    propnBit = 1 << tagIndex(meta.tags).upos.indexOf('PROPN');
  }
  const code = lexicon.get(lower) ?? 0;
  const mask = code & AMBIGUITY_BITS;
  return (mask & ~propnBit) !== 0;
}

const isTitleWord = (lower: string) => TITLES.has(lower) || HONORIFIC.test(lower);
const isWord = (t: Token) => /^[a-z][a-z'.-]*$/.test(t.text);

function capitalise(t: Token, first: boolean): void {
  if (!isWord(t) || (!first && NAME_FUNCTION.test(t.lower))) return;
  t.text = t.text[0].toUpperCase() + t.text.slice(1);
  t.pos = 'PROPN';
}

/** Gives the recogniser's name words in a sentence of capitals copy their capitals back (see the header). */
export function recaseNames(tokens: Token[], entities: EntitySpan[]): void {
  for (const e of entities) recaseSpan(tokens, e.start, e.end, e.type);
}

function recaseSpan(tokens: Token[], a: number, b: number, type: NonNullable<Token['ne']>): void {
  if (type === 'person') {
    // the name follows the last title in the span
    for (let k = b - 1; k >= a; k--) if (isTitleWord(tokens[k].lower)) { a = k + 1; break; }
  }
  const words = tokens.slice(a, b).filter(isWord);
  const named = words.filter((t) => !everyday(t.lower) && !NAME_FUNCTION.test(t.lower) && !isTitleWord(t.lower));
  if (!named.length) return;
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
