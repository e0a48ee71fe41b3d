/**
 * actorgraph/extract/repairs/conjuncts — what "and" joins. The parser often joins a word to the
 * wrong partner: a noun to the verb instead of its object, a clause's subject to the object before
 * it, a participle or an infinitive to the wrong head. Each repair finds the real pair, so the
 * conjunct's subject, object and modality are read from the right place.
 */
import { SPEECH_VERBS } from '../../lexicon.js';
import type { Draft } from './draft.js';
import { below, children, edge, xposOf } from './draft.js';

/**
 * "a group based in Lima and led by X": a participle coordinated with a participle that modifies
 * a noun is often attached to the noun itself as its conjunct, which would make the group and
 * its leader one list. A participle (VBN/VBG) with its own "and"/"or", conjoined to a noun that
 * already has a participle modifier before it, is that modifier's conjunct.
 */
export function repairCoordinatedParticiple(d: Draft): void {
  for (let w = 0; w < d.tokens.length; w++) {
    const x = xposOf(d, w);
    if (d.rels[w] !== 'conj' || (x !== 'VBN' && x !== 'VBG')) continue;
    const n = d.heads[w];
    if (n < 0 || (d.tokens[n].upos !== 'NOUN' && d.tokens[n].upos !== 'PROPN')) continue;
    let cc = false, acl = -1;
    for (let k = 0; k < d.tokens.length; k++) {
      if (d.heads[k] === w && d.rels[k] === 'cc') cc = true;
      if (d.heads[k] === n && d.rels[k] === 'acl' && k < w && k > n) acl = k;
    }
    if (cc && acl >= 0) d.heads[w] = acl;
  }
}

/**
 * "is providing photographs and intelligence to Macedonia": a noun coordinated with the object is
 * sometimes attached to the verb as its conjunct, which loses it as an object (and the PP it
 * carries). A noun conjunct of a verb, with its own "and"/"or", after the verb's direct object
 * and with no subject or verb of its own, is the object's conjunct.
 */
export function repairObjectConjunct(d: Draft): void {
  for (let w = 0; w < d.tokens.length; w++) {
    if (d.rels[w] !== 'conj' || d.tokens[w].upos !== 'NOUN') continue;
    const v = d.heads[w];
    if (v < 0 || d.tokens[v].upos !== 'VERB') continue;
    let cc = false, own = false, obj = -1;
    for (let k = 0; k < d.tokens.length; k++) {
      if (d.heads[k] === w && d.rels[k] === 'cc') cc = true;
      if (d.heads[k] === w && /^(nsubj|cop|aux)/.test(d.rels[k])) own = true;
      if (d.heads[k] === v && d.rels[k] === 'obj' && k < w) obj = k;
    }
    if (cc && !own && obj >= 0) d.heads[w] = obj;
  }
}

/**
 * "Chile attacked Bolivia and Zentrix sold arms": the parser makes "Bolivia and Zentrix" the
 * subject of "sold" and that clause the complement of "attacked", so Chile attacks no one. A
 * clause with no "that" under a verb that takes no clause and has no object, whose subject is a
 * pair of nouns joined by "and" or "or" right after that verb, is two things: the first noun is
 * the verb's object, and the second opens a clause of its own joined to it.
 */
export function repairObjectBeforeClause(d: Draft): void {
  const tk = d.tokens;
  for (let c = 0; c < tk.length; c++) {
    const v = d.heads[c];
    // (the clause a verb's own: "hopefuls Mike Leigh and Imelda Staunton were winners" is a noun misread)
    if (d.rels[c] !== 'ccomp' || v < 0 || v > c || tk[v].upos !== 'VERB' || tk[c].upos !== 'VERB' || CLAUSE_TAKERS.test(tk[v].lemma.toLowerCase())) continue;
    const kids = children(d, c), vk = children(d, v);
    // (a past or a verb with its auxiliary: a plural noun misread, "Hollywood actors/VBZ Samuel L
    // Jackson and Ben Stiller have signed", is neither)
    if (xposOf(d, v) !== 'VBD' && !vk.some((k) => /^aux/.test(d.rels[k]))) continue;
    if (kids.some((k) => d.rels[k] === 'mark') || vk.some((k) => /^(obj|ccomp|xcomp)$/.test(d.rels[k]) && k !== c)) continue;
    const s = kids.find((k) => d.rels[k] === 'nsubj' && k < c);
    if (s === undefined || edge(d, s, -1) !== v + 1) continue;
    const y = children(d, s).find((k) => d.rels[k] === 'conj' && k < c);
    const cc = y === undefined ? undefined : children(d, y).find((k) => d.rels[k] === 'cc' && /^(and|or|but)$/.test(tk[k].lower));
    if (y === undefined || cc === undefined) continue;
    d.heads[s] = v; d.rels[s] = 'obj';
    d.heads[y] = c; d.rels[y] = 'nsubj';
    d.heads[cc] = c;
    d.rels[c] = 'conj';
  }
}

