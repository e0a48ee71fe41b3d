/**
 * actorgraph/extract/repairs/that-plural — "have discovered that members of the cartel provide
 * passports": the parser reads "that" as the plural noun's determiner, the noun as the verb's
 * object and the clause's verb as the first verb's conjunct, so the police "discovered" the cartel.
 * A determiner "that" takes a singular noun only; before a plural one it is the complementiser,
 * the noun is the subject of the finite verb after its phrase, and that clause is what the verb
 * takes ("discovered", "said", "feared" …).
 */
import type { Draft } from './draft.js';
import { children, edge, xposOf } from './draft.js';

const PLURAL = /^NNP?S$/;
const FINITE = /^(VBD|VBP|VBZ)$/;

export function repairThatBeforePlural(d: Draft): void {
  const tk = d.tokens;
  for (let w = 1; w + 1 < tk.length; w++) {
    if (tk[w].lower !== 'that' || d.rels[w] !== 'det') continue;
    const noun = d.heads[w];
    if (noun <= w || !PLURAL.test(xposOf(d, noun)) || d.rels[noun] !== 'obj') continue;
    const v = d.heads[noun];
    if (v < 0 || v > w || tk[v].upos !== 'VERB') continue;
    // the finite verb right after the noun's phrase, hung on the first verb with no subject, no
    // "and" of its own ("found that evidence and filed it" is no clause), no marker
    const f = edge(d, noun, 1) + 1;
    if (f >= tk.length || d.heads[f] !== v || !/^(conj|parataxis|dep|ccomp)$/.test(d.rels[f]) || tk[f].upos !== 'VERB') continue;
    const fk = children(d, f);
    if (!(FINITE.test(xposOf(d, f)) || fk.some((c) => d.rels[c] === 'aux' && c < f)) || fk.some((c) => /^(nsubj|cc|mark)/.test(d.rels[c]))) continue;
    d.heads[f] = v; d.rels[f] = 'ccomp';
    d.heads[noun] = f; d.rels[noun] = 'nsubj';
    d.heads[w] = f; d.rels[w] = 'mark';
  }
}
