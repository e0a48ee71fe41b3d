/**
 * actorgraph/extract/person-cues — one-word names the document itself shows to be people.
 *
 * A lone name no list knows ("Juninho", "Kaka") is typed a body unless the document introduces it
 * as a person (resolve/discourse-types.ts). Some introductions are not a full name or a title but a
 * relation only people have: a kinsman ("Juninho's father", "Kaka's wife", "her daughter Teja") or an age in apposition
 * ("Juninho, 30, …"), an honorific ("Mr Tanzi"), or "himself" ("as Pinochet himself said"). A team's "who" is no cue: British news writes
 * "Celtic, who are …".
 *
 * Works are shown the same way: what someone wrote, published or recorded, or starred in ("Michelle
 * Paver wrote Wolf Brother", "she starred in Closer") is a book, a record or a film, no actor; so
 * is a name beside a noun of its kind ("the film Closer", "Closer, a drama", "the Xbox console").
 */
import type { Tree } from './tree.js';
import { cueOf } from './name-kind.js';

/** Nouns of kinship: their possessor is a person. */
const KIN = /^(father|mother|wife|husband|son|daughter|brother|sister|girlfriend|boyfriend|fianc[eé]e?|widow|widower|parents|mum|dad|uncle|aunt|grandfather|grandmother|cousin|nephew|niece|stepfather|stepmother|children)$/;

/** Honorifics before a surname. */
const HONORIFIC = /^(mr|mrs|ms|miss|mr\.|mrs\.|ms\.|dr|dr\.)$/;

/** Lower-cased one-word names that the sentence shows to be people. */
export function personCues(t: Tree): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.tokens.length; i++) {
    if (t.upos(i) !== 'PROPN' || !/^[A-Z][a-z]+$/.test(t.tokens[i].text)) continue;
    // (one word: no flat or compound name parts around it)
    // (an honorific before it may hang on it as one: "Mr Tanzi")
    const honoured = i > 0 && HONORIFIC.test(t.lower(i - 1));
    // "her daughter Teja", "his son Brooklyn": a name right after a noun of kinship is that kinsman's
    // (the parser hangs it on the noun as an apposition, or the noun on it as a compound)
    const named = i > 0 && KIN.test(t.lower(i - 1)) && ((t.head(i) === i - 1 && t.rel(i) === 'appos') || (t.head(i - 1) === i && t.rel(i - 1) === 'compound'));
    if (t.children(i).some((c) => /^(flat|compound)$/.test(t.rel(c)) && !((honoured || named) && c === i - 1)) || /^(flat|compound)$/.test(t.rel(i))) continue;
    const g = t.head(i);
    const kin = t.rel(i) === 'nmod:poss' && g >= 0 && KIN.test(t.lower(g));
    // "Juninho, 30, …": a bare number in apposition is an age
    const age = t.children(i).some((c) => /^(appos|nmod:unmarked|amod)$/.test(t.rel(c)) && t.upos(c) === 'NUM' && /^\d{1,2}$/.test(t.tokens[c].text) && +t.tokens[c].text >= 15);
    // "Mr Tanzi", "Ms Furse": a name after an honorific is a person's, whatever the recogniser
    // made of the full name it shortens ("Calisto Tanzi" read as a firm)
    // "as Pinochet himself has stated": an emphatic pronoun of a gender after the name
    const himself = /^(himself|herself)$/.test(t.lower(i + 1));
    if (kin || age || honoured || named || himself) out.push(t.lower(i));
  }
  return out;
}

/** Posts held at a workplace: "an analyst at Gimme Credit" works at a body, not at a person. */
const POST_AT = /^(analyst|economist|strategist|researcher|scientist|engineer|officer|executive|director|chief|head|manager|partner|lawyer|attorney|solicitor|banker|accountant|fellow|adviser|advisor|consultant|spokesman|spokeswoman|spokesperson|professor|lecturer|employee|worker|trader|broker|editor|correspondent)$/;

/** Posts that only a body has: "the chairman of Hibernian Investment Managers", "founder of X". */
const POST_OF = /^(chairman|chairwoman|president|director|head|executive|officer|founder|co-founder|owner|ceo|boss|vice-chairman|vice-president|member|members|shareholder|shareholders)$/;

/**
 * Tokens heading names the sentence shows to be bodies: the place of work after a post and "at",
 * or the body after a post only a body has and "of".
 */
