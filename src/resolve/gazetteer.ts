/**
 * actorgraph/resolve/gazetteer — the dictionary of known actors, built once per process from
 * `world-countries` (names, official names, demonyms, capitals) plus `data/organizations.json`
 * and `data/country-extras.json`. Keys are token sequences produced by the same tokenizer as
 * the documents, so "al-Qaeda" or "U.S." match however wink splits them.
 *
 * Why world-countries: one maintained package with official and common names, ISO alpha-3,
 * English demonyms and capitals for all 250 entries (i18n-iso-countries lacks demonyms/capitals).
 */
import worldCountries, { type Country } from 'world-countries';

// The package is CommonJS: under Node's ESM loader its array arrives as the default export.
const countries = worldCountries as unknown as Country[];
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Actor, ActorType, ArmedKind } from '../types.js';
import { phraseTokens } from '../nlp/wink.js';
import { slug } from './names.js';
import type { UserActors } from './user-actors.js';
import { dictionaryName, type UserActor } from './actor-codes.js';

/**
 * How a phrase refers to its actor: its name, an adjective of nationality, its capital city, (place)
 * a city or region that lies in a country, or (seat) the place a body sits, which news uses for the
 * body when it acts ("Westminster voted", "Brussels fined Microsoft") and for the place elsewhere.
 */
export type EntryKind = 'name' | 'demonym' | 'capital' | 'org' | 'place' | 'seat';

export interface GazetteerEntry {
  id: string;
  name: string;
  type: ActorType;
  kind: EntryKind;
  country?: string;
  /** Short aliases ("US", "UN", "IS") only match when written in capitals. */
  caseSensitive?: string;
  /** From the Phoenix list of multinationals and NGOs (not our own curated list): its names include everyday phrases ("Constant Contact"). */
  listed?: true;
  /** A seat's body ("Westminster" → UK_PARLIAMENT): the actor it stands for when it acts (resolve/capitals.ts). */
  seatOf?: string;
}

/** `armed`: an armed group outside the state, of that kind (resolve/armed-groups.ts). */
/** `seats`: places the body sits (name → the place's country), read as the body only when they act. */
export interface OrgRecord { id: string; name: string; type: ActorType; aliases: string[]; country?: string; generic?: string[]; armed?: ArmedKind; seats?: Record<string, string> }

export interface Gazetteer {
  /** token key ("russian federation") → entry */
  entries: Map<string, GazetteerEntry>;
  /** longest key length in tokens */
  maxLen: number;
  /** first word of a key → the key lengths (in tokens) that start with it, longest first */
  firstWord: Map<string, number[]>;
  /** generic noun ("alliance") → ids it may stand for */
  generic: Map<string, string[]>;
  /** actor id → canonical info */
  actors: Map<string, { id: string; name: string; type: ActorType; country?: string; demonym?: string; armed?: ArmedKind }>;
  /** Keys of names that are also first names or other places ("jordan", "georgia", "victoria"). */
  firstNames: Set<string>;
}

/** Aliases that are also everyday English words: matched only as written ("US", not "us"; "the States", never wire copy's "THE REPORT STATES"). */
const AMBIGUOUS_SHORT = new Set(['us', 'is', 'it', 'pa', 'au', 'ec', 'eta', 'no', 'in', 'am', 'me', 'id', 'or', 'so', 'to', 'as', 'at', 'be', 'do', 'go', 'he', 'hi', 'if', 'ma', 'my', 'of', 'oh', 'ok', 'on', 'up', 'we', 'ira', 'ca', 'states']);

const dataFile = (name: string) => fileURLToPath(new URL(`../../data/${name}`, import.meta.url));

/** Adds a phrase; `over` (user dictionaries) lets it replace a built-in entry, never an earlier `over` one. */
function add(g: Gazetteer, phrase: string, e: Omit<GazetteerEntry, 'caseSensitive'>, over?: Set<string>): void {
  const toks = phraseTokens(phrase.replace(/^the\s+/i, ''));
  if (!toks.length) return;
  const key = toks.join(' ');
  // A name never loses to a demonym or capital of another country (first writer wins for names).
  const prev = g.entries.get(key);
  if (over) {
    if (over.has(key)) return;
    over.add(key);
    // The user's entry agrees with the built-in one (same actor, or a city or region the built-in
    // gazetteer places in that same country): the built-in entry stays, for what it knows more
    // finely, a demonym ("Serbian troops"), a capital, a city that is its own location (Phoenix
    // lists cities as synonyms of their country, PETRARCH having no place type).
    if (prev && (prev.id === e.id || (prev.kind === 'place' && e.type === 'country' && prev.country === e.id))) return;
  } else if (prev && (prev.kind === 'name' || prev.kind === 'org' || e.kind !== 'name')) return;
  const short = AMBIGUOUS_SHORT.has(key) ? phrase.replace(/^the\s+/i, '').trim() : undefined;
  g.entries.set(key, { ...e, caseSensitive: short });
  g.maxLen = Math.max(g.maxLen, toks.length);
}

