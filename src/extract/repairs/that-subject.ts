/**
 * actorgraph/extract/repairs/that-subject — "the army said that the rebels set fire to a car":
 * in capitals or with a verb whose past and participle are one form, the parser can read "that" as
 * the speech verb's object, the clause's subject as the object of "that" and the clause's verb as a
 * participle hung on that noun ("the rebels [who were] set …"). A complementiser takes no object;
 * a participle with an object of its own is no passive modifier of the noun before it. So the verb
 * is the clause the speech verb takes, the noun its subject and "that" its marker; with a subject
 * and no auxiliary the participle form is a past tense.
 */
import type { Draft } from './draft.js';
import { children, xposOf } from './draft.js';

const NOMINAL = /^(NOUN|PROPN|PRON)$/;

export function repairThatSubjectParticiple(d: Draft): void {
  const tk = d.tokens;
  for (let w = 1; w + 2 < tk.length; w++) {
    if (tk[w].lower !== 'that' || tk[w].upos !== 'SCONJ' || !/^(obj|dep)$/.test(d.rels[w])) continue;
    const v = d.heads[w];
    if (v < 0 || v > w || tk[v].upos !== 'VERB' || children(d, v).some((k) => d.rels[k] === 'ccomp')) continue;
    const n = children(d, w).find((k) => k > w && NOMINAL.test(tk[k].upos ?? '') && /^(obj|nsubj|dep|nmod)$/.test(d.rels[k]));
    if (n === undefined) continue;
    const x = children(d, n).find((k) => k > n && d.rels[k] === 'acl' && tk[k].upos === 'VERB' && /^VB[ND]$/.test(xposOf(d, k)));
    if (x === undefined) continue;
    const xk = children(d, x);
    // (an object of its own: "the men arrested by police" is a true modifier, and has none)
    if (!xk.some((k) => k > x && d.rels[k] === 'obj') || xk.some((k) => /^(aux|nsubj|mark)/.test(d.rels[k]))) continue;
    d.heads[x] = v; d.rels[x] = 'ccomp';
    d.heads[n] = x; d.rels[n] = 'nsubj';
    d.heads[w] = x; d.rels[w] = 'mark';
    if (xposOf(d, x) === 'VBN') d.pastTense.add(x);
  }
}
