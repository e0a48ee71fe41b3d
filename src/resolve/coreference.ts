/**
 * actorgraph/resolve/coreference — coreference on a budget (see docs/techniques): a pronoun or
 * definite description refers to the most recent compatible actor within a few sentences;
 * surname-only mentions join the full name seen anywhere in the document; "the two countries"
 * is the pair just named; "the alliance" is NATO when NATO is in context. When nothing
 * compatible is in reach, refuse: a missing triple costs less than a wrong one.
 */
import type { Actor } from '../types.js';
import type { Mention } from '../extract/mentions.js';
import { gazetteer } from './gazetteer.js';
import { acronymsOf, nameKey, shortWordsOf } from './names.js';

interface Seen { actor: Actor; sentence: number; subject: boolean }

export class DocContext {
  private recent: Seen[] = [];
  /** surname (lower case) → the full-name person actor, from a first pass over the document */
  private persons = new Map<string, Actor>();
  /** short form ("acr:RSF", "word:lufthansa", "name:rapid support forces") → the body; null when two bodies share it */
  private bodies = new Map<string, Actor | null>();
  constructor(readonly window: number) {}

  /** First pass: remember every multi-word person name so "Belousov" joins "Andrei Belousov" (and bodies: registerBody). */
  registerPerson(a: Actor): void {
    if (a.type === 'organization' || a.type === 'group') this.registerBody(a);
    if (a.type !== 'person') return;
    const words = a.name.split(/\s+/);
    if (words.length < 2) return;
    const key = words[words.length - 1].toLowerCase();
    const prev = this.persons.get(key);
    if (!prev || (prev.country === undefined && a.country)) this.persons.set(key, { ...a });
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
    for (const w of shortWordsOf(a.name)) put(`word:${w}`);
    put(`name:${nameKey(a.name)}`);
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

  /** The full-name person whose surname this single word is ("Belousov" in a headline). */
  personBySurname(word: string, mention: string): Actor | undefined {
    const p = /^\S+$/.test(word) ? this.persons.get(word.toLowerCase()) : undefined;
    return p ? { ...p, mention } : undefined;
  }

  /** Canonical form of an actor found in this document (single surnames joined to the full name). */
  canonical(a: Actor): Actor {
    // ("Jackson" is also a city: in a document that names Michael Jackson, the surname wins)
    if ((a.type === 'person' || a.type === 'organization' || a.type === 'location') && !/\s/.test(a.name)) {
      const p = this.persons.get(a.name.toLowerCase());
      if (p) return { ...p, mention: a.mention, country: a.type === 'location' ? p.country : a.country ?? p.country };
    }
    if (a.type === 'person') {
      const words = a.name.split(/\s+/);
      const p = this.persons.get(words[words.length - 1].toLowerCase());
      if (p && p.name.endsWith(a.name)) return { ...p, mention: a.mention, country: a.country ?? p.country };
    }
    return this.bodyByShortForm(a) ?? a;
  }

  /** Record an actor mention in sentence s (after canonicalisation). */
  see(a: Actor, s: number, subject = false): void {
    this.recent.push({ actor: a, sentence: s, subject });
    if (this.recent.length > 64) this.recent.shift();
  }

  private within(s: number): Seen[] {
    return this.recent.filter((x) => s - x.sentence <= this.window).reverse();
  }

  /** Resolves a pronoun, definite description or pair; [] when nothing compatible is in reach. */
  resolve(m: Mention, s: number, speaker?: Actor): Actor[] {
    const ref = m.ref;
    if (!ref) return [];
    const cands = this.within(s);
    const pick = (f: (a: Actor) => boolean) => cands.find((x) => f(x.actor))?.actor;
    const withMention = (a: Actor | undefined) => (a ? [{ ...a, mention: m.text }] : []);
    switch (ref.want) {
      case 'person': {
        const persons = cands.filter((x) => x.actor.type === 'person' && !/\b(officials|leaders)\b/.test(x.actor.name));
        // "Merkel criticised him": an object pronoun is not the subject of its own sentence.
        const objectCase = /^(him|her)$/.test(ref.word);
        const first = persons.find((x) => !objectCase || x.sentence < s || persons.filter((y) => y.sentence === s).length > 1);
        return withMention(first?.actor);
      }
      // "it"/"they" follow the subject of the previous or current sentence (centering); a bare
      // recent mention elsewhere in the clause is too weak a cue to risk a wrong edge.
      case 'thing': return withMention(cands.find((x) => x.subject && s - x.sentence <= 1 && (x.actor.type === 'country' || x.actor.type === 'organization'))?.actor);
      case 'country': return withMention(pick((a) => a.type === 'country'));
      case 'first': {
        // "we" inside a quote speaks for the speaker's country or organisation
        if (!speaker) return [];
        // "I", "me", "my" are the speaker in person, never a country
        if (/^(i|me|my|mine)$/.test(ref.word)) return speaker.type === 'person' ? [{ ...speaker, mention: m.text }] : [];
        const g = gazetteer();
        const c = speaker.type === 'person' || speaker.type === 'group' ? speaker.country : speaker.id;
        const e = c ? g.actors.get(c) : undefined;
        return e ? [{ id: e.id, name: e.name, type: e.type, mention: m.text, ...(e.country ? { country: e.country } : {}) }] : [];
      }
      case 'plural': {
        const g = cands.find((x) => x.subject && s - x.sentence <= 1 && (x.actor.type === 'group' || (x.actor.type === 'organization' && /s$/.test(x.actor.name))))?.actor;
        return withMention(g);
      }
      case 'pair': return (this.pair(cands) ?? []).map((a) => ({ ...a, mention: m.text }));
      case 'organization': {
        const ids = gazetteer().generic.get(ref.word);
        if (ids) return withMention(pick((a) => ids.includes(a.id)) ?? this.recent.slice().reverse().find((x) => ids.includes(x.actor.id))?.actor);
        return withMention(pick((a) => a.type === 'organization'));
      }
    }
    return [];
  }

  /** The two most recent distinct countries (or actors of one type) in reach. */
  private pair(cands: Seen[]): Actor[] | undefined {
    const out: Actor[] = [];
    for (const x of cands) {
      if (x.actor.type !== 'country' && x.actor.type !== 'organization') continue;
      if (out.some((a) => a.id === x.actor.id)) continue;
      out.push(x.actor);
      if (out.length === 2) return out.reverse();
    }
    return undefined;
  }
}