/** Verbs that take a clause as their complement (saying, thinking, wanting, seeming …). */
export const CLAUSE_TAKERS = new RegExp(`^(${[...SPEECH_VERBS].join('|')}|think|believe|hope|fear|know|expect|feel|mean|ensure|see|show|find|suggest|claim|insist|argue|admit|doubt|suspect|assume|guess|realise|realize|understand|agree|decide|wish|want|prefer|demand|ask|seem|appear|learn|hear|notice|prove|predict|estimate|allege|indicate|recommend|propose|request|require|order|warn|promise|pledge|vow|swear|confirm|deny|say|tell)$`);

/**
 * "The Tories outlined plans and the Lib Dems gave details": the parser joins "the Lib Dems" to
 * the object ("plans and the Lib Dems") and the second verb to the first with no subject of its
 * own. A verb conjunct with no subject, right after a noun conjunct that opens with "and"/"or",
 * is a clause of its own and that noun is its subject ("and" goes with the clause).
 */
export function repairClauseConjunct(d: Draft): void {
  const n = d.tokens.length;
  for (let v = 2; v < n; v++) {
    if (d.rels[v] !== 'conj' || d.tokens[v].upos !== 'VERB' || !/^VB[DZP]$/.test(xposOf(d, v))) continue;
    let own = false;
    for (let k = 0; k < n; k++) if (d.heads[k] === v && /^(nsubj|expl|cc|mark|aux)/.test(d.rels[k]) && k < v) own = true;
    if (own) continue;
    // the noun just before the verb (its last word), a conjunct of some other noun
    const x = v - 1;
    if (!/^(NOUN|PROPN|PRON)$/.test(d.tokens[x].upos ?? '') || d.rels[x] !== 'conj' || d.heads[x] >= x) continue;
    const g = d.heads[x];
    if (!/^(NOUN|PROPN|PRON)$/.test(d.tokens[g].upos ?? '')) continue;
    let cc = -1;
    for (let k = g + 1; k < x; k++) if (d.heads[k] === x && d.rels[k] === 'cc' && /^(and|or|but)$/.test(d.tokens[k].lower)) cc = k;
    if (cc < 0) continue;
    // (every word between the "and" and the verb belongs to the noun: "and the Lib Dems gave")
    let inside = true;
    for (let k = cc + 1; k < x; k++) if (!below(d, k, x)) inside = false;
    if (!inside) continue;
    d.heads[x] = v; d.rels[x] = 'nsubj';
    d.heads[cc] = v;
  }
}

/**
 * "Rooney received a hostile reception, but goals from Fortune and Ronaldo silenced the jeers": the
 * parser joins "goals" to the object as its conjunct and the second verb to the first, which
 * makes Rooney the one who silenced. A noun conjoined to the first verb's object by "but" or
 * "and", whose phrase ends right before the second verb (a finite conjunct of the first verb with
 * no subject of its own), is that verb's subject; the "but" goes with the verb.
 */
