/**
 * actorgraph/extract/mentions — what each noun phrase refers to, before coreference:
 * a known actor ("the Russian Federation" → RUS), a body acting for one ("the Belarusian army"
 * → org with country BLR), a person with title and affiliation ("the Minister of Defense of the
 * Russian Federation Andrei Belousov"), a pronoun or definite description to resolve later
 * ("he", "the alliance", "the two countries"), a time ("next year"), or a concept ("exercises").
 */
import { gluedHyphen, type Token } from '../nlp/wink.js';
import type { Actor, Mention, MentionKind } from '../types.js';
import type { Chunk } from './chunks.js';
import type { Gazetteer, GazetteerEntry } from '../resolve/gazetteer.js';
import { countryActor, gazetteer, isListedParty, personCountry, demonymOf } from '../resolve/gazetteer.js';
import { displayCase, slug } from '../resolve/names.js';
import { RUN_CUE, CURRENCIES, isCap, isTitle, QUALIFIERS, inNameParticle, properKind, isDescriptor, nameCue, isCommonWord, isThingName, isFirstName, AWARD_CATEGORIES } from './name-kind.js';
import { qualifierWords } from './body-name.js';
import { roleOwner } from './role-owner.js';
import {
  LANGUAGES, MEDIA, AGENT_HEADS, NATIONAL_PERSONS, BODY_MEMBERS, AFFILIATION_ROLES, STATE_HEADS, ATTACK_HEADS, TITLES, ORG_WORDS, PLACE_WORDS, DESCRIPTORS, PERSON_PRONOUNS, THING_PRONOUNS, PLURAL_PRONOUNS,
  FIRST_PRONOUNS, GENERIC_BY_TYPE, TIME_NOUNS, HOLIDAYS, RELATIONAL_NOUNS, MOTION_NOUNS, UNNAMED_ARMED, SCORE, WORK_MAKERS, EVENT_WORDS, PAIRED_BODIES, DISEASE_ACRONYMS,
} from '../lexicon.js';

/** Cue nouns that name only firms and bands, never a person's job ("company", "band"; not "producer", "publisher", nor "maker": "film-maker Spike Lee"). */
const FIRM_ONLY_CUES = /^(company|companies|firm|firms|giant|giants|carmaker|automaker|conglomerate|airline|airlines|carrier|retailer|retailers|bank|banks|brewer|insurer|lender|chain|band|bands|label|studio|studios)$/;
/** Cue nouns of firms that name people as often: "investor Warren Buffett", "producer Andi Peters". */
const PEOPLE_TOO_CUES = /^(investors?|developers?|producers?|publishers?|brokers?)$/;
/** Articles of other languages that start names: "El Tiempo", "La Stampa", "Al Jazeera", "Die Welt". */
const ARTICLES = /^(el|la|los|las|le|les|il|al|die|der|das|de)$/i;
/** Descriptors of people that also describe things or companies. */
const THING_DESCRIPTORS = /^(producer|model|host|star|superstar|legend|veteran|forward|wing|prop|hooker|trainer|champion|player|designer|director|developer|author|writer)$/;
/** A listed noun that describes only people ("rapper", not "star" or "producer"). */
const personDescriptor = (w: string) => DESCRIPTORS.has(w) && !THING_DESCRIPTORS.test(w);

// (the mention types are core types, shared with resolve: src/types.ts)
export type { Mention, MentionKind } from '../types.js';

function spanText(tokens: Token[], a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) s += (i > a && tokens[i].start > tokens[i - 1].end ? ' ' : '') + tokens[i].text;
  return s;
}

/** A capital's entry read as its country's (other entries unchanged). */
function stateOfCapital(e: GazetteerEntry): GazetteerEntry {
  const c = e.kind === 'capital' && e.country ? gazetteer().actors.get(e.country) : undefined;
  return c ? { id: c.id, name: c.name, type: c.type, kind: 'name', country: c.id } : e;
}

/** The actor a gazetteer entry stands for. */
export function actorOf(e: GazetteerEntry, mention: string): Actor {
  return { id: e.id, name: e.name, type: e.type, mention, ...(e.country ? { country: e.country } : {}) };
}

/** Offices a city has of its own, which a capital before them does not hand to the state. */
const CITY_OFFICES = /^(mayor|mayoral|deputy-mayor|councillor|councilor|council|police|assembly)$/;

/** Nouns for the members and units of a named armed group ("MRTA commandos", "FMLN troops"). */
const ARMED_MEMBERS = /^(?:urban )?(?:commandos?|troops|fighters|members|units?|combatants|cells?|columns?|militiamen)$/;
/** The last word of an armed group's named unit: "the FMLN's Modesto Ramirez urban commandos". */
const ARMED_UNIT = /^(command|commandos?|units?|cells?|columns?|squads?|fronts?|detachments?|brigades?|battalions?|militia)$/;

/** Generic nouns for an organisation: "network", "movement", "group". */
const ORG_GENERIC = /^(network|group|movement|organi[sz]ation|party|militia|faction|alliance|bloc|coalition|outfit)$/;
/** Words that shift a time noun into a time phrase: "last month", "this week". */
const TIME_SHIFTERS = /^(last|next|this|past|coming|previous|early|late|every|each)$/;
/** Honorifics: the one name after them is a person's. */
const HONORIFIC = /^(mr|mrs|ms|miss|mr\.|mrs\.|ms\.|dr|dr\.|sir|dame|lady|lord|prof|prof\.|professor)$/;
/** Compass words before a country name make a region of it ("South Lebanon"), not a person. */
const DIRECTIONS = /^(north|south|east|west|northern|southern|eastern|western|central|upper|lower)$/;
/** Agent nouns that head a role before a person's name: "mediator", "negotiator", "activist", "spokesman". */
const AGENT_NOUN = /(?:ator|itor|ist|man|woman|person|leader|er)$/;
/**
 * A role word before a person's name; in the plural too, before a list of names ("U.S. citizens
 * David Kent and James Donelly", "Peruvian nationals Jose Vale and Luis Vale").
 */
function roleWord(t: Token): boolean {
  // ("England centre Olly Barkley": a player's position that is also a common noun)
  const one = (w: string) => TITLES.has(w) || AGENT_NOUN.test(w) || DESCRIPTORS.has(w) || AFFILIATION_ROLES.has(w) || /^(centre|center)$/.test(w);
  // ("nationals": only in the plural a noun for people; "national" is an adjective far more often)
  return isTitle(t) || one(t.lower) || t.lower === 'nationals' || (/[^s]s$/.test(t.lower) && one(t.lower.replace(/men$/, 'man').replace(/s$/, '')));
}

function person(name: string, mention: string, country?: string, titled = false): Actor {
  const home = country ?? personCountry(name, titled);
  return { id: slug(name), name: displayCase(name), type: 'person', mention, ...(home ? { country: home } : {}) };
}

/**
 * A person named by a user dictionary (--actors) after an office and the country it is held for
 * ("Japanese Prime Minister Ryutaro Hashimoto"): the office, as the unknown-name path would read it.
 */
function dictionaryOffice(tokens: Token[], names: Array<[number, number, GazetteerEntry]>, e: GazetteerEntry): Mention['role'] {
  const before = names.length > 1 ? names[names.length - 2] : undefined;
  if (e.type !== 'person' || !before) return undefined;
  const between = tokens.slice(before[1], names[names.length - 1][0]);
  if (!between.some((t) => TITLES.has(t.lower)) || !between.every((t) => isTitle(t) || t.lower === "'s")) return undefined;
  return { title: between.filter(isTitle).map((t) => t.lower).join(' '), of: actorOf(before[2], spanText(tokens, before[0], before[1])) };
}

/**
 * An expletive "it" ("it is likely that Iran …", "it is hard to say"): the parser's expl, trusted
 * only when its predicate has the clausal subject or complement the "it" stands in for (the parser
 * also says expl for "Syria says it is willing to withdraw", where "it" is Syria).
 */
