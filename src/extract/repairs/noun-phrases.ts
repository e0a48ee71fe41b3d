/**
 * actorgraph/extract/repairs/noun-phrases — where a noun phrase ends and what its names name:
 * appositions (an office's holder, a loose name after a comma), a kind before its names, a name
 * hung on a case word or read as a possessor, one object cut in two. Mentions and appositions
 * (extract/arguments.ts, extract/appositions.ts) take an actor's name from these phrases.
 */
import { ORG_CUES, TITLES } from '../../lexicon.js';
import { isNominal } from '../tree.js';
import type { Draft } from './draft.js';
import { below, children, edge, setOff, subtree } from './draft.js';

/**
 * "The mayor of Lagos, Ade Okafor, said …": the parser joins the name to the office's "of" phrase
 * as a conjunct ("Lagos, Ade Okafor"), so the office speaks and the person is lost. A person's name
 * set off by commas right after an office's "of" phrase, joined to it with no "and" or "or" and in
 * no list, stands in apposition to the office (its surname, hung on the same phrase, comes along).
 */
export function repairOfficeOfApposition(d: Draft): void {
  const tk = d.tokens, n = tk.length;
  for (let x = 2; x < n; x++) {
    const y = d.heads[x], office = y >= 0 ? d.heads[y] : -1;
    if (d.rels[x] !== 'conj' || tk[x].upos !== 'PROPN' || tk[x].ne !== 'person' || tk[x - 1].text !== ',' || office < 0) continue;
    if (d.rels[y] !== 'nmod' || !TITLES.has(tk[office].lower) || tk[office].xpos !== 'NN') continue;
    const onPhrase = children(d, y);
    if (!onPhrase.some((k) => d.rels[k] === 'case' && tk[k].lower === 'of') || onPhrase.some((k) => (d.rels[k] === 'conj' && k !== x) || d.rels[k] === 'cc') || children(d, x).some((k) => d.rels[k] === 'cc')) continue;
    // (the rest of the name: words of it the parser hung on the "of" phrase)
    let end = x;
    while (end + 1 < n && tk[end + 1].upos === 'PROPN' && (d.heads[end + 1] === y || d.heads[end + 1] === x)) end++;
    if (end + 1 < n && !/^[,.;]$/.test(tk[end + 1].text)) continue;
    for (let k = x + 1; k <= end; k++) { d.heads[k] = x; d.rels[k] = 'flat'; }
    d.heads[x] = office; d.rels[x] = 'appos';
  }
}

/**
 * "Japanese carmakers Toyota and Honda sued Ford", "US firms Google and Yahoo": the parser makes the
 * plural noun for their kind an argument of its own beside the names (an "obl", a second subject).
 * A plural noun for a kind of body right before a name that is the verb's subject or object, hung
 * on the same verb, describes the names: it goes under the first name, which keeps the argument.
 */
export function repairKindBeforeNames(d: Draft): void {
  const n = d.tokens.length;
  for (let k = 0; k + 1 < n; k++) {
    const name = k + 1, v = d.heads[k];
    // (a kind of body: "carmakers", "banks", "firms"; people named after their kind are read elsewhere)
    const kind = d.tokens[k].lower;
    if (d.tokens[k].xpos !== 'NNS' || !(ORG_CUES.has(kind.replace(/s$/, '')) || /(?:makers|giants|firms)$/.test(kind))) continue;
    if (d.tokens[name].upos !== 'PROPN' || v < 0 || !/^(nsubj|nsubj:pass|obj|obl)$/.test(d.rels[k])) continue;
    // (or the name hung on the noun as its apposition: "British banks Barclays and HSBC criticised")
    const beside = d.heads[name] === v && /^(nsubj|nsubj:pass|obj)$/.test(d.rels[name]);
    const appos = d.heads[name] === k && d.rels[name] === 'appos' && d.rels[k] !== 'obl';
    if (!beside && !appos) continue;
    if (appos) { d.heads[name] = v; d.rels[name] = d.rels[k]; }
    d.heads[k] = name; d.rels[k] = 'compound';
  }
}

/**
 * "reported the murder of Roberto Rivera by the FMLN": the parser may hang a name's words on the
 * case word before them ("Roberto/flat → of") and the case word on a later noun, so the name is in
 * no phrase at all. A name word hung as flat or compound on a case word is the head of that case
 * word's phrase, which modifies the noun right before the case word.
 */
export function repairNameOnCase(d: Draft): void {
  const tk = d.tokens;
  for (let c = 1; c < tk.length; c++) {
    if (d.rels[c] !== 'case' || (tk[c].upos ?? tk[c].pos) !== 'ADP') continue;
    const names = children(d, c).filter((k) => k > c && /^(flat|compound)$/.test(d.rels[k]) && (tk[k].upos ?? tk[k].pos) === 'PROPN');
    const before = c - 1;
    if (!names.length || !isNominal(tk[before].upos ?? tk[before].pos) || below(d, before, names[0])) continue;
    const r = names[0];
    d.heads[r] = before; d.rels[r] = 'nmod';
    d.heads[c] = r;
    for (const k of names.slice(1)) { d.heads[k] = r; d.rels[k] = 'flat'; }
  }
}

