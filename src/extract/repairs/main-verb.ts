/**
 * actorgraph/extract/repairs/main-verb — which word is the sentence's main verb, and which clause
 * hangs under it. The parser's costliest slips turn a sentence upside down: a headline's past tense
 * read as a participle on its subject, a reduced relative read as the main verb, an inverted
 * condition or a clause of time made the root, the main verb hung on a relative clause. Every
 * fact of the sentence hangs on the root, so a wrong one costs them all.
 */
import { isNominal } from '../tree.js';
import type { Draft } from './draft.js';
import { below, children, edge, xposOf } from './draft.js';

/**
 * "Tom Vale, who joined Zentrix in 1982, criticised Peru": the parser may hang the main verb on the
 * relative clause's verb as a conjunct (or a complement or an aside), leaving the subject as the
 * sentence's root. A verb joined with no "and", "or", "but" or "that", right after the comma that closes a relative clause on the root
 * noun, is the main verb and the noun its subject (so the relative clause's date is not its date).
 */
export function repairMainVerbAfterRelative(d: Draft): void {
  const n = d.tokens.length;
  for (let c = 1; c < n; c++) {
    const r = d.heads[c];
    // (or as its complement or an aside: "S&P, which rates borrowers, lifted India's rating")
    if (!/^(conj|ccomp|parataxis)$/.test(d.rels[c]) || d.tokens[c].upos !== 'VERB' || r < 0 || d.rels[r] !== 'acl:relcl') continue;
    const a = d.heads[r];
    if (a < 0 || d.heads[a] !== -1 || !isNominal(d.tokens[a].upos ?? '')) continue;
    let cc = false, start = c;
    for (let k = 0; k < n; k++) {
      if (d.heads[k] !== c) continue;
      if (d.rels[k] === 'cc' || d.rels[k] === 'mark') cc = true;
      if (k < start && d.rels[k] !== 'punct') start = k;
    }
    if (cc || d.tokens[start - 1]?.text !== ',') continue;
    d.heads[c] = -1; d.rels[c] = 'root';
    d.heads[a] = c; d.rels[a] = 'nsubj';
    // (the sentence's final punctuation and anything else after the verb go with it)
    for (let k = c + 1; k < n; k++) if (d.heads[k] === a) d.heads[k] = c;
    return;
  }
}

/**
 * "Israeli jets bombed Lebanon": when the tagger reads a past tense as a participle, the parser
 * makes the subject the root and the verb its modifier. A participle with a direct object and
 * no auxiliary, modifying a root noun that has no verb of its own, is the sentence's main verb
 * (a passive participle takes no direct object), so the tree is turned back the right way.
 */
export function repairHeadline(d: Draft): void {
  const n = d.heads.indexOf(-1);
  if (n < 0 || !(isNominal(d.tokens[n].upos ?? '') || d.tokens[n].upos === 'ADJ')) return;
  let v = -1;
  for (let i = n + 1; i < d.tokens.length; i++) {
    if (d.heads[i] !== n || d.rels[i] !== 'acl' || d.tokens[i].upos !== 'VERB' || !/^VB[DN]$/.test(d.tokens[i].xpos ?? '')) continue;
    let obj = false, aux = false;
    for (let k = 0; k < d.tokens.length; k++) {
      if (d.heads[k] !== i) continue;
      if (d.rels[k] === 'obj') obj = true;
      if (d.rels[k].startsWith('aux') || d.rels[k] === 'nsubj' || d.rels[k] === 'nsubj:pass' || d.rels[k] === 'mark') aux = true;
    }
    if (obj && !aux) { v = i; break; }
  }
  if (v < 0) return;
  for (let k = 0; k < d.tokens.length; k++) if (d.heads[k] === n && k > v && !below(d, v, k)) d.heads[k] = v;
  d.heads[v] = -1; d.rels[v] = 'root';
  d.heads[n] = v; d.rels[n] = 'nsubj';
  d.pastTense.add(v);
}

/**
 * "Should the talks fail, Peru will impose sanctions": an inverted condition is rare in what the
 * parser learnt from, and it makes the condition the root with the main clause as its complement.
 * A sentence that opens with "should", "had" or "were" hung as an auxiliary on the root, whose
 * subject follows it, and whose comma is followed by a clause with its own subject, hung on that
 * root as ccomp or parataxis: the clause after the comma is the root, the condition its advcl.
 */
