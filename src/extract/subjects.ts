/**
 * actorgraph/extract/subjects — the subject of the verb group at chunk k, read leftwards over
 * adverbs, time phrases, bracketed acronyms, asides between commas, appositions, relative
 * pronouns, coordination and PP chains ("the Sudanese government and the rebels in Darfur must").
 */
import type { Token } from '../nlp/wink.js';
import type { Chunk } from './chunks.js';
import type { Mention } from './mentions.js';
import { isNP, word, conjunctsLeft, phraseStart, skipPartitive, holder } from './np-walk.js';

export function findSubjects(chs: Chunk[], tokens: Token[], k: number, mentions: Map<number, Mention>): { subs: number[]; rule: string } | null {
  let j = k - 1;
  for (;;) {
    while (j >= 0 && chs[j].kind === 'ADV') j--;
    // "… on Saturday hosted", "… today praised": time phrases between subject and verb
    if (j >= 0 && isNP(chs[j]) && mentions.get(j)?.kind === 'time') { j -= chs[j - 1]?.kind === 'ADP' ? 2 : 1; continue; }
    // "the Democratic People's Republic of Korea (DPRK) forsake": a parenthesis after the subject
    if (j >= 2 && word(tokens, chs[j]) === ')') {
      let o = j - 1;
      while (o > 0 && word(tokens, chs[o]) !== '(' && j - o < 6) o--;
      if (word(tokens, chs[o]) === '(') { j = o - 1; continue; }
    }
    // "Bashir, following the peace deal, has taken", "US attacks, occurring every three days, have
    // killed": a participle or PP aside between commas after the subject
    if (j >= 3 && word(tokens, chs[j]) === ',') {
      let o = j - 1;
      while (o > 0 && word(tokens, chs[o]) !== ',' && chs[o].kind !== 'VG' && j - o < 8) o--;
      const opener = chs[o + 1];
      if (o > 0 && word(tokens, chs[o]) === ',' && isNP(chs[o - 1]) && o + 1 < j && (opener.kind === 'ADP' || (opener.kind === 'VG' && opener.end - opener.start === 1 && /(ing|ed)$/.test(tokens[opener.start].lower)))) { j = o - 1; continue; }
      if (o > 0 && chs[o].kind === 'VG' && chs[o].end - chs[o].start === 1 && /(ing|ed)$/.test(tokens[chs[o].start].lower) && word(tokens, chs[o - 1]) === ',' && isNP(chs[o - 2])) { j = o - 2; continue; }
    }
    break;
  }
  if (j < 0) return null;
  const c = chs[j];
  if (c.kind === 'REL') {
    let a = j - 1;
    if (a >= 0 && word(tokens, chs[a]) === ',') a--;
    if (!isNP(chs[a])) return null;
    const s = skipPartitive(chs, tokens, phraseStart(chs, tokens, a));
    return { subs: [s], rule: 'relative' };
  }
  if (c.kind === 'CC' && /^(and|but|or)$/.test(word(tokens, c))) return { subs: [], rule: 'shared' };
  if (isNP(c)) {
    if (mentions.get(j)?.kind === 'time') return null;
    let start = phraseStart(chs, tokens, j);
    // "The desire to cause damage to Russia can lead …": walk over the infinitive to its owner
    for (let guard = 0; guard < 6; guard++) {
      if (start >= 2 && chs[start - 1].kind === 'ADP' && isNP(chs[start - 2])) { start = phraseStart(chs, tokens, start - 2); continue; }
      if (start >= 3 && chs[start - 1].kind === 'VG' && chs[start - 2].kind === 'TO' && isNP(chs[start - 3])) { start = phraseStart(chs, tokens, start - 3); continue; }
      break;
    }
    // "the Sudanese government and the rebels in Darfur must …": conjuncts before a PP-modified last
    // subject, when they name actors (a bare "and" before a PP is too often a coordination of clauses)
    if (start !== j) {
      const conj = conjunctsLeft(chs, tokens, start);
      const actors = conj.length > 1 && conj.slice(0, -1).every((x) => mentions.get(x)?.kind === 'actor');
      return { subs: (actors ? conj : [holder(chs, tokens, start, mentions)]).map((x) => skipPartitive(chs, tokens, x)), rule: 'svo' };
    }
    const conj = conjunctsLeft(chs, tokens, j);
    // "the negotiations between the government and the FMLN began": the coordination sits inside a PP
    const outer = phraseStart(chs, tokens, conj[0]);
    if (outer !== conj[0]) return { subs: [skipPartitive(chs, tokens, outer)], rule: 'svo' };
    // Appositive before the verb: "Belousov , the minister of defence , said" → Belousov
    const first = conj[0];
    if (first >= 2 && word(tokens, chs[first - 1]) === ',' && isNP(chs[first - 2]) && conj.length === 1) {
      const before = phraseStart(chs, tokens, first - 2);
      if (before >= 1 && word(tokens, chs[before - 1]) === ',' && isNP(chs[before - 2]) && mentions.get(before - 2)?.kind === 'actor') return { subs: [before - 2], rule: 'svo' };
    }
    return { subs: conj.map((x) => skipPartitive(chs, tokens, x)), rule: 'svo' };
  }
  if (word(tokens, c) === ',' && j >= 2) {
    // "X, the minister of defence, said": skip an appositive enclosed in commas
    let a = j - 1;
    if (!isNP(chs[a])) return null;
    a = phraseStart(chs, tokens, a);
    if (a >= 2 && word(tokens, chs[a - 1]) === ',' && isNP(chs[a - 2]) && mentions.get(a - 2)?.kind === 'actor') return { subs: [a - 2], rule: 'appositive-subject' };
  }
  return null;
}
