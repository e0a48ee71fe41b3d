/**
 * actorgraph/resolve/actor-codes — what a CAMEO actor code (PETRARCH, Phoenix) says about an
 * actor: its type, the country it acts for, and its id. CAMEO codes are three-letter blocks:
 * a country (ARN, USA) or an international/transnational root (IGO, NGO, MNC, IMG …), then
 * sectors (GOV, MIL, REB …): USAGOV is the US government, PSEREBHMS Hamas, MNCUSA a US company.
 *
 *   code                         type          country   id
 *   ARN (root only)              country       ARN       ARN
 *   ARNMIL, ARNGOV (sector)      organization  ARN       the code
 *   PSEREBHMS (armed sector)     group         PSE       the code
 *   IGOUNO, NGO, MNCUSA          organization  USA when the block after the root is an ISO code
 *   IMGMOSALQ                    group         —         the code
 *   dated office codes           person        root      slug of the name (two office holders
 *   ([ARNGOV 990101-031231])                             coded ARNGOV stay two nodes)
 *
 * The code itself is kept as the id so that event-data users get their codes back, and so that
 * a scorer comparing codes (dyads/score.mjs) sees the dictionary's own answer.
 */
import worldCountries, { type Country } from 'world-countries';
import type { ActorType } from '../types.js';
import { slug } from './names.js';

/** A user-supplied actor: every phrase that names it, and where it was defined. */
export interface UserActor {
  id: string;
  /** Canonical name (the primary phrase). */
  name: string;
  type: ActorType;
  country?: string;
  /** Primary phrase first, then synonyms, as written (underscores read as spaces). */
  phrases: string[];
  /** "file:line" of the entry, for messages. */
  where: string;
}

const ISO3 = new Set((worldCountries as unknown as Country[]).map((c) => c.cca3));

/** Roots of transnational actors (CAMEO manual, ch. 3): organisations … */
const ORG_ROOTS = new Set(['IGO', 'NGO', 'NGM', 'MNC', 'UIS', 'UNK']);
/** … and armed groups that act across borders ("INS", "REB" are sectors after a country, and
 * old country codes as roots: PETRARCH's validation file codes Indonesia INS). */
const GROUP_ROOTS = new Set(['IMG']);
/**
 * CAMEO's domestic role codes (the block after a country: USAGOV, RUSMIL). Only these make a
 * dated code an office: "[YUGSRB <920427]" is Serbia inside Yugoslavia, not an office holder.
 */
export const ROLE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'OPP', 'REB', 'INS', 'SEP', 'SPY', 'UAF', 'ELI', 'AGR', 'BUS',
  'CRM', 'CVL', 'CIV', 'DEV', 'EDU', 'ENV', 'HLH', 'HRI', 'LAB', 'MED', 'REF', 'MOD', 'RAD', 'REL']);

/** Does a dated code name an office (so its holder is a person)? IGOUNO 1997–2006: yes; ARM >1991: no. */
export function isOfficeCode(code: string): boolean {
  const root = code.slice(0, 3);
  if (ORG_ROOTS.has(root)) return code.length > 3;
  return ROLE_SECTORS.has(code.slice(3, 6));
}

/** Sectors after a country that are armed or popular groups rather than bodies (CAMEO). */
const GROUP_SECTORS = new Set(['REB', 'INS', 'SEP', 'UAF', 'CRM', 'CVL', 'REF', 'IMG']);

/** "NEW_ZEALAND" → "New Zealand"; "GROUP OF 77" → "Group of 77"; a lone "IMF" or "U.N." stays. */
export function dictionaryName(phrase: string): string {
  if (/[a-z]/.test(phrase)) return phrase;
  const words = phrase.split(' ');
  return words.map((w, i) => {
    if (/[.\d]/.test(w) || (words.length === 1 && w.length <= 3)) return w;
    if (i > 0 && /^(OF|THE|AND|FOR|DE|DEL|LA|AL|BIN)$/.test(w)) return w.toLowerCase();
    return w.toLowerCase().replace(/(^|[-'])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  }).join(' ');
}

/** The actor a CAMEO code stands for, named by the given phrases. */
export function codeActor(phrases: string[], code: string, person: boolean, where: string): UserActor {
  const root = code.slice(0, 3);
  const name = dictionaryName(phrases[0]);
  const base = { name, phrases, where };
  if (ORG_ROOTS.has(root) || GROUP_ROOTS.has(root)) {
    const next = code.slice(3, 6);
    const country = ISO3.has(next) ? next : undefined;
    const type: ActorType = person ? 'person' : GROUP_ROOTS.has(root) ? 'group' : 'organization';
    return { ...base, id: person ? slug(phrases[0]) : code, type, ...(country ? { country } : {}) };
  }
  // ("G77", "UN": not a country block) a body of its own
  if (!/^[A-Z]{3}$/.test(root)) return { ...base, id: person ? slug(phrases[0]) : code, type: person ? 'person' : 'organization' };
  if (person) return { ...base, id: slug(phrases[0]), type: 'person', country: root };
  if (code.length === 3) return { ...base, id: code, type: 'country', country: code };
  return { ...base, id: code, type: GROUP_SECTORS.has(code.slice(3, 6)) ? 'group' : 'organization', country: root };
}