export function repairInvertedCondition(d: Draft): void {
  const tk = d.tokens;
  const root = d.heads.indexOf(-1);
  if (root < 0 || !/^(should|had|were)$/.test(tk[0]?.lower ?? '') || d.heads[0] !== root || !/^aux/.test(d.rels[0])) return;
  const kids = children(d, root);
  if (!kids.some((k) => /^nsubj/.test(d.rels[k]) && k < root)) return;
  const main = kids.find((k) => k > root && /^(ccomp|parataxis)$/.test(d.rels[k]) && children(d, k).some((c) => /^nsubj/.test(d.rels[c]))
    && tk.slice(root + 1, edge(d, k, -1)).some((x) => x.text === ','));
  if (main === undefined) return;
  d.heads[main] = -1; d.rels[main] = 'root';
  d.heads[root] = main; d.rels[root] = 'advcl';
  // (the sentence's last stop belongs to the new root)
  for (const k of kids) if (d.rels[k] === 'punct' && k > main) d.heads[k] = main;
}

/**
 * "The policy adapted to the new realities provides for …": a reduced relative read as the main
 * verb (the garden path), with the real main verb hung under it as a subjectless complement. A
 * past-tense root with a subject and no object whose clausal complement is a finite verb with no
 * subject and no "that" is a participle on that subject; the complement is the main verb.
 */
export function repairReducedRelative(d: Draft): void {
  const r = d.heads.indexOf(-1);
  if (r < 0 || d.tokens[r].upos !== 'VERB' || !/^VB[DN]$/.test(xposOf(d, r))) return;
  let subj = -1, obj = false, c = -1;
  for (let k = 0; k < d.tokens.length; k++) {
    if (d.heads[k] !== r) continue;
    if (d.rels[k] === 'nsubj' && k < r) subj = k;
    if (d.rels[k] === 'obj' || d.rels[k].startsWith('aux')) obj = true;
    if (d.rels[k] === 'ccomp' && k > r && c < 0) c = k;
  }
  if (subj < 0 || obj || c < 0 || d.tokens[c].upos !== 'VERB' || !/^VB[ZPD]$/.test(xposOf(d, c))) return;
  for (let k = 0; k < d.tokens.length; k++) if (d.heads[k] === c && /^(nsubj|mark|expl)/.test(d.rels[k])) return;
  // (the comma of a reported-speech inversion, "X arrived, officials say", keeps its reading)
  for (let k = r + 1; k < c; k++) if (d.tokens[k].text === ',') return;
  d.heads[c] = -1; d.rels[c] = 'root';
  d.heads[subj] = c;
  d.heads[r] = subj; d.rels[r] = 'acl';
  d.participles.add(r);
  for (let k = 0; k < d.tokens.length; k++) if (d.heads[k] === r && k > c) d.heads[k] = c;
}

/** Words that open a clause of time or cause, and are prepositions too. */
const SUBORDINATORS = /^(after|before|since|until|till)$/;

/**
 * "The rupee rose after Standard & Poor's raised the rating": "after" is a preposition as often as
 * a subordinator, and the parser may read "after S&P" as a phrase and "raised" as a second verb of
 * "rose". A phrase opened by such a word and followed straight by a finite verb with no subject
 * of its own, joined to the same verb with no "and", is a clause: the phrase is its subject (so
 * is such a phrase on the verb's object, the second verb read as the first's complement).
 * Where the first verb was read as a participle on its subject and the second made the root
 * ("Peru protested/acl after Chile bombed/root Bolivia"), the first is the root again.
 */
