/**
 * actorgraph/resolve/coreference — coreference on a budget (see docs/techniques): a pronoun or
 * definite description refers to the most salient compatible actor within a few sentences;
 * surname-only mentions join the full name seen anywhere in the document; "the two countries"
 * is the pair just named; "the alliance" is NATO when NATO is in context. Compatible means of
 * the right type, number and gender ("she" never a man, "it" never a person, "they" a group or
 * a body); salient means recent and, better still, a subject (centering). When nothing
 * compatible is in reach, refuse: a missing triple costs less than a wrong one.
 */
import type { Actor } from '../types.js';
import type { Mention } from '../types.js';
import { gazetteer, isListedParty } from './gazetteer.js';
import { winkKnows } from '../nlp/wink.js';
import { acronymsOf, nameKey, shortWordsOf, slug, stripDeterminer } from './names.js';
import { firstNameGender, isTitleWord, personGender, pronounGender, stripTitles, wordGender, type Gender } from './gender.js';
import { loneNameType } from './discourse-types.js';
import { knownFirstName, listedSurname } from './persons.js';
import { describedOrg, describedPerson, nameCarries, nationalFirm, ownBody } from './descriptions.js';
import { ranked, type Seen } from './salience.js';
import { armedKind, joinArmed, type UnnamedArmed } from './armed-groups.js';
import type { ArmedKind } from '../types.js';
import { AFFILIATION_ROLES, AGENT_HEADS, NAME_WORD, ORG_WORDS, PAIRED_BODIES, TITLES } from '../lexicon.js';
import type { Gazetteer } from './gazetteer.js';
import { boundAway, describedAway, matrixSubject, reflexiveBinder, type Parse } from './binding.js';
import { isStandIn, isUnnamedPerson, isUnnamedThing, isUnnamedPlural, namesPeople, standInGender, unnamedPerson } from './unnamed-persons.js';
/** Does noun h have an "of" phrase opened by an indefinite article ("the president of a government")? */
function ofIndefinite(t: Parse, h: number): boolean {
  return t.children(h).some((x) => /^nmod/.test(t.rel(x)) && t.children(x).some((c) => t.rel(c) === 'case' && t.lower(c) === 'of') && t.children(x).some((c) => t.rel(c) === 'det' && /^(a|an|any|some|another)$/.test(t.lower(c))));
}

/** Has the noun at h a past participle of its own, not set off by a comma ("the officer involved in …")? */
function restricted(t: Parse, h: number): boolean {
  return t.children(h).some((x) => t.rel(x) === 'acl' && x === h + 1 && !/ing$/.test(t.lower(x)) && !t.children(x).some((c) => t.rel(c) === 'mark'));
}

/**
 * The sentence a mention is resolved in, as extract/analyse.ts holds it: its tree (binding), its
 * mentions and what they resolved to so far, its words' offsets (quotations) and its speech clauses.
 * Who speaks a clause and whether a place is quoted are read by extract (attribution.ts) and handed
 * in as functions, so resolve never imports extract.
 */
export interface Local {
  tree: Parse & { dominates(a: number, b: number): boolean };
  mentions: Map<number, Mention>;
  resolved: Map<number, Actor[]>;
  s: { tokens: ReadonlyArray<{ start: number }> };
  /** The sentence's speech verbs (token index of each). */
  speech: ReadonlyArray<{ head: number }>;
  /** The speaker of the clause holding token i (extract/attribution.ts clauseSpeaker). */
  speakerAt(i: number): Actor | undefined;
  /** Is the document's character offset `at` inside a quotation (extract/attribution.ts inQuotation)? */
  quoted(at: number): boolean;
}

/** What a mention said about its actor beyond the actor: its words, office and side. */
export interface Cue {
  /** The words that named the actor here ("Mrs Thatcher", "the Labour spokesman"). */
  text?: string;
  /** Office held ("foreign minister"). */
  role?: string;
  /** The body a person speaks for ("a Labour spokesman" → Labour; "Minister of X" → X). */
  side?: Actor;
  /** The dependency relation of the mention's head word (salience: resolve/salience.ts). */
  rel?: string;
}

/** Titles of those whom a first name alone names: "Prince Charles", "Queen Elizabeth", "Pope John Paul". */
const ROYAL = /^(prince|princess|king|queen|pope|emperor|empress|sultan|sheikh|emir|duke|duchess|saint|st)$/;

/** Person "names" that are plural role nouns: a singular pronoun never takes them. */
const PLURAL_NAME = /\b(officials|leaders|senators|ministers|members|representatives|spokesmen|people|officers|lawmakers)$/i;

/**
 * Is this lone word a person's: a surname or first name of the persons list, a Gaelic surname
 * ("McLeish", "O'Neill"), or a noun for one man or woman ("the Dutchman")?
 */
