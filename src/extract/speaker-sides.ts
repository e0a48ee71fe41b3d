/**
 * actorgraph/extract/speaker-sides — the body a speaker speaks for, when the text says it by an
 * office rather than by a name ("we" in what they say is that body: resolve/coreference.ts):
 *
 *   "President Alfredo Cristiani said: 'We …'"           a state's office, the person's country known → El Salvador
 *   "A spokesman for Tesco said: 'We …'"                  an unnamed office holder of a body → Tesco
 *   "The chief executive of Tesco told reporters we …"    → Tesco
 *
 * A person with no office said stays unresolved: a chief executive's or an economist's "we" is a
 * firm's the text does not name, almost never the person alone.
 */
import type { Actor } from '../types.js';
import type { Mention } from './mentions.js';
import type { Chunk } from './chunks.js';
import type { Tree } from './tree.js';
import { countryActor, type Gazetteer } from '../resolve/gazetteer.js';
import { spanHead } from '../resolve/salience.js';
import { AFFILIATION_ROLES, TITLES } from '../lexicon.js';

/** Offices of a state, whose holder speaks for it: "President X", "Foreign Minister Y", "the ambassador". */
const STATE_OFFICE = /^(president|president-elect|vice president|prime minister|premier|(?:[a-z]+ )*minister|(?:foreign|home|defence|defense) secretary|secretary of state|ambassador)$/;

/**
 * The country a person holding a state's office with no body named speaks for ("President Alfredo
 * Cristiani", "Foreign Minister Tom Vale" of a country the persons list or the name's adjective
 * tells): their "we" is their government's, which news names by its country. Not a club's or a
 * firm's president, whose office names its body ("Sony president X") or no country.
 */
export function stateSide(g: Gazetteer, m: Mention, x: Actor): Actor | undefined {
  if (x.type !== 'person' || !x.country || m.role?.of || !STATE_OFFICE.test(m.role?.title ?? '')) return undefined;
  return countryActor(g, x.country, x.country);
}

/** Posts in a firm: "Dutch co-chairman Antony Burgmans" is Dutch, and speaks for his firm, not the Netherlands. */
const FIRM_POST = /^(co-)?(chairman|chairwoman|chairperson|chief executive|executive|director|managing director|finance director|founder|co-founder|owner|investor|analyst|economist|banker|entrepreneur|tycoon)$/;

/**
 * The side a named role gives its holder: the body or country the role is of ("Labour spokesman X",
 * "Wales coach Y"), except a country before a firm's post, which tells the holder's nationality only.
 */
export function roleSide(role: { title: string; of?: Actor } | undefined): Actor | undefined {
  if (!role?.of) return undefined;
  return role.of.type === 'country' && FIRM_POST.test(role.title.toLowerCase()) ? undefined : role.of;
}

/**
 * The body an unnamed office holder's phrase (chunk k) names as the office's ("a spokesman for
 * Tesco", "the chief executive of Repsol", "a spokeswoman at the ministry"): the actor of the
 * "for"/"of"/"at" phrase on the office noun; undefined when it names none ("a friend of Tom Vale"
 * holds no office).
 */
export function officeBody(t: Tree, chs: Chunk[], resolved: Map<number, Actor[]>, k: number): Actor | undefined {
  const h = spanHead(t, chs[k].start, chs[k].end);
  if (!AFFILIATION_ROLES.has(t.lower(h)) && !TITLES.has(t.lower(h))) return undefined;
  const n = t.childrenBy(h, 'nmod').find((x) => x > h && /^(of|for|at)$/.test(t.caseWord(x)));
  const j = n === undefined ? -1 : chs.findIndex((c) => c.start <= n && n < c.end);
  const body = j >= 0 ? resolved.get(j)?.[0] : undefined;
  return body && /^(organization|group|country)$/.test(body.type) ? body : undefined;
}
