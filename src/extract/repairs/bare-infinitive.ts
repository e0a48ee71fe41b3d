/**
 * actorgraph/extract/repairs/bare-infinitive — "is interested in letting Russian companies develop
 * the fields", "helped the rebels seize the town": after a verb of letting, making, helping or
 * perceiving, an object and a bare infinitive are one complement, the object doing what the
 * infinitive says (as "allowed them to develop"). The parser often hangs the infinitive, a base
 * form it cannot tell from a present tense, on a verb higher up as parataxis or a conjunct with no
 * subject; so the object's clause was read with no scope ("develop" asserted, not permitted).
 */
import type { Draft } from './draft.js';
import { below, children, edge, xposOf } from './draft.js';
import { isNominal } from '../tree.js';

/** Verbs that take an object and a bare infinitive ("let them go", "made him resign", "saw them leave"). */
const BARE_CONTROL = /^(let|make|help|see|watch|hear|notice)$/;

export function repairBareInfinitive(d: Draft): void {
  const tk = d.tokens;
  for (let n = 1; n + 1 < tk.length; n++) {
    const v = d.heads[n];
    if (v < 0 || v > n || d.rels[n] !== 'obj' || !isNominal(tk[n].upos ?? '') || tk[v].upos !== 'VERB' || !BARE_CONTROL.test((tk[v].lemma ?? '').toLowerCase())) continue;
    // the base form right after the object's phrase, with no subject, auxiliary, marker or "and" of its own
    const w = edge(d, n, 1) + 1;
    if (w >= tk.length || tk[w].upos !== 'VERB' || !/^(VB|VBP)$/.test(xposOf(d, w))) continue;
    // (an xcomp of a verb higher up too: "trying to help the players develop their game")
    if (!/^(parataxis|conj|dep|ccomp|advcl|xcomp)$/.test(d.rels[w]) || (d.rels[w] === 'xcomp' && d.heads[w] === v)) continue;
    // (not one that holds a speech verb the parser hung on it: '… help him make that happen," Vale told the Mail')
    if (children(d, w).some((c) => /^(nsubj|aux|cc|mark|expl|parataxis)/.test(d.rels[c]))) continue;
    // (keep a tree: the letting verb must not be inside the infinitive's own phrase)
    if (below(d, v, w)) continue;
    d.heads[w] = v; d.rels[w] = 'xcomp';
  }
}
