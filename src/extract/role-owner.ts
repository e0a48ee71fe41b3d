/**
 * actorgraph/extract/role-owner — "Sony president Kunitake Ando", "Everton defender David Weir",
 * "BP chief executive John Browne": a name no dictionary knows, then the words of a role, then a
 * person's name. News writes a person's employer, team or band this way more often than in any
 * other construction, and the affiliation is a fact a reader takes from it (index.ts emits it as
 * the `title` triple, "Kunitake Ando –president of→ Sony"). A name the gazetteer knows takes its
 * own path in mentions.ts ("Microsoft chairman Bill Gates"); this one covers the rest.
 *
 * Only roles held *in* a body count (AFFILIATION_ROLES): "Hollywood actor", "Oscar winner",
 * "Wimbledon champion" name a place, a prize or an event before the person, not an employer.
 */
import type { Token } from '../nlp/wink.js';
import type { Actor } from '../types.js';
import type { Chunk } from './chunks.js';
import { displayCase, slug } from '../resolve/names.js';
import { AFFILIATION_ROLES, DESCRIPTORS, ORG_WORDS, REGION_ADJECTIVES, TITLES } from '../lexicon.js';
import { isCap, isTitle, properKind, isCommonWord } from './name-kind.js';
import { knownSurname, knownFirstName, listedSurname } from '../resolve/persons.js';
import { winkKnows } from '../nlp/wink.js';

/** Lower-case words that may stand inside a role before its head: "chief executive", "former club captain", "group finance director". */
/** Words before an office that make it a part's of a country, not its state's: "opposition leader". */
const SECTIONAL = /^(opposition|student|students|trades|rebel|rebels|guerrilla|guerrillas|political|party|business|religious|community|tribal|militia|peasant|peasants|civic|church|youth|farmers|workers|separatist|insurgent|independence|protest|campaign|rights)$/;
const ROLE_MODIFIERS = /^(chief|executive|deputy|senior|former|acting|interim|joint|managing|vice|assistant|head|lead|principal|club|team|first-team|new|current|then|long-time|longtime|founding|group|global|regional)$/;
/** Offices only a firm or a body has, so a one-word "place" before them is a firm's name. */
const CORPORATE_ROLES = /^(president|chairman|chairwoman|chair|chief|ceo|executive|director|boss|founder|co-founder|owner|spokesman|spokeswoman|spokesperson|economist|analyst|strategist)$/;
/** Honorifics: before a holder's name ("director Sir Ian Vale"), or ending no office's title. */
const HONORIFICS = /^(sir|lord|lady|dame|baroness|baron|dr|mr|mrs|ms|prof)\.?$/;
/** Words before the owner that are no part of it ("the", "former", "Mr" before a boss's name). */
const LEADING = /^(the|a|an|former|ex|then|new|current|veteran|long-serving|outgoing|incoming|interim|acting|mr|mrs|ms|dr)$/;

/**
 * The body named before the role words that end at `nameStart` (the person's first name word, or
 * the mention's end for an office named alone: "BA's chief executive"), inside the mention's tokens
 * from `a`, with the role's words; undefined when there is none or the role is no affiliation.
 */