export function bodyCues(t: Tree): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.tokens.length; i++) {
    // (the name's head may be tagged a common noun: "Gimme Credit")
    if (!/^[A-Z]/.test(t.tokens[i].text) || !/^(PROPN|NOUN)$/.test(t.upos(i)) || t.base(i) !== 'nmod') continue;
    const g = t.head(i), c = t.caseWord(i);
    // (the post capitalised too: "Vice President of the Kelvar", which the recogniser may take whole for a person)
    if (g < 0 || g > i || !/^(NOUN|PROPN)$/.test(t.upos(g))) continue;
    if ((c === 'at' && POST_AT.test(t.lower(g))) || (c === 'of' && POST_OF.test(t.lower(g)))) out.push(i);
  }
  // "Albolones Peruanos, Inc.": a company's legal suffix after its name's comma
  for (let i = 0; i + 2 < t.tokens.length; i++) {
    if (/^[A-Z]/.test(t.tokens[i].text) && t.lower(i + 1) === ',' && LEGAL_SUFFIX.test(t.lower(i + 2))) out.push(i);
  }
  // "Zentrix, founded by Tom Vale, …": what someone founded or set up is a body
  for (let i = 0; i < t.tokens.length; i++) {
    if (!/^[A-Z]/.test(t.tokens[i].text) || !/^(PROPN|NOUN)$/.test(t.upos(i))) continue;
    const founded = (x: number) => t.xpos(x) === 'VBN' && FOUNDED.test(t.lemma(x)) && t.child(x, 'obl:agent') !== undefined && t.child(x, 'nsubj', 'nsubj:pass') === undefined;
    // (hung on the name, or on its verb as a subjectless participle clause)
    const g = t.head(i);
    if (t.childrenBy(i, 'acl').some(founded) || (/^nsubj/.test(t.rel(i)) && g >= 0 && t.childrenBy(g, 'advcl').some(founded))) out.push(i);
    // "Solidere, the company founded by …", "Zentrix, a small firm": a body's noun in apposition
    // ("Glenmorangie, one of Scotland's whisky firms": the noun after a partitive "one of")
    else if (t.childrenBy(i, 'appos').some((x) => x > i && bodyNoun(t, x))) out.push(i);
  }
  return out;
}
const FOUNDED = /^(found|co-found|establish|set|form|launch|incorporate)$/;
/** A company's legal form after its name: "Zentrix, Inc.", "Kelvin Marsh, Ltd". */
const LEGAL_SUFFIX = /^(inc|inc\.|ltd|ltd\.|corp|corp\.|plc|llc|s\.a\.|sa|ag|gmbh|co\.|limited|incorporated)$/;

/** Is x a body's noun, or "one of" a body's nouns? */
function bodyNoun(t: Tree, x: number): boolean {
  if (t.upos(x) === 'NOUN' && cueOf(t.lower(x)) === 'organization') return true;
  const of = t.lower(x) === 'one' ? t.childrenBy(x, 'nmod').find((y) => t.caseWord(y) === 'of') : undefined;
  return of !== undefined && t.upos(of) === 'NOUN' && (cueOf(t.lower(of)) === 'organization' || cueOf(t.lemma(of)) === 'organization');
}

/**
 * Tokens heading names the sentence shows to be no person: a relative clause opened by "which"
 * ("Virgin Blue, which is 25% owned by Richard Branson"); people take "who".
 */
export function notPersonCues(t: Tree): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.tokens.length; i++) {
    if (t.upos(i) !== 'PROPN' || !/^[A-Z]/.test(t.tokens[i].text)) continue;
    const which = t.childrenBy(i, 'acl:relcl').some((c) => c > i && t.children(c).some((k) => k > i && k < c && t.lower(k) === 'which' && /^(nsubj|nsubj:pass|obj)$/.test(t.rel(k))));
    if (which) out.push(i);
  }
  return out;
}

/** Nouns of a settlement or region, whose "of" phrase names a place: "the city of Wambo". */
const PLACE_OF = /^(city|town|village|province|region|district|county|department|municipality|island|port|suburb|capital|hamlet|township|state)$/;

/**
 * Tokens heading names the sentence shows to be places: "the city of Wambo", "the town of
 * Bamyan" (not "the state of the economy": the name must be capitalised and no common noun).
 */
export function placeCues(t: Tree): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.tokens.length; i++) {
    if (t.upos(i) !== 'PROPN' || !/^[A-Z]/.test(t.tokens[i].text) || t.base(i) !== 'nmod' || t.caseWord(i) !== 'of') continue;
    const g = t.head(i);
    // (a lower-case noun: "the City of London" is a body's name as well as a place)
    if (g >= 0 && g < i && PLACE_OF.test(t.tokens[g].text) && t.children(g).some((c) => t.rel(c) === 'det' && t.lower(c) === 'the')) out.push(i);
  }
  return out;
}

