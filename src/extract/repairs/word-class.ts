/**
 * actorgraph/extract/repairs/word-class — words the tagger put in the wrong class: an "-ing"
 * adjective ("outgoing", "neighbouring") read as a verb with the phrase it modifies for its object,
 * the last verb of a list read as the next noun's adjective, or a noun of relation read as an
 * adjective ("an offensive against"). The tree is rebuilt around the word's real class.
 */
import type { Draft } from './draft.js';
import { gluedHyphen } from '../../nlp/wink.js';
import { RELATIONAL_NOUNS } from '../../lexicon.js';
import { below, children, edge, xposOf } from './draft.js';

/**
 * "withdraw its troops from neighbouring Lebanon", "entered neighbouring Chad": the tagger reads
 * "neighbouring" as a verb and the parser gives it the country for an object. It is the
 * country's modifier: the country takes its place in the tree (an adverbial clause becomes an
 * oblique, its "from" a case word) and "neighbouring" hangs on the country.
 */
export function repairNeighbouring(d: Draft): void {
  for (let n = 0; n + 1 < d.tokens.length; n++) {
    const c = n + 1;
    if (!/^neighbou?ring$/.test(d.tokens[n].lower) || d.tokens[n].upos !== 'VERB' || d.heads[c] !== n || d.rels[c] !== 'obj' || d.tokens[c].upos !== 'PROPN') continue;
    const h = d.heads[n], r = d.rels[n];
    d.heads[c] = h;
    d.rels[c] = h < 0 ? 'root' : /^(advcl|obl)/.test(r) ? 'obl' : /^(acl|nmod)/.test(r) ? 'nmod' : 'obj';
    d.heads[n] = c; d.rels[n] = 'amod';
    for (let k = 0; k < d.tokens.length; k++) if (d.heads[k] === n && k !== c) { d.heads[k] = c; if (d.rels[k] === 'mark') d.rels[k] = 'case'; }
  }
}

/**
 * "took funds, and destroyed documents": the last verb of a list of acts, before a bare noun, read
 * as that noun's adjective ("destroyed documents") and the noun as the verb before it's conjunct.
 * A past form after "and", "or" or a comma, modifying the noun right after it, where that noun is
 * joined to a verb, is the verb's conjunct and the noun its object.
 */
export function repairListedVerb(d: Draft): void {
  const tk = d.tokens;
  for (let w = 1; w + 1 < tk.length; w++) {
    const n = w + 1;
    if (d.rels[w] !== 'amod' || d.heads[w] !== n || !/ed$/.test(tk[w].lower) || !/^(VBD|VBN|JJ)$/.test(xposOf(d, w)) || !/^(and|or|,)$/.test(tk[w - 1].lower)) continue;
    if (d.rels[n] !== 'conj' || d.heads[n] < 0 || tk[n].upos !== 'NOUN') continue;
    // (joined to the verb, or to the verb's object: "took funds and destroyed documents")
    let g = d.heads[n];
    if (tk[g].upos === 'NOUN' && d.rels[g] === 'obj' && g < w) g = d.heads[g];
    // (the verb before is a past too: "seized weapons and wounded soldiers" may be either)
    if (g < 0 || tk[g].upos !== 'VERB' || xposOf(d, g) !== 'VBD' || g > w) continue;
    d.heads[w] = g; d.rels[w] = 'conj';
    d.heads[n] = w; d.rels[n] = 'obj';
    for (const k of children(d, n)) if (k < w && /^(cc|punct)$/.test(d.rels[k])) d.heads[k] = w;
  }
}

/** "-ing" words that stand before an office or a body as adjectives: "outgoing Prime Minister X", "the ruling party". */
const ATTRIBUTIVE_ING = /^(outgoing|incoming|acting|ruling|governing|reigning|visiting|ailing|sitting|serving|presiding|retiring|departing|founding|caretaking|interim|striking|warring|neighbouring|neighboring|opposing|rebelling)$/;

/**
 * "attempted to assassinate outgoing Prime Minister Iyad Allawi": the tagger reads "outgoing" as a
 * verb, the parser makes it a clause ("to outgo in Allawi"), and the label is garbage. An "-ing"
 * word of this closed class, with no subject, auxiliary or marker of its own, right before the
 * noun phrase it was given as its argument, is that phrase's adjective; the phrase takes its place.
 */