// (any listed surname, whatever country: "Rodriguez" is everywhere, and still no company)
const personWord = (w: string): boolean => listedSurname(w) || knownFirstName(w) || /^(Mc|Mac|O')[A-Z]/.test(w) || /[a-z](man|woman)$/.test(w);

/** Words that describe one business, used in turn for the same one: "the firm", "the company", "the group". */
const BUSINESS_WORDS = /^(company|firm|group|business|corporation|concern)$/;
/** How many sentences back a description used before still names the same body (news keeps one topic company). */
const DESCRIPTION_REACH = 10;

/** Words that name a division of a body after the parent's name: "Sony Pictures", "Barclays Capital". */
const DIVISION_WORDS = /^(Pictures|Music|Capital|Securities|Insurance|Electronics|Mobile)$/;

export class DocContext {
  private recent: Seen[] = [];
  /** people described but not named ("the winger"), who compete for "he"/"she": resolve/unnamed-persons.ts */
  private unnamed: Seen[] = [];
  /** things described as subjects ("the legislation"), which compete for "it": resolve/unnamed-persons.ts */
  private things: Seen[] = [];
  /** people and things described in the plural as subjects or objects ("householders"), which compete for "they" */
  private plurals: Seen[] = [];
  /** mentions seen so far: the order of named and described ones across their lists */
  private seq = 0;
  /** surname (lower case) → the full-name person actor, from a first pass over the document */
  private persons = new Map<string, Actor>();
  /** first name (lower case) → the one full-name person of the document with it; null when two share it */
  private firstNames = new Map<string, Actor | null>();
  /** short form ("acr:RSF", "word:lufthansa", "name:rapid support forces") → the body; null when two bodies share it */
  private bodies = new Map<string, Actor | null>();
  /** person id → gender stated by their mentions; null when mentions disagree */
  private genders = new Map<string, Gender | null>();
  /** person id → the body they speak for */
  private sides = new Map<string, Actor>();
  /** unnamed office holder as a speaker ("a spokesman for Tesco") → the body they speak for (speaksFor) */
  private offices = new WeakMap<Actor, Actor>();
  /** body id → the body the text makes it the voice of (setVoice) */
  private voices = new Map<string, Actor>();
  /** person pronoun → its compatible candidates, most salient first, when it was resolved */
  private alternatives = new Map<Mention, Actor[]>();
  /** armed groups outside the state that the document names (id → actor and kind), from the first pass */
  private armed = new Map<string, { actor: Actor; kind: ArmedKind }>();
  /** one-word names (lower case) the document shows to be people ("Juninho's father") */
  private cued = new Set<string>();
  /** a body's description word ("company", "firm") → the body it last named and in which sentence */
  private described = new Map<string, { actor: Actor; sentence: number }>();
  /** acronym as written ("DAS") → the body the text spells it out as (resolve/defined-acronyms.ts) */
  private defined = new Map<string, Actor>();
  /** the name keys of those bodies ("administrative department of security") → the body */
  private definedNames = new Map<string, Actor>();
  /** `text`: the document's text, to tell quoted words from the writer's (first-person pronouns). */
  constructor(readonly window: number, private readonly g: Gazetteer = gazetteer(), private readonly text?: string) {}

  /** First pass: a one-word name the document shows to be a person (extract/person-cues.ts). */
  cuePerson(lower: string): void { this.cued.add(lower); }
  cuedPerson(name: string): boolean { return this.cued.has(name.toLowerCase()); }

  /** First pass: remember every multi-word person name so "Belousov" joins "Andrei Belousov" (and bodies: registerBody). */
  registerPerson(a: Actor): void {
    a = this.definedAs(a) ?? this.cuedFullName(a);
    if (a.type === 'organization' || a.type === 'group') {
      this.registerBody(a);
      const kind = this.armed.has(a.id) ? undefined : armedKind(a, this.g);
      if (kind) this.armed.set(a.id, { actor: { ...a }, kind });
    }
    if (a.type !== 'person') return;
    const words = a.name.split(/\s+/);
    if (words.length < 2) return;
    const key = words[words.length - 1].toLowerCase();
    const prev = this.persons.get(key);
    if (!prev || (prev.country === undefined && a.country)) this.persons.set(key, { ...a });
    // (a personal name only: not an unnamed office, "Renault head", nor a body the recogniser took
    // for a person, "Sony PSP", "Nissan Motor")
    const last = words[words.length - 1];
    if (!firstNameGender(words[0]) || /^[A-Z0-9]{2,}$/.test(last) || [TITLES, AFFILIATION_ROLES, ORG_WORDS].some((l) => l.has(last.toLowerCase()))) return;
    const first = words[0].toLowerCase(), had = this.firstNames.get(first);
    if (had === undefined) this.firstNames.set(first, { ...a });
    else if (had && had.id !== a.id) this.firstNames.set(first, null);
  }

  /**
   * "Dwayne had just a minor cut" after "… kicked Dwayne Peel": a lone first name (the name list
   * knows it as one) is the one person the document named in full with it; never a word the
   * gazetteer knows ("Jordan", "Paris") and never when two people share the first name.
   */
  private personByFirstName(a: Actor): Actor | undefined {
    if (/\s/.test(a.name) || a.type === 'country' || a.type === 'other' || this.g.entries.has(a.name.toLowerCase())) return undefined;
    const p = this.firstNames.get(a.name.toLowerCase());
    // (a word the recogniser read as a body that is also an English word is more likely the body:
    // "Apple", "Real", "Marvel")
    if (!p || !firstNameGender(a.name) || (a.type !== 'person' && winkKnows(a.name.toLowerCase()))) return undefined;
    // ("Prince Charles" is no Charles Kennedy: a royal is named by the first name alone)
    if ((a.mention ?? '').split(/\s+/).some((w) => ROYAL.test(w.toLowerCase()))) return undefined;
    return { ...p, mention: a.mention };
  }

  /**
   * First pass: remember a multi-word body's short forms so "RSF" and "the Rapid Support Forces"
   * join "Sudan's Rapid Support Forces", and "Lufthansa" joins "Deutsche Lufthansa". A short form
   * two bodies share in the document joins neither.
   */
  registerBody(a: Actor): void {
    if (!/\s/.test(a.name)) return;
    const put = (k: string) => {
      const prev = this.bodies.get(k);
      if (prev === undefined) this.bodies.set(k, { ...a });
      else if (!prev || prev.country === a.country && prev.id === a.id) return;
      // (one name written with and without its owner, "Japan's Foreign Ministry" / "the Foreign
      // Ministry", is one body: the record that knows its country wins)
      else if (!prev.country && a.country && (prev.id === a.id || prev.name === a.name)) this.bodies.set(k, { ...a });
      else if (prev.id !== a.id && !(prev.country && !a.country && prev.name === a.name)) this.bodies.set(k, null);
    };
    for (const x of acronymsOf(a.name)) put(`acr:${x}`);
    // ("Yukos USA", "Telekom Austria": a body named for its country is an arm, and "Yukos" alone the parent)
    const words = a.name.split(/\s+/);
    const last = words[words.length - 1].toLowerCase();
    // ("Sony Pictures Entertainment", "Barclays Capital": a division named after its parent is no
    // "Sony" or "Barclays", which name the parent)
    const parent = words.slice(1).some((w) => DIVISION_WORDS.test(w)) ? words[0].toLowerCase() : undefined;
    // ("Boeing officials", "FMLN representatives": people named after a body are no short form of
    // it, so "Boeing" alone stays the company)
    const people = a.type === 'group' && (namesPeople(last) || AGENT_HEADS[last] === 'group');
    if (this.g.entries.get(last)?.type !== 'country' && !people) for (const w of shortWordsOf(a.name)) if (w !== parent) put(`word:${w}`);
    put(`name:${nameKey(a.name)}`);
  }

  /** First pass: the actor an acronym the text spells out stands for, with the names it gives it (the first definition stays). */
  defineAcronym(acronym: string, names: readonly string[], a: Actor): void {
    if (this.defined.has(acronym)) return;
    this.defined.set(acronym, a);
    for (const n of names) if (!this.definedNames.has(nameKey(n))) this.definedNames.set(nameKey(n), a);
  }

  /**
   * The body a mention stands for when the text spells it out as an acronym: a mention written as
   * the acronym ("DAS", "the DAS", "UNO", which the dictionary took for the UN); a name with words
   * before it ("the ruling Christian Democratic Party"); the name alone, unless its own reading
   * keeps the whole name and knows a country the body lacks ("the national police": the Salvadoran
   * National Police).
   */
  private definedAs(a: Actor): Actor | undefined {
    if (!this.defined.size) return undefined;
    for (const s of [a.mention, a.name]) {
      const d = s ? this.defined.get(stripDeterminer(s).replace(/'s$/i, '')) : undefined;
      if (d) return { ...d, mention: a.mention };
    }
    const text = nameKey(stripDeterminer(a.mention ?? a.name));
    for (const [name, d] of this.definedNames) {
      // (not the body's people named after it: "two leaders of the Patriotic Union" are "Patriotic Union leaders")
      if (nameKey(a.name).startsWith(`${name} `)) continue;
      if (text === name ? !(a.country && !d.country && nameKey(a.name).includes(name)) : text.endsWith(` ${name}`)) return { ...d, mention: a.mention };
    }
    return undefined;
  }

  /** The body a short form or a country-less repeat of its name stands for in this document. */
  private bodyByShortForm(a: Actor): Actor | undefined {
    if (a.type === 'country' || a.type === 'location' || a.type === 'other') return undefined;
    let p: Actor | null | undefined;
    if (/^[A-Z][A-Z&]{1,6}$/.test(a.name)) p = this.bodies.get(`acr:${a.name.replace(/&/g, '')}`);
    else if (/^\S+$/.test(a.name)) p = this.bodies.get(`word:${a.name.toLowerCase()}`);
    else if (!a.country) p = this.bodies.get(`name:${nameKey(a.name)}`);
    // ("Sudan's RSF": a short form may be the one that names the body's owner)
    const country = p?.country ?? a.country;
    return p && (p.id !== a.id || (p.country && !a.country)) ? { ...p, mention: a.mention, ...(country ? { country } : {}) } : undefined;
  }

  /**
   * A name of two or three plain words typed a body, whose last word the document shows to be a
   * person's ("Calisto Tanzi" …, "Mr Tanzi"), is that person: the recogniser's type loses to the text.
   */
  private cuedFullName(a: Actor): Actor {
    if (a.type !== 'organization' && a.type !== 'group') return a;
    const words = a.name.split(/\s+/);
    if (words.length < 2 || words.length > 3 || !words.every((w) => NAME_WORD.test(w)) || words.some((w) => ORG_WORDS.has(w.toLowerCase()))) return a;
    return this.cued.has(words[words.length - 1].toLowerCase()) ? { ...a, type: 'person' } : a;
  }

  /** The full-name person whose surname this single word is ("Belousov" in a headline). */
  personBySurname(word: string, mention: string): Actor | undefined {
    const p = /^\S+$/.test(word) ? this.persons.get(word.toLowerCase()) : undefined;
    return p ? { ...p, mention } : undefined;
  }

  /**
   * Canonical form of an actor found in this document: single surnames joined to the full name;
   * an office named without its holder ("the Salvadoran president", read as "Salvadoran
   * president") is the person last named with that office for that country, when there is one.
   */
  canonical(a: Actor, role?: { title: string; of?: Actor }): Actor {
    const d = this.definedAs(a);
    if (d) return d;
    a = this.cuedFullName(a);
    if (a.type === 'person' && role?.of && a.id === slug(`${role.of.id} ${role.title}`)) {
      const of = role.of.id;
      const holder = describedPerson(role.title.split(' ').pop()!, this.recent.slice().reverse(), (p) => p.id !== a.id && (p.country === of || this.sides.get(p.id)?.id === of));
      if (holder) return { ...holder, mention: a.mention };
    }
    // ("Jackson" is also a city: in a document that names Michael Jackson, the surname wins)
    // (and "West" for "the collective West" in a document that names Kanye West: a one-word mention
    // of a body or group the gazetteer names at length is the person's surname too)
    const word = !/\s/.test(a.name) ? a.name : a.type !== 'country' && /^[A-Z][a-z]+$/.test(a.mention ?? '') ? a.mention : undefined;
    if ((a.type === 'person' || a.type === 'organization' || a.type === 'location' || (a.type === 'group' && word === a.mention)) && word) {
      const p = this.persons.get(word.toLowerCase());
      if (p) return { ...p, mention: a.mention, country: a.type === 'location' ? p.country : a.country ?? p.country };
      const f = this.personByFirstName(a);
      if (f) return f;
    }
    if (a.type === 'person') {
      // "Professor Eastman", "Mr Blair": the name less its titles is part of the full name
      const words = stripTitles(a.name.split(/\s+/));
      const p = words.length ? this.persons.get(words[words.length - 1].toLowerCase()) : undefined;
      if (p && p.id !== a.id && (p.name.endsWith(a.name) || p.name.endsWith(words.join(' ')))) return { ...p, mention: a.mention, country: a.country ?? p.country };
    }
    const b = this.bodyByShortForm(a) ?? a;
    // ("Apple had done a good job": a lone unintroduced word is no person: resolve/discourse-types.ts)
    const titled = !!role || (a.mention ?? '').split(/\s+/).some(isTitleWord);
    const t = loneNameType(b, titled, (w) => personWord(w) || this.cued.has(w.toLowerCase()));
    return t === b.type ? b : { ...b, type: t };
  }

  /**
   * A person's side, from a fact the text states ("Ana Ruiz, a spokeswoman for Repsol"): whom their
   * "we" speaks for. The first side named stays.
   */
  setSide(person: Actor, side: Actor): void {
    if (person.type === 'person' && side.id !== person.id && side.type !== 'other' && side.type !== 'location' && !this.sides.has(person.id)) this.sides.set(person.id, side);
  }

  /**
   * An unnamed office holder's side, held on the speaker as analysed ("a spokesman for Tesco":
   * extract/analyse.ts reads the office's body); keyed by the speaker object itself, since two
   * spokesmen of a document share the description's id.
   */
  speaksFor(speaker: Actor, side: Actor): void {
    if (speaker.type === 'other' && side.type !== 'other' && side.type !== 'location') this.offices.set(speaker, side);
  }

  /**
   * A body the text makes another's voice ("Radio Venceremos, the official voice of the FMLN"):
   * its "we" is that other body's. A body speaks for itself otherwise; the side a mention gives a
   * body ("the Chilean Communist Party") is its country, for whom it does not speak.
   */
  setVoice(body: Actor, of: Actor): void {
    if ((body.type === 'organization' || body.type === 'group') && of.id !== body.id && of.type !== 'other' && of.type !== 'location' && !this.voices.has(body.id)) this.voices.set(body.id, of);
  }

  /** The body a person speaks for, when the text said (setSide, a mention's side). */
  sideOf(id: string): Actor | undefined { return this.sides.get(id); }

  /**
   * A person the text gives an office in a predicate ("Tom Vale was named Peru coach", "One manager
   * who got it right is Walter Smith"): remembered as if a mention of them carried the office, so
   * "the new coach" or "the Scotland manager" after it is them (resolve/descriptions.ts), and the
   * office's country or body is their side.
   */
  holdsOffice(person: Actor, s: number, title: string, of?: Actor): void {
    if (person.type !== 'person') return;
    this.recent.push({ actor: person, sentence: s, at: this.seq++, subject: false, words: title.toLowerCase().split(/[\s-]+/) });
    if (this.recent.length > 64) this.recent.shift();
    if (of) this.setSide(person, of);
  }

  /** Record an actor mention in sentence s (after canonicalisation). */
  see(a: Actor, s: number, subject = false, cue: Cue = {}): void {
    const text = cue.text ?? a.mention;
    if (a.type === 'other') {
      // ("the story of Jane Campbell, the first woman to divorce": a description in apposition is the
      // one named; the parser often reads such an apposition as a conjunct)
      const last = this.recent[this.recent.length - 1];
      const appos = cue.rel === 'appos' || (cue.rel === 'conj' && last?.sentence === s && last.actor.type === 'person');
      if (!appos && isUnnamedPerson(a.name, text ?? '')) this.seeUnnamed(a.name, s, subject, cue.rel);
      else if (subject && isUnnamedThing(a.name, text ?? '')) this.seeUnnamed(a.name, s, subject, cue.rel, this.things);
      else if ((subject || /^(obj|iobj|nsubj)/.test(cue.rel ?? '')) && isUnnamedPlural(text ?? '')) this.seeUnnamed(a.name, s, subject, cue.rel, this.plurals);
      return;
    }
    // ("The player who staked the biggest claim was Gavin Henson": a description whose clause
    // names the person as its predicate is that person, not someone else)
    if (a.type === 'person' && cue.rel === 'root') this.unnamed = this.unnamed.filter((x) => x.sentence !== s);
    this.recent.push({ actor: a, sentence: s, at: this.seq++, subject, words: `${text} ${cue.role ?? ''}`.toLowerCase().split(/[\s-]+/).filter(Boolean), ...(cue.rel ? { rel: cue.rel } : {}) });
    if (this.recent.length > 64) this.recent.shift();
    if (a.type === 'person') {
      const g = personGender(a.name, text);
      const prev = this.genders.get(a.id);
      if (g && prev !== null) this.genders.set(a.id, prev === undefined || prev === g ? g : null);
      // a pronoun resolved to someone of unknown gender tells theirs ("Byron … he"): weaker
      // evidence, so it only fills a gap and never overrides a name or title
      const p = pronounGender(text);
      if (!g && p && prev === undefined) this.genders.set(a.id, p);
    }
    if (cue.side && cue.side.id !== a.id && !this.sides.has(a.id)) this.sides.set(a.id, cue.side);
  }

  /**
   * The best-ranked actor of `order` for mention m, its rivals kept as alternatives; none when a
   * stand-in ("a man", "the legislation") outranks every named actor: no triple is better than one
   * about the wrong actor.
   */
  private unlessStandIn(m: Mention, order: Actor[]): Actor | undefined {
    const named = order[0] && isStandIn(order[0]) ? [] : order.filter((a) => !isStandIn(a));
    this.alternatives.set(m, named);
    return named[0];
  }

  private seeUnnamed(word: string, s: number, subject: boolean, rel?: string, list = this.unnamed): void {
    list.push({ actor: unnamedPerson(word, s), sentence: s, at: this.seq++, subject, words: [word], ...(rel ? { rel } : {}) });
    if (list.length > 16) list.shift();
  }

  /** Does what we know of this person's gender allow a pronoun of gender g? (unknown allows both) */
  agrees(id: string, g: Gender | undefined): boolean {
    const known = this.genders.get(id);
    return !g || !known || known === g;
  }

  private within(s: number): Seen[] {
    return this.recent.filter((x) => s - x.sentence <= this.window).reverse();
  }

  /**
   * The actors a pronoun at token p may not be, by the binding conditions on its sentence's tree
   * (resolve/binding.ts): the words it keeps away, mapped to what their mentions resolve to (so
   * far, or, for a name later in the sentence, its canonical form). `described`: p heads a definite
   * description, kept from fewer words than a pronoun (resolve/binding.ts describedAway).
   */
  private boundIds(local: Local, p: number, described = false): Set<string> {
    const away = described ? describedAway(local.tree, p) : boundAway(local.tree, p);
    const ids = new Set<string>();
    if (!away.size) return ids;
    for (const [k, x] of local.mentions) {
      let hit = false;
      for (let i = x.start; i < x.end && !hit; i++) hit = away.has(i);
      // (Condition C is for names: a pronoun deeper inside is free, "he was humoured by those around him")
      if (!hit || (x.kind === 'pronoun' && local.tree.head(x.start) !== local.tree.head(p))) continue;
      const got = local.resolved.get(k) ?? (x.kind === 'actor' && x.actor ? [this.canonical(x.actor, x.role)] : []);
      for (const a of got) ids.add(a.id);
    }
    return ids;
  }

  /** Is the subject of the speech verb reporting the pronoun at p a description of one person, or a pronoun, that no name resolved? */
  private unnamedSpeaker(local: Local, p: number): boolean {
    const at = mentionAt(local, matrixSubject(local.tree, p));
    if (!at) return false;
    const [k, x] = at;
    if (local.resolved.get(k)?.some((a) => a.type !== 'other')) return false;
    const words = x.text.toLowerCase().split(/\s+/);
    // ('"She told us she had inside information"': a speaker "she" left unresolved is no clue to
    // another woman, so neither is the "she" she reports)
    return ((x.kind === 'generic' || x.kind === 'pronoun') && x.ref?.want === 'person') || (x.kind === 'concept' && (isTitleWord(words[words.length - 1]) || isUnnamedPerson(x.concept ?? x.text, x.text)));
  }

  /** The actor a reflexive's binder (its clause's subject) resolved to, when the tree says. */
  private binderId(local: Local, p: number, matrix = false): string | undefined {
    const at = mentionAt(local, matrix ? matrixSubject(local.tree, p) : reflexiveBinder(local.tree, p));
    return at ? local.resolved.get(at[0])?.[0]?.id : undefined;
  }

  /**
   * Resolves a pronoun, definite description or pair; [] when nothing compatible is in reach.
   * `local`: the mention's sentence (binding, quotations, speech clauses); without it the older
   * sentence-level approximations apply.
   */
  resolve(m: Mention, s: number, speaker?: Actor, local?: Local): Actor[] {
    const ref = m.ref;
    if (!ref) return [];
    // (a reflexive is bound inside its clause, not kept out of it)
    // (a definite description is kept from the names it c-commands too: "the company said it would
    // take action against Menatep" is not Menatep)
    const away = !local || /self$|selves$/.test(ref.word) ? undefined : m.kind === 'pronoun' ? this.boundIds(local, m.start) : m.kind === 'generic' ? this.boundIds(local, m.end - 1, true) : undefined;
    const cands = this.within(s).filter((x) => !away?.has(x.actor.id));
    const withMention = (a: Actor | undefined) => (a && !away?.has(a.id) ? [{ ...a, mention: m.text }] : []);
    // ("Michael Howard says his party …", "Mr Chavez said his country …": the body the person last
    // named acts for, or the country, or nothing: the nearest party or country may be another's)
    if (ref.own) return withMention(ownBody(ref.word, ref.want, this.recent.filter((x) => s - x.sentence <= 1).reverse(), (id) => this.sides.get(id)));
    switch (ref.want) {
      case 'person': {
        if (m.kind === 'generic') {
          // ("avoid receiving the president of a government that murders priests": an office of
          // something indefinite is someone new, not the holder named before)
          if (local && ofIndefinite(local.tree, m.end - 1)) return [];
          // ("the officer involved in the death of six Jesuits": a description its own participle
          // identifies is someone new, not the holder named before; not a relative clause, which
          // often says again what the one named did, "the man who gave his characters powers")
          if (local && restricted(local.tree, m.end - 1)) return [];
          const g = wordGender(ref.word);
          const latest = this.recent.slice().reverse();
          const holder = describedPerson(ref.word, latest, (a) => this.agrees(a.id, g));
          // ("the Moroccan": else the last person known to be of that nation)
          const nation = gazetteer().entries.get(ref.word);
          const national = !holder && nation?.kind === 'demonym' ? latest.find((x) => x.actor.type === 'person' && x.actor.country === nation.id)?.actor : undefined;
          return withMention(holder ?? national);
        }
        const g = pronounGender(ref.word);
        const persons = cands.filter((x) => x.actor.type === 'person' && !PLURAL_NAME.test(x.actor.name) && this.agrees(x.actor.id, g));
        const reflexive = /self$/.test(ref.word);
        let keep: (x: Seen) => boolean;
        if (reflexive) {
          // "she blamed herself": a reflexive is its clause's subject (else someone of its own sentence)
          const binder = local && this.binderId(local, m.start);
          keep = binder ? (x) => x.actor.id === binder : (x) => x.sentence === s;
        } else if (away) {
          // "Mr Blair said he would resign": the reporting clause's subject, when it agrees, is the one
          const boss = local && this.binderId(local, m.start, true);
          const hit = boss ? persons.find((x) => x.actor.id === boss) : undefined;
          if (hit) {
            this.alternatives.set(m, ranked(persons, s).filter((a) => !isStandIn(a)).sort((a, b) => (a.id === boss ? -1 : b.id === boss ? 1 : 0)));
            return withMention(hit.actor);
          }
          // ("But the prime minister said he had discussed …": the speaker is a person no name
          // was found for, so "he" is someone unknown here, not the last person named)
          if (local && this.unnamedSpeaker(local, m.start)) return [];
          keep = () => true;
        }
        else {
          // (no tree: "Merkel criticised him": an object pronoun is not the subject of its own sentence)
          const objectCase = /^(him|her)$/.test(ref.word);
          const several = persons.filter((y) => y.sentence === s).length > 1;
          keep = (x) => !objectCase || x.sentence < s || several;
        }
        // a person known to agree counts double against one of unknown gender, often a name
        // mistyped as a person ("Kent", "the Treasury"): on 704 BBC politics pronouns this changed
        // 30 resolutions, about 13 for the better and 5 for the worse as we read them; on GUM dev
        // it cost 2 of 86
        const known = (a: Actor) => (g && this.genders.get(a.id) === g ? 2 : 1);
        // people described but never named compete too; when one of them wins, abstain
        const unnamed = reflexive ? [] : this.unnamed.filter((x) => s - x.sentence <= 1 && (!g || (standInGender(x.actor.name) ?? g) === g));
        return withMention(this.unlessStandIn(m, ranked([...persons.filter(keep), ...unnamed].sort((x, y) => y.sentence - x.sentence), s, known)));
      }
      // "it"/"they" follow the subject of the previous or current sentence (centering); a bare
      // recent mention elsewhere in the clause is too weak a cue to risk a wrong edge.
      case 'thing': {
        const things = this.things.filter((x) => s - x.sentence <= 1);
        // (a named armed group is an "it": "the FMLN denied that it had carried out the attack")
        // (a party written in the plural is "they", never "it": "The Tories want a clause. It would force …")
        const pluralParty = (a: Actor) => /^the\s.*[^su']s$/i.test(a.mention ?? '') && isListedParty(this.g, a.id);
        // (a one-word name with no article is one body even when it ends in "s": "Hamas said it would …"; not "the Contras")
        const oneName = (a: Actor) => !/\s/.test(a.name) && !/^the\s/i.test(a.mention ?? '') && /^[A-Z]/.test(a.mention ?? a.name);
        const single = (a: Actor) => a.type === 'country' || (a.type === 'organization' && !pluralParty(a)) || (a.type === 'group' && (!/s$/i.test(a.name) || oneName(a)) && !PLURAL_NAME.test(a.name));
        return withMention(this.unlessStandIn(m, ranked([...cands.filter((x) => x.subject && s - x.sentence <= 1 && single(x.actor)), ...things].sort((x, y) => y.sentence - x.sentence), s)));
      }
      case 'country': return withMention(cands.find((x) => x.actor.type === 'country')?.actor);
      case 'first': return this.first(ref.word, m, speaker, local);
      case 'plural': {
        // a group, or a body with a plural name ("the Democrats"); any organisation would let
        // "they" take "the Constitution" (measured on GUM dev: 8 right, 3 wrong against 9 and 1)
        // (the body as written counts: "the Conservatives" is the Conservative Party)
        const bodies = cands.filter((x) => x.subject && s - x.sentence <= 1 && (x.actor.type === 'group' || (x.actor.type === 'organization' && (/s$/.test(x.actor.name) || /[^s]s$|^(they|them)$/i.test(x.actor.mention ?? ''))) || PLURAL_NAME.test(x.actor.name)));
        const plurals = this.plurals.filter((x) => s - x.sentence <= 1);
        const best = this.unlessStandIn(m, ranked([...bodies, ...plurals].sort((x, y) => (y.at ?? 0) - (x.at ?? 0)), s));
        // ("The Tories said they would …": the reporting clause's subject, a group or a body written in
        // the plural, is the one, as for "he"; "Zentrix said they …" speaks of others)
        const said = local && mentionAt(local, matrixSubject(local.tree, m.start));
        const boss = said && local.resolved.get(said[0])?.[0]?.id;
        const hit = boss ? cands.find((x) => x.actor.id === boss && (x.actor.type === 'group' || (x.actor.type === 'organization' && /[^s]s$/i.test(said![1].text)))) : undefined;
        if (hit) {
          this.alternatives.set(m, [hit.actor, ...(this.alternatives.get(m) ?? []).filter((a) => a.id !== hit.actor.id)]);
          return withMention(hit.actor);
        }
        return withMention(best);
      }
      // ("both sides", "the two parties" name no kind: only two actors named just before will do)
      case 'pair': {
        // ("the two countries" are two countries, not a country and the firm named between them;
        // "the two leaders" two people; "both sides" any two bodies)
        // ("both organisations", "the two firms": two bodies)
        const sides = /^(sides|parties)$/.test(ref.word);
        const bodies = PAIRED_BODIES.test(ref.word);
        // ("the two companies" are two firms: not "Russian media", a group named between them)
        const firms = /^(companies|firms|banks|carriers|airlines|makers|carmakers|retailers|operators|lenders|insurers|brewers|giants)$/.test(ref.word);
        const kind = sides ? /^(country|organization)$/ : firms ? /^organization$/ : bodies ? /^(organization|group)$/ : /^(leaders|presidents)$/.test(ref.word) ? /^person$/ : /^country$/;
        // (bodies are many in a business story: "the two firms" are the two named in this sentence or
        // the one before, and only when no third one is; "Mitsubishi Motors … Peugeot … (SUV)" names none)
        if (bodies) {
          const near = cands.filter((x) => x.sentence >= s - 1 && kind.test(x.actor.type));
          if (new Set(near.map((x) => x.actor.id)).size !== 2) return [];
        }
        return (this.pair(sides || bodies ? cands.filter((x) => x.sentence >= s - 1) : cands, kind) ?? []).map((a) => ({ ...a, mention: m.text }));
      }
      case 'organization': {
        const ids = gazetteer().generic.get(ref.word);
        const listed = ids && (cands.find((x) => ids.includes(x.actor.id)) ?? this.recent.slice().reverse().find((x) => ids.includes(x.actor.id)));
        // ("The firm sought bankruptcy protection … The company has also sued its auditors": the same
        // description names the same body again, though another was named in between, unless a body
        // whose name carries the word is nearer; "the firm" and "the company" are one description)
        // (businesses only: "the club" in a sports report is any of several, and one wrong guess would stay)
        const key = BUSINESS_WORDS.test(ref.word) ? 'company' : undefined;
        const before = key ? this.described.get(key) : undefined;
        const again = !listed && before && s - before.sentence <= DESCRIPTION_REACH && !cands.some((x) => x.sentence > before.sentence && x.actor.type === 'organization' && nameCarries(x.actor, ref.word)) ? before.actor : undefined;
        const got = listed ? listed.actor : again ?? describedOrg(ref.word, cands, s);
        if (got && !listed && key) this.described.set(key, { actor: got, sentence: s });
        return withMention(got);
      }
    }
    return [];
  }

  /** The firm a definite description by nationality names ("the Spanish group"): resolve/descriptions.ts nationalFirm. */
  nationalFirm(a: Actor, mention: string, s: number): Actor | undefined {
    const firm = nationalFirm(a, mention, this.within(s), s);
    return firm && { ...firm, mention };
  }

  /**
   * The named armed group an unnamed armed agent ("the guerrillas", "terrorists") in sentence s
   * is (resolve/armed-groups.ts says when), with this mention's words; undefined: none.
   */
  armedGroup(u: UnnamedArmed, s: number, mention: string): Actor | undefined {
    const a = joinArmed(u, s, this.within(s), this.armed);
    return a && { ...this.canonical(a), mention };
  }

  /**
   * A third-person pronoun inside a quotation is not its speaker, who says "I", nor the side the
   * speaker speaks for, which says "we" ('"I don't think he will," said Sir Digby'; '"We
   * controlled the game but they came back," the England captain said'): such a pronoun takes the
   * next candidate it had, or none. `got`: what it resolved to; undefined when that may stay.
   */
  notSpeaker(m: Mention, got: Actor[] | undefined, speaker: Actor, local?: Local): Actor[] | undefined {
    if (m.kind !== 'pronoun' || !m.ref || !/^(person|thing|plural)$/.test(m.ref.want) || !got?.length) return undefined;
    // ("The ATP has announced that it would …" after a quotation the source never closed: a pronoun
    // in what this sentence's own speech verb reports, with no quotation mark between, is indirect
    // speech, where the speaker may well mean itself)
    if (local && this.text !== undefined) {
      const at = local.s.tokens[m.start]?.start ?? 0;
      const indirect = local.speech.some((sp) => local.tree.dominates(sp.head, m.start) && sp.head < m.start
        && !/["\u201c\u201d]/.test(this.text!.slice(local.s.tokens[sp.head].start, at)));
      if (indirect) return undefined;
    }
    const side = this.sides.get(speaker.id)?.id;
    const own = (id: string) => id === speaker.id || id === side;
    if (!own(got[0].id)) return undefined;
    const a = this.alternatives.get(m)?.find((x) => !own(x.id));
    return a ? [{ ...a, mention: m.text }] : [];
  }

  /**
   * "I" is the speaker in person; "we", "us", "our" (and "our units", extract/mentions.ts) speak
   * for the speaker's side: the body a person speaker was named with ("a Labour spokesman", an
   * office of a state or an unnamed office of a body: extract/speaker-sides.ts), else the speaker if
   * a body (a body speaks for itself, or for the body the text makes it the voice of; a person with
   * no side named, none). Never the speaker's nationality: a
   * party spokesman's "we" is the party, not the United Kingdom. With the sentence at hand, a
   * first person is a speaker's only inside a quotation or inside what a speech verb reports
   * ("He told the paper: we will win"); the writer's own "we" and "I" (a reader's letter, an
   * essay) and words the speech verb does not report stay unresolved. A concept never speaks.
   */
  private first(word: string, m: Mention, speaker?: Actor, local?: Local): Actor[] {
    if (local) {
      const at = local.s.tokens[m.start]?.start ?? 0;
      if (!local.quoted(at)) speaker = local.speakerAt(m.start);
    }
    // (an unnamed office holder speaks for the office's body: "a spokesman for Tesco")
    const office = speaker?.type === 'other' ? this.offices.get(speaker) : undefined;
    if (office && !/^(i|me|my|mine)$/.test(word)) return [{ ...office, mention: m.text }];
    if (!speaker || speaker.type === 'other' || speaker.type === 'location') return [];
    if (/^(i|me|my|mine)$/.test(word)) return speaker.type === 'person' ? [{ ...speaker, mention: m.text }] : [];
    // (a person with no side named stays unresolved: a chief executive's, an economist's or a
    // manager's "we" is their firm's or their team's, almost never the person alone)
    // ("our units", "our fighters": the members of the speaker's side, extract/mentions.ts; a radio
    // or a paper has none of its own, so only the body the text makes it the voice of has them)
    const members = m.end - m.start > 1;
    const side = speaker.type === 'person' ? this.sides.get(speaker.id) : this.voices.get(speaker.id) ?? (members && isMedium(speaker) ? undefined : speaker);
    if (!side) return [];
    // ("Wales coach Mike Ruddock": his "we" is Wales, the side as written, kept for the team a sports
    // report makes of it, resolve/teams.ts; the canonical name is the United Kingdom's)
    const written = stripDeterminer(side.mention ?? '');
    const named = side.type === 'country' && written !== side.name && /^\p{Lu}/u.test(written);
    return [{ ...side, mention: m.text, ...(named ? { aliases: [...new Set([written, ...(side.aliases ?? [])])] } : {}) }];
  }

  /** The two most recent distinct actors of a type that `kind` accepts in reach. */
  private pair(cands: Seen[], kind: RegExp): Actor[] | undefined {
    const out: Actor[] = [];
    for (const x of cands) {
      if (!kind.test(x.actor.type)) continue;
      if (out.some((a) => a.id === x.actor.id)) continue;
      out.push(x.actor);
      if (out.length === 2) return out.reverse();
    }
    return undefined;
  }
}

/** Words of a broadcaster's or a paper's name ("Radio Venceremos", "Canal Doce Television", "El Diario de Hoy"). */
const MEDIUM_WORDS = /^(radio|television|tv|channel|network|newspaper|diario|cadena|broadcasting|magazine)$/i;
const isMedium = (a: Actor): boolean => a.name.split(/\s+/).some((w) => MEDIUM_WORDS.test(w));

/** The mention (key and mention) that covers word b of the sentence, if any. */
function mentionAt(local: Local, b: number | undefined): [number, Mention] | undefined {
  if (b === undefined) return undefined;
  for (const [k, x] of local.mentions) if (b >= x.start && b < x.end) return [k, x];
  return undefined;
}