export function buildGazetteer(): Gazetteer {
  const g: Gazetteer = { entries: new Map(), maxLen: 1, firstWord: new Map(), generic: new Map(), actors: new Map(), firstNames: new Set() };
  const orgs = JSON.parse(readFileSync(dataFile('organizations.json'), 'utf8')).entries as OrgRecord[];
  const extras = JSON.parse(readFileSync(dataFile('country-extras.json'), 'utf8'));
  for (const n of extras.ambiguous as string[]) g.firstNames.add(phraseTokens(n).join(' '));

  // Organisations first: "Union State" must not be read as a demonym + noun.
  for (const o of orgs) {
    g.actors.set(o.id, { id: o.id, name: o.name, type: o.type, country: o.country, ...(o.armed ? { armed: o.armed } : {}) });
    for (const a of new Set([o.name, ...o.aliases])) add(g, a, { id: o.id, name: o.name, type: o.type, kind: 'org', country: o.country });
    for (const n of o.generic ?? []) g.generic.set(n, [...(g.generic.get(n) ?? []), o.id]);
    for (const [seat, country] of Object.entries(o.seats ?? {})) add(g, seat, { id: slug(seat), name: seat, type: 'location', kind: 'seat', country, seatOf: o.id });
  }
  for (const c of countries) {
    const id = c.cca3;
    const demonym = c.demonyms?.eng?.m;
    g.actors.set(id, { id, name: c.name.common, type: 'country', country: id, demonym });
    const e = { id, name: c.name.common, type: 'country' as const, country: id };
    const alt = c.altSpellings.filter((s: string) => /^[\x20-\x7e]+$/.test(s) && (s.length > 3 || /^[A-Z]{3,4}$/.test(s)) && !/,/.test(s));
    for (const n of [c.name.common, c.name.official, ...alt, ...(extras.names[id] ?? [])]) add(g, n, { ...e, kind: 'name' });
  }
  // Demonyms and capitals are shared ("French" is the demonym of France and of five territories):
  // our own extras first, then sovereign states, then the rest; the first writer keeps a phrase.
  for (const [id, list] of Object.entries(extras.demonyms as Record<string, string[]>)) {
    const c = countries.find((x) => x.cca3 === id);
    if (c) for (const d of list) add(g, d, { id, name: c.name.common, type: 'country', country: id, kind: 'demonym' });
  }
  const sovereignFirst = [...countries].sort((x, y) => Number(!!y.unMember) - Number(!!x.unMember) || Number(!!y.independent) - Number(!!x.independent));
  for (const c of sovereignFirst) {
    const id = c.cca3;
    const e = { id, name: c.name.common, type: 'country' as const, country: id };
    const dem = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean) as string[];
    const plural = dem.filter((d) => /(an|i)$/.test(d)).map((d) => `${d}s`);
    for (const d of [...dem, ...plural, ...(extras.demonyms[id] ?? [])]) add(g, d, { ...e, kind: 'demonym' });
    // A capital is a city (a location of its country: "central Beirut" is not Lebanon); it stands for
    // the state only as the doer of a government's act ("Moscow said"): resolve/capitals.ts decides.
    for (const cap of [...(c.capital ?? []), ...(extras.capitals[id] ?? [])]) add(g, cap, { id: slug(cap), name: cap, type: 'location', country: id, kind: 'capital' });
  }
  // Multinational companies and NGOs, with the country they are coded with ("Nokia" → organization,
  // FIN): after every country, capital, demonym and organisation, before places
  // (data/phoenix-international.json says how it was built; the recogniser alone reads "Nokia said" as a person)
  const bodies = JSON.parse(readFileSync(dataFile('phoenix-international.json'), 'utf8')).bodies as Record<string, string>;
  for (const [name, country] of Object.entries(bodies)) add(g, name, { id: slug(name), name, type: 'organization', kind: 'org', listed: true, ...(country ? { country } : {}) });
  // Parts of the world that are no country ("Latin America", "the Middle East"): locations of no country
  for (const r of (extras.regions ?? []) as string[]) add(g, r, { id: slug(r.replace(/^the\s+/i, '')), name: r.replace(/^the\s+/i, ''), type: 'location', kind: 'place' });
  // Cities and regions last: a location actor that carries its country ("Kirkuk" → location, IRQ); never
  // overrides a country, capital, demonym or organisation (data/phoenix-places.json says how it was built).
  const places = JSON.parse(readFileSync(dataFile('phoenix-places.json'), 'utf8')).places as Record<string, string>;
  for (const [name, country] of Object.entries(places)) add(g, name, { id: slug(name), name, type: 'location', kind: 'place', country });
  indexFirstWords(g, g.entries.keys());
  return g;
}