export function repairSubordinateClause(d: Draft): void {
  const tk = d.tokens;
  for (let n = 0; n < tk.length; n++) {
    if (d.rels[n] !== 'obl' && d.rels[n] !== 'nmod' && d.rels[n] !== 'nsubj') continue;
    const c = children(d, n).find((k) => d.rels[k] === 'case' && k < n);
    if (c === undefined || !SUBORDINATORS.test(tk[c].lower)) continue;
    // ("Peru said after Chile won the vote that …": or the phrase is already the second verb's
    // subject, with the subordinator left on it as a case word)
    const h = d.heads[n];
    if (d.rels[n] === 'nsubj') {
      if (h > n && d.heads[h] >= 0 && /^(ccomp|conj|parataxis)$/.test(d.rels[h]) && /^VB[DZP]$/.test(xposOf(d, h)) && !children(d, h).some((k) => /^(cc|mark)$/.test(d.rels[k]))) {
        d.rels[h] = 'advcl';
        d.heads[c] = h; d.rels[c] = 'mark';
      }
      continue;
    }
    const v = edge(d, n, 1) + 1;
    // ("issued the ban after Chepkemei failed to turn up": the phrase may hang on the object, and
    // the second verb on the first as its complement)
    const g = d.rels[n] === 'nmod' ? d.heads[d.heads[n]] : d.heads[n];
    if (d.rels[n] === 'nmod' && (g < 0 || d.tokens[g].upos !== 'VERB' || !/^(obj|iobj)$/.test(d.rels[d.heads[n]]))) continue;
    if (v >= tk.length || g < 0 || !/^VB[DZP]$/.test(xposOf(d, v))) continue;
    // ("Peru protested after Chile bombed Bolivia": or the first verb was read as a participle on
    // its subject, "Peru protested(acl)", and the second made the root with that subject)
    const s0 = d.heads[g];
    if (d.rels[g] === 'acl' && d.heads[v] === -1 && s0 >= 0 && s0 < g && d.heads[s0] === v && /^nsubj/.test(d.rels[s0]) && /^VB[DZ]$/.test(d.tokens[g].xpos ?? '')
      && !children(d, v).some((k) => k !== s0 && /^(nsubj|nsubj:pass|cc|mark)$/.test(d.rels[k]))) {
      d.heads[g] = -1; d.rels[g] = 'root'; d.participles.delete(g);
      d.heads[s0] = g;
      for (let k = v + 1; k < tk.length; k++) if (d.heads[k] === v && d.rels[k] === 'punct') d.heads[k] = g;
    } else if (d.heads[v] !== g || !/^(conj|parataxis|ccomp|xcomp)$/.test(d.rels[v])) continue;
    if (children(d, v).some((k) => /^(nsubj|nsubj:pass|cc|mark)$/.test(d.rels[k]))) continue;
    d.heads[v] = g; d.rels[v] = 'advcl';
    d.heads[n] = v; d.rels[n] = 'nsubj';
    d.heads[c] = v; d.rels[c] = 'mark';
  }
}

/** Verbs with no passive: their "-ed" form after a noun is a past tense, never a participle. */
const NO_PASSIVE = /^(explode|die|arrive|occur|happen|erupt|collapse|vanish|disappear|emerge|fall|rise|go|come)$/;

/**
 * "A small home-made bomb exploded at dawn at the union's headquarters": in wire copy the parser
 * may make the noun the root and its verb a reduced relative ("a bomb [that was] exploded"). A verb
 * that has no passive cannot be one: it is the main verb, in the past, and the noun its subject;
 * the noun's words after the verb go with the verb.
 */
export function repairIntransitiveRoot(d: Draft): void {
  const n = d.tokens.length;
  for (let v = 0; v < n; v++) {
    const h = d.heads[v];
    if (h < 0 || d.rels[v] !== 'acl' || d.tokens[v].xpos !== 'VBN' || !NO_PASSIVE.test(d.tokens[v].lemma.toLowerCase()) || !/^(NOUN|PROPN)$/.test(d.tokens[h].upos ?? '')) continue;
    // ("Another bomb exploded at a bank, police said": or the noun stands for a clause, the report
    // of a speech verb, with no case word of its own)
    const g = d.heads[h];
    if (g >= 0 && (!/^(ccomp|parataxis|obl:unmarked)$/.test(d.rels[h]) || children(d, h).some((k) => d.rels[k] === 'case'))) continue;
    if (h > v || children(d, v).some((k) => /^(aux|aux:pass|obl:agent)$/.test(d.rels[k]))) continue;
    for (let k = v + 1; k < n; k++) if (d.heads[k] === h) d.heads[k] = v;
    d.heads[v] = g; d.rels[v] = g < 0 ? 'root' : d.rels[h] === 'obl:unmarked' ? 'advcl' : d.rels[h];
    d.heads[h] = v; d.rels[h] = 'nsubj';
    d.pastTense.add(v);
  }
}
