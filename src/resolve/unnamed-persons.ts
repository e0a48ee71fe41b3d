/**
 * actorgraph/resolve/unnamed-persons — people the text describes but never names ("a man", "his
 * father", "a spokesman", "a striker"). They are
 * no actors, but they compete for a following "he" or "she": "A man was arrested … He was
 * charged" is about the man, not about the last person named; "a Foreign Office spokesman said he
 * could not comment" is not about the minister named before. When such a person is the most salient candidate, the pronoun stays unresolved: no triple
 * is better than one about the wrong player.
 */
import type { Actor } from '../types.js';
import { DESCRIPTORS, ORG_WORDS, TIME_NOUNS, TITLES } from '../lexicon.js';
import { wordGender } from './gender.js';

/** Nouns for one person that are neither offices nor occupations (those come from the lexicon). */
const PERSON_NOUNS = new Set(`man woman boy girl baby child teenager youngster father mother son daughter wife husband brother
  sister uncle aunt nephew niece grandfather grandmother widow fiancee fiance girlfriend boyfriend victim suspect gunman
  attacker driver passenger patient prisoner pupil student teacher worker employee owner resident neighbour neighbor
  friend colleague rival opponent candidate newcomer veteran stranger person individual civilian peasant guard
  policeman soldier journalist priest villager tourist hostage farmer miner businessman bodyguard
  pilot motorist cyclist shopkeeper intruder hijacker thief robber caller donor buyer customer shopper voter pensioner
  punter gambler bettor`.split(/\s+/));

/**
 * Does a concept stand for one person nobody named: its last word is a person noun, written in the
 * singular ("the man", "his father", "a victim"), or an office or occupation introduced with an
 * indefinite article ("a spokesman said he …", "a striker"). A definite office or occupation is
 * news's way of naming again someone named before ("Drogba … The striker said he …"): no stand-in.
 */
export function isUnnamedPerson(name: string, mention: string): boolean {
  const { head, words } = lastWord(name, mention);
  if (words[words.length - 1] !== head) return false;
  return PERSON_NOUNS.has(head) || (/^(a|an|another|one)$/.test(words[0]) && (DESCRIPTORS.has(head) || TITLES.has(head)));
}

/** People nouns in the plural that name no one ("civilians", "guards"), beside the plurals of the nouns above. */
const PEOPLE_PLURALS = new Set(`people persons civilians children men women peasants members guards soldiers policemen officers
  workers journalists priests villagers residents passengers tourists hostages victims students leaders officials agents
  bodyguards judges businessmen farmers miners troops passersby passers-by bystanders pedestrians
  family families relatives organisers organizers executives`.split(/\s+/));

/** Does a concept name people nobody named, one or many ("a man", "10 union members", "seven guards")? */
export function namesPeople(name: string): boolean {
  const { head } = lastWord(name, name);
  // ("the family said", "his lawyers said", "its chief executive has said": a family speaks as its
  // members do, and an executive is one whose office the titles do not list alone)
  const one = head.replace(/s$/, '');
  return PERSON_NOUNS.has(head) || DESCRIPTORS.has(head) || TITLES.has(head) || PEOPLE_PLURALS.has(head) || head === 'executive'
    || PERSON_NOUNS.has(one) || PERSON_NOUNS.has(head.replace(/men$/, 'man')) || TITLES.has(one) || DESCRIPTORS.has(one);
}

/** Does a concept name a body by its kind, no one named ("army", "the ministry", "authorities")? */
export function namesBody(name: string): boolean {
  const { head } = lastWord(name, name);
  return ORG_WORDS.has(head) || head === 'authorities' || head === 'government';
}

/** The concept's head (its name's last word) and its mention's words, lower case. */
function lastWord(name: string, mention: string): { head: string; words: string[] } {
  return { head: name.toLowerCase().split(/\s+/).pop() ?? '', words: mention.toLowerCase().split(/\s+/) };
}

/** A stand-in actor for an unnamed person (never output: resolve/coreference.ts abstains on it). */
export function unnamedPerson(word: string, sentence: number): Actor {
  return { id: `unnamed:${sentence}:${word}`, name: word, type: 'person', mention: word };
}

export const isStandIn = (a: Actor): boolean => a.id.startsWith('unnamed:');

/**
 * Does a concept stand for one thing, the kind "it" points back at ("Most EU legislation needs
 * the Council's approval before it becomes law"): its last word a singular common noun, neither a
 * person nor a time. Such a subject competes for a following "it" as unnamed people compete for
 * "he": when it wins, no triple (the law does not become the Council).
 */
export function isUnnamedThing(name: string, mention: string): boolean {
  const { head, words } = lastWord(name, mention);
  if (words[words.length - 1] !== head || !/^[a-z-]{3,}$/.test(head)) return false;
  return !/[^s]s$/.test(head) && !PERSON_NOUNS.has(head) && !DESCRIPTORS.has(head) && !TITLES.has(head) && !TIME_NOUNS.has(head);
}

/**
 * Does a concept stand for several people or things, the kind "they" points back at ("householders
 * are prosecuted only if they use force", "immigrants will undergo checks to ensure they …"): its
 * last word a plural common noun, not a time. Such a mention competes for a following "they" as a
 * described thing does for "it": when it wins, no triple (the householders are not the party
 * named before them).
 */
export function isUnnamedPlural(mention: string): boolean {
  const words = mention.toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  if (!/^[a-z-]{3,}$/.test(head) || TIME_NOUNS.has(head)) return false;
  return /[^su]s$/.test(head) || /^(people|men|women|children|police)$/.test(head);
}

/** Gender the noun itself states ("woman", "actress", "spokesman"); unknown otherwise. */
export const standInGender = (word: string) => wordGender(word.split(/\s+/).pop() ?? '') ?? (/ress$/.test(word) ? 'female' as const : undefined);
