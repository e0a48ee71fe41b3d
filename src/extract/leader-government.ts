/**
 * actorgraph/extract/leader-government — a government named by its leader or its party: "the Bush
 * administration", "President Cristiani's government", "the Blair government", "the Labour
 * government", "the ARENA government". Each is that country's government, the country actor (as
 * "the US government" is, mentions.ts STATE_HEADS), where the leader's or the party's country is
 * known: the leader through the document's full name and the persons list, the party through the
 * gazetteer. Not a government of an unknown name ("the Smith government" of a club stays a concept).
 */
import type { Token } from '../nlp/wink.js';
import type { Actor } from '../types.js';
import type { Mention } from './mentions.js';
import { countryActor, gazetteer, isListedParty } from '../resolve/gazetteer.js';
import { personCountry } from '../resolve/persons.js';
import { displayCase, slug } from '../resolve/names.js';
import { isCommonWord } from './name-kind.js';

/** Nouns of a government that a leader's or a party's name may come before. */
const GOVERNMENT = /^(government|administration|regime|cabinet|junta)$/;
/** Words of a government's politics or standing, before "government" as often as a leader's name. */
const POLITICS = /^(republican|democratic|democrat|conservative|liberal|socialist|communist|labour|labor|military|civilian|transitional|interim|provisional|national|federal|provincial|regional|municipal|revolutionary|sandinist|sandinista|marxist|fascist|puppet|coalition|unity|caretaker|central|local|state)$/;
/** Titles of a head of government before the name ("President Cristiani's government"). */
const LEADER_TITLE = /^(president|premier|chancellor|prime|minister|general|gen\.?)$/;

/**
 * The country whose government the concept mention `m` is, or undefined. `canonical`: the
 * document's reading of a person's name ("Bush" → George Bush, with his country when known).
 */
export function leaderGovernment(tokens: Token[], m: Mention, canonical: (a: Actor) => Actor, caseless = false): Actor | undefined {
  const head = tokens[m.end - 1];
  if (!head || !GOVERNMENT.test(head.lower)) return undefined;
  let a = m.start;
  if (/^(the|a)$/.test(tokens[a]?.lower ?? '')) a++;
  let b = m.end - 1;
  if (/^'s?$/.test(tokens[b - 1]?.lower ?? '')) b--;
  const words = tokens.slice(a, b);
  // (in wire copy an unknown name is lower case: "THE CRISTIANI GOVERNMENT" reads "the cristiani government")
  if (!words.length || words.length > 4 || !words.every((t) => (caseless || /^[A-Z]/.test(t.text)) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ'))) return undefined;
  // (nor a common noun before it: "the military government", "the transition government")
  if (caseless && words.some((t) => !/^[A-Z]/.test(t.text) && isCommonWord(t.lower))) return undefined;
  const g = gazetteer();
  const name = words.map((t) => (caseless ? displayCase(t.text) : t.text)).join(' ');
  // a party's government ("the Labour government") is its country's
  const party = g.entries.get(name.toLowerCase());
  // ("the Labour government" is the one in office; "a Labour government" the party in power, mentions.ts)
  if (party) return party.type === 'organization' && party.country && tokens[m.start]?.lower === 'the' && isListedParty(g, party.id) ? countryActor(g, party.country, m.text) : undefined;
  // (no other listed name: "the republican administration" is no leader's)
  if (words.some((t) => g.entries.has(t.lower))) return undefined;
  // a leader's ("the Bush administration", "President Cristiani's government")
  const titled = LEADER_TITLE.test(words[0].lower);
  const person = titled ? words.slice(words[0].lower === 'prime' ? 2 : 1) : words;
  // (a lone word that is an English word, or a word of a government's politics, is no surname to
  // look up: "the republican administration" matched a stray name in the persons list)
  if (!person.length || (person.length === 1 && !titled && (isCommonWord(person[0].lower) || POLITICS.test(person[0].lower)))) return undefined;
  const nm = person.map((t) => (caseless ? displayCase(t.text) : t.text)).join(' ');
  // (the document's full name when it gave one; a lone surname it never introduced stays as written)
  const p = canonical({ id: slug(nm), name: nm, type: 'person', mention: nm });
  const full = p.type === 'person' ? p.name : nm;
  // (the government noun is as good as a title: a lone surname may be looked up, and a head of
  // government is one under the titles the persons list files leaders by: "President Bush")
  const code = (p.type === 'person' ? p.country : undefined) ?? personCountry(full, true)
    ?? (person.length === 1 ? personCountry(`president ${full}`) ?? personCountry(`prime minister ${full}`) : undefined);
  return code ? countryActor(g, code, m.text) : undefined;
}