export function repairAttributiveIng(d: Draft): void {
  const tk = d.tokens;
  for (let w = 0; w + 1 < tk.length; w++) {
    if (tk[w].upos !== 'VERB' || !ATTRIBUTIVE_ING.test(tk[w].lower) || d.heads[w] < 0) continue;
    let own = false, arg = -1;
    for (let k = 0; k < tk.length; k++) {
      if (d.heads[k] !== w) continue;
      if (/^(nsubj|aux|mark|cop|expl)/.test(d.rels[k])) own = true;
      if (k > w && /^(obj|obl|nmod|xcomp|iobj)/.test(d.rels[k]) && /^(NOUN|PROPN)$/.test(tk[k].upos ?? '') && (arg < 0 || k < arg)) arg = k;
    }
    if (own || arg < 0) continue;
    // (every word between belongs to the phrase: "outgoing Prime Minister Iyad Allawi")
    let inside = true;
    for (let k = w + 1; k < arg; k++) if (!below(d, k, arg)) inside = false;
    if (!inside) continue;
    const h = d.heads[w];
    d.heads[arg] = h;
    d.rels[arg] = /^(xcomp|ccomp|advcl|obj)$/.test(d.rels[w]) && tk[h].upos === 'VERB' ? 'obj' : d.rels[w];
    d.heads[w] = arg; d.rels[w] = 'amod';
    for (let k = 0; k < tk.length; k++) if (d.heads[k] === w && d.rels[k] === 'case') d.heads[k] = arg;
  }
}

/**
 * "completed the buy-out of Zentrix", "announced a shake-up of the board": a word and a particle
 * hyphened together are a noun, but the parser reads the particle as a preposition joined to the
 * "of" after it ("out of Zentrix"), so the verb's object becomes an oblique and the act's name is
 * lost. The particle heads the noun phrase (its word and determiner hang on it), takes the place
 * the "of" phrase had, and the "of" phrase modifies it.
 */
export function repairHyphenedParticle(d: Draft): void {
  const tk = d.tokens;
  for (let p = 2; p + 1 < tk.length; p++) {
    const h = p - 1, w = p - 2;
    if (!hyphenedParticle(tk, p)) continue;
    const z = d.heads[p];
    if (d.rels[p] !== 'case' || z <= p || !children(d, z).some((k) => k === p + 1 && d.rels[k] === 'case' && tk[k].lower === 'of')) continue;
    // (the word before the hyphen, and what was hung on it, belong to the particle's noun)
    if (d.heads[w] !== p && d.heads[w] !== z) continue;
    const v = d.heads[z], rel = d.rels[z];
    const obj = /^obl/.test(rel) && v >= 0 && !children(d, v).some((k) => d.rels[k] === 'obj') ? 'obj' : rel.replace(/:.*$/, '') === 'obl' ? 'obl' : rel;
    d.heads[p] = v; d.rels[p] = obj;
    d.heads[w] = p; d.rels[w] = 'compound';
    d.heads[h] = w; d.rels[h] = 'punct';
    for (let k = 0; k < w; k++) if (d.heads[k] === z && /^(det|amod|nmod:poss|nummod)$/.test(d.rels[k])) d.heads[k] = p;
    d.heads[z] = p; d.rels[z] = 'nmod';
  }
  // (the act is named by the whole word in labels: "complete buy-out of", "criticize sell-off of",
  // not "complete out of")
  for (let p = 2; p < tk.length; p++) {
    const w = p - 2;
    if (hyphenedParticle(tk, p) && d.heads[w] === p && d.rels[w] === 'compound' && /^(obj|obl|nsubj|nsubj:pass|nmod|conj|appos|root)$/.test(d.rels[p])) tk[p].lemma = `${tk[w].lower}-${tk[p].lower}`;
  }
}

/** Is token p a particle hyphened, with no space, onto the word two before it ("buy-out", "sell-off")? */
function hyphenedParticle(tk: Draft['tokens'], p: number): boolean {
  return p >= 2 && gluedHyphen(tk, p - 1) && /^(up|out|off|down|over|back)$/.test(tk[p].lower);
}

/**
 * "the army launched an offensive against the rebels", "the rebels' offensive against the capital":
 * the tagger reads "offensive" as an adjective, so its "against" phrase hangs on it as an oblique
 * and no rule reads the relation. A word the lexicon knows as a noun of relation, tagged adjective
 * but standing where a noun stands (a subject, object or phrase, with a determiner or a possessor
 * of its own, no copula or subject), is that noun: its obliques are its modifiers. Not an
 * adjective before its noun ("an offensive weapon"), nor a predicate ("the remark was offensive").
 */
export function repairRelationalAdjective(d: Draft): void {
  const tk = d.tokens;
  for (let w = 0; w < tk.length; w++) {
    if (tk[w].upos !== 'ADJ' || !RELATIONAL_NOUNS[tk[w].lower] || !/^(obj|nsubj|nsubj:pass|obl|nmod|iobj|conj)$/.test(d.rels[w])) continue;
    const kids = children(d, w);
    if (!kids.some((k) => k < w && /^(det|nmod:poss)$/.test(d.rels[k])) || kids.some((k) => /^(cop|nsubj|csubj|expl)/.test(d.rels[k]))) continue;
    d.nouns.add(w);
    for (const k of kids) if (k > w && /^obl$/.test(d.rels[k])) d.rels[k] = 'nmod';
  }
}

