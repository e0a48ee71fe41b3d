/**
 * actorgraph/extract/nominal — relations carried by nouns (RelNoun, Pal & Mausam 2016):
 *
 *   "military cooperation between the two countries"       A –cooperate with→ B
 *   "the preparation of an agreement between A and B"       A –prepare→ agreement, A –agreement with→ B
 *   "Russian aggression against Ukraine"                    RUS –aggression against→ UKR
 *   "the involvement of Western countries in conflict"      WEST –involved in→ conflict
 *   "Belarus as a participant in the Union State"           BLR –participant in→ UNION_STATE
 *   "Belousov, the Minister of Defense of Russia,"          Belousov –minister of→ RUS
 */
import type { Token } from '../nlp/wink.js';
import type { Chunk } from './chunks.js';
import type { Mention } from './mentions.js';
import { RELATIONAL_NOUNS, ACTION_NOUNS, ROLE_NOUNS, TITLES } from './lexicon.js';

export interface NominalCandidate {
  subjects: number[];
  objects: number[];
  label: string;
  lemma: string;
  rule: string;
  /** Owner of the noun is a mention's `owner`, not a chunk: "Russian aggression". */
  ownerOf?: number;
  /** Object is a concept named by this text rather than a chunk's mention. */
  objectConcept?: { name: string; chunk: number };
}

const w = (tokens: Token[], c?: Chunk) => (c ? tokens[c.start].lower : '');
const isNP = (c?: Chunk) => c?.kind === 'NP';

/** "between A and B" starting at chunk j (the ADP). Returns the conjunct chunk indices. */
function between(chs: Chunk[], tokens: Token[], j: number): number[] | null {
  if (w(tokens, chs[j]) !== 'between' || !isNP(chs[j + 1])) return null;
  if (chs[j + 2]?.kind === 'CC' && w(tokens, chs[j + 2]) === 'and' && isNP(chs[j + 3])) return [j + 1, j + 3];
  return [j + 1]; // "between the two countries": a pair mention, expanded later
}

export function findNominals(tokens: Token[], chs: Chunk[], mentions: Map<number, Mention>): NominalCandidate[] {
  const out: NominalCandidate[] = [];
  for (let k = 0; k < chs.length; k++) {
    const c = chs[k];
    if (!isNP(c)) continue;
    const head = tokens[c.head].lower;
    const rel = RELATIONAL_NOUNS[head];
    // "the preparation of an agreement between A and B"
    const action = ACTION_NOUNS[head];
    if (action && w(tokens, chs[k + 1]) === 'of' && isNP(chs[k + 2])) {
      const agents = between(chs, tokens, k + 3);
      if (agents) out.push({ subjects: agents, objects: [k + 2], label: action, lemma: action, rule: 'nominal:action-between' });
    }
    if (rel) {
      // "cooperation between the two countries"
      const pair = between(chs, tokens, k + 1);
      if (pair) out.push({ subjects: [pair[0]], objects: pair.length > 1 ? [pair[1]] : [pair[0]], label: rel.label, lemma: rel.lemma, rule: 'nominal:between' });
      // "Russian aggression against Ukraine", "Russia's involvement in Syria"
      const m = mentions.get(k);
      if (m?.owner && chs[k + 1]?.kind === 'ADP' && isNP(chs[k + 2]) && !pair) {
        out.push({ subjects: [], objects: [k + 2], label: rel.label, lemma: rel.lemma, rule: 'nominal:owner', ownerOf: k });
      }
      // "the involvement of Western countries in conflict in Ukraine"
      if (w(tokens, chs[k + 1]) === 'of' && isNP(chs[k + 2]) && mentions.get(k + 2)?.kind === 'actor' && chs[k + 3]?.kind === 'ADP' && isNP(chs[k + 4]) && w(tokens, chs[k + 3]) !== 'of') {
        const prep = w(tokens, chs[k + 3]);
        const label = rel.label.split(' ').length > 1 ? rel.label.replace(/ \w+$/, ` ${prep}`) : `${rel.label} ${prep}`;
        let obj = k + 4;
        // "in conflict in Ukraine": the place names what the concept is about
        const concept = mentions.get(obj)?.kind === 'concept' && w(tokens, chs[obj + 1]) === 'in' && mentions.get(obj + 2)?.kind === 'actor'
          ? { name: `${mentions.get(obj)!.concept} in ${mentions.get(obj + 2)!.actor!.name}`, chunk: obj } : undefined;
        out.push({ subjects: [k + 2], objects: [obj], label, lemma: rel.lemma, rule: 'nominal:of-prep', objectConcept: concept });
        void obj;
      }
    }
    // "Belarus as a participant in the Union State"
    if (w(tokens, chs[k + 1]) === 'as' && isNP(chs[k + 2]) && ROLE_NOUNS.has(tokens[chs[k + 2].head].lower)
      && /^(in|of)$/.test(w(tokens, chs[k + 3])) && isNP(chs[k + 4]) && mentions.get(k)?.kind === 'actor') {
      out.push({ subjects: [k], objects: [k + 4], label: `${tokens[chs[k + 2].head].lower} ${w(tokens, chs[k + 3])}`, lemma: tokens[chs[k + 2].head].lemma, rule: 'nominal:as-role' });
    }
    // "Belousov, the Minister of Defense of the Russian Federation," (appositive with title)
    if (mentions.get(k)?.actor?.type === 'person' && w(tokens, chs[k + 1]) === ',' && isNP(chs[k + 2]) && TITLES.has(tokens[chs[k + 2].head].lower)) {
      let j = k + 2;
      while (w(tokens, chs[j + 1]) === 'of' && isNP(chs[j + 2])) {
        j += 2;
        if (mentions.get(j)?.kind === 'actor') { out.push({ subjects: [k], objects: [j], label: `${tokens[chs[k + 2].head].lower} of`, lemma: tokens[chs[k + 2].head].lemma, rule: 'nominal:appositive-title' }); break; }
      }
    }
  }
  return out;
}

/**
 * Title chains before a name: "the Minister of Defense of the Russian Federation Andrei Belousov".
 * Returns, for the chunk holding the name, the title and the chunk of the actor it serves, and the
 * chunk where the chain starts (so the mention covers the whole phrase).
 */
export interface TitleChain { title: string; of?: number; from: number; to: number; roleOnly?: boolean }

export function titleChains(tokens: Token[], chs: Chunk[], mentions: Map<number, Mention>): Map<number, TitleChain> {
  const out = new Map<number, TitleChain>();
  for (let k = 0; k < chs.length; k++) {
    // ("US Secretary of State Colin Powell": a nationality before the title may stay in the chain)
    const names = chs[k].names ?? [];
    if (!isNP(chs[k]) || !TITLES.has(tokens[chs[k].head].lower) || names.some(([, e]) => e > chs[k].head)) continue;
    let j = k, of: number | undefined, named = false;
    while (w(tokens, chs[j + 1]) === 'of' && isNP(chs[j + 2])) {
      j += 2;
      const m = mentions.get(j);
      if (m?.actor?.type === 'person') { out.set(j, { title: tokens[chs[k].head].lower, of, from: k, to: j }); named = true; break; }
      if (m?.kind === 'actor') of = j;
    }
    // "the president of Armenia": an office without a name is an actor of its own (ARM president)
    if (!named && of !== undefined) out.set(k, { title: tokens[chs[k].head].lower, of, from: k, to: of, roleOnly: true });
  }
  return out;
}
