/**
 * actorgraph/extract/clause-shape — small tests on the chunks around a verb group that decide how a
 * clause reads: does a verb follow this noun phrase, is this participle a reduced relative or a
 * reduced passive with its agent, does an "unless" follow, which verbs deny their clause.
 */
import type { Token } from '../nlp/wink.js';
import type { Chunk } from './chunks.js';
import type { Mention } from './mentions.js';
import { readVerbGroup } from './clause.js';
import { SPEECH_VERBS } from '../lexicon.js';
import { BOUNDARY_PUNCT, isNP, word } from './np-walk.js';

/** Does a verb follow the noun phrase at j and its prepositional phrases ("said the army would …")? */
export function clauseFollows(chs: Chunk[], j: number): boolean {
  let m = j + 1;
  while (chs[m]?.kind === 'ADP' && isNP(chs[m + 1])) m += 2;
  return chs[m]?.kind === 'VG' || chs[m]?.kind === 'ADV' && chs[m + 1]?.kind === 'VG';
}

/** "the policy adapted to the new realities provides": participle + PPs, then straight into the main verb. */
export function reducedRelative(chs: Chunk[], k: number): boolean {
  let j = k + 1;
  if (chs[j]?.kind !== 'ADP') return false;
  while (chs[j]?.kind === 'ADP' && isNP(chs[j + 1])) j += 2;
  return chs[j]?.kind === 'VG';
}

/** Verbs whose "that"-clause their subject holds to be false. */
export const DENY = /^(deny|dismiss|refute|rebut|reject|disprove|contradict)$/;

/** The agent chunk of a reduced passive ("… kidnapped by an ELN cell"), or undefined ("increased by 5%"). */
export function reducedAgent(chs: Chunk[], tokens: Token[], k: number, mentions: Map<number, Mention>): number | undefined {
  const a = k + 2;
  if (word(tokens, chs[k + 1]) !== 'by' || !isNP(chs[a]) || mentions.get(a)?.kind === 'time') return undefined;
  if (tokens[chs[a].start].pos === 'NUM' || /^(half|percent|%|third|quarter|margin|far|way|default|chance|accident|mistake|hand|phone|telephone|mail|email|law|night|day)$/.test(tokens[chs[a].head].lower)) return undefined;
  return a;
}

/** Does an "unless" open the next clause after the verb group at k ("… unless Baghdad accepts")? */
export function unlessFollows(chs: Chunk[], tokens: Token[], k: number): boolean {
  for (let m = k + 1; m < chs.length; m++) {
    if (chs[m].kind === 'SCONJ') return word(tokens, chs[m]) === 'unless';
    if (chs[m].kind === 'VG' || chs[m].kind === 'REL') return false;
  }
  return false;
}

/**
 * "opened its borders to West Africans ordered out of Nigeria": a participle and PP after a noun
 * phrase that is already the object (or in a PP) of a verb in the same clause modifies it; the
 * Africans ordered nobody. Reported speech is left alone ("said talks with the rebels ended in …").
 */
export function afterObject(chs: Chunk[], tokens: Token[], k: number): boolean {
  if (chs[k + 1]?.kind !== 'ADP' && !(chs[k + 1]?.kind === 'ADV' && chs[k + 2]?.kind === 'ADP')) return false;
  for (let m = k - 2; m >= 0; m--) {
    const c = chs[m];
    if (c.kind === 'SCONJ' || c.kind === 'REL' || c.kind === 'CC' || c.kind === 'TO' || (c.kind === 'PUNCT' && BOUNDARY_PUNCT.test(tokens[c.start].text))) return false;
    if (c.kind === 'VG') { const v = readVerbGroup(tokens, c.start, c.end); return !SPEECH_VERBS.has(v.lemma) && !v.copula; }
  }
  return false;
}
