/**
 * actorgraph/extract/repairs/noun-clauses — a noun and a clause taken for one another. A noun
 * read as a verb's clausal complement, "of" read as a subordinator, a noun's content clause or
 * infinitive ("rumours he was …", "decision not to speak") hung on the verb above: each makes a
 * thing said or planned into a fact, a subject to the wrong verb, or loses an object.
 */
import { MODAL_NOUNS } from '../../lexicon.js';
import { isNominal } from '../tree.js';
import type { Draft } from './draft.js';
import { below } from './draft.js';

/**
 * "TROOPS BURNED FIVE HOUSES, …": a noun the parser made a clausal complement (ccomp) is no
 * clause; when it follows a verb that has no object, with only its own modifiers between, it is
 * that verb's object (common in capitals, where the tagger sees fewer cues).
 */
export function repairNominalComplement(d: Draft): void {
  for (let x = 1; x < d.tokens.length; x++) {
    if (d.rels[x] !== 'ccomp' || !isNominal(d.tokens[x].upos ?? '')) continue;
    let v = x - 1;
    while (v >= 0 && d.heads[v] === x) v--;
    if (v < 0 || d.tokens[v].upos !== 'VERB' || v === d.heads[x]) continue;
    let hasObj = false;
    for (let k = 0; k < d.tokens.length; k++) if (d.heads[k] === v && (d.rels[k] === 'obj' || d.rels[k] === 'ccomp')) hasObj = true;
    // (never under its own dependent: the tree must stay a tree)
    if (hasObj || below(d, v, x)) continue;
    d.heads[x] = v; d.rels[x] = 'obj';
  }
}

/**
 * "failed to confirm rumours he was starting a party": a clause right after a noun of report or
 * suspicion, its subject first, with no "that", says what the rumour is; the parser tends to hang
 * it on a verb further up. It goes back under the noun (scope.ts then reads it as unconfirmed).
 */
export function repairBareContentClause(d: Draft): void {
  for (let n = 0; n + 2 < d.tokens.length; n++) {
    if (MODAL_NOUNS[d.tokens[n].lower] !== 'possible' || d.tokens[n].upos !== 'NOUN') continue;
    const v = d.heads[n + 1];
    if (!/^nsubj/.test(d.rels[n + 1]) || v <= n + 1 || d.tokens[v].upos !== 'VERB' || d.heads[v] === n || d.heads[v] < 0) continue;
    if (!/^(advcl|ccomp|parataxis|conj|dep)$/.test(d.rels[v]) || below(d, n, v)) continue;
    d.heads[v] = n; d.rels[v] = 'acl';
  }
}

/**
 * "a former executive at the offices of Merrill Lynch has lost her case": "of" opens no clause in
 * English; when the parser makes it a subordinator before a subject, the subject is the noun
 * "of" governs, hung on the noun before it, and the verb keeps no subject of its own (no fact
 * is better than Merrill Lynch losing the case).
 */
export function repairOfClause(d: Draft): void {
  for (let o = 1; o + 1 < d.tokens.length; o++) {
    if (d.tokens[o].lower !== 'of' || d.rels[o] !== 'mark') continue;
    const v = d.heads[o];
    const s = d.tokens.findIndex((_, k) => k > o && k < v && d.heads[k] === v && /^nsubj/.test(d.rels[k]));
    const n = o - 1;
    if (v < 0 || s < 0 || !isNominal(d.tokens[n].upos ?? '') || below(d, n, s)) continue;
    d.heads[s] = n; d.rels[s] = 'nmod';
    d.heads[o] = s; d.rels[o] = 'case';
  }
}

/**
 * "critical of Mourinho's decision not to speak to the media": an infinitive straight after a
 * noun of plan, choice or duty ("decision", "plan", "attempt", "right", "need"; only "not" or
 * "never" between) says what the plan is; the parser often hangs it on the verb or adjective
 * above instead, which makes that clause's subject its doer. It goes back under the noun, whose
 * owner then does it (extract/clauses.ts) with the noun's modality (scope.ts).
 */
export function repairNounInfinitive(d: Draft): void {
  const tk = d.tokens;
  for (let n = 0; n + 2 < tk.length; n++) {
    if (tk[n].upos !== 'NOUN' || !MODAL_NOUNS[tk[n].lower]) continue;
    const to = /^(not|never)$/.test(tk[n + 1].lower) ? n + 2 : n + 1;
    const v = d.heads[to];
    if (tk[to]?.lower !== 'to' || d.rels[to] !== 'mark' || v <= to || tk[v].upos !== 'VERB') continue;
    if (!/^(advcl|xcomp|ccomp|conj|dep|parataxis)$/.test(d.rels[v]) || d.heads[v] === n || below(d, n, v)) continue;
    d.heads[v] = n; d.rels[v] = 'acl';
  }
}
