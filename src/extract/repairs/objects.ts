/**
 * actorgraph/extract/repairs/objects — whose object a noun phrase is, where the parser hung it on
 * the wrong verb.
 */
import { MONTH_NAMES } from '../../lexicon.js';
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

/**
 * "offered to hand over to Britain two of its nationals", "gave back to Peru the islands": a heavy
 * object after a short "to"/"for" phrase (heavy-NP shift) is read by the parser as one phrase,
 * the name a modifier of the object ("to [Britain two of its nationals]"), and the recipient is
 * lost. A name right after the case word, then a number, a determiner or a possessive that opens
 * the phrase's head, under a verb with no object: the name is the case phrase, the rest the object.
 */
export function repairShiftedObject(d: Draft): void {
  const tk = d.tokens;
  for (let h = 3; h < tk.length; h++) {
    const v = d.heads[h];
    // (not a time: "returned to Peru two years ago")
    if (d.rels[h] !== 'obl' || v < 0 || v > h || tk[v].upos !== 'VERB' || TIME.test(tk[h].lower.replace(/s$/, '')) || tk[h + 1]?.lower === 'ago') continue;
    const c = children(d, h).find((x) => x < h && d.rels[x] === 'case' && /^(to|for)$/.test(tk[x].lower));
    if (c === undefined || children(d, v).some((x) => d.rels[x] === 'obj')) continue;
    // (the name: a run of proper nouns after the case word, perhaps after "the")
    let p = c + 1;
    if (tk[p]?.lower === 'the') p++;
    let e = p;
    while (e < h && tk[e].upos === 'PROPN') e++;
    // (the object opens right after the name, with a number, a determiner or a possessive)
    const opener = tk[e];
    // (a number only as the head itself, "two of its nationals": "for Chapter 11 bankruptcy protection" is one name)
    if (e === p || e >= h + 1 || !opener || !(opener.upos === 'NUM' ? e === h : opener.upos === 'DET' || opener.xpos === 'PRP$')) continue;
    // (the name's head is its one word hung outside it: "Tom" of "Tom Vale", flat)
    const heads: number[] = [];
    for (let k = p; k < e; k++) if (d.heads[k] < p || d.heads[k] >= e) heads.push(k);
    if (heads.length !== 1 || d.heads[heads[0]] !== h) continue;
    const name = heads[0];
    d.heads[name] = v; d.rels[name] = 'obl';
    d.heads[c] = name;
    if (p > c + 1) { d.heads[c + 1] = name; d.rels[c + 1] = 'det'; }
    d.rels[h] = 'obj';
  }
}

/** Verbs that take an act as a gerund: "considered selling", "stopped paying", "denied taking". */
const GERUND_VERBS = /^(consider|contemplate|mull|weigh|avoid|risk|resume|continue|stop|start|begin|keep|finish|delay|postpone|deny|admit|recommend|suggest|propose|discuss|favour|favor|oppose|quit|cease|halt|justify|envisage)$/;

/**
 * "is considering buying gas from Iran", "denied taking bribes": the parser may read the gerund
 * after a verb that takes one as a modifier of the noun after it ("buying gas" as "cooking
 * oil"), so Russia "considered gas". A gerund right after such a verb, hung as a compound or
 * adjective on the verb's object, is the verb's complement and the noun its own object; a
 * phrase the verb holds after that noun goes with the gerund too ("from Iran").
 */
export function repairGerundObject(d: Draft): void {
  const tk = d.tokens;
  for (let g = 1; g + 1 < tk.length; g++) {
    const n = d.heads[g], v = g - 1;
    // (not a name's first word: "keep SHINING PATH from entering"; "considered floating Ferrari" is no name)
    if (tk[g].xpos !== 'VBG' || !/^(compound|amod)$/.test(d.rels[g]) || n <= g || d.rels[n] !== 'obj' || d.heads[n] !== v || (tk[n].upos === 'PROPN' && /^[A-Z]/.test(tk[g].text))) continue;
    if (tk[v].upos !== 'VERB' || !GERUND_VERBS.test((tk[v].lemma ?? '').toLowerCase())) continue;
    const end = edge(d, n, 1);
    d.heads[g] = v; d.rels[g] = 'xcomp';
    d.heads[n] = g;
    // (not a time: "considered floating the firm in 2002" dates the considering)
    for (const c of children(d, v)) if (c > end && /^(obl|advcl)$/.test(d.rels[c]) && tk[c].upos !== 'NUM' && !TIME.test(tk[c].lower) && !MONTH_NAMES.includes(tk[c].lower)) d.heads[c] = g;
  }
}
