/**
 * actorgraph/extract/repairs/place-party — "held talks in Madrid with the rebels", "signed the deal
 * in Cairo with Jordan": the parser hangs the "with" phrase after a place on the place's name, so
 * the party of the talks or the deal became a feature of the city and the clause lost it. A named
 * place in an "in"/"at" phrase is where something happens; the party phrase after it goes up to
 * what the place phrase modifies, as a party phrase after a time phrase does (time.ts).
 */
import { isNominal } from '../tree.js';
import type { Draft } from './draft.js';
import { caseOf } from './draft.js';

/**
 * A "with"/"against" phrase hung on a proper name that is itself an "in"/"at" phrase of a verb or
 * a noun hangs on that verb or noun instead. A common noun keeps it ("a town in the hills with a
 * population of 2,000", "the man at the desk with the file": the place is described).
 */
export function repairPlaceParty(d: Draft): void {
  for (let x = 0; x < d.tokens.length; x++) {
    const p = d.heads[x];
    if (p < 0 || !/^(nmod|obl)$/.test(d.rels[x]) || !/^(with|against)$/.test(caseOf(d, x))) continue;
    if (d.tokens[p].upos !== 'PROPN' || p > x || !/^(nmod|obl)$/.test(d.rels[p]) || !/^(in|at)$/.test(caseOf(d, p))) continue;
    const up = d.heads[p];
    if (up < 0) continue;
    d.heads[x] = up;
    d.rels[x] = isNominal(d.tokens[up].upos ?? '') ? 'nmod' : 'obl';
  }
}
