/**
 * actorgraph/extract/repairs/unjoined-participle — "Benin opened its borders to West Africans
 * ordered out of Nigeria": the parser may read a passive participle right after a noun as a second
 * verb of the sentence, a conjunct of the main verb with no "and" or comma to join them, or an
 * adjunct of it with no "when" or "after" to open it, which then takes the main verb's subject
 * (Benin "ordered" someone out of Nigeria). Such a verb with nothing that joins it, no subject, object or auxiliary of its own and a past form, right after a noun of
 * the verb it is joined to, is a reduced relative clause on that noun: the Africans were ordered out.
 */
import { isNominal } from '../tree.js';
import type { Draft } from './draft.js';
import { below, children, xposOf } from './draft.js';

export function repairUnjoinedParticiple(d: Draft): void {
  const tk = d.tokens;
  for (let x = 2; x < tk.length; x++) {
    const h = d.heads[x], n = x - 1;
    if (!/^(conj|advcl)$/.test(d.rels[x]) || h < 0 || h > x || tk[x].upos !== 'VERB' || tk[h].upos !== 'VERB' || !/^VB[DN]$/.test(xposOf(d, x))) continue;
    if (!isNominal(tk[n].upos ?? '') || !below(d, n, h) || below(d, n, x)) continue;
    // (a form a participle can have, "ordered", "driven", "sent": "as MMS took off" is a past tense)
    if (!/(ed|en|n|t)$/i.test(tk[x].text)) continue;
    // (a single name before it is more often the verb's subject the parser lost, "… David Davis
    // warned of …"; a people named in the plural, "West Africans ordered out of …", is no one's name)
    if (tk[n].upos === 'PROPN' && tk[n].xpos !== 'NNPS') continue;
    // (joined after all: "and", "or", a comma anywhere between the two verbs; or a clause of its own)
    if (tk.slice(h + 1, x).some((t) => t.upos === 'CCONJ' || /^[,;:]$/.test(t.text))) continue;
    if (children(d, x).some((c) => /^(cc|nsubj|nsubj:pass|obj|iobj|aux|aux:pass|mark|expl|ccomp|xcomp)$/.test(d.rels[c]))) continue;
    d.heads[x] = n; d.rels[x] = 'acl';
    d.participles.add(x);
  }
}