function expletive(tokens: Token[], t: Token): boolean {
  if (t.deprel === 'expl') {
    for (const x of tokens) if (x.head === t.head && (x.deprel === 'csubj' || x.deprel === 'ccomp')) return true;
    // ("whether it will be necessary to implement a curfew": an evaluation's infinitive the parser
    // hung as an adverbial clause; not a will, "it is willing to withdraw" is the country)
    const e = t.head === undefined || t.head < 0 ? undefined : tokens[t.head];
    return !!e && EXTRAPOSING.test(e.lower) && tokens.some((x) => x.head === e.i && x.i > e.i && /^(advcl|xcomp)$/.test(x.deprel ?? '') && x.upos === 'VERB');
  }
  // "it was nice knowing him", "it is hard to say", "it is a shame that …": an "it" before an
  // evaluation with a copula stands for the clause after it (the parser calls it nsubj); not a
  // will or an ability ("it is willing to withdraw" is the country)
  const h = t.head === undefined || t.head < 0 ? undefined : tokens[t.head];
  // ("made it clear he would", "found it hard to", "makes it possible for": an object "it" before
  // the adjective predicated of it stands for the clause after it)
  if (t.lower === 'it' && t.deprel === 'obj' && h && OBJECT_EXTRAPOSING.test(h.lemma.toLowerCase()) && tokens[t.i + 1]?.upos === 'ADJ') return true;
  if (t.lower !== 'it' || t.deprel !== 'nsubj' || !h) return false;
  const kids = tokens.filter((x) => x.head === t.head);
  // ("it emerged that …", "it seems that …": a verb of appearing with a that-clause)
  if (APPEARING.test(h.lemma.toLowerCase())) return kids.some((x) => x.i > h.i && /^(csubj|ccomp)$/.test(x.deprel ?? ''));
  if (!EXTRAPOSING.test(h.lower)) return false;
  return kids.some((x) => x.deprel === 'cop') && kids.some((x) => x.i > h.i && /^(csubj|ccomp|xcomp|advcl|acl)$/.test(x.deprel ?? '') && /^(VERB|AUX|ADJ)$/.test(x.upos ?? ''));
}
/** Verbs whose object "it" may stand for a clause, with an adjective after it: "made it clear that". */
const OBJECT_EXTRAPOSING = /^(make|find|consider|think|deem|believe|keep|leave|feel|render|call)$/;
/** Verbs of appearing whose "it" stands for the clause after them: "it emerged that", "it seems that". */
const APPEARING = /^(emerge|seem|appear|transpire|follow|matter)$/;
/** Evaluations that take an extraposed clause: "it is hard to say", "it was nice knowing him". */
const EXTRAPOSING = /^(nice|good|great|hard|easy|difficult|tough|important|vital|crucial|essential|necessary|possible|impossible|clear|obvious|true|wrong|right|sad|strange|odd|surprising|fair|unfair|wise|better|best|worse|fun|interesting|unusual|rare|normal|time|shame|pity|mistake|disappointing|encouraging|frustrating|worrying|amazing|incredible|fantastic|wonderful|terrible|awful|brilliant|unacceptable|ridiculous|sensible|appropriate|essential|pointless|useless|worth)$/;

