/**
 * actorgraph/extract/openie-descriptions — descriptions of a named thing that open IE states as
 * "is" facts (CaRB's gold has many; Pal & Mausam's RelNoun reads them the same way), from the tree:
 *   "Arminius , leader of the Cherusci , …"   appos       → Arminius | is | leader of the Cherusci
 *   "the founder of Zentek , Maria Olsen"     appos       → Maria Olsen | is | the founder of Zentek
 *   "keyboardist Philippe Saisse"             compound, or appos without a comma → Philippe Saisse | is | keyboardist
 * The graph states such facts only where the description names another actor (appositions.ts);
 * open IE keeps them all.
 */
import type { Tree } from './tree.js';
import type { Token } from '../nlp/wink.js';
import { spanText } from './mentions.js';

/** One "is" fact: the name's words, the description's words. */
export interface Description { name: [number, number]; description: [number, number] }

const OWN = new Set(['appos', 'punct', 'acl', 'acl:relcl']);
const WHOLE = new Set(['punct']);
/** A modifier's own words, not what is joined to it ("and Soviet leader" is no description). */
const JOINED = new Set(['cc', 'conj', 'punct']);

/** Is [a, b) a noun phrase on its own: no preposition or conjunction at its edges, no verb or clause in it? */
function phrase(t: Tree, [a, b]: [number, number]): boolean {
  if (/^(ADP|CCONJ|SCONJ|PART)$/.test(t.upos(a)) || /^(ADP|CCONJ|DET|PART)$/.test(t.upos(b - 1))) return false;
  for (let i = a; i < b; i++) if (/^(VERB|AUX)$/.test(t.upos(i)) || /^(cc|mark)$/.test(t.rel(i))) return false;
  return true;
}

/** Trims commas, quotes and dashes from both ends of a span. */
function trim(tokens: Token[], [a, b]: [number, number]): [number, number] {
  while (a < b && /^[,;:"'`—–-]+$/.test(tokens[a].text)) a++;
  while (b > a && /^[,;:"'`—–-]+$/.test(tokens[b - 1].text)) b--;
  return [a, b];
}

export function descriptions(t: Tree, tokens: Token[]): Description[] {
  const out: Description[] = [];
  for (let x = 0; x < tokens.length; x++) {
    const h = t.head(x);
    if (h < 0) continue;
    if (t.rel(x) === 'appos') {
      // the name first: a proper noun's description, or the description before the name it describes
      const [name, desc] = t.upos(h) !== 'PROPN' && t.upos(x) === 'PROPN' ? [x, h] : [h, x];
      if (t.upos(name) !== 'PROPN' || !/^(NOUN|PROPN)$/.test(t.upos(desc))) continue;
      const n = trim(tokens, name === h ? t.span(h, OWN) : t.span(x, WHOLE));
      const d = trim(tokens, desc === x ? t.span(x, WHOLE) : t.span(h, OWN));
      // (an apposition is set off by a comma or a bracket; the parser hangs much else as appos)
      // (or, with no comma, a common noun right before the name it describes, which the parser
      // hangs the name on: "guitarist/NOUN Tomas Vale/appos")
      const [first, second] = n[0] < d[0] ? [n, d] : [d, n];
      const titled = desc === h && h < name && first[1] === second[0] && /^[a-z]/.test(tokens[h].text);
      if (n[1] > n[0] && d[1] > d[0] && first[1] <= second[0] && (titled || /^[,(]$/.test(tokens[first[1]]?.text ?? '')) && phrase(t, n) && phrase(t, d)) out.push({ name: n, description: d });
    }
    // (a common noun right before a name, lower case, is what the named one is: "keyboardist
    // Philippe Saisse"; read once, at the last such noun)
    if (t.rel(x) === 'compound' && t.upos(x) === 'NOUN' && t.upos(h) === 'PROPN' && x < h && /^[a-z]/.test(tokens[x].text)) {
      const before = t.children(h).filter((c) => c < h && /^(compound|amod|det|nmod:poss)$/.test(t.rel(c)));
      if (before.some((c) => c > x && t.rel(c) === 'compound' && /^[a-z]/.test(tokens[c].text))) continue;
      // (the name: the head and its flat words after the noun; the description: the words before, no determiner)
      const flat = t.children(h).filter((c) => t.rel(c) === 'flat');
      const end = Math.max(h, ...flat) + 1;
      const from = Math.min(...before.filter((c) => c <= x && t.rel(c) !== 'det' && t.rel(c) !== 'nmod:poss').map((c) => t.span(c, JOINED)[0]));
      // (capitalised words between are the name's own: "keyboardist Philippe/compound Saisse")
      if (!before.some((c) => c > x && !(t.rel(c) === 'compound' && /^[A-Z]/.test(tokens[c].text))) && from <= x && phrase(t, [from, x + 1]) && phrase(t, [x + 1, end])) out.push({ name: [x + 1, end], description: [from, x + 1] });
    }
  }
  return out;
}

/** The descriptions as text: [name, description]. */
export const describedAs = (t: Tree, tokens: Token[]): Array<[string, string]> =>
  descriptions(t, tokens).map((d) => [spanText(tokens, d.name[0], d.name[1]), spanText(tokens, d.description[0], d.description[1])]);
