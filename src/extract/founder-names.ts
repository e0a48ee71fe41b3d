/**
 * actorgraph/extract/founder-names — "Sainsbury's", "Moody's", "Standard & Poor's": a firm named
 * for its founder, in the possessive. wink splits the "'s" off (except at the end of a sentence),
 * and our tagger and parser then read it as the possessive of whatever follows ("Sainsbury 's
 * said" → a broken clause), so the firm and its act are lost. A one-word name whose possessive
 * ends its phrase, before a stop, a preposition or a finite verb, is the firm's whole name: the
 * two are one token before anything reads them.
 */

/** Forms after a name's "'s" that make it "is" or "has" ("Labour's been", "Labour's to blame"). */
const CONTRACTED = /^(been|being|going|gone|got|getting|done|doing|to|not)$/;

/** Stops that end a phrase; a quote does not ("Celebrity Big Brother's "bullying""). */
const STOPS = /^[,.;:?!)]$/;

/** Honorifics and articles before a name: a person's possessive ("Mr Bush's"), a work's ("The Aviator's"). */
const BEFORE = /^(mr|mrs|ms|dr|sir|lady|lord|the|a|an|president|minister|chancellor|prime|secretary|senator|governor|judge)$/i;

/**
 * Is wink's token i a name whose "'s" (token i+1, written on it) ends its phrase? `known`: a name
 * the gazetteer knows ("Britain's and France's troops", "Italy's in recession" keep their
 * possessive or contraction).
 */
export function foundersPossessive(values: string[], pos: string[], lemmas: string[], spaces: string[], i: number, known: (lower: string) => boolean): boolean {
  if (!/^[A-Z][a-z]/.test(values[i]) || pos[i] !== 'PROPN' || !/^['\u2019]s$/.test(values[i + 1] ?? '') || spaces[i + 1] !== '') return false;
  if (known(values[i].toLowerCase())) return false;
  // (one word, or a firm's "&": "Standard & Poor's"; "Tony Blair's", "Mr Clarke's" are people's)
  const prev = values[i - 1];
  if (prev !== undefined && prev !== '&' && (/^[A-Z]/.test(prev) || BEFORE.test(prev))) return false;
  const next = values[i + 2];
  if (next === undefined || !next.trim()) return true;
  // (or its initials in brackets: "Standard & Poor's (S&P) raised …")
  if (STOPS.test(next) || (next === '(' && /^[A-Z&]{2,}$/.test(values[i + 3] ?? '') && values[i + 4] === ')')) return true;
  if (!/^[a-z]/.test(next) || CONTRACTED.test(next)) return false;
  const p = pos[i + 2];
  // (a verb only in a past form: "hopes", "wish", "transfer" after a possessive are its nouns;
  // "Foster's spent", "Moody's said" are no noun's)
  const past = /ed$/.test(next) || (lemmas[i + 2] !== next && !/(s|ing)$/.test(next));
  // (nor one before a noun, which it describes: "Chelsea's expected complaint", "X's proposed offer")
  // ("said" takes a clause, whatever starts it: "Moody's said sales fell")
  return p === 'ADP' || p === 'AUX' || (p === 'VERB' && past && (!/^(NOUN|ADJ)$/.test(pos[i + 3] ?? '') || /^(said|told|added|warned)$/.test(next)));
}