/** A "for", "and" or "of" that chunks.ts repairTags read into a body's name ("the Institute for Fiscal Studies"). */
/** Is the span a feast's name and date words only ("Christmas", "Christmas Day", "New Year's Eve", "last Easter")? */
function holiday(tokens: Token[], a: number, b: number): boolean {
  const words = tokens.slice(a, b).map((t) => t.lower).filter((w) => !/^(the|this|last|next|'s|’s)$/.test(w));
  const feast = words.some((w) => HOLIDAYS.test(w)) || (words[0] === 'new' && words[1] === 'year');
  return feast && words.every((w) => HOLIDAYS.test(w) || /^(day|eve|new|year|weekend|holiday|holidays|period|break|morning|night)$/.test(w));
}

const joinedName = (t: Token) => t.pos === 'PROPN' && t.ne === 'organization' && /^(for|and|of)$/.test(t.lower);

/**
 * The plural noun a nationality cut off by "and"/"or" shares with the one after it ("Guatemalan and
 * Honduran colleagues" → colleagues): "and", capitalised adjectives, then a plural common noun.
 */
function sharedNoun(tokens: Token[], b: number): Token | undefined {
  if (!/^(and|or)$/.test(tokens[b]?.lower ?? '')) return undefined;
  let j = b + 1;
  while (j < tokens.length && j - b <= 3 && isCap(tokens[j]) && /^(ADJ|PROPN)$/.test(tokens[j].pos)) j++;
  const n = tokens[j];
  return j > b + 1 && n && n.pos === 'NOUN' && n.lemma !== n.lower && /s$/.test(n.lower) ? n : undefined;
}

/** Kinds of a nation's own force: "the Salvadoran air force", "the Colombian police force". */
const FORCE_KINDS = /^(air|police|security|defence|defense|naval|armed|border|national|public)$/;

/** Sports whose national bodies are named by the sport and the country: "Athletics Kenya", "Swimming Australia". */
const SPORTS = /^(athletics|cycling|swimming|rowing|sailing|gymnastics|triathlon|netball|hockey|golf|tennis|cricket|rugby|football|basketball|volleyball|boxing|skiing|badminton|squash|judo|archery|canoeing|equestrian)$/;

/**
 * The body a known name [n0, n1) and the capitalised words after it up to `end` name, when those
 * words end in a body's word ("British Airways", "UK Film Council"), of the known name's country;
 * undefined when there are none or they name no body.
 */
function namedBody(tokens: Token[], n0: number, n1: number, end: number, country: string | undefined): Actor | undefined {
  const more = tokens.slice(n1, end);
  if (!more.length || !more.every((t) => isCap(t) && !isTitle(t)) || !ORG_WORDS.has(more[more.length - 1].lower)) return undefined;
  const name = spanText(tokens, n0, end);
  return { id: slug(name), name: displayCase(name), type: 'organization', mention: name, ...(country ? { country } : {}) };
}

/** Reads a noun phrase chunk. `g`: the run's gazetteer, gazetteer(settings.actors). */
export function readMention(tokens: Token[], c: Chunk, titleCase = false, g: Gazetteer = gazetteer()): Mention {
  let a = c.start;
  const b = c.end;
  const head = tokens[c.head];
  const names = c.names ?? [];
  const mk = (kind: MentionKind, extra: Partial<Mention> = {}, from = a): Mention => ({ kind, start: from, end: b, text: spanText(tokens, from, b), ...extra });

  // Pronouns
  if (b - a === 1 && head.pos === 'PRON' && !names.length) {
    const w = head.lower;
    // "it is likely that …": an expletive "it" refers to nothing
    if (expletive(tokens, head)) return mk('none');
    const want = PERSON_PRONOUNS.has(w) ? 'person' : THING_PRONOUNS.has(w) ? 'thing' : PLURAL_PRONOUNS.has(w) ? 'plural' : FIRST_PRONOUNS.has(w) ? 'first' : null;
    return want ? mk('pronoun', { ref: { word: w, want } }) : mk('none');
  }
  // Time expressions are never arguments that act: "next year", "this year", "Monday".
  // ("its demand today" is the demand: an adverbial "today" after a noun is trimmed below)
  // (or a name no dictionary knows: "in Chalchuapa yesterday")
  const gluedDay = /^(today|yesterday|tomorrow|tonight)$/.test(head.lower) && b - a >= 2 && (tokens[b - 2].pos === 'NOUN' || (tokens[b - 2].pos === 'PROPN' && isCap(tokens[b - 2]))) && !TIME_NOUNS.has(tokens[b - 2].lower);
  // "GUERRILLAS EARLY TUESDAY ATTACKED": a shifted time phrase after a noun is not part of it
  if (b > a + 2 && TIME_NOUNS.has(tokens[b - 1].lower) && TIME_SHIFTERS.test(tokens[b - 2].lower) && ['PROPN', 'NOUN'].includes(tokens[b - 3].pos)
    && !TIME_NOUNS.has(tokens[b - 3].lower) && !TIME_SHIFTERS.test(tokens[b - 3].lower)) return readMention(tokens, { ...c, end: b - 2, head: b - 3 }, titleCase, g);
  if (TIME_NOUNS.has(head.lower) && !names.length && !gluedDay) return mk('time');
  // ("before Christmas", "over the Easter weekend", "on New Year's Eve": a feast is a date, though
  // written as a name; not "Christmas Island" or "Easter Rising", where other words follow)
  if (holiday(tokens, a, b)) return mk('time');
  // ("shortly before 0830 [1430 GMT]", "AT 0640": a clock time in wire copy's four digits, a
  // leading nought or a time zone after it; a year has neither)
  if (b - a === 1 && (/^0\d[0-5]\d$/.test(head.text) || (/^[0-2]\d[0-5]\d$/.test(head.text) && /^(gmt|utc|hours|hrs|local)$/.test(tokens[b]?.lower ?? '')))) return mk('time');
  // ("National Police members", "Atlacatl Battalion troops": a named body's members, named after
  // it, act as the body; as "soldiers of the Atlacatl Battalion" do, extract/analyse.ts)
  if (b - a >= 2 && c.head === b - 1 && BODY_MEMBERS.test(head.lower) && tokens[b - 2].pos === 'PROPN' && isCap(tokens[b - 2])) {
    const body = readMention(tokens, { ...c, end: b - 1, head: b - 2 }, titleCase, g);
    // (a body by its name's last word or a dictionary, not any capitalised word: "Sonsonate troops"
    // are troops from a town, "Mobile units" the start of a longer name)
    const named = !!body.actor && (ORG_WORDS.has(body.actor.name.split(/\s+/).pop()!.toLowerCase()) || g.actors.has(body.actor.id));
    if (body.kind === 'actor' && body.actor && named && (body.actor.type === 'organization' || body.actor.type === 'group')) return { ...body, end: b, text: spanText(tokens, body.start, b), actor: { ...body.actor, mention: spanText(tokens, body.start, b) } };
  }
  // "next year Russia": a time phrase glued before a name starts a new mention at the name.
  // (not a capitalised one after "the": "the Evening Standard", "the Sunday Times" are names)
  if (names.length && names[0][0] > a && tokens.slice(a, names[0][0]).some((t, i) => TIME_NOUNS.has(t.lower) && !(isCap(t) && tokens[a + i - 1]?.lower === 'the'))) a = names[0][0];

  // "visited Russia today": a time word after a name is not part of it.
  let b2 = b;
  while (b2 > a + 1 && TIME_NOUNS.has(tokens[b2 - 1].lower) && ['PROPN', 'NOUN'].includes(tokens[b2 - 2].pos) && !TIME_NOUNS.has(tokens[b2 - 2].lower)
    && (!isCap(tokens[b2 - 1]) || /day$/.test(tokens[b2 - 1].lower))) b2--;
  // "beat Sweden's Thomas Johansson 6-4 6-2": a match score after a name is not part of it
  while (b2 > a + 1 && (SCORE.test(tokens[b2 - 1].text) || (tokens[b2 - 1].text === ')' && SCORE.test(tokens[b2 - 2]?.text ?? '') && tokens[b2 - 3]?.text === '(')) && /[a-z]/i.test(tokens[a].text)) b2 -= tokens[b2 - 1].text === ')' ? 3 : 1;
  // "in Germany last month", "Cairo this week": a time phrase after a name; "to Great Britain two
  // of its nationals": a bare number after a name. Neither is part of the name.
  const lastName = names[names.length - 1];
  if (b2 === b && lastName && lastName[1] < b && lastName[1] > a) {
    const tail = tokens.slice(lastName[1], b);
    // ("the Boeing 727 left Costa Rica", "an Airbus A320": a firm's name with a model number is its product)
    if (tail.length === 1 && MODEL.test(tail[0].text) && lastName[2].type === 'organization') return mk('concept', { concept: spanText(tokens, lastName[0], b) });
    if ((tail.length === 2 && TIME_SHIFTERS.test(tail[0].lower) && TIME_NOUNS.has(tail[1].lower)) || tail.every((t) => t.pos === 'NUM')) b2 = lastName[1];
  }
  if (b2 !== b) return readMention(tokens, { ...c, end: b2, head: b2 - 1 }, titleCase, g);

  const last = names[names.length - 1];
  if (last) {
    const [n0, n1, e0] = last;
    // ("the Kabul government", "Moscow's envoy": a capital before more words is its state's seat)
    // (not before a city's own office: "London mayor Ken Livingstone" is the city's mayor)
    const e = n1 < b && !CITY_OFFICES.test(tokens[n1]?.lower ?? '') ? stateOfCapital(e0) : e0;
    let owner = actorOf(e, spanText(tokens, n0, n1));
    // "Tony Jordan", "Chris Chad": a country's name straight after a first name is a surname
    const prev = tokens[n0 - 1];
    // ("South Lebanon", "Northern Iraq" are regions of the country, not persons: the name stays the head)
    if (n1 === b && n1 - n0 === 1 && e.kind === 'name' && prev && n0 - 1 >= a && prev.pos === 'PROPN' && isCap(prev) && !isTitle(prev) && !DIRECTIONS.test(prev.lower) && !names.some(([x0, x1]) => x1 === n0)) {
      // ("Air Jamaica", "Bank Austria": a body's word before a place's name makes a body of both)
      // ("T-Mobile USA": a brand hyphened together before a country's name is the brand's arm there)
      let s0 = n0 - 1;
      while (s0 - 2 >= a && gluedHyphen(tokens, s0 - 1)) s0 -= 2;
      // ("Athletics Kenya", "Cycling Australia": a sport before a country's name is its governing body)
      // ("BBC Radio Wales": a broadcaster's medium before a place's name is the broadcaster there)
      // ("Telekom Austria": so does a word no name list gives anyone; "Tony Jordan" has a first name)
      const firstName = isFirstName(prev.text);
      if (ORG_WORDS.has(prev.lower) || SPORTS.test(prev.lower) || MEDIA.test(prev.lower) || (s0 < n0 - 1 && e.type === 'country') || (!firstName && e.type === 'country' && s0 === n0 - 1)) return mk('actor', { actor: { id: slug(spanText(tokens, s0, b)), name: displayCase(spanText(tokens, s0, b)), type: 'organization', mention: spanText(tokens, a, b), country: e.type === 'country' ? e.id : e.country } });
      return mk('actor', { actor: person(spanText(tokens, n0 - 1, b), spanText(tokens, a, b)) });
    }
    // ("Saul Israel Holiff", "Peter Chad Smith": a country's name between a first name and a
    // capitalised surname is a middle name, and the person is of no country for it)
    const middle = n1 < b && n1 - n0 === 1 && e.kind === 'name' && !!prev && n0 - 1 >= a && prev.pos === 'PROPN' && isCap(prev) && isFirstName(prev.text) && !names.some(([x0]) => x0 >= n1)
      && tokens.slice(n1, b).every((t) => t.pos === 'PROPN' && isCap(t) && !isTitle(t) && !ORG_WORDS.has(t.lower));
    if (middle) return mk('actor', { actor: person(spanText(tokens, n0 - 1, b), spanText(tokens, a, b)) });
    // "Mr Mann", "Ms Jordan": after an honorific a one-word place or country name is a surname
    if (n1 === b && n1 - n0 === 1 && prev && n0 - 1 >= a && HONORIFIC.test(prev.lower) && (e.type === 'country' || e.type === 'location')) {
      return mk('actor', { actor: person(spanText(tokens, n0, b), spanText(tokens, a, b)) });
    }
    // "the Trades Union Congress", "the Indian National Congress": capitalised words run into a body
    // known by generic words alone (the gazetteer's "Congress" is the US one): the run names another body
    let run0 = n0;
    while (run0 - 1 >= a && isCap(tokens[run0 - 1]) && /^(PROPN|NOUN|ADJ)$/.test(tokens[run0 - 1].pos) && !isTitle(tokens[run0 - 1])) run0--;
    if (n1 === b && run0 < n0 && e.kind === 'org' && tokens.slice(n0, n1).every((t) => GENERIC_BODY_WORDS.test(t.lower))
      && !names.some(([x0, x1, x]) => x0 >= run0 && x1 <= n0 && x.kind !== 'demonym')) {
      const nm = spanText(tokens, run0, b);
      const lead = names.find(([x0, , x]) => x0 === run0 && x.kind === 'demonym')?.[2];
      return mk('actor', { actor: { id: slug(nm), name: displayCase(nm), type: 'organization', mention: spanText(tokens, a, b), ...(lead ? { country: lead.id } : {}) } });
    }
    // ("Clwyd North West", "Manchester North West": capitalised words run into a body known by a
    // point of the compass, "the West", name a place, a constituency or a region)
    if (n1 === b && run0 < n0 && n1 - n0 === 1 && /^(west|east|north|south)$/.test(tokens[n0].lower) && e.type !== 'country') {
      const nm = spanText(tokens, run0, b);
      return mk('actor', { actor: { id: slug(nm), name: displayCase(nm), type: 'location', mention: spanText(tokens, a, b) } });
    }
    // "the Colombian Congress", "Brazil's Congress": a nationality or a country's possessive before a
    // body known for another country makes a new body (the gazetteer's "Congress" is the US one)
    const before = names.length > 1 ? names[names.length - 2] : undefined;
    // (only a body whose name is generic words: "Britain's Shell" stays Shell)
    const possessed = !!before && before[1] + 1 === n0 && /^'s?$/.test(tokens[before[1]]?.lower ?? '') && before[2].type === 'country'
      && tokens.slice(n0, n1).every((t) => ORG_WORDS.has(t.lower) || GENERIC_BODY_WORDS.test(t.lower));
    const foreignBody = !!before && ((before[1] === n0 && before[2].kind === 'demonym') || possessed) && e.kind === 'org' && !!e.country && e.country !== before[2].id;
    // ("Serbian Labour Minister X": before a title or a name, the nationality is whose the office is)
    if (foreignBody && n1 < b) owner = actorOf(before![2], spanText(tokens, before![0], before![1]));
    if (n1 === b && foreignBody) {
      const nm = `${demonymOf(g, before![2].id, before![2].name)} ${spanText(tokens, n0, n1)}`;
      return mk('actor', { actor: { id: slug(`${before![2].id} ${spanText(tokens, n0, n1)}`), name: nm, type: 'organization', mention: spanText(tokens, a, b), country: before![2].id } });
    }
    // "thousands of Salvadorans", "the Iraqis": a nationality's people in the plural are a group of
    // that country, not its state (which "Salvadorans took up arms" would wrongly make the doer)
    if (n1 === b && e.kind === 'demonym' && e.type === 'country' && n1 - n0 === 1 && /[^s]s$/.test(tokens[n0].lower) && isCap(tokens[n0])) {
      const people = demonymOf(g, e.id, e.name);
      // (named as written: "Spaniards", "Britons", "Danes"; the demonym plus "s" only where it is one, "Salvadorans")
      const written = tokens[n0].text;
      return mk('actor', { actor: { id: slug(`${e.id} people`), name: displayCase(/^[A-Z][a-z]+s$/.test(written) ? written : /s$/.test(people) ? people : `${people}s`), type: 'group', mention: spanText(tokens, a, b), country: e.id } });
    }
    // "the Moroccan beat Lagat", "a Briton was kidnapped": a nationality as a noun in the singular
    // is one person of that nation, not its state. "The" points back at someone named (coreference:
    // the person named with that nationality or known to hold it); "a" is an unnamed national.
    // (with words of age or kind between, "the 31-year-old Dane", "a young Briton": lower-case
    // adjectives and numbers, no name and no noun, "a power pole")
    // (the chunker may leave those words out of the mention: the determiner is then looked for before it)
    let d = a;
    const modifier = (t: Token) => /^[a-z0-9-]+$/.test(t.text) && (/^(ADJ|NUM|PUNCT)$/.test(t.pos) || /[-\d]/.test(t.text) || /^(year|years|old)$/.test(t.lower));
    if (n0 === a) while (d > 0 && a - d < 6 && modifier(tokens[d - 1])) d--;
    if (n0 === a && d > 0) d--;
    const plainBefore = n0 > d && tokens.slice(d + 1, n0).every(modifier);
    if (n1 === b && e.kind === 'demonym' && e.type === 'country' && n1 - n0 === 1 && plainBefore && /^(the|a|an)$/.test(tokens[d].lower) && !/s$/.test(tokens[n0].lower)) {
      if (tokens[d].lower === 'the') return mk('generic', { ref: { word: tokens[n0].lower, want: 'person' } });
      return mk('actor', { actor: { id: slug(`${e.id} national`), name: `${demonymOf(g, e.id, e.name)} national`, type: 'person', mention: spanText(tokens, a, b), country: e.id } });
    }
    // ("speaks Portuguese", "learning Arabic": a nation's word alone after a verb of language is the language)
    if (n1 === b && n0 === a && e.kind === 'demonym' && LANGUAGES.has(tokens[n0].text) && /^(speak|learn|teach|study|master|understand|know)$/.test(tokens[languageVerbBefore(tokens, a)]?.lemma ?? '')) return mk('concept', { concept: tokens[n0].text });
    // "the Russian Federation", "Moscow", "NATO": the name is the head.
    // ("his Guatemalan and Honduran colleagues": a nationality cut off by "and" shares the noun after
    // the other nationality; its people are a group of its country, not its state)
    const shared = n1 === b && e.kind === 'demonym' && e.type === 'country' ? sharedNoun(tokens, b) : undefined;
    if (shared) return mk('actor', { actor: { id: slug(`${e.id} ${shared.lemma}`), name: `${demonymOf(g, e.id, e.name)} ${shared.lower}`, type: 'group', mention: `${spanText(tokens, a, b)} … ${shared.text}`, country: e.id } });
    if (n1 === b) return mk('actor', { actor: actorOf(e, spanText(tokens, a, b)), role: dictionaryOffice(tokens, names, e) });
    // Words after the name: titles, a person's name, or a noun ("army", "policy", "aggression").
    const rest = tokens.slice(n1, b);
    const titleWords = rest.filter(isTitle);
    // (a capitalised institution word is a name word even when tagged as a noun: "Foreign Office")
    // (and a broadcaster's medium: "BBC Radio Wales")
    const proper = (t: Token) => (t.pos === 'PROPN' || ORG_WORDS.has(t.lower) || MEDIA.test(t.lower)) && isCap(t);
    const nameWords = rest.filter((t) => proper(t) && !isTitle(t));
    const country = owner.country;
    if (nameWords.length && proper(tokens[b - 1]) && rest.every((t) => proper(t) || t.pos === 'PROPN' || t.lower === "'s" || isTitle(t) || t.pos === 'PUNCT' || (t.pos === 'ADJ' && !isCap(t)))) {
      // "US President George Bush", "the Russian Federation Andrei Belousov"
      // (an office before the name makes a person: "Jordan's King Abdullah")
      // ("England's Josh Lewsey" read as one place: a place span run across the possessive is the
      // owner's type, so the name after it is read by its own words)
      const poss = rest.find((t) => /^'s?$/.test(t.text));
      const crossed = poss?.ne === 'place' && nameWords[0].ne === 'place';
      const kind = rest.slice(0, -1).some((t) => TITLES.has(t.lower)) ? 'person' : properKind(crossed ? nameWords.map((t) => ({ ...t, ne: undefined })) : nameWords);
      // ("the Palestinian Liberation Organization", "the Russian Defence Ministry": a body's name
      // includes the nationality before it; a person's does not)
      const lastTitle = rest.map(isTitle).lastIndexOf(true);
      // ("Japan's Nippon Steel", "Sudan's paramilitary Rapid Support Forces": after a possessive or
      // a lower-case descriptor the owner is not part of the body's name; it is its country)
      let run = b;
      // (a firm's "and" read into its name stays in it: "Baoshan Iron and Steel Co.", chunks.ts repairTags)
      while (run > n1 && (isCap(tokens[run - 1]) || (tokens[run - 1].lower === 'and' && tokens[run - 1].pos === 'PROPN'))) run--;
      // ("North Wales Police", "the South Lebanon Army": a capitalised compass word before the place
      // is part of the body's name, a region's body, not the whole place's)
      const from = n0 - 1 >= a && isCap(tokens[n0 - 1]) && DIRECTIONS.test(tokens[n0 - 1].lower) ? n0 - 1 : n0;
      const first = kind !== 'person' ? (run === n1 ? from : run) : lastTitle >= 0 && lastTitle < rest.length - 1 && proper(rest[lastTitle + 1]) ? rest[lastTitle + 1].i : nameWords[0].i;
      const nm = spanText(tokens, first, b);
      // ("Japan's Foreign Ministry", "Brazil's Supreme Court": a generic body name is one node per country)
      const generic = first > n0 && tokens.slice(first, b).every((t) => ORG_WORDS.has(t.lower) || isTitle(t) || t.upos === 'ADJ');
      const actor: Actor = kind === 'person' ? person(nm, spanText(tokens, a, b), country)
        : { id: slug(generic && country ? `${country} ${nm}` : nm), name: displayCase(nm), type: kind === 'other' && !isThingName(nameWords) ? 'organization' : kind, mention: spanText(tokens, a, b), ...(country ? { country } : {}) };
      // (the name before the person's is its owner: a title chain read later makes it the office's country)
      // (the office is named before the holder: "Defence Secretary Tom King" holds no "king")
      const offices = titleWords.filter((t) => t.i < first);
      // ("British Airways chief executive Rod Eddington": capitalised words between the known name and
      // the office, ending in a body's word, name the body whose office it is, of the owner's country)
      // (not after a body's own name, where they name a portfolio: "Lib Dem Treasury spokesman")
      const body = offices.length && kind === 'person' && owner.type === 'country' ? namedBody(tokens, n0, n1, offices[0].i, country) : undefined;
      return mk('actor', { actor, owner: body ?? owner, role: offices.length ? { title: offices.map((t) => t.lower).join(' '), of: body ?? owner } : undefined });
    }
    // "U.N. mediator Diego Cordovez", "Nigerian junior foreign minister Dubem Oniya", "England lock
    // Danny Grewcock": lower-case role
    // words ending in an agent noun, then a person's full name: the person acts for the named actor
    const firstCap = rest.findIndex((t) => isCap(t) && t.pos === 'PROPN');
    // ("Ireland striker Robbie Keane" read as one place: a recogniser span run on from the known name
    // over the role word says nothing of the name after it, which is read by its own words)
    // (nor is a place's label on a name after a role word: "Northern Ireland man James McIlroy/place")
    const ranOn = firstCap > 0 && ((!!tokens[n1 - 1].ne && rest.slice(0, firstCap + 1).every((t) => t.ne === tokens[n1 - 1].ne)) || rest.slice(firstCap).some((t) => t.ne === 'place'));
    const named = ranOn ? rest.slice(firstCap).map((t) => ({ ...t, ne: undefined })) : rest.slice(firstCap);
    // ("Warriors' goalkeeper Murambadoro": after a noun that only describes people, one word is a surname)
    const described = b - (n1 + firstCap) === 1 && personDescriptor(rest[firstCap - 1]?.lower ?? '') && /^[A-Z][a-z'-]+$/.test(tokens[b - 1].text) && properKind(named) !== 'location';
    // (not a noun that names firms as often, before a name no first name starts: "US operator
    // Cingular Wireless" is a firm, "US investor Warren Buffett" a person; the cue path below)
    const firmCued = nameCue(rest[firstCap - 1] ?? tokens[0]) === 'organization' && !isFirstName(rest[firstCap]?.text ?? '');
    if (firstCap > 0 && (b - (n1 + firstCap) >= 2 || described) && rest.slice(0, firstCap).every((t) => !isCap(t) && (t.pos === 'NOUN' || t.pos === 'ADJ'))
      && roleWord(rest[firstCap - 1]) && !firmCued && (described || properKind(named) === 'person')) {
      const nm = spanText(tokens, n1 + firstCap, b);
      const title = rest.slice(0, firstCap).map((t) => t.lower).join(' ');
      // ("Colombian drug leader X", "Peruvian opposition leader X", "Chilean union leader X": a field
      // noun before the role that is no branch of the state says whose leader he is, not the country)
      // (an adjective of a party the tagger read as a noun in capitals is none: "GUATEMALAN CHRISTIAN
      // DEMOCRATIC PRESIDENT"; nor the code of a sport, "England rugby union captain")
      const field = owner?.type === 'country' && rest.slice(0, firstCap - 1).some((t, i, ws) => t.pos === 'NOUN' && !GOVERNMENT_FIELDS.test(t.lower) && !STATE_BRANCHES.test(t.lower) && !TITLES.has(t.lower)
        && !/^(shadow|deputy|vice|acting|interim|chief|senior|junior|assistant)$/.test(t.lower) && !/(ic|al|an|ist|ive|ous)$/.test(t.lower) && !(/^(union|league)$/.test(t.lower) && ws[i - 1]?.lower === 'rugby'));
      return mk('actor', { actor: person(nm, spanText(tokens, a, b), country), role: { title, ...(field ? {} : { of: owner }) } });
    }
    // ("Newport-Gwent Dragons colleague Hal Luscombe": more of a name, then a role word, then a
    // person's full name: the person, whose role the role word is)
    const roleAt = rest.length - 1 - [...rest].reverse().findIndex((t) => !isCap(t));
    if (roleAt > 0 && roleAt < rest.length - 2 && rest[roleAt].pos === 'NOUN' && roleWord(rest[roleAt]) && rest.slice(roleAt + 1).every((t) => t.pos === 'PROPN')
      && properKind(rest.slice(roleAt + 1)) === 'person') {
      const nm = spanText(tokens, n1 + roleAt + 1, b);
      // ("Australian Open champion Marat Safin": a nationality straight before a capitalised event
      // word starts the event's name and is no nationality of the person's; not "Labour's campaign spokesman")
      if (e.kind === 'demonym' && rest.slice(0, roleAt).every(isCap) && rest.slice(0, roleAt).some((t) => EVENT_WORDS.has(t.lower))) return mk('actor', { actor: person(nm, spanText(tokens, a, b)), role: { title: rest[roleAt].lower } });
      // ("British Airways chief executive Rod Eddington", "UK Athletics chief David Moorcroft": the
      // known name and the capitalised words after it name a body of that country, whose office it is)
      const body = namedBody(tokens, n0, n1, n1 + roleAt, country);
      return mk('actor', { actor: person(nm, spanText(tokens, a, b), country), role: { title: rest[roleAt].lower, ...(AFFILIATION_ROLES.has(rest[roleAt].lower) ? { of: body ?? owner } : {}) } });
    }
    // "US media giant TimeWarner", "Japanese carmaker Toyota Motor": a cue noun between the owner and
    // a name makes a company of that country
    // (a firm's "&" inside the name too: "UK firm Tibbett & Britten")
    if (firstCap > 0 && rest.slice(firstCap).every((t) => isCap(t) || (t.text === '&' && t.i < b - 1)) && rest.slice(0, firstCap).every((t) => !isCap(t) && (t.pos === 'NOUN' || t.pos === 'ADJ'))
      && nameCue(rest[firstCap - 1]) === 'organization') {
      const nm = spanText(tokens, n1 + firstCap, b);
      // ("US investor Warren Buffett", "British developer Peter Vale": a cue noun that names people
      // as often yields to a full name a first name starts; "Glasgow group Franz Ferdinand",
      // "building products group James Hardie" stay a band and a firm)
      const nw = rest.slice(firstCap);
      if (PEOPLE_TOO_CUES.test(rest[firstCap - 1].lower) && nw.length >= 2 && !ARTICLES.test(nw[0].text) && isFirstName(nw[0].text) && !nw.some((t) => ORG_WORDS.has(t.lower) || t.text === '&')) return mk('actor', { actor: person(nm, spanText(tokens, a, b), country) });
      return mk('actor', { actor: { id: slug(nm), name: displayCase(nm), type: 'organization', mention: spanText(tokens, a, b), ...(country ? { country } : {}) }, owner });
    }
    // (a capitalised body word is a body's name: "the Scottish Executive")
    if (titleWords.length && (TITLES.has(tokens[b - 1].lower) || (AFFILIATION_ROLES.has(tokens[b - 1].lower) && !isCap(tokens[b - 1]))) && rest.every((t) => isTitle(t) || t.lower === "'s" || (t.pos === 'ADJ' && !isCap(t)))) {
      // "Taiwan's Vice Foreign Minister", "Russian President"
      const title = titleWords.map((t) => t.lower).join(' ');
      const nm = `${e.type === 'country' ? demonymOf(g, e.id, e.name) : e.name} ${title}`;
      return mk('actor', { actor: { id: slug(`${e.id} ${title}`), name: displayCase(nm), type: 'person', mention: spanText(tokens, a, b), ...(country ? { country } : {}) }, role: { title, of: owner } });
    }
    const hl = head.lower;
    // (a word that is a state only in a name, "the Russian Federation", not after other nouns: "the
    // Salvadoran workers national union federation" is a union's)
    // (nor a federation "of" what it federates: "the Argentine federation of bus carriers")
    const nameOnly = /^(federation|republic|kingdom|nation|state)$/.test(hl) && (rest.slice(0, -1).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
      || (hl === 'federation' && !isCap(head) && tokens[b]?.lower === 'of'));
    // ("the ARENA government", "the Labour government": a party's government is its country's, leader-government.ts)
    // (a party only: "the Microsoft administration" is the firm's management; and the government in
    // office only: "a Labour government", "formed a Labour government" is the party in power)
    const partyState = owner.type === 'organization' && owner.country && PARTY_GOVERNMENT.test(hl) && tokens[a].lower === 'the' && isListedParty(g, owner.id) ? countryActor(g, owner.country, spanText(tokens, a, b)) : undefined;
    if (partyState) return mk('actor', { actor: partyState });
    if (STATE_HEADS.has(hl) && !nameOnly) return mk('actor', { actor: { ...owner, mention: spanText(tokens, a, b) } });
    // "Russian air strikes", "US Predator attacks", "Israeli shelling": a nation's attacks are its acts
    // (as event coders read them) when only the nationality names who made them
    if (ATTACK_HEADS.has(hl) && (e.type === 'country') && !rest.some((t) => isCap(t) && t.pos === 'PROPN' && AGENT_HEADS[t.lower])) return mk('actor', { actor: { ...owner, mention: spanText(tokens, a, b) } });
    // "the al-Qaeda terror network", "the Hamas movement": an organisation named before a generic
    // noun for an organisation (with lower-case modifiers only) is that organisation
    if (e.kind === 'org' && ORG_GENERIC.test(hl) && rest.every((t) => !isCap(t))) return mk('actor', { actor: { ...owner, mention: spanText(tokens, a, b) } });
    // "FMLN guerrillas", "Shining Path terrorists": an armed group's fighters named by it are the group
    // ("MRTA commandos", "FMLN troops": its members and units too)
    // (after its possessive too: "the FMLN's urban commandos")
    const restWords = rest.map((t) => t.lower).join(' ').replace(/^['’]s? /, '');
    // (and a named unit of its own after the possessive: "the FMLN's Pedro Pablo Castillo urban command")
    const ownUnit = /^['’]s?$/.test(rest[0]?.text ?? '') && ARMED_UNIT.test(head.lower);
    if (e.kind === 'org' && g.actors.get(e.id)?.armed && (UNNAMED_ARMED[restWords] || ARMED_MEMBERS.test(restWords) || ownUnit)) return mk('actor', { actor: { ...owner, mention: spanText(tokens, a, b) } });
    // (a "force" is a nation's own only as its air, police or security force: "the peacekeeping
    // force in Lebanon" is not Lebanon's)
    // (a nation's one soldier, settler or engineer too, lexicon.ts NATIONAL_PERSONS: "a U.S. soldier")
    const agent = hl === 'force' && !FORCE_KINDS.test(tokens[head.i - 1]?.lower ?? '') ? undefined
      : AGENT_HEADS[hl] ?? AGENT_HEADS[head.lemma] ?? (e.type === 'country' && NATIONAL_PERSONS.has(hl) ? 'person' : undefined);
    if (agent) {
      // ("the England team", "Scottish police": a nation of the United Kingdom keeps its own name and node)
      // (not an office holder, whom coreference finds by the state's id: "the Scottish leader … she")
      const home = agent !== 'person' ? homeNation(tokens[n0].lower, n1 - n0) : undefined;
      const demonym = home ? spanText(tokens, n0, n1) : e.type === 'country' ? demonymOf(g, e.id, e.name) : e.name;
      // (the id by the lemma, one node for "Salvadoran soldier(s)"; a group's name as written, "Salvadoran guerrillas";
      // which party or group it is stays: "ruling party", "opposition party", extract/body-name.ts)
      const q = qualifierWords(tokens, n1, head.i);
      const which = [q, agent === 'group' ? head.lower : head.lemma].filter(Boolean).join(' ');
      return mk('actor', { actor: { id: slug([home ?? e.id, q, head.lemma].filter(Boolean).join(' ')), name: `${demonym} ${which}`, type: agent, mention: spanText(tokens, a, b), ...(e.country ? { country: e.country } : {}) }, side: owner });
    }
    // "Palestinian refugees", "Israeli army bulldozers": people or things of a nation, in the plural, act for it
    // ("3.1bn Australian dollars" are money, not people)
    if (e.kind === 'demonym' && head.pos === 'NOUN' && head.lemma !== head.lower && /s$/.test(head.lower) && n1 < b && !RELATIONAL_NOUNS[head.lower] && !CURRENCIES.test(head.lower)) {
      const demonym = demonymOf(g, e.id, e.name);
      return mk('actor', { actor: { id: slug(`${e.id} ${head.lemma}`), name: `${demonym} ${head.lower}`, type: 'group', mention: spanText(tokens, a, b), ...(e.country ? { country: e.country } : {}) } });
    }
    // ("paid 5bn Australian dollars": a currency's country is no party to the payment)
    // (only a currency named by its country, "Australian dollars", "US dollars": in "gave the Ivory
    // Coast 5m dollars" the country is the recipient glued to the amount)
    if (n1 === b - 1 && (CURRENCIES.test(head.lower) || CURRENCIES.test(`${head.lower}s`))) return mk('concept', { concept: conceptName(tokens, a, b), country: owner.country });
    // ("US President George Bush's visit": the possessor is the whole phrase before the "'s", not
    // the name the dictionary knows inside it)
    const poss = possessiveAt(tokens, a, b);
    if (poss > n1) {
      const held = possessor(tokens, c, a, poss, titleCase, g);
      if (held?.kind === 'actor' && held.actor) return mk('concept', { concept: conceptName(tokens, a, b), owner: held.actor, ...(held.actor.country ? { country: held.actor.country } : {}) });
    }
    return mk('concept', { concept: conceptName(tokens, a, b), owner, country: owner.country });
  }

  // No known name. A run of capitalised proper nouns at the end: a person or an organisation.
  let p = b;
  // ("the International Labor Office", "the Europe Bridge": a capitalised institution or place word ends a name)
  // (a capitalised word our tagger reads as a name counts as one where wink's lexicon did not:
  // "the Home Office", wink's "Home" an adjective; first in the sentence only wink's word counts)
  const nameWord = (t: Token) => t.pos === 'PROPN' || (t.upos === 'PROPN' && t.i > 0);
  const namedHead = head.pos === 'PROPN' || (head.pos === 'NOUN' && isCap(head) && (ORG_WORDS.has(head.lower) || PLACE_WORDS.has(head.lower)) && b - 2 >= a && nameWord(tokens[b - 2]) && isCap(tokens[b - 2]))
    || (head.pos === 'NOUN' && isCap(head) && tokens.slice(a, b).some(joinedName));
  if (namedHead && head.pos === 'NOUN') p--;
  // (a capitalised noun inside the run is a name word too, except first in the sentence: "Sky News")
  // (and a "for", "and" or "of" that chunks.ts repairTags read into a body's name: "the Institute for Fiscal Studies")
  while (p > a && (((nameWord(tokens[p - 1]) || (tokens[p - 1].pos === 'NOUN' && tokens[p - 1].i > 0)) && isCap(tokens[p - 1])) || inNameParticle(tokens, p - 1, a) || (joinedName(tokens[p - 1]) && p - 1 > a))) p--;
  // (a name never starts at a hyphen: "Day-Lewis has …", the first half a capitalised noun first in the sentence)
  if (p < b && tokens[p].text === '-' && p > a && isCap(tokens[p - 1])) p--;
  // ("THE DEFENSE MINISTRY" truecased to "the defense Ministry": a body's word alone keeps the
  // field words before it, which name which body it is)
  if (p === b - 1 && ORG_WORDS.has(tokens[p].lower)) while (p > a && GOVERNMENT_FIELDS.test(tokens[p - 1].lower)) p--;
  // ("won a Bafta", "a Golden Globe", "a Ford": a name after an indefinite article is a thing of
  // that name, an award or a product, not the actor itself)
  const indefinite = p === a + 1 && /^(a|an)$/.test(tokens[a].lower);
  // ("learning Hindi", "speaks Swahili": a language no list knew as a people is a thing)
  if (p === b - 1 && p === a && namedHead && LANGUAGES.has(tokens[p].text)) return mk('concept', { concept: tokens[p].text });
  if (p < b && namedHead && !titleCase && !indefinite) {
    const words = tokens.slice(p, b);
    // the name follows the last title and any weekday glued before it ("On Wednesday Mr Blair",
    // "Green MEP Alain Lipietz")
    // (a word that only qualifies an office, "Security", "Trade", ends a title before a person's name
    // only: "Chief Executive Tom Vale", not "Energy Security Analysis")
    const lastTitle = words.map((t, i) => isTitle(t) && (TITLES.has(t.lower) || !QUALIFIERS.test(t.lower) || i === words.length - 1 || isTitle(words[i + 1]) || properKind(words.slice(i + 1)) === 'person')).lastIndexOf(true);
    // ("the Foreign Ministry", "the Home Office": a run ending in a body's word names the body, titles and all)
    const body = ORG_WORDS.has(words[words.length - 1].lower) && words.length >= 2;
    // ("the Finance Bill", "a Justice Bill": a title word before a word for a text names the text)
    let nameStart = body || isThingName(words) ? 0 : lastTitle >= 0 && lastTitle < words.length - 1 ? lastTitle + 1 : words.findIndex((t) => !isTitle(t));
    // (not one hyphened to the next word: "Day-Lewis")
    // (nor the day a paper is named for: "the Sunday Mirror", "the Sunday Times")
    while (nameStart >= 0 && nameStart < words.length - 1 && TIME_NOUNS.has(words[nameStart].lower) && words[nameStart + 1].text !== '-'
      && !(isCap(words[nameStart]) && nameStart + 2 === words.length && ORG_WORDS.has(words[nameStart + 1].lower))) nameStart++;
    // "Actress Teri Hatcher", "Families Margaret Hodge": a descriptor before a person's name is the role
    const described: string[] = [];
    // ("Bookmaker William Hill", first in a sentence: an agent noun for a company, capitalised there,
    // says what follows; not every cue: "Band Aid Trust", "Team GB" are names)
    // ("Newcomers Keane", "Veterans Status Quo": so does a listed descriptor of people in the plural,
    // first in the sentence, before a band's or a team's name)
    const pluralCue = nameStart === 0 && words.length >= 2 && words[0].i === 0 && /[^s]s$/.test(words[0].lower) && personDescriptor(words[0].lower.slice(0, -1));
    const runCue = nameStart === 0 && ((words.length >= 3 && RUN_CUE.test(words[0].lower)) || pluralCue) ? 'organization' : undefined;
    if (runCue) nameStart = 1;
    // ("group EADS Philippe Camus", "BAE Mike Turner": a body's acronym run into a person's full
    // name is the body the person is of, not part of the name)
    // (the recogniser may run the body's span on over the name: its type is the acronym's then)
    const afterAcronym = words.slice(1).map((t) => (words[0].ne === 'organization' && t.ne === 'organization' ? { ...t, ne: undefined } : t));
    // (not a place's particle that first-name lists hold: "GTA San Andreas" is no person)
    if (!runCue && nameStart === 0 && words.length >= 3 && /^[A-Z]{2,6}$/.test(words[0].text)
      && isFirstName(words[1].text) && !/^(San|Santa|Santo|Sao|São|El|La|Los|Las|Del)$/.test(words[1].text) && properKind(afterAcronym) === 'person') nameStart = 1;
    while (!runCue && nameStart >= 0 && words.length - nameStart >= 3 && isDescriptor(words, nameStart)) described.push(words[nameStart++].lower);
    // ("Rapper Eminem", "Teenager Mirza": a listed descriptor of people, capitalised first in the
    // sentence, before one name word: that word is a person known by one name)
    const oneName = !runCue && !described.length && nameStart === 0 && words.length === 2 && words[0].i === 0 && personDescriptor(words[0].lower) && words[1].pos === 'PROPN';
    if (oneName) described.push(words[nameStart++].lower);
    // ("Chelsea striker Drogba", "the singer Morrissey": a lower-case noun that only describes people
    // makes a person of the name after it, one word or more)
    // (not the descriptors that also name things or firms: "steel producer Krivorizhstal", "media player Winamp")
    const describedBy = p - 1 >= a && !isCap(tokens[p - 1]) && personDescriptor(tokens[p - 1].lower) ? tokens[p - 1].lower : undefined;
    if (describedBy && !described.length) described.push(describedBy);
    // ("market leader Diageo", "Market leader Nintendo": a leader of a market is a firm, no office)
    const marketLeader = (t?: Token) => !!t && /^leaders?$/.test(t.lower) && MARKET_RANKS.test(tokens[t.i - 1]?.lower ?? '');
    const titles = body ? [] : [...tokens.slice(a, b).filter((t) => isTitle(t) && !marketLeader(t)).map((t) => t.lower), ...described];
    if (nameStart >= 0) {
      const nw = words.slice(nameStart);
      // "phone maker Nokia", "the film Motorcycle Diaries": a cue noun before the name says what it is
      // (not a prize or an event: "the best actress Academy Award")
      const prize = nw.length >= 2 && EVENT_WORDS.has(nw[nw.length - 1].lower);
      const cued = runCue ?? (oneName || (describedBy && nw.length <= 3 && !prize) ? 'person' : p - 1 >= a ? nameCue(tokens[p - 1]) : undefined);
      // ("executive producer Andy Stephens": a cue noun that also names firms, "steel producer X",
      // yields to a full name that starts with a known first name)
      // (not a firm's "&": "Pharmaceutical giant Johnson & Johnson")
      // (an article of another language is no first name: "the newspaper El Tiempo", "La Stampa")
      // (not after a noun that names only firms: "Record company Sony BMG", whatever name lists know "Sony")
      const cue = !runCue && cued === 'organization' && !FIRM_ONLY_CUES.test(tokens[p - 1]?.lower ?? '') && nw.length >= 2 && !ARTICLES.test(nw[0].text) && isFirstName(nw[0].text) && !nw.some((t) => ORG_WORDS.has(t.lower) || t.text === '&') ? 'person' : cued;
      // (first in its sentence, or after an opening quote or bracket only)
      let initial = true;
      for (let i = 0; i < nw[0].i && initial; i++) initial = tokens[i].pos === 'PUNCT';
      // (a quotation opens a sentence of its own: 'The report said: "Students began asking …"')
      // (a plural English uses as a common noun, "Students"; not a name the recogniser missed, "Hollywood")
      if (!initial && nw.length === 1 && isCommonWord(nw[0].text) && /[^s]s$/.test(nw[0].lower) && nw[0].lemma.toLowerCase() !== nw[0].lower && nw[0].i >= 2 && /^["\u201c]$/.test(tokens[nw[0].i - 1].text) && /^[:,]$/.test(tokens[nw[0].i - 2].text)) initial = true;
      // ("the Beach Boys": a determiner right before the name; "the Office star Ricky Gervais" is none)
      // ("creator of The Simpsons", "author of Harry Potter": what a maker of works made is a work)
      const made = a >= 2 && tokens[a - 1].lower === 'of' && WORK_MAKERS.test(tokens[a - 2].lower);
      // ("won Best British Album": a prize's category, its "Best" left out of the name run)
      const award = nw[0].i > 0 && tokens[nw[0].i - 1].text === 'Best' && AWARD_CATEGORIES.test(nw[nw.length - 1].lower);
      const kind = made || award ? 'other' : marketLeader(tokens[nw[0].i - 1]) ? 'organization' : cue ?? properKind(nw, tokens[a].pos === 'DET' && nw[0].i === a + 1, initial);
      const nm = spanText(tokens, nw[0].i, b);
      // an office, not an honorific, lets a bare surname find its holder: "President Bouteflika", not "Mr Brown"
      const office = titles.some((w) => TITLES.has(w));
      // (a title before an event or a plural is no person: "the General Election", "Senior MPs")
      if (kind === 'person' || (titles.length && nw.length <= 3 && !cue && kind !== 'other')) {
        // ("Sony president Kunitake Ando": a body named before the role is whose the role is, extract/role-owner.ts)
        const of = titles.length ? roleOwner(tokens, a, nw[0].i)?.of : undefined;
        return mk('actor', { actor: person(nm, spanText(tokens, a, b), undefined, office), role: titles.length ? { title: titles.join(' '), ...(of ? { of } : {}) } : undefined });
      }
      if (kind !== 'other') return mk('actor', { actor: { id: slug(nm), name: displayCase(nm), type: kind, mention: spanText(tokens, a, b) } });
    }
  }
  // "BA's chief executive", "the Zentrix chairman": an office of a body no dictionary knows, held
  // by someone unnamed here (an apposition or coreference names them: office-appositions.ts)
  // (not where the phrase runs on: a name after it is the holder the chunker cut off, "RCA
  // spokeswoman Sue Bradburn" with "Sue" read as a verb; a noun after it is the real head, "chief executives")
  const next = tokens[b];
  const runsOn = !!next && (isCap(next) || /^(NOUN|PROPN)$/.test(next.pos) || /^(NOUN|PROPN)$/.test(next.upos ?? '') || AFFILIATION_ROLES.has(next.lower.replace(/s$/, '')));
  const office = !titleCase && !runsOn && isTitle(head) ? roleOwner(tokens, a, b) : undefined;
  if (office) return mk('actor', { actor: { id: slug(`${office.of.id} ${office.title}`), name: `${office.of.name} ${office.title}`, type: 'person', mention: spanText(tokens, a, b) }, role: office });
  // ("Tony Blair's visit to China", "Mr Howard's plan": a possessor no dictionary knows is the
  // owner of what follows, as a country is, "Russia's attack"; never the actor itself)
  const poss = possessiveAt(tokens, a, b);
  const held = poss > a ? possessor(tokens, c, a, poss, titleCase, g) : undefined;
  if (held?.kind === 'actor' && held.actor) return mk('concept', { concept: conceptName(tokens, a, b), owner: held.actor, ...(held.actor.country ? { country: held.actor.country } : {}) });
  // ("the country's rating", "the company's shares": the owner is whom the description is, resolved later)
  if (held?.kind === 'generic') return mk('concept', { concept: conceptName(tokens, poss + 1, b), ownerRef: held });
  // "Shona rebels", "Hutu militias": people named by an unknown proper adjective are a group of that name
  const agentHead = AGENT_HEADS[head.lower] ?? AGENT_HEADS[head.lemma];
  if (agentHead === 'group' && !titleCase && b - a >= 2) {
    let q = b - 1;
    while (q > a && tokens[q - 1].pos === 'PROPN' && isCap(tokens[q - 1]) && !isTitle(tokens[q - 1])) q--;
    if (q < b - 1 && (q > 0 || !isCommonWord(tokens[q].text))) {
      const nm = spanText(tokens, q, b);
      return mk('actor', { actor: { id: slug(nm), name: nm, type: 'group', mention: spanText(tokens, a, b) } });
    }
  }
  // Definite descriptions: "the alliance", "the two countries", "the minister".
  const det = tokens[a].lower;
  if (det === 'the' || det === 'both' || det === 'this') {
    const words = tokens.slice(a + 1, b).map((t) => t.lower);
    if ((words[0] === 'two' || det === 'both') && (/^(countries|nations|states|sides|governments|leaders|presidents|parties|neighbours|neighbors|allies)$/.test(head.lower) || PAIRED_BODIES.test(head.lower))) return mk('pair', { ref: { word: head.lower, want: 'pair' } });
    // ("the new coach", "the embattled chairman": an adjective of the holder's standing still points
    // back at the holder; "the former president" is someone else, descriptions.ts OTHER_OFFICE)
    if (words.length === 2 && STANDING.test(words[0]) && GENERIC_BY_TYPE[head.lower] === 'person') return mk('generic', { ref: { word: head.lower, want: 'person' } });
    if (words.length === 1) {
      const generic = g.generic.get(head.lower);
      const want = GENERIC_BY_TYPE[head.lower];
      if (generic || want) return mk('generic', { ref: { word: head.lower, want: want === 'pair' ? 'pair' : (want ?? 'organization') } });
    }
  }
  // ("OUR UNITS ATTACKED", "our brave fighters took the town": the members of the side a speaker
  // speaks for act as that side, as "FMLN units" do; resolved as "we" is, resolve/coreference.ts.
  // Not "our people" nor "our country", which an armed group says of a nation)
  if (det === 'our' && c.head === b - 1 && OUR_MEMBERS.test(head.lower) && tokens.slice(a + 1, b - 1).every((t) => t.pos === 'ADJ' || t.lower === 'armed')) {
    return mk('pronoun', { ref: { word: 'our', want: 'first' } });
  }
  // ("Michael Howard says his party can save £35bn", "Mr Chavez said his country would …": the
  // body or the country of the person "his" or "her" is, resolve/coreference.ts; not "his team",
  // which a coach and a player name alike, nor "her body")
  if (/^(his|her)$/.test(det) && b - a === 2 && OWN_BODIES.test(head.lower)) {
    return mk('generic', { ref: { word: head.lower, want: GENERIC_BY_TYPE[head.lower] === 'country' ? 'country' : 'organization', own: true } });
  }
  // ("during his visit to El Salvador", "its withdrawal from Lebanon": a noun of going or of a
  // relation owned by a pronoun is owned by whom the pronoun is, resolved later, so the nominal
  // rules read its doer; not every noun: "his plan" stays a concept)
  if (POSSESSIVE_PRONOUN[det] && b - a === 2 && (MOTION_NOUNS[head.lower] || RELATIONAL_NOUNS[head.lower])) {
    return mk('concept', { concept: conceptName(tokens, a, b), ownerRef: possessiveRef(tokens, a) });
  }
  const concept = conceptName(tokens, a, b);
  return mk('concept', { concept: titleCase ? concept.toLowerCase() : concept });
}

/** Words of a market whose "leader" is a firm: "market leader", "industry leader", "sector leader". */
const MARKET_RANKS = /^(market|industry|sector|category|segment)$/;

/** The members of a side, who act for it: "our units", "our troops", "our armed forces". */
const OUR_MEMBERS = /^(units|forces|troops|fighters|combatants|commandos|comrades|columns|militiamen|soldiers|guerrillas|snipers|militants|cadres|personnel|men)$/;

/** Nouns of a government a party's name may come before: "the Labour government", "the ARENA administration". */
const PARTY_GOVERNMENT = /^(government|administration|regime|cabinet|junta)$/;

/**
 * The nation of the United Kingdom a one-word name or adjective names ("england", "welsh"), for a
 * team's or a force's node of its own; the country stays GBR (Phoenix codes them so). Else undefined.
 */
function homeNation(word: string, n: number): string | undefined {
  return n === 1 ? HOME_NATIONS[word] : undefined;
}
const HOME_NATIONS: Record<string, string> = { england: 'England', english: 'England', scotland: 'Scotland', scottish: 'Scotland', wales: 'Wales', welsh: 'Wales' };

/** Adjectives of an office holder's standing, which a description of them may carry: "the new coach". */
const STANDING = /^(new|incoming|current|embattled|beleaguered|veteran|outspoken|controversial|popular|powerful)$/;

/** Possessive pronouns and what they want of their antecedent. */
const POSSESSIVE_PRONOUN: Record<string, 'person' | 'thing' | 'plural'> = { his: 'person', her: 'person', its: 'thing', their: 'plural' };

/** The pronoun mention of the possessive determiner at token i ("his", "its"), for coreference to resolve; else undefined. */
export function possessiveRef(tokens: Token[], i: number): Mention | undefined {
  const word = tokens[i]?.lower ?? '', want = POSSESSIVE_PRONOUN[word];
  return want ? { kind: 'pronoun', start: i, end: i + 1, text: tokens[i].text, ref: { word, want } } : undefined;
}

/** Bodies a person's "his" or "her" makes that person's own: "his party", "her company", "his country". */
const OWN_BODIES = /^(party|company|firm|organisation|organization|union|country|nation)$/;

/** The words a..poss read as a phrase of their own: an actor, or a description to resolve ("the country"). */
function possessor(tokens: Token[], c: Chunk, a: number, poss: number, titleCase: boolean, g: Gazetteer): Mention | undefined {
  const m = readMention(tokens, { ...c, start: a, end: poss, head: poss - 1, names: (c.names ?? []).filter(([, x1]) => x1 <= poss) }, titleCase, g);
  return m.kind === 'actor' || m.kind === 'generic' ? m : undefined;
}

/** The last possessive "'s" (or a plural's "'") inside a..b after a capitalised word or a description ("the country's"), with a noun after it; -1 if none. */
function possessiveAt(tokens: Token[], a: number, b: number): number {
  for (let q = b - 2; q > a; q--) {
    if (/^['’]s?$/.test(tokens[q].text) && tokens[q].pos === 'PART' && (isCap(tokens[q - 1]) || tokens[a].lower === 'the') && tokens[q].start === tokens[q - 1].end) return q;
  }
  return -1;
}

  /** Head phrase of a concept: no determiners, possessives, numbers or evaluative adjectives. */
export function conceptName(tokens: Token[], a: number, b: number): string {
  // ("£5m": the unit glued to a number goes with it)
  const unit = (t: Token) => t.i > 0 && tokens[t.i - 1].pos === 'NUM' && tokens[t.i - 1].end === t.start && /^(m|bn|mn|k|tn|%|p)$/i.test(t.text);
  // ("donated a further 70p", "a loss of 68m euros": an amount is its number and unit, or it says nothing)
  const amount = amountFrom(tokens, a, b);
  if (amount >= 0) return spanText(tokens, amount, b).replace(/ - /g, '-');
  // (a prize's category keeps its "Best": "Best Actress", not "actress")
  const category = (t: Token) => t.text === 'Best' && b - a >= 2 && AWARD_CATEGORIES.test(tokens[b - 1].lower);
  const words = tokens.slice(a, b).filter((t) => !['DET', 'PRON', 'NUM', 'PUNCT', 'PART', 'SYM'].includes(t.pos) && !unit(t)
    && (category(t) || !/^(largest|biggest|new|first|last|next|such|other|same|own|major|main|several|many|various|maximum|minimum|most|more|recent|current|latest|further|certain|whole|entire|greatest|best|worst)$/.test(t.lower)));
  if (!words.length) return spanText(tokens, a, b).toLowerCase();
  return words.map((t) => (t.pos === 'PROPN' ? t.text : t.text.toLowerCase())).join(' ').replace(/ - /g, '-');
}

/** A model number after a maker's name: "727", "A320", "F-16". */
const MODEL = /^[A-Z]{0,2}-?\d{2,4}[A-Z]?$/;

/** Money and measure words an amount ends with. */
const AMOUNT_UNITS = /^(p|m|bn|mn|k|tn|%|million|billion|trillion|thousand|percent|cents?|pence)\.?$/i;

/** Where an amount starts in the phrase a..b ("a further 70p" → at "70"), or -1: a phrase ending in a unit or currency after a number. */
function amountFrom(tokens: Token[], a: number, b: number): number {
  const last = tokens[b - 1];
  if (!last || !(AMOUNT_UNITS.test(last.text) || CURRENCIES.test(last.lower) || last.pos === 'NUM')) return -1;
  let k = b - 1;
  while (k > a && (tokens[k - 1].pos === 'NUM' || tokens[k - 1].pos === 'SYM' || /^[$£€¥]$/.test(tokens[k - 1].text) || AMOUNT_UNITS.test(tokens[k - 1].text))) k--;
  // (a number must be among them: "pounds" alone is no amount)
  return tokens.slice(k, b).some((t) => t.pos === 'NUM' || /\d/.test(t.text)) ? k : -1;
}

/** Concept id: the head phrase with its last word lemmatised ("nuclear weapons" → "concept:nuclear-weapon"). */
export function conceptKey(tokens: Token[], a: number, b: number, name: string): string {
  const headLemma = tokens[b - 1]?.lemma?.toLowerCase() ?? '';
  const words = name.split(' ');
  // (not a disease written as a word: "Aids" is no plural of "aid")
  if (headLemma && words.length && words[words.length - 1].toLowerCase() === tokens[b - 1].text.toLowerCase() && !DISEASE_ACRONYMS.has(tokens[b - 1].lower)) words[words.length - 1] = headLemma;
  return `concept:${slug(words.join(' '))}`;
}

export { spanText };

/** The word before a list of languages ("speaks Swahili and Portuguese" → "speaks"). */
function languageVerbBefore(tokens: Token[], a: number): number {
  let j = a - 1;
  while (j >= 0 && (/^(and|or|,)$/.test(tokens[j].lower) || LANGUAGES.has(tokens[j].text))) j--;
  return j;
}

/** Words of a state body's name that any country's body has: "Congress", "Senate", "Supreme Court". */
const GENERIC_BODY_WORDS = /^(congress|senate|parliament|assembly|cabinet|house|representatives|of|the|central|supreme|national|federal|constitutional|upper|lower)$/;

/** Branches of a state's forces and service, whose offices are the state's ("Peruvian army commander"), and a national side's sports ("England rugby captain"). */
const STATE_BRANCHES = /^(army|military|police|navy|air|armed|forces|government|state|republic|cabinet|presidential|embassy|consulate|border|customs|prison|court|supreme|national|federal|provincial|regional|municipal|city|district|department|team|squad|rugby|football|soccer|tennis|cricket|golf|hockey|athletics|olympic|sports?)$/;
/** Fields of a government body, before its word: "Defense Ministry", "Interior Ministry", "Foreign Office". */
const GOVERNMENT_FIELDS = /^(defense|defence|foreign|interior|finance|justice|health|education|agriculture|labor|labour|trade|commerce|economy|environment|energy|transport|culture|information|tourism|home|war|communications|planning|treasury|industry|mining|fisheries|security|intelligence|immigration|public)$/;