export function repairConjunctSubject(d: Draft): void {
  const n = d.tokens.length;
  for (let v2 = 0; v2 < n; v2++) {
    const v1 = d.heads[v2];
    if (v1 < 0 || d.rels[v2] !== 'conj' || d.tokens[v2].upos !== 'VERB') continue;
    // (finite by its form, or by an auxiliary of tense: "and new boss X has already taken legal action")
    const before = children(d, v2).filter((k) => k < v2);
    const tensed = before.some((k) => /^aux/.test(d.rels[k]) && /^(has|have|had|is|are|was|were|will|would)$/.test(d.tokens[k].lower));
    if (!/^VB[DZP]$/.test(xposOf(d, v2)) && !tensed) continue;
    if (before.some((k) => /^(nsubj|nsubj:pass|cc)$/.test(d.rels[k]))) continue;
    const left = before.length ? Math.min(...before) : v2;
    // (the noun hangs on the object, or, with an auxiliary, on any noun phrase of the first verb:
    // "collapsed with debts of 14bn euros and new boss X has taken")
    const np = [...Array(n).keys()].find((k) => k < v2 && d.rels[k] === 'conj' && /^(NOUN|PROPN)$/.test(d.tokens[k].upos ?? '')
      && (tensed ? below(d, d.heads[k], v1) && /^(obj|obl|nmod)$/.test(d.rels[d.heads[k]]) : d.rels[d.heads[k]] === 'obj' && d.heads[d.heads[k]] === v1) && edge(d, k, 1) === left - 1);
    if (np === undefined) continue;
    const cc = children(d, np).find((k) => d.rels[k] === 'cc' && /^(but|and)$/.test(d.tokens[k].lower));
    if (cc === undefined) continue;
    d.heads[np] = v2; d.rels[np] = 'nsubj';
    d.heads[cc] = v2;
    for (let k = 0; k < np; k++) if (d.heads[k] === np && d.rels[k] === 'punct') d.heads[k] = v2;
  }
}

/**
 * "It expected 2005 to be a transitional year and to return to profitability": a "to"-infinitive
 * after "and" belongs with the verb's own "to"-complement before it, not beside the verb (which
 * made "return" a second thing the subject did, asserted). It becomes that complement's conjunct,
 * so the verb above governs both.
 */
export function repairInfinitiveConjunct(d: Draft): void {
  const n = d.tokens.length;
  for (let v2 = 0; v2 < n; v2++) {
    const v1 = d.heads[v2];
    if (v1 < 0 || d.rels[v2] !== 'conj' || d.tokens[v2].xpos !== 'VB') continue;
    const kids = children(d, v2);
    if (!kids.some((k) => d.rels[k] === 'mark' && d.tokens[k].lower === 'to' && k < v2) || kids.some((k) => /^nsubj/.test(d.rels[k]))) continue;
    const x = children(d, v1).reverse().find((k) => k < v2 && d.rels[k] === 'xcomp' && children(d, k).some((m) => d.rels[m] === 'mark' && d.tokens[m].lower === 'to'));
    if (x === undefined) continue;
    d.heads[v2] = x;
  }
}

/**
 * "They are asking the channel to pick it up and will stage a rally": a conjunct with a modal of its
 * own cannot share the infinitive's "to"; joined to the infinitive, it made the one asked stage the
 * rally. It is the conjunct of the verb the infinitive hangs on, whose subject does it.
 */
export function repairModalConjunct(d: Draft): void {
  const n = d.tokens.length;
  for (let v2 = 0; v2 < n; v2++) {
    const v1 = d.heads[v2];
    if (v1 < 0 || d.rels[v2] !== 'conj' || d.tokens[v2].upos !== 'VERB') continue;
    const kids = children(d, v2);
    if (!kids.some((k) => d.rels[k] === 'aux' && d.tokens[k].xpos === 'MD') || kids.some((k) => /^nsubj/.test(d.rels[k]))) continue;
    const g = d.heads[v1];
    if (g < 0 || d.tokens[g].upos !== 'VERB' || !/^(xcomp|advcl)$/.test(d.rels[v1]) || !children(d, v1).some((k) => d.rels[k] === 'mark' && d.tokens[k].lower === 'to' && k < v1)) continue;
    if (below(d, g, v2)) continue;
    d.heads[v2] = g;
  }
}

/**
 * "I hope that the FMLN will set aside its attitude and that it will demonstrate …", "said that Peru
 * would pay and that Chile would …": a second "that"-clause the parser joined to the verb above is a
 * conjunct of the first, the verb's complement, and is reported, hoped or denied as it is.
 */
export function repairThatConjunct(d: Draft): void {
  const n = d.tokens.length;
  const that = (x: number) => children(d, x).some((k) => k < x && d.rels[k] === 'mark' && d.tokens[k].lower === 'that');
  for (let v2 = 0; v2 < n; v2++) {
    const v1 = d.heads[v2];
    if (v1 < 0 || d.rels[v2] !== 'conj' || !that(v2)) continue;
    const first = children(d, v1).reverse().find((k) => k < v2 && d.rels[k] === 'ccomp' && that(k));
    if (first === undefined || below(d, first, v2)) continue;
    d.heads[v2] = first;
  }
}
