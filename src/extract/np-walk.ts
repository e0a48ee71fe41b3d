/**
 * actorgraph/extract/np-walk — moving over the chunk sequence of a sentence: conjuncts of a
 * coordinated noun phrase, the start and end of a noun phrase with its "of" attachments,
 * partitive heads, and the prepositional arguments after an object. Shared by the clause rules.
 */
import type { Token } from '../nlp/wink.js';
import type { Chunk } from './chunks.js';
import type { Mention } from './mentions.js';
import { PARTITIVES } from '../lexicon.js';
export const BOUNDARY_PUNCT = /^[,;:"()\[\]-]$|^--$/;
export const PP_PREPS = /^(of|in|from|for|with|on|at|since|among|about|over|into|under|between|against|near|across|during)$/;

/** Conjunctions the tagger may read as prepositions; they open a clause, not a PP ("retaliate unless India …"). */
export const CONDITIONS = /^(unless|if|whether)$/;

export const isNP = (c?: Chunk) => c?.kind === 'NP';
export const word = (tokens: Token[], c?: Chunk) => (c ? tokens[c.start].lower : '');

/** Conjuncts of a coordinated noun phrase ending at chunk j: "Russia , Belarus and Kazakhstan". */
export function conjunctsLeft(chs: Chunk[], tokens: Token[], j: number): number[] {
  const out = [j];
  let k = j;
  while (k >= 2 && chs[k - 1].kind === 'CC' && /^(and|or)$/.test(word(tokens, chs[k - 1])) && isNP(chs[k - 2])) {
    out.unshift(k - 2);
    k -= 2;
    while (k >= 2 && word(tokens, chs[k - 1]) === ',' && isNP(chs[k - 2])) { out.unshift(k - 2); k -= 2; }
  }
  return out;
}

export function conjunctsRight(chs: Chunk[], tokens: Token[], j: number): { list: number[]; end: number } {
  const out = [j];
  let k = j;
  for (;;) {
    // "A, B and C": a comma continues the list only if another comma or a conjunction follows the next item
    if (k + 2 < chs.length && word(tokens, chs[k + 1]) === ',' && isNP(chs[k + 2]) && (chs[k + 3]?.kind === 'CC' || word(tokens, chs[k + 3]) === ',')) { out.push(k + 2); k += 2; continue; }
    if (k + 2 < chs.length && chs[k + 1].kind === 'CC' && /^(and|or)$/.test(word(tokens, chs[k + 1])) && isNP(chs[k + 2]) && chs[k + 3]?.kind !== 'VG') { out.push(k + 2); k += 2; continue; }
    break;
  }
  return { list: out, end: k };
}

/** Walks left from a noun phrase over "NP of NP in NP" and reduced relatives to the phrase start. */
export function phraseStart(chs: Chunk[], tokens: Token[], j: number): number {
  for (;;) {
    if (j >= 2 && (chs[j - 1].kind === 'ADP' || chs[j - 1].kind === 'SCONJ') && PP_PREPS.test(word(tokens, chs[j - 1])) && isNP(chs[j - 2])) { j -= 2; continue; }
    // "the Nationalist Republican Alliance (ARENA) in El Salvador": a bracketed acronym before the PP
    if (j >= 5 && chs[j - 1].kind === 'ADP' && PP_PREPS.test(word(tokens, chs[j - 1])) && word(tokens, chs[j - 2]) === ')' && isNP(chs[j - 3]) && word(tokens, chs[j - 4]) === '(' && isNP(chs[j - 5])) { j -= 5; continue; }
    // "the Ministry of Defense of Russia and Belarus": a coordination inside an "of" phrase
    if (j >= 3 && chs[j - 1].kind === 'CC' && isNP(chs[j - 2]) && word(tokens, chs[j - 3]) === 'of') { j -= 2; continue; }
    // "The Moscow policy adapted to the new realities": participle + PP modifying the NP
    if (j >= 3 && chs[j - 1].kind === 'ADP' && chs[j - 2].kind === 'VG' && chs[j - 2].end - chs[j - 2].start === 1 && /(ed|ing)$/.test(tokens[chs[j - 2].head].lower) && isNP(chs[j - 3])) { j -= 3; continue; }
    // "Washington along with its allies", "Russia together with Belarus"
    // (the tagger reads "along" as an adverb or as a preposition)
    if (j >= 3 && chs[j - 1].kind === 'ADP' && (chs[j - 2].kind === 'ADV' || chs[j - 2].kind === 'ADP') && /^(along|together)$/.test(word(tokens, chs[j - 2])) && isNP(chs[j - 3])) { j -= 3; continue; }
    return j;
  }
}

/** Partitive heads hand over to the NP after "of": "a series of the largest exercises" → exercises. */
export function skipPartitive(chs: Chunk[], tokens: Token[], j: number): number {
  for (;;) {
    if (isNP(chs[j]) && PARTITIVES.has(tokens[chs[j].head].lower) && word(tokens, chs[j + 1]) === 'of' && isNP(chs[j + 2])) { j += 2; continue; }
    // "all its troops", "both their leaders": a lone quantifier before a possessive phrase
    if (isNP(chs[j]) && chs[j].end - chs[j].start === 1 && /^(all|both|half)$/.test(tokens[chs[j].start].lower) && isNP(chs[j + 1])
      && /^(its|their|his|her|our|the|these|those)$/.test(tokens[chs[j + 1].start].lower)) { j += 1; continue; }
    // "more than 100 Palestinians", "fewer than ten soldiers"
    if (isNP(chs[j]) && /^(more|less|fewer)$/.test(tokens[chs[j].head].lower) && word(tokens, chs[j + 1]) === 'than' && isNP(chs[j + 2])) { j += 2; continue; }
    return j;
  }
}

/** End of the NP phrase that starts at j, following "of" attachments ("all of its powers"). */
export function phraseEnd(chs: Chunk[], tokens: Token[], j: number): number {
  while (word(tokens, chs[j + 1]) === 'of' && isNP(chs[j + 2])) j += 2;
  return j;
}

export function spanOf(chs: Chunk[], list: number[]): [number, number] | null {
  if (!list.length) return null;
  return [chs[list[0]].start, chs[list[list.length - 1]].end];
}

/** Prepositional arguments after the object: "in response to aggression against Belarus". */
export function collectArgs(chs: Chunk[], tokens: Token[], j: number, args: Array<[number, number]>): void {
  while (j < chs.length) {
    const c = chs[j];
    if (c.kind === 'ADV') { j++; continue; }
    // "out of the competition", "because of the war": a two-word preposition
    if (c.kind === 'ADP' && chs[j + 1]?.kind === 'ADP' && isNP(chs[j + 2])) {
      let e = j + 2;
      while (chs[e + 1]?.kind === 'ADP' && /^(of|to|against|for)$/.test(word(tokens, chs[e + 1])) && isNP(chs[e + 2])) e += 2;
      args.push([c.start, chs[e].end]);
      j = e + 1;
      continue;
    }
    if (c.kind === 'ADP' && isNP(chs[j + 1])) {
      let e = j + 1;
      // keep chains of "of"/"to"/"against" inside one argument: "in response to aggression against Belarus"
      while (chs[e + 1]?.kind === 'ADP' && /^(of|to|against|for)$/.test(word(tokens, chs[e + 1])) && isNP(chs[e + 2])) e += 2;
      args.push([c.start, chs[e].end]);
      j = e + 1;
      continue;
    }
    if (c.kind === 'VG' || c.kind === 'SCONJ' || c.kind === 'REL' || (c.kind === 'PUNCT' && BOUNDARY_PUNCT.test(tokens[c.start].text))) return;
    if (isNP(c) && args.length === 0) { args.push([c.start, c.end]); j++; continue; }
    return;
  }
}

/**
 * The chunk that holds the mention starting at chunk k. A title chain ("the US Secretary of State
 * Colin Powell") is one mention kept on its last chunk, the person's; the chunks before it read none.
 */
export function holder(chs: Chunk[], tokens: Token[], k: number, mentions: Map<number, Mention>): number {
  if (mentions.get(k)?.kind !== 'none') return k;
  for (let j = k + 2; j < chs.length && j <= k + 8; j += 2) {
    if (word(tokens, chs[j - 1]) !== 'of' || !isNP(chs[j])) break;
    const m = mentions.get(j);
    if (m && m.kind !== 'none' && m.start <= chs[k].start) return j;
  }
  return k;
}