/**
 * "an analyst at Troika Dialog", "owns 8% of search engine Google": the parser may hang the case
 * word on the first word of a compound name ("at → Troika") instead of on the phrase's head
 * ("Dialog"), so the phrase has no preposition and the rules read no "analyst at" body. In UD the
 * case word belongs to the head: a case word right before a compound or flat word that itself
 * precedes its head goes to that head, when the head has no case word of its own.
 */
export function repairCaseOnCompound(d: Draft): void {
  const isName = (t: { upos?: string; pos: string }) => (t.upos ?? t.pos) === 'PROPN';
  const tk = d.tokens;
  for (let c = 0; c < tk.length; c++) {
    const k = d.heads[c];
    if (d.rels[c] !== 'case' || k <= c || !/^(compound|flat)$/.test(d.rels[k])) continue;
    const h = d.heads[k];
    // (names only: "the $40 to $50 level" is a range, and a case word inside a hyphened word,
    // "year-on-year", "on-field", is part of that word)
    if (h <= k || !isName(tk[k]) || !isName(tk[h]) || tk[c - 1]?.text === '-' || tk[c + 1]?.text === '-') continue;
    if (children(d, h).some((x) => d.rels[x] === 'case' && x < h)) continue;
    // (every word between the case word and the head is inside the phrase: "at the Troika Dialog")
    let inside = true;
    for (let x = c + 1; x < h && inside; x++) inside = below(d, x, h);
    if (inside) d.heads[c] = h;
  }
}

/**
 * "the murder of Roberto Rivera, director of the fire department, by …": the parser may read a name
 * and the description after its comma as a possessor and its noun, with no "'s" to mark one. A name
 * hung as nmod:poss with no possessive marker, a comma between it and its head, is the phrase's
 * head and the description its apposition.
 */