/** Verbs whose object is a work: "wrote Wolf Brother", "recorded Crimson Tide". */
const MAKE_WORK = /^(write|publish|compose|pen|co-write|author|record)$/;
/** Verbs whose "in" phrase is a work: "starred in Closer", "appeared in School Daze". */
const IN_WORK = /^(star|appear|feature|co-star)$/;

/** Nouns of a kind of work or product, before its name: "the film Closer", "the game Halo 2". */
const WORK_KIND = /^(film|movie|album|single|song|book|novel|play|musical|sitcom|series|documentary|opera|game|comedy|drama|thriller|biopic|cartoon|browser|software|console|handset|phone|drug|vaccine)$/;
/**
 * …and after it, for things no one names after a person or a band: "the Internet Explorer
 * browser", "its Xbox console", "the Prius car" ("the Beatles album", "the Michael Jackson film":
 * not these, whose names before them are people and bands).
 */
const PRODUCT_KIND = /^(browser|software|console|handset|phone|smartphone|car|vehicle|device|player|camera|computer|laptop|chip|processor|system|drug|vaccine|engine|network)$/;

/** Is c a subjectless "starring Y" or "directed/written by Y"? */
function madeBy(t: Tree, c: number): boolean {
  if (t.child(c, 'nsubj', 'nsubj:pass') !== undefined) return false;
  if (t.xpos(c) === 'VBG' && STARRING.test(t.lower(c))) return t.child(c, 'obj') !== undefined;
  return t.xpos(c) === 'VBN' && MADE.test(t.lemma(c)) && t.child(c, 'obl:agent') !== undefined;
}
const STARRING = /^(starring|co-starring|featuring)$/;
const MADE = /^(direct|write|co-write|produce|compose|pen|script|narrate|illustrate)$/;

/** Tokens heading names the sentence shows to be works (the caller takes the mention around each). */
export function workCues(t: Tree): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.tokens.length; i++) {
    if (!/^[A-Z]/.test(t.tokens[i].text) || (t.upos(i) !== 'PROPN' && t.upos(i) !== 'NOUN')) continue;
    // "the film Closer": a kind noun before the name, joined as its compound or in apposition
    if (t.children(i).some((c) => c < i && t.rel(c) === 'compound' && WORK_KIND.test(t.lower(c)) && !/^[A-Z]/.test(t.tokens[c].text))) { out.push(i); continue; }
    const g = t.head(i), r = t.rel(i);
    if (r === 'appos' && g >= 0 && g < i && WORK_KIND.test(t.lower(g))) { out.push(i); continue; }
    // "The Wedding Date, a comedy starring …": a kind noun in apposition after the name
    // (the parser may hang the apposition elsewhere: then it is the noun right after the name's comma)
    const k = t.lower(i + 2) === 'a' || t.lower(i + 2) === 'an' ? i + 3 : i + 2;
    if (t.childrenBy(i, 'appos').some((c) => c > i && WORK_KIND.test(t.lower(c))) || (t.lower(i + 1) === ',' && t.rel(k) === 'appos' && WORK_KIND.test(t.lower(k)))) { out.push(i); continue; }
    // "the Internet Explorer browser": the name as a singular product noun's compound, with a determiner or owner
    if (r === 'compound' && g > i && PRODUCT_KIND.test(t.lower(g)) && t.xpos(g) === 'NN' && t.children(g).some((c) => t.rel(c) === 'nmod:poss' || (t.rel(c) === 'det' && /^(the|its|his|her|their)$/.test(t.lower(c))))) { out.push(i); continue; }
    // "The Aviator, starring Leonardo DiCaprio, took $9m", "Directed by X, The Return won": a clause
    // saying who stars in it or who made it, hung on the name or on its verb, describes a work
    if (t.childrenBy(i, 'acl').some((c) => madeBy(t, c)) || (/^nsubj/.test(r) && g >= 0 && t.childrenBy(g, 'advcl').some((c) => madeBy(t, c)))) { out.push(i); continue; }
    if (g < 0 || t.upos(g) !== 'VERB') continue;
    if ((r === 'obj' && MAKE_WORK.test(t.lemma(g))) || (r === 'obl' && t.caseWord(i) === 'in' && IN_WORK.test(t.lemma(g)))) { out.push(i); continue; }
    // ("Ocean's Eleven was directed by Steven Soderbergh": what was directed or scripted by someone
    // is a work; "was written by" too, where a letter is as much a thing)
    if (r === 'nsubj:pass' && MADE.test(t.lemma(g)) && t.child(g, 'obl:agent') !== undefined) { out.push(i); continue; }
    // ("nominated for The Aviator": what one is nominated for is a work or a prize, a thing either way)
    if (r === 'obl' && t.caseWord(i) === 'for' && /^(nominate|shortlist)$/.test(t.lemma(g))) out.push(i);
  }
  return out;
}
