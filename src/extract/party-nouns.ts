/**
 * actorgraph/extract/party-nouns — nouns whose referents can be parties to an event: people, bodies
 * and states ("ten soldiers", "rival firms", "many countries"), as against things ("services",
 * "brands", "weapons"). Named examples after such a noun ("including X and Y") are parties too;
 * after a thing's noun they are examples of something else the parser could not reach. Works
 * count with them: their named examples are named works.
 */
import type { Tree } from './tree.js';
import { AGENT_HEADS } from '../lexicon.js';
import { namesPeople } from '../resolve/unnamed-persons.js';

/** Plural or singular heads of bodies and states, beside the people nouns and agent heads. */
const BODIES = /^(compan(y|ies)|firms?|banks?|groups?|countr(y|ies)|nations?|states?|clubs?|teams?|part(y|ies)|operators?|carriers?|airlines?|makers?|manufacturers?|producers?|retailers?|suppliers?|providers?|organi[sz]ations?|agenc(y|ies)|institutions?|unions?|governments?|rivals?|competitors?|broadcasters?|networks?|newspapers?|papers?|publishers?|studios?|labels?|bands?|sides?|allies|ally|neighbou?rs?|members?|investors?|bidders?|buyers?|customers?|clients?|partners?|insurers?|lenders?|brokers?|exchanges?|regulators?|authorit(y|ies)|bodies|body|charit(y|ies)|stars?|players?|artists?|acts?|musicians?|actors?|actresses|directors?)$/;
/** Heads of works, whose named examples are named works ("starred in films including Shirley Valentine"). */
const WORKS = /^(films?|movies?|shows?|programmes?|programs?|series|albums?|songs?|singles?|books?|novels?|plays?|games?|titles?)$/;

/** Does the noun at word x name possible parties (people, bodies, states) or named works? */
export function namesParties(t: Tree, x: number): boolean {
  const w = t.lower(x), l = t.lemma(x).toLowerCase();
  return t.upos(x) === 'PROPN' || BODIES.test(w) || WORKS.test(w) || namesPeople(w) || namesPeople(l) || l in AGENT_HEADS || w in AGENT_HEADS;
}
