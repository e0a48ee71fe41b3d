/**
 * actorgraph/extract/repairs/paired-subjects — "The rebels and Kenya welcomed the talks": the parser
 * sometimes hangs both nouns of a coordinated subject on the verb as two subjects, with "and" on
 * the verb or on the second noun. Every clause reader takes one subject per verb, so the other
 * actor lost the clause (of "Kenya and the rebels met Uganda", the rebels met nobody).
 */
import type { Draft } from './draft.js';
import { below, children, edge } from './draft.js';

/** Words that may stand between two coordinated subjects: commas and "and"/"or". */
const JOINER = /^(,|and|or)$/;

/**
 * Two or more subjects of one verb, one after another with only commas and "and"/"or" between
 * them (the last joined by "and"/"or"), are one coordinated subject: the later ones become
 * conjuncts of the first, and the joiners their "cc"/"punct". A subject set off otherwise (an
 * expletive "it", a clause between) is left as the parser read it.
 */
export function repairPairedSubjects(d: Draft): void {
  const tk = d.tokens;
  for (let v = 0; v < tk.length; v++) {
    const subj = children(d, v).filter((k) => k < v && /^nsubj(:pass)?$/.test(d.rels[k]));
    if (subj.length < 2) continue;
    const rel = d.rels[subj[0]];
    if (subj.some((k) => d.rels[k] !== rel || !/^(NOUN|PROPN)$/.test(tk[k].upos ?? ''))) continue;
    // the words between each subject phrase and the next: joiners only, the last an "and"/"or"
    const gaps: number[][] = [];
    for (let i = 1; i < subj.length; i++) {
      // (the second noun's own words, "the" of "the rebels", are its phrase; the rest is the gap)
      const gap: number[] = [];
      for (let k = edge(d, subj[i - 1], 1) + 1; k < subj[i]; k++) if (!below(d, k, subj[i]) || /^(cc|punct)$/.test(d.rels[k])) gap.push(k);
      gaps.push(gap);
    }
    if (gaps.some((g) => !g.length || g.some((k) => !JOINER.test(tk[k].lower) || (d.heads[k] !== v && !subj.includes(d.heads[k]))))) continue;
    const last = gaps[gaps.length - 1];
    if (!last.some((k) => /^(and|or)$/.test(tk[k].lower))) continue;
    const first = subj[0];
    gaps.forEach((gap, i) => {
      const s = subj[i + 1];
      d.heads[s] = first; d.rels[s] = 'conj';
      for (const k of gap) { d.heads[k] = s; d.rels[k] = tk[k].text === ',' ? 'punct' : 'cc'; }
    });
  }
}
