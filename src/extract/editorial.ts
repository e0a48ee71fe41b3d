/**
 * actorgraph/extract/editorial — square brackets are the editor's words, not the writer's.
 *
 * Monitoring services' wire copy fills sentences with them: tags ("[TEXT]", "[WORDS INDISTINCT]",
 * "[END RECORDING]") and expansions of an acronym ("FMLN [FARABUNDO MARTI NATIONAL LIBERATION
 * FRONT] TROOPS CLASHED …"). Read inline they split the phrase they sit in, and the parse of the
 * whole sentence with it: "FMLN … TROOPS" loses its head noun and the clash its subject. In
 * ordinary copy a bracket inside a quotation names whom a pronoun means ("He [Ebbers] has got a
 * hands-on grasp"), which the reader should take instead of guessing.
 *
 * Both are done by blanking (same length, line breaks kept), so every offset, and the evidence
 * shown to the user, stay those of the original text.
 */
import { isCapsCopy } from './normalize.js';

/** A bracket after a word, a number or a punctuation mark (one opening a line or a text stays: it stands for the words it replaces). */
const AFTER_TEXT = /(?<=[\p{L}\p{N}.,;:)\]'"-]\s{0,4})\[[^[\]\n]{1,160}\]/gu;
/** A pronoun and the bracketed name that says whom it means. */
const PRONOUN_NAME = /\b(he|she|they|him|her|them|it)(\s+)\[([^[\]\n]{2,80})\]/gi;

/** Characters blanked for reading, line breaks kept: offsets stay those of the original. */
export const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/** The text with the given spans [start, end) blanked. */
export function blankSpans(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  let out = text;
  for (const [a, b] of spans) out = out.slice(0, a) + blank(out.slice(a, b)) + out.slice(b);
  return out;
}

/** The text with its editorial brackets blanked for reading. */
export function blankEditorial(text: string): string {
  if (!text.includes('[')) return text;
  if (isCapsCopy(text)) return text.replace(AFTER_TEXT, blank);
  return text.replace(PRONOUN_NAME, (_m, pron: string, sp: string, name: string) => `${blank(pron)}${sp} ${name} `);
}
