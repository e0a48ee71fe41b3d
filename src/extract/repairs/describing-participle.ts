/**
 * actorgraph/extract/repairs/describing-participle — "Peruvian guerrillas ambushed a truck carrying
 * soldiers": with no comma before it, the parser often hangs an "-ing" participle right after the
 * verb's object on the verb, as an adjunct, so the participle takes the verb's subject (the
 * guerrillas "carried" the soldiers); or it reads the object as the participle's subject and leaves
 * the verb with none ("blocked the bridge spanning the river": "the bridge" subject of "spanning").
 * A participle that describes a thing (lexicon DESCRIBING_PARTICIPLES: carrying, overlooking,
 * linking …) right after the noun is that noun's: a reduced relative clause on it. After a comma
 * it stays the verb's ("seized the port, linking the two fronts"), and so does a participle of any
 * other verb ("attacked the town using mortars").
 */
import { DESCRIBING_PARTICIPLES } from '../../lexicon.js';
import { isNominal } from '../tree.js';
import type { Draft } from './draft.js';
import { below, children, edge } from './draft.js';

export function repairDescribingParticiple(d: Draft): void {
  const tk = d.tokens;
  for (let p = 3; p < tk.length; p++) {
    const v = d.heads[p];
    if (d.rels[p] !== 'advcl' || v < 0 || v > p || tk[p].xpos !== 'VBG' || tk[v].upos !== 'VERB') continue;
    if (!DESCRIBING_PARTICIPLES.test(tk[p].lemma.toLowerCase())) continue;
    const n = p - 1;
    if (!isNominal(tk[n].upos ?? '')) continue;
    const kids = children(d, p);
    if (kids.some((c) => /^(aux|aux:pass|mark|nsubj:pass|expl)$/.test(d.rels[c]))) continue;
    if (d.heads[n] === p && d.rels[n] === 'nsubj') {
      // ("blocked the bridge spanning the river": the noun, and the words before it back to the
      // verb, hung as the participle's subject; the verb has no object of its own)
      if (children(d, v).some((c) => c > v && c < p && /^(obj|ccomp|xcomp)$/.test(d.rels[c]))) continue;
      let s = n;
      while (s - 1 > v && below(d, s - 1, n)) s--;
      if (s !== v + 1 || kids.some((c) => c !== n && /^nsubj/.test(d.rels[c]))) continue;
      d.heads[n] = v; d.rels[n] = 'obj';
      d.heads[p] = n; d.rels[p] = 'acl';
      continue;
    }
    if (kids.some((c) => /^nsubj/.test(d.rels[c]))) continue;
    // (the noun is the right end of the verb's object or phrase: "a convoy of trucks carrying …" is the trucks')
    const o = children(d, v).find((c) => c < p && /^(obj|obl)$/.test(d.rels[c]) && edge(d, c, 1) === n);
    if (o === undefined || below(d, n, p)) continue;
    d.heads[p] = n; d.rels[p] = 'acl';
  }
}