export function roleOwner(tokens: Token[], a: number, nameStart: number): { of: Actor; title: string } | undefined {
  // ("Former Zentrix director Sir Ian Vale": an honorific between the role and the name)
  while (nameStart - 1 > a && HONORIFICS.test(tokens[nameStart - 1].lower)) nameStart--;
  let r = nameStart;
  // ("SMFG President Yoshifumi Nishikawa", "Sony Chief Executive Howard Stringer": American copy
  // capitalises the office; a capitalised word of an office right before the name, or before
  // another such word, is a role word too)
  const roleWord = (t: Token) => isTitle(t) || DESCRIPTORS.has(t.lower) || AFFILIATION_ROLES.has(t.lower) || ROLE_MODIFIERS.test(t.lower);
  const titled = (t: Token) => /^[A-Z][a-z]+$/.test(t.text) && (TITLES.has(t.lower) || AFFILIATION_ROLES.has(t.lower) || /^(chief|vice|deputy|executive|managing)$/.test(t.lower));
  while (r > a && roleWord(tokens[r - 1]) && (!isCap(tokens[r - 1]) || titled(tokens[r - 1]))) r--;
  if (r === nameStart || !AFFILIATION_ROLES.has(tokens[nameStart - 1].lower)) return undefined;
  // ("Zentrix's chairman Ian Vale", "LSE's chief executive Clara Furse": a possessive says whose outright)
  const poss = r - 1 > a && /^'s?$/.test(tokens[r - 1].text);
  let s = a;
  while (s < r && LEADING.test(tokens[s].lower)) s++;
  // (a person's staff, "Mr Blair's spokesman", is left alone: the boss's bare surname would stand
  // for nobody the document names in full)
  if (s > a && HONORIFICS.test(tokens[s - 1].lower)) return undefined;
  const run = tokens.slice(s, poss ? r - 1 : r);
  // (a name cut where the mention starts is a wrong name: "Blazin' Squad", "Oil and Natural Gas Corporation")
  const before = tokens[s - 1];
  if (s === a && before && before.end === tokens[s].start - 1 && ((isCap(before) && (before.pos === 'PROPN' || before.upos === 'PROPN')) || /'$/.test(before.text) || /^(and|of|&|de|du|la)$/i.test(before.text))) return undefined;
  if (s === a && before && before.end === tokens[s].start && /'$/.test(before.text)) return undefined;
  // (a name's words only: capitalised, read as a name by wink or by our tagger, no title among them;
  // "Tory leader", an adjective, is the gazetteer's business)
  // (a name ending in a body's word may open with a nationality: "British Airways chief executive")
  const bodyName = run.length > 1 && ORG_WORDS.has(run[run.length - 1]?.lower ?? '');
  if (!run.length || run.length > 4 || !run.every((t) => isCap(t) && !isTitle(t) && (t.pos === 'PROPN' || t.upos === 'PROPN' || t.text === '&' || bodyName))) return undefined;
  // (first in a sentence, an everyday word is capitalised anyway: "Party leader Charles Kennedy", "Club captain X")
  // (our tagger, which reads the words around it, must call it a name there)
  if (run.length === 1 && run[0].i === 0 && (run[0].upos !== 'PROPN' || isCommonWord(run[0].text))) return undefined;
  // (before a capitalised office, words English uses anyway name its field, not a body: "Education
  // Secretary Ruth Kelly", "Transport Commissioner Jacques Barrot"; a body's word keeps them a body,
  // "Refugee Council Chief Executive")
  const capitalRole = tokens.slice(r, nameStart).some((t) => isCap(t));
  if (capitalRole && run.every((t) => /^ex-/i.test(t.text) || winkKnows(t.lower)) && !ORG_WORDS.has(run[run.length - 1].lower)) return undefined;
  // (a body's generic word alone names no body: "Club captain John Terry", "the Party leader")
  if (run.length === 1 && ORG_WORDS.has(run[0].lower)) return undefined;
  // (a region's adjective says where the role is held, not in which body: "European director Hugo Vale")
  if (run.length === 1 && REGION_ADJECTIVES.has(run[0].lower)) return undefined;
  // (the recogniser often reads "Sony president Kunitake Ando" as one person: a person's span that
  // runs on through the role words into the name says nothing of the owner's type)
  const spansRole = run[run.length - 1].ne === 'person' && tokens[r].ne === 'person' && !poss;
  // ("Bush spokesman Scott Vale": a listed person's surname the recogniser leaves untyped is the boss,
  // first in the sentence too, where properKind will not read a lone surname as a person)
  if (run.length === 1 && !run[0].ne && listedSurname(run[0].text) && !isCommonWord(run[0].text)) return undefined;
  let kind = properKind(spansRole ? run.map((t) => ({ ...t, ne: undefined })) : run, false, run[0].i === 0);
  // (one word the recogniser calls a person, which no list knows as a name, before a role: "Guidant
  // chief executive", "Everton defender"; an acronym is no one's name, whatever a first-name list
  // holds: "BA", "Ba"; a person's own staff, "Bush spokesman", is left alone)
  if (kind === 'person' && run.length === 1 && (/^[A-Z]{2,6}$/.test(run[0].text) || (!knownSurname(run[0].text) && !knownFirstName(run[0].text)))) kind = 'organization';
  // (nor one it calls a place, which no gazetteer knows: a place with a "chief executive" is a firm's name)
  // (only before a firm's offices: "Devon singer Joss Stone" is from Devon)
  if (kind === 'location' && run.length === 1 && run[0].ne === 'place' && CORPORATE_ROLES.test(tokens[nameStart - 1].lower)) kind = 'organization';
  // (a person's name before a role is a boss, not a body: "Bush spokesman", left alone)
  if (kind !== 'organization' && kind !== 'group') return undefined;
  const name = run.map((t) => t.text).join(' ');
  const title = tokens.slice(r, nameStart).map((t) => t.lower).filter((w) => !LEADING.test(w)).join(' ');
  return { of: { id: slug(name), name: displayCase(name), type: 'organization', mention: name }, title };
}

/** Words of rank kept in an office's label: "chief executive of", "shadow chancellor of", "deputy leader of". */
export const RANKS = /^(chief|deputy|vice|shadow|assistant|general|managing|acting|interim|joint|co|executive|prime)$/;
/** Offices a firm has, not a state: "its UK chief executive" heads a firm's British arm, not Britain. */
const FIRM_OFFICES = /^(executive|chairman|chairwoman|boss|director|founder|co-founder|owner|economist|analyst|strategist|ceo)$/;
/** Roles held in a church or a newsroom: before a country they say a nationality ("Spanish priest Manuel Perez"). */
const NO_STATE_OFFICE = /^(priest|imam|rabbi|cleric|pastor|bishop|archbishop|cardinal|pope|monk|nun|editor|correspondent)$/;
/** Words for what someone is to a body's fans or record books, not a post in it: "Liverpool legend Phil Thompson". */
const NO_OFFICE = /^(legend|star|superstar|hero|fan|supporter|veteran|favourite|icon|great|winner|champion|holder|medallist|nominee|hopeful|rookie|newcomer|youngster|teenager|old-boy)$/;
/** Offices named with "general" after them: "Secretary General", "Attorney General", "Inspector General". */
const GENERAL_OFFICES = /^(secretary|attorney|director|surgeon|inspector|governor|consul|solicitor|auditor|postmaster|procurator|comptroller|prosecutor|advocate|adjutant|vicar|accountant|registrar|paymaster|quartermaster)$/;
/** A role held no longer: "former Tory leader William Hague", "ex-Oasis guitarist". */
const FORMER = /(?:^|\s)(?:former|ex|ex-\S*|then|late)\s/i;

/**
 * The label of the `title` triple for an office held in `of` (index.ts): the head and its ranks
 * ("shadow education secretary" → "shadow secretary"), "former" when the mention says it is held no
 * longer; undefined when the words name no office of `of`. Before a country only an office is one:
 * "British actor Clive Owen", "Russian pole vaulter" say a nationality (the person's country carries
 * it), and "its UK chief executive" heads a firm's arm, not the state.
 */
export function officeLabel(title: string, mention: string, of: Actor): { label: string; former: boolean } | undefined {
  // (an honorific ends no office: "Northern Ireland minister Sir Nicholas Scott" is a minister)
  const words = title.split(' ');
  // ("Labour's Mr Livingstone": an honorific alone names no office; a body's man is its member)
  if (words.every((w) => HONORIFICS.test(w))) return of.type === 'organization' || of.type === 'group' ? { label: 'member', former: false } : undefined;
  while (words.length > 1 && HONORIFICS.test(words[words.length - 1])) words.pop();
  // ("Secretary General", "director general": the office is both words)
  // (only an office that is one with "general": after another office it is a rank of the holder,
  // "Defence Minister General Humberto Larios" is a minister)
  const compound = words[words.length - 1] === 'general' && words.length > 1 && GENERAL_OFFICES.test(words[words.length - 2]);
  if (!compound && words[words.length - 1] === 'general' && words.length > 1) words.pop();
  const head = compound ? `${words.splice(-2, 2)[0]} general` : words.pop()!;
  const last = head.split(' ').pop()!;
  if (NO_OFFICE.test(last)) return undefined;
  if (of.type === 'country' && (FIRM_OFFICES.test(last) || NO_STATE_OFFICE.test(last) || !TITLES.has(last))) return undefined;
  // (the mention may hold a rank the title words left out: "deputy chairman of Highland Gold")
  const said = mention.toLowerCase().split(/\s+/);
  // ("Colombian opposition leader X", "Peruvian student leader Y": an office of a part of the
  // country, whose nationality the person keeps, is no office of its state)
  if (of.type === 'country' && [...words, ...said.slice(0, Math.max(0, said.indexOf(last)))].some((w) => SECTIONAL.test(w))) return undefined;
  const at = said.indexOf(last);
  const ranks = [...new Set([...words, ...(at > 0 ? said.slice(0, at) : [])])].filter((w) => RANKS.test(w) && w !== head && !head.startsWith(`${w} `));
  const former = FORMER.test(` ${mention} `) || words.includes('former');
  return { label: [...(former ? ['former'] : []), ...ranks, head].join(' '), former };
}

/**
 * The word just before the office phrase of mention chunk k, across "of" to the office's first
 * words ("against then U.S. Secretary of State George Shultz" → "then"): a "then" or "former"
 * outside the mention says the office is held no longer.
 */
export function wordBeforeOffice(tokens: Token[], chs: Chunk[], k: number): string | undefined {
  let first = k;
  while (first >= 2 && chs[first - 1].kind === 'ADP' && tokens[chs[first - 1].start].lower === 'of' && chs[first - 2].kind === 'NP' && tokens.slice(chs[first - 2].start, chs[first - 2].end).some(isTitle)) first -= 2;
  return tokens[chs[first].start - 1]?.lower;
}
