/**
 * actorgraph/extract/repairs/rootless — a sentence the parser left with no verb at its root. In
 * wire copy a fronted adverb and place ("MEANWHILE, IN BOGOTA, A BOMB EXPLODED AT A BRANCH OF …")
 * often make the parser hang the whole sentence on the adverb, with the subject an apposition
 * to the place and the verb a participle on the subject: the sentence then tells nothing.
 */
import { objectShare } from '../../nlp/verb-objects.js';
import { isNominal } from '../tree.js';
import type { Draft } from './draft.js';
import { children, hasByAgent } from './draft.js';

/** How often (at most) a verb may take an object or be passive for its "-ed" form to be read as a past tense. */
const INTRANSITIVE = 0.4;

/**
 * "MEANWHILE, IN BOGOTA, A BOMB EXPLODED AT A BRANCH": the root is no verb, and the one verb
 * hangs as a participle (acl) right after its noun, with no subject, object, auxiliary or marker
 * of its own. A verb that seldom takes an object or a passive (explode, die, occur: its "-ed" is
 * no passive participle) is then the main verb, the noun its subject, and the old root its
 * adverb or phrase.
 */
export function repairRootlessPast(d: Draft): void {
  const tk = d.tokens;
  const r = d.heads.indexOf(-1);
  if (r < 0 || tk[r].upos === 'VERB' || tk[r].upos === 'AUX') return;
  // (a noun or adjective with a subject or copula of its own is a predicate: "this is the second time that …")
  if (children(d, r).some((k) => /^(nsubj|csubj|cop|expl)/.test(d.rels[k]))) return;
  for (let v = 1; v < tk.length; v++) {
    if (d.rels[v] !== 'acl' || tk[v].upos !== 'VERB' || !/^VB[DN]$/.test(tk[v].xpos ?? '')) continue;
    const n = d.heads[v];
    if (n !== v - 1 || !isNominal(tk[n].upos ?? '')) continue;
    // (nor one with a clause of its own: "attempted to kidnap X" is read with its complement)
    // (a "to" right after it opens one however the parser read it: "ATTEMPTED TO KIDNAP")
    if (children(d, v).some((k) => /^(nsubj|obj|aux|mark|cop|expl|xcomp|ccomp|csubj)/.test(d.rels[k])) || tk[v + 1]?.lower === 'to') continue;
    // (an agent makes it a passive participle: "messages stopped by security firm X")
    if (hasByAgent(d, v)) continue;
    const share = objectShare(tk[v].lemma);
    if (share === undefined || share > INTRANSITIVE) continue;
    // (the noun a subject's: not itself an object or a prepositional phrase's noun)
    if (children(d, n).some((k) => d.rels[k] === 'case')) continue;
    if (n === r) continue;
    // the old root hangs on the verb: an adverb as its adverb, a phrase as its phrase
    d.heads[v] = -1; d.rels[v] = 'root';
    d.heads[n] = v; d.rels[n] = 'nsubj';
    d.heads[r] = v; d.rels[r] = tk[r].upos === 'ADV' ? 'advmod' : isNominal(tk[r].upos ?? '') ? 'obl' : 'dep';
    // (the sentence's last punctuation goes with the new root)
    for (let k = 0; k < tk.length; k++) if (d.heads[k] === r && d.rels[k] === 'punct' && k > v) d.heads[k] = v;
    if (tk[v].xpos === 'VBN') d.pastTense.add(v);
    return;
  }
}
