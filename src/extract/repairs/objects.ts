/**
 * actorgraph/extract/repairs/objects — whose object a noun phrase is, where the parser hung it on
 * the wrong verb.
 */
import type { Draft } from './draft.js';
import { children, edge } from './draft.js';

/**
 * "wants to counter complaints that …", "plans to sell its stake": the parser sometimes hangs the
 * noun after a "to"-infinitive on the verb before it, so "Blair wants complaints" was a fact. A
 * noun straight after an infinitive that has no object of its own is that infinitive's object:
 * English puts a verb's object after its infinitive complement only through the infinitive ("asked
 * to see the papers"). Not a noun of time ("plans to leave next week") nor one the infinitive's
 * own particle or adverb stands between.
 */
export function repairInfinitiveObject(d: Draft): void {
  const tk = d.tokens;
  for (let o = 2; o < tk.length; o++) {
    const v = d.heads[o];
    if (d.rels[o] !== 'obj' || v < 0 || v > o || !/^(NOUN|PROPN|PRON|NUM)$/.test(tk[o].upos ?? '')) continue;
    const x = children(d, v).find((c) => c > v && c < o && d.rels[c] === 'xcomp' && tk[c].upos === 'VERB');
    if (x === undefined || !children(d, x).some((c) => c < x && d.rels[c] === 'mark' && tk[c].lower === 'to')) continue;
    // (the noun phrase starts right after the infinitive, which has no object yet)
    if (edge(d, o, -1) !== x + 1 || children(d, x).some((c) => /^(obj|ccomp|xcomp)$/.test(d.rels[c]))) continue;
    if (TIME.test(tk[o].lower)) continue;
    d.heads[o] = x;
  }
}

/** Nouns of time: a bare one after a verb says when, not what. */
const TIME = /^(today|tomorrow|yesterday|tonight|week|month|year|day|weekend|season|time|morning|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
