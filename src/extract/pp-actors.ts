/**
 * actorgraph/extract/pp-actors — actors reached through the prepositional phrases after a verb
 * or its object (ClausIE's SVA/SVOA): "opened an embassy in Tehran", "use weapons in response to
 * aggression against Belarus", "blew up lines leading into Kabul".
 */
import type { Token } from '../nlp/wink.js';
import type { Chunk } from './chunks.js';
import type { Mention } from './mentions.js';
import { RELATIONAL_NOUNS, ACTION_NOUNS } from '../lexicon.js';
import { BOUNDARY_PUNCT, CONDITIONS, isNP, word } from './np-walk.js';

/** Nouns that name a kind of place: "the town of X" is X. */
export const PLACE_CLASS = /^(city|town|village|province|region|state|district|capital|port|island|area|county|municipality|republic)$/;

/** Actor noun phrases in the prepositional phrases that follow, up to the clause's end. */
export function ppActors(chs: Chunk[], tokens: Token[], j: number, mentions: Map<number, Mention>): Array<{ k: number; prep: string }> {
  const out: Array<{ k: number; prep: string }> = [];
  let chain = ''; // the prepositions and nouns passed since the first PP: "in response to"
  let participle = ''; // "lines leading into Kabul": a reduced relative carries the chain on
  for (let n = 0; j < chs.length && n < 8; n++) {
    const c = chs[j];
    if (c.kind === 'VG' && c.end - c.start === 1 && /(ed|ing)$/.test(tokens[c.start].lower) && isNP(chs[j - 1]) && chs[j + 1]?.kind === 'ADP' && !participle) {
      participle = `${tokens[chs[j - 1].head].lower} ${tokens[c.start].lower} `;
      j++;
      continue;
    }
    if (c.kind === 'VG' || c.kind === 'SCONJ' || c.kind === 'REL' || c.kind === 'CC' || (c.kind === 'PUNCT' && BOUNDARY_PUNCT.test(tokens[c.start].text))) break;
    if (c.kind === 'ADP') {
      // A PP after a relational or deverbal noun belongs to that noun, not to the verb: "use weapons
      // in response to aggression against B" does not use them against B. Inside a chain of PPs the
      // relation keeps the chain ("use in response to aggression against" → B); right after the
      // object, "between" is left to the reciprocal and nominal rules ("cooperation between A and B").
      const owned = relationalNoun(chs, tokens, j - 1, mentions);
      if (owned && !chain && word(tokens, c) === 'between') break;
      const prevNoun = isNP(chs[j - 1]) && chain ? `${tokens[chs[j - 1].head].lower} ` : '';
      const lead = owned && chain ? `${chain} ${prevNoun}` : '';
      let e = j, prep: string;
      if (participle) { prep = `${chain ? `${chain} ` : ''}${participle}${word(tokens, c)}`; chain = prep; participle = ''; }
      else { prep = `${lead}${word(tokens, c)}`; chain = chain ? `${chain} ${prevNoun}${word(tokens, c)}` : word(tokens, c); }
      // "hand over to Great Britain"
      while (chs[e + 1]?.kind === 'ADP') { e++; prep += ` ${word(tokens, chs[e])}`; }
      const kind = mentions.get(e + 1)?.kind;
      const usable = !/^(of|by|as|like|than|since|despite)$/.test(prep) && !CONDITIONS.test(prep);
      if (isNP(chs[e + 1]) && (kind === 'actor' || kind === 'pair' || kind === 'generic') && usable) out.push({ k: e + 1, prep });
      // "hacked into the computers of Korean officers": an actor owning the PP's noun is reached too
      else if (usable && kind === 'concept' && word(tokens, chs[e + 2]) === 'of' && mentions.get(e + 3)?.kind === 'actor') {
        // ("in the city of Tulkarm" names the place itself: the plain preposition reaches it)
        const noun = tokens[chs[e + 1].head].lemma.toLowerCase();
        out.push({ k: e + 3, prep: PLACE_CLASS.test(noun) ? prep : `${prep} ${noun} of` });
        j = e + 3;
      }
      j = Math.max(j, e + 1);
      continue;
    }
    j++;
  }
  return out;
}

/** Is chunk k a concept whose head is a relational or deverbal noun (aggression, cooperation, preparation)? */
export function relationalNoun(chs: Chunk[], tokens: Token[], k: number, mentions: Map<number, Mention>): boolean {
  if (!isNP(chs[k]) || mentions.get(k)?.kind !== 'concept') return false;
  const head = tokens[chs[k].head].lower;
  return head in RELATIONAL_NOUNS || head in ACTION_NOUNS;
}
