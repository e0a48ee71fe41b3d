/**
 * actorgraph/extract/repairs/motion — the "to" and "from" phrases of moving: where people are moved
 * from, where a going goes. The parser hangs them on the wrong noun or verb, which gives a place or
 * a party to the wrong word (lexicon MOVING and MOTION_NOUNS list the verbs and nouns of moving).
 */
import { MOTION_NOUNS, MOVING } from '../../lexicon.js';
import { gazetteer } from '../../resolve/gazetteer.js';
import type { Draft } from './draft.js';
import { below, caseOf, children, edge } from './draft.js';

/**
 * "will withdraw weapons inspectors from Iraq": the parser hangs "from Iraq" on the people moved,
 * as if it said where they come from. On the object of a verb that moves people away, a "from"
 * phrase after it is where they are moved from: the verb's.
 */
export function repairMovedFrom(d: Draft): void {
  const tk = d.tokens;
  for (let n = 0; n < tk.length; n++) {
    if (d.rels[n] !== 'nmod') continue;
    const caseWord = children(d, n).find((k) => d.rels[k] === 'case');
    if (caseWord === undefined || tk[caseWord].lower !== 'from') continue;
    // (the object, or a word of it, or a conjunct of it: "inspectors and workers from Iraq")
    let o = d.heads[n];
    while (o >= 0 && /^(conj|nmod|compound|appos)$/.test(d.rels[o]) && d.heads[o] >= 0 && d.heads[o] < o) o = d.heads[o];
    const v = o >= 0 ? d.heads[o] : -1;
    if (o < 0 || d.rels[o] !== 'obj' || v < 0 || !MOVING.test(tk[v].lemma.toLowerCase())) continue;
    d.heads[n] = v; d.rels[n] = 'obl';
  }
}

/** Verbs that take a "to" or "from" phrase of their own: "gave the transfer to X", "moved the trip to May". */
const OWN_GOAL = /^(give|grant|deny|refuse|allow|permit|send|bring|take|lead|sell|move|switch|shift|return|add|compare|refer|attribute|link|tie|report|explain|announce|owe|pay|offer|lend|tell|say|put|postpone|delay|bring|open|limit|restrict|confine|extend|invite|admit|welcome|receive|hand|pass|leak|submit|present|deliver|promise|propose|recommend|suggest|describe|introduce|apply|attach|switch|change|turn|convert|reduce|cut|raise|increase|lift|boost|lower)$/;

/**
 * "shrugged off the defection of Ana Ruiz, a former minister, to Labour": a "to"/"from"/"into"
 * phrase right after a noun of going (lexicon MOTION_NOUNS), its goer and the goer's apposition, is
 * where the going goes; the parser hangs it on the verb or on the apposition. Not where the verb
 * takes such a phrase itself ("moved the trip to May", "refused entry to X").
 */
export function repairMotionGoal(d: Draft): void {
  const tk = d.tokens;
  for (let n = 0; n < tk.length; n++) {
    if (!MOTION_NOUNS[tk[n].lower] || (tk[n].upos ?? tk[n].pos) !== 'NOUN') continue;
    const kids = children(d, n);
    if (kids.some((k) => d.rels[k] === 'nmod' && /^(to|into|from|towards|toward)$/.test(caseOf(d, k)))) continue;
    // (from the end of the noun's own words and its goer: "the defection of Ana Ruiz")
    let e = n + 1;
    const goer = kids.find((k) => k > n && d.rels[k] === 'nmod' && /^(of|by)$/.test(caseOf(d, k)));
    if (goer !== undefined) e = edge(d, goer, 1) + 1;
    // (past a comma, or an apposition between commas: ", a former minister,")
    if (tk[e]?.text === ',' && /^(to|into|from|towards|toward)$/.test(tk[e + 1]?.lower ?? '')) e++;
    else if (tk[e]?.text === ',') {
      let f = e + 1;
      while (f < tk.length && f - e <= 8 && tk[f].text !== ',' && !/^(VERB|AUX)$/.test(tk[f].upos ?? tk[f].pos)) f++;
      if (tk[f]?.text === ',') e = f + 1;
    }
    const cw = tk[e];
    if (!cw || !/^(to|into|from|towards|toward)$/.test(cw.lower) || d.rels[e] !== 'case') continue;
    const x = d.heads[e];
    const h = x >= 0 ? d.heads[x] : -1;
    if (x < 0 || h === n || below(d, n, x) || (h >= 0 && OWN_GOAL.test(tk[h].lemma.toLowerCase()))) continue;
    // (the verb above the noun takes its own such phrase: "moved the trip to May")
    let v = d.heads[n];
    while (v >= 0 && !/^(VERB|AUX)$/.test(tk[v].upos ?? tk[v].pos)) v = d.heads[v];
    if (v >= 0 && OWN_GOAL.test(tk[v].lemma.toLowerCase())) continue;
    d.heads[x] = n; d.rels[x] = 'nmod';
  }
}

/** Verbs of setting out that take no infinitive of their own: a "to"-infinitive after them is why one went. */
const SETTING_OUT = /^(leave|depart|travel|fly|rush|hurry|sail|drive|march|walk)$/;

/**
 * "Cristiani left to attend a summit in Costa Rica": the parser reads the infinitive as the
 * complement of the verb of setting out, and the relation would read "leave to attend". Going
 * somewhere controls no complement; the infinitive is the purpose of the going (an adverbial
 * clause: aimed at, with the mover as its doer). Not "was left to fend for himself", a passive.
 */
export function repairSetOutPurpose(d: Draft): void {
  const tk = d.tokens;
  for (let x = 1; x < tk.length; x++) {
    const v = d.heads[x];
    if (d.rels[x] !== 'xcomp' || v < 0 || tk[x].upos !== 'VERB' || !SETTING_OUT.test(tk[v].lemma.toLowerCase())) continue;
    // (a base-form verb right after its "to", and no name: in capitals "FLY TO COLOMBIA" can be read as a verb)
    if (tk[x].xpos !== 'VB' || tk[x].ne || tk[x - 1].lower !== 'to' || d.heads[x - 1] !== x || gazetteer().entries.has(tk[x].lower)) continue;
    const kids = children(d, v);
    if (!children(d, x).some((k) => d.rels[k] === 'mark' && tk[k].lower === 'to') || kids.some((k) => /^(aux:pass|nsubj:pass|obj)$/.test(d.rels[k]))) continue;
    d.rels[x] = 'advcl';
  }
}
