/**
 * actorgraph/resolve/defined-acronyms — the actor an acronym stands for when the text spells it out.
 *
 * Wire copy gives a local body's name once, in brackets beside its acronym ("DAS [ADMINISTRATIVE
 * DEPARTMENT OF SECURITY]": extract/acronym-definitions.ts), and then uses the acronym alone. The
 * actor is, in this order:
 * 1. the actor the name itself is in the dictionary ("FARABUNDO MARTI NATIONAL LIBERATION FRONT" → FMLN);
 * 2. the actor the dictionary knows the acronym as, when that actor is compatible with the name:
 *    named by the acronym itself ("ELN") or sharing a name word ("FSLN", Sandinista National
 *    Liberation Front, for "SANDINIST NATIONAL LIBERATION FRONT"); "UNO [NATIONAL OPPOSITION
 *    UNION]" in Managua is not the United Nations;
 * 3. the actor a mention of the name is read as (extract/acronym-definitions.ts decides);
 * 4. a new body of that name, an armed group when its name says so (resolve/armed-groups.ts), of
 *    the country its name names ("SALVADORAN AIR FORCE", "REVOLUTIONARY ARMED FORCES OF COLOMBIA")
 *    and of none otherwise: the dispatch's dateline is no safe guess for a body (the DEA is
 *    spelled out in Bogota).
 */
import type { Actor } from '../types.js';
import type { Gazetteer } from './gazetteer.js';
import { armedKind } from './armed-groups.js';
import { phraseTokens } from '../nlp/wink.js';
import { slug } from './names.js';

/** Small words inside names, lower case in the display name. */
const SMALL = /^(of|the|and|for|de|del|la|y|in)$/;
/** "American" names a continent in body names ("Central American University", "Latin American …"), no country. */
const NO_COUNTRY = /^(american|americans)$/;

/** The name in display case: "PEOPLE'S REVOLUTIONARY ARMY" → "People's Revolutionary Army". */
export function nameCase(name: string): string {
  return name.toLowerCase().split(/\s+/).map((w, i) => (i > 0 && SMALL.test(w) ? w : w.replace(/(^|-)(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()))).join(' ');
}

const keyOf = (phrase: string) => phraseTokens(phrase.toLowerCase()).join(' ');

/** The country a body's name names by a country's name or people ("Salvadoran", "of Colombia"), if one. */
function namedCountry(name: string, g: Gazetteer): string | undefined {
  const words = phraseTokens(name.toLowerCase());
  for (let n = 3; n >= 1; n--) for (let i = 0; i + n <= words.length; i++) {
    if (n === 1 && NO_COUNTRY.test(words[i])) continue;
    const e = g.entries.get(words.slice(i, i + n).join(' '));
    if (e?.type === 'country' && (e.kind === 'name' || e.kind === 'demonym')) return e.id;
  }
  return undefined;
}

/**
 * Does the dictionary's actor fit the name the text gives its acronym? Its name is the acronym, or
 * two of its words (its only one, if one) begin as words of the name do ("Sandinista" and
 * "SANDINIST": five letters).
 */
function fits(known: { name: string }, acronym: string, name: string): boolean {
  if (known.name.toUpperCase() === acronym) return true;
  const stem = (w: string) => w.slice(0, 5);
  const words = new Set(name.toLowerCase().split(/\s+/).filter((w) => !SMALL.test(w)).map(stem));
  const own = known.name.toLowerCase().split(/\s+/).filter((w) => !SMALL.test(w));
  return own.filter((w) => words.has(stem(w))).length >= Math.min(2, own.length);
}

/**
 * The dictionary's actor for an acronym and the names the text gives it (first given first): the
 * name's own entry, or the acronym's when it fits the name; undefined when the dictionary has neither.
 */
export function knownAcronymActor(acronym: string, names: readonly string[], g: Gazetteer): Actor | undefined {
  for (const name of names) {
    const e = g.entries.get(keyOf(name));
    const a = e && (e.kind === 'org' || e.kind === 'name') ? g.actors.get(e.id) : undefined;
    if (a) return { id: a.id, name: a.name, type: a.type, mention: acronym, ...(a.country ? { country: a.country } : {}) };
  }
  const e = g.entries.get(acronym.toLowerCase());
  const known = e?.kind === 'org' && !e.caseSensitive ? g.actors.get(e.id) : undefined;
  return known && fits(known, acronym, names[0]) ? { id: known.id, name: known.name, type: known.type, mention: acronym, ...(known.country ? { country: known.country } : {}) } : undefined;
}

/** A new body of the name the text gives an acronym (see the file header, 4). */
export function definedBody(acronym: string, name: string, g: Gazetteer): Actor {
  const display = nameCase(name);
  const country = namedCountry(name, g);
  const body: Actor = { id: slug(display), name: display, type: 'organization', mention: acronym, ...(country ? { country } : {}) };
  return armedKind(body, g) ? { ...body, type: 'group' } : body;
}