export function repairUnmarkedPossessor(d: Draft): void {
  const tk = d.tokens;
  for (let x = 0; x < tk.length; x++) {
    const h = d.heads[x];
    if (d.rels[x] !== 'nmod:poss' || h <= x || (tk[x].upos ?? tk[x].pos) !== 'PROPN') continue;
    if (children(d, x).some((k) => /^['’]s?$/.test(tk[k].text))) continue;
    const comma = edge(d, x, 1) + 1;
    if (tk[comma]?.text !== ',' || comma >= h || d.heads[h] < 0) continue;
    d.heads[x] = d.heads[h]; d.rels[x] = d.rels[h];
    // (the case word and determiner before the name are the name's now)
    for (const k of children(d, h)) if (k < x && /^(case|det)$/.test(d.rels[k])) d.heads[k] = x;
    d.heads[h] = x; d.rels[h] = 'appos';
    d.heads[comma] = h;
  }
}

/** Verbs that take two objects: "gave the company money" is two, not one compound. */
const DITRANSITIVE = /^(give|send|offer|hand|show|tell|pay|owe|lend|grant|award|bring|buy|sell|cost|deny|allow|teach|promise|get|make|call|name|elect|appoint|leave|find|ask|charge|fine|save|earn|win)$/;

/**
 * "missed Kenya's world cross country trials": the parser ends the first noun phrase at a
 * singular noun and starts a second object with the compound nouns after it. Two objects of one
 * verb, the first a singular common noun right before the second's first word, the second with no
 * determiner or owner of its own, are one noun phrase: the first is the second's compound, and
 * its owner and modifiers move to the second.
 */
export function repairSplitObject(d: Draft): void {
  const n = d.tokens.length;
  for (let a = 0; a < n; a++) {
    const v = d.heads[a];
    if (d.rels[a] !== 'obj' || v < 0 || d.tokens[a].xpos !== 'NN' || DITRANSITIVE.test(d.tokens[v].lemma.toLowerCase())) continue;
    const b = children(d, v).find((k) => k > a && d.rels[k] === 'obj');
    if (b === undefined || !/^NNS?$/.test(d.tokens[b].xpos ?? '')) continue;
    // (right after: the second object's words start at a + 1, all of them nouns or adjectives)
    if (children(d, b).some((k) => k < a || /^(det|nmod:poss)$/.test(d.rels[k]))) continue;
    if (edge(d, b, -1) !== a + 1 || d.tokens.slice(a + 1, b).some((t) => !/^(NOUN|PROPN|ADJ)$/.test(t.upos ?? ''))) continue;
    d.heads[a] = b; d.rels[a] = 'compound';
    for (let k = 0; k < a; k++) if (d.heads[k] === a && /^(det|nmod:poss|amod)$/.test(d.rels[k])) d.heads[k] = b;
  }
}

const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/**
 * "joined his old club, Porto", "signed a deal with its neighbour, Chile": a name set off by a
 * comma straight after a noun phrase names that phrase's thing, but the parser often hangs it on
 * the verb (obl with no case word, vocative, dep). With no case word of its own, right after the
 * comma that closes a noun phrase under the same verb, and followed by a comma or the sentence's
 * end, the name is that noun's apposition (not a date: "met the minister, Monday").
 */
export function repairLooseApposition(d: Draft): void {
  const n = d.tokens.length;
  // ("tried to buy Glenmorangie, one of Scotland's premier whisky firms, but …": a second object
  // set off by commas right after a name describes the name)
  for (let o2 = 0; o2 < n; o2++) {
    const v = d.heads[o2];
    if (v < 0 || d.rels[o2] !== 'obj' || !/^(NOUN|NUM)$/.test(d.tokens[o2].upos ?? '')) continue;
    const o1 = children(d, v).find((k) => k < o2 && d.rels[k] === 'obj' && d.tokens[k].upos === 'PROPN');
    if (o1 === undefined) continue;
    const mine = subtree(d, o2).filter((k) => d.rels[k] !== 'punct');
    const s = Math.min(...mine), e = Math.max(...mine);
    if (!setOff(d, s, e) || edge(d, o1, 1) !== s - 2) continue;
    d.heads[o2] = o1; d.rels[o2] = 'appos';
  }
  for (let p = 0; p < n; p++) {
    const v = d.heads[p];
    if (v < 0 || d.tokens[p].upos !== 'PROPN' || !/^(obl|obl:unmarked|vocative|dep|parataxis)$/.test(d.rels[p]) || CALENDAR.test(d.tokens[p].lower)) continue;
    const mine = subtree(d, p);
    if (mine.some((k) => d.heads[k] === p && /^(case|mark|nsubj|cop)$/.test(d.rels[k]))) continue;
    // (its words, without the commas around it and an "in" phrase the parser hung on it)
    const tail = mine.filter((j) => d.heads[j] === p && j > p && d.rels[j] === 'nmod');
    const own = mine.filter((k) => d.rels[k] !== 'punct' && !tail.some((j) => below(d, k, j)));
    const s = Math.min(...own), e = Math.max(...own);
    if (s < 2 || !setOff(d, s, e)) continue;
    // the noun phrase that ends at the comma, somewhere under the same verb
    // (the innermost: "a deal with its neighbour, Chile" is the neighbour's name, not the deal's)
    const nn = [...Array(n).keys()].reverse().find((k) => /^(NOUN|PROPN)$/.test(d.tokens[k].upos ?? '') && k < s - 1 && below(d, k, v) && k !== v
      && /^(obj|nmod|obl|iobj)$/.test(d.rels[k]) && edge(d, k, 1) === s - 2);
    if (nn === undefined) continue;
    d.heads[p] = nn; d.rels[p] = 'appos';
  }
  // ("acquired the largest copper miner, Kelvar Holdings.": a name after a common noun's comma read
  // as its conjunct, with no "and" or "or" in the list, is its apposition)
  for (let p = 0; p < n; p++) {
    const h = d.heads[p];
    if (h < 0 || h > p || d.rels[p] !== 'conj' || d.tokens[p].upos !== 'PROPN' || d.tokens[h].upos !== 'NOUN') continue;
    if (children(d, h).some((c) => d.rels[c] === 'conj' && children(d, c).some((k) => d.rels[k] === 'cc'))) continue;
    // (nor one that goes on into a list: "such as Minder and Bergerac", "Stam, Maldini and Cafu")
    if (children(d, p).some((c) => /^(conj|cc)$/.test(d.rels[c]))) continue;
    // (nor a name after a noun that is itself the apposition of a name: "the chairman of Spain's bank, Santander")
    if (d.rels[h] === 'nmod' || d.rels[h] === 'appos') continue;
    const own = subtree(d, p).filter((k) => d.rels[k] !== 'punct');
    const s = Math.min(...own), e = Math.max(...own);
    const np = subtree(d, h).filter((k) => !below(d, k, p));
    if (s < 2 || !setOff(d, s, e) || Math.max(...np) !== s - 2) continue;
    d.rels[p] = 'appos';
  }
}

/**
 * "won 173 of the 299 votes", "killed two of the guards": the parser hangs the number on the noun
 * after "of" as its count and the noun on the verb as an "of" phrase, so the verb reads "win of".
 * A number right before "of" and a noun that the parser made its head is the partitive's head:
 * it takes the noun's place (an object where the noun was the verb's "of" phrase), the noun its
 * "of" phrase (extract/arguments.ts reads the partitive's noun through it).
 */
export function repairPartitiveNumber(d: Draft): void {
  const tk = d.tokens;
  for (let k = 0; k + 2 < tk.length; k++) {
    const h = d.heads[k];
    if (tk[k].upos !== 'NUM' || d.rels[k] !== 'nummod' || h <= k + 1 || tk[k + 1].lower !== 'of' || d.heads[k + 1] !== h || d.rels[k + 1] !== 'case' || !isNominal(tk[h].upos ?? '')) continue;
    const v = d.heads[h];
    const hasObject = v >= 0 && children(d, v).some((c) => d.rels[c] === 'obj');
    d.heads[k] = v;
    d.rels[k] = d.rels[h] === 'obl' ? (hasObject ? 'obl' : 'obj') : d.rels[h];
    d.heads[h] = k;
    d.rels[h] = 'nmod';
  }
}