/**
 * "is believed to have bought shares in Apple", "are reported to have attacked villages": before a
 * bare noun the parser may read the participle as the noun's adjective ("bought shares"), though
 * it carries the perfect's "have" (and "to"), which no adjective does. The participle is the verb:
 * it takes the noun's place in the tree (a complement of the verb above) and the noun is its object.
 */
export function repairPerfectAdjective(d: Draft): void {
  const tk = d.tokens;
  for (let w = 0; w + 1 < tk.length; w++) {
    const n = d.heads[w];
    if (d.rels[w] !== 'amod' || tk[w].upos !== 'VERB' || !/^VB[DN]$/.test(xposOf(d, w)) || n <= w || !/^(NOUN|PROPN)$/.test(tk[n].upos ?? '')) continue;
    if (!children(d, w).some((k) => k < w && d.rels[k] === 'aux' && /^(have|has|had|having)$/.test(tk[k].lower))) continue;
    // (every word between belongs to the noun: "to have bought new shares")
    let inside = true;
    for (let k = w + 1; k < n; k++) if (!below(d, k, n)) inside = false;
    if (!inside) continue;
    // (a relative clause's "which has stolen jobs" belongs to a noun the parser did not give it)
    const kids = children(d, w);
    if (kids.some((k) => /^nsubj/.test(d.rels[k]) && /^(which|who|that)$/.test(tk[k].lower))) continue;
    const h = d.heads[n];
    d.heads[w] = h;
    // (the clause's own kind: joined by "and" a conjunct, "… and have increased searches"; with a
    // subject or "that" a complement clause, "reports that the army has conducted operations";
    // else the complement of a verb of saying or seeming, "is said to have restored ties")
    const kind = kids.some((k) => d.rels[k] === 'cc') ? 'conj' : kids.some((k) => /^nsubj/.test(d.rels[k]) || (d.rels[k] === 'mark' && tk[k].lower !== 'to')) ? 'ccomp' : 'xcomp';
    d.rels[w] = h < 0 ? 'root' : tk[h].upos === 'VERB' && /^(obj|obl|xcomp|ccomp|advcl)$/.test(d.rels[n]) ? kind : d.rels[n];
    d.heads[n] = w; d.rels[n] = 'obj';
  }
}

/**
 * "sent aid to besieged Sarajevo", "an offensive against besieged Gaza", "troops to war-torn
 * Liberia": a participle between a preposition and a name is the name's adjective, but the parser
 * reads it as a verb with the name for its object and the preposition for its marker ("to besiege
 * Sarajevo"), so the phrase is lost or told as an act. A past participle (no infinitive's base
 * form) with no subject, auxiliary or other object of its own, opened by a preposition and followed
 * straight by the name, gives the name its place: the preposition is the name's case word and the
 * participle its modifier, as "neighbouring" is above.
 */
export function repairParticipleBeforeName(d: Draft): void {
  const tk = d.tokens;
  for (let w = 1; w + 1 < tk.length; w++) {
    const c = w + 1, h = d.heads[w], r = d.rels[w];
    if (tk[w].upos !== 'VERB' || !/^VB[DN]$/.test(xposOf(d, w)) || d.heads[c] !== w || d.rels[c] !== 'obj' || tk[c].upos !== 'PROPN' || h < 0) continue;
    const kids = children(d, w);
    if (kids.some((k) => k !== c && /^(nsubj|aux|obj|iobj|cop|expl|ccomp|xcomp)/.test(d.rels[k]))) continue;
    // (the preposition opens the participle's phrase, "to besieged", or its hyphened word's,
    // "to war-torn"; whatever lies between is the participle's own)
    const p = edge(d, w, -1);
    if (p >= w || !/^(mark|case)$/.test(d.rels[p]) || !/^(ADP|PART|SCONJ)$/.test(tk[p].upos ?? '') || !/^(to|against|in|into|from|for|on|with|towards?|across|inside|near)$/.test(tk[p].lower)) continue;
    if (!/^(acl|advcl|obl|nmod|xcomp|ccomp)$/.test(r)) continue;
    d.heads[c] = h;
    d.rels[c] = /^(advcl|obl|xcomp|ccomp)$/.test(r) && tk[h].upos === 'VERB' ? 'obl' : 'nmod';
    d.heads[w] = c; d.rels[w] = 'amod';
    d.heads[p] = c; d.rels[p] = 'case';
  }
}