function indexFirstWords(g: Gazetteer, keys: Iterable<string>): void {
  for (const key of keys) {
    const toks = key.split(' ');
    const lens = g.firstWord.get(toks[0]) ?? [];
    if (!lens.includes(toks.length)) lens.push(toks.length);
    g.firstWord.set(toks[0], lens.sort((x, y) => y - x));
  }
}

/** The gazetteer kind of a user actor: how mention reading treats its names. */
const USER_KIND: Record<GazetteerEntry['type'], EntryKind> = { country: 'name', person: 'name', organization: 'org', group: 'org', location: 'place', other: 'org' };

/**
 * A copy of `base` with the user's actors over it: a user phrase replaces a built-in entry
 * ("Georgia" may be the user's company), and within the user's files the first entry wins.
 */
export function withUserActors(base: Gazetteer, user: UserActors): Gazetteer {
  const g: Gazetteer = {
    entries: new Map(base.entries), maxLen: base.maxLen, generic: base.generic, actors: new Map(base.actors), firstNames: base.firstNames,
    // (the arrays are copied: indexFirstWords sorts them in place)
    firstWord: new Map([...base.firstWord].map(([w, lens]) => [w, [...lens]])),
  };
  const over = new Set<string>();
  const ids = new Set<string>();
  for (const a of user.actors) {
    // (the first user entry of an id names it; a built-in country's demonym is kept, "Israeli
    // troops", unless the entry names another place by that code: PETRARCH's fictional ERI is
    // Eriador, whose troops are "Eriadori", not "Eritrean": its adjective among its phrases)
    if (!ids.has(a.id)) {
      const built = base.actors.get(a.id);
      const same = !built || built.name.toLowerCase() === a.name.toLowerCase() || base.entries.get(a.name.toLowerCase())?.id === a.id;
      g.actors.set(a.id, { ...built, id: a.id, name: a.name, type: a.type, country: a.country, demonym: same ? built?.demonym : adjectiveAmong(a) });
    }
    ids.add(a.id);
    for (const p of a.phrases) add(g, p, { id: a.id, name: a.name, type: a.type, kind: USER_KIND[a.type], country: a.country }, over);
  }
  indexFirstWords(g, over);
  return g;
}

/** A user entry's adjective: the phrase that is its name with an adjective's ending ("Eriador" → "Eriadori", "Gondorian"). */
function adjectiveAmong(a: UserActor): string | undefined {
  const name = a.name.toLowerCase(), stem = name.replace(/[aeiouy]$/, '');
  const adj = a.phrases.find((p) => { const w = p.toLowerCase(); return w !== name && /^(i|n|an|ian|ese|ish|ic)$/.test(w.startsWith(name) ? w.slice(name.length) : w.startsWith(stem) ? w.slice(stem.length) : ''); });
  return adj ? dictionaryName(adj) : undefined;
}

/**
 * The word a country's people and things are named with ("French" for FRA), else `fallback`:
 * offices, units and peoples of a country are named "<demonym> <noun>" everywhere.
 */
export function demonymOf(g: Gazetteer, id: string, fallback: string): string {
  return g.actors.get(id)?.demonym ?? fallback;
}

/** The country actor for an ISO alpha-3 code, as the text named it; undefined when the code names no country. */
export function countryActor(g: Gazetteer, code: string, mention: string): Actor | undefined {
  const c = g.actors.get(code);
  return c?.type === 'country' ? { id: c.id, name: c.name, type: 'country', mention, country: c.id } : undefined;
}

/** Is the actor a political party the dictionary lists (its generic noun "party")? */
export function isListedParty(g: Gazetteer, id: string): boolean {
  return !!g.generic.get('party')?.includes(id);
}

/** Persons' countries live in persons.ts; re-exported here for callers of the dictionary. */
export { personCountry } from './persons.js';

let cached: Gazetteer | undefined;
const withUser = new WeakMap<UserActors, Gazetteer>();
/**
 * The built-in gazetteer (built once, ~100 ms; never changed after), or, given the user's
 * dictionaries (settings.actors), that gazetteer with them merged over it: memoised per
 * dictionary object, so no run sees another run's actors.
 */
export function gazetteer(user?: UserActors | null): Gazetteer {
  const base = (cached ??= buildGazetteer());
  if (!user?.actors.length) return base;
  let g = withUser.get(user);
  if (!g) withUser.set(user, (g = withUserActors(base, user)));
  return g;
}
