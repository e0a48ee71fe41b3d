/**
 * actorgraph/extract/quoted-names — wire copy in capitals marks a name it cannot capitalise with
 * quotation marks: 'THE "ZARATE WILLKA" GROUP', 'THE "SANTO TOMAS" PRESIDENTIAL FARM'. Read inline
 * the marks split the noun phrase they sit in ("the", a quotation, "group"), so the body or the
 * place is never read as one. After "the", "a" or "an", a short quotation of words alone followed
 * (within two words) by a noun for a kind of body or place is such a name: its two marks are
 * blanked for reading (same length, so every offset and the evidence shown stay those of the
 * original text). A quotation that ends its phrase stays one: the copy quotes words it disowns
 * the same way ('THE "ABOMINABLE CRIME"', 'A "TOTAL AMNESTY"').
 */
import { isCapsCopy } from './normalize.js';

/** Nouns for a kind of body or place a quoted name may come before. */
const KINDS = 'GROUP|GROUPS|FRONT|COMMAND|COMMANDO|COMMANDOS|MOVEMENT|ORGANIZATION|ARMY|BATTALION|BRIGADE|UNIT|PARTY|ALLIANCE|UNION|FEDERATION|ASSOCIATION|COMMITTEE|CARTEL|NEWSPAPER|RADIO|STATION|AGENCY|COMPANY|FIRM|CORPORATION|BANK|HOTEL|FARM|ESTATE|HACIENDA|PLANTATION|NEIGHBORHOOD|DISTRICT|CAMP|PRISON|SCHOOL|UNIVERSITY|HOSPITAL|BUILDING|AIRPORT|BRIDGE|DAM|PLANT';
/** An article, a quotation of one to six words in capitals, then at most two words and a kind noun. */
const NAME_IN_QUOTES = new RegExp(`\\b(THE|A|AN)(\\s+)"((?:[A-Z0-9][A-Z0-9.'&-]*)(?:\\s+[A-Z0-9][A-Z0-9.'&-]*){0,5})"(?=\\s+(?:[A-Z][A-Z-]*\\s+){0,2}(?:${KINDS})\\b)`, 'g');

/** The text with the quotation marks around names blanked, in capitals copy only. */
export function blankQuotedNames(text: string): string {
  if (!text.includes('"') || !isCapsCopy(text)) return text;
  return text.replace(NAME_IN_QUOTES, (_m, det: string, sp: string, name: string) => `${det}${sp} ${name} `);
}
