/**
 * actorgraph/extract/repairs/noun-clauses — a noun and a clause taken for one another. A noun
 * read as a verb's clausal complement, "of" read as a subordinator, a noun's content clause or
 * infinitive ("rumours he was …", "decision not to speak") hung on the verb above: each makes a
 * thing said or planned into a fact, a subject to the wrong verb, or loses an object.
 */
import { MODAL_NOUNS, OBJECT_CONTROL_ONLY, PASSIVE_CONTROL } from '../../lexicon.js';
import { isNominal } from '../tree.js';
import { controllable } from '../predicate.js';
import type { Draft } from './draft.js';
import { below, children, edge, hasByAgent, xposOf } from './draft.js';
import { REACTING } from '../reaction-agent.js';

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

/**
 * "set off an explosive device presumably abandoned by the FMLN": the parser hangs a passive
 * participle with its agent on the verb before it, as an adjunct, so the verb's subject (who set
 * the device off) reads as what the agent abandoned. A passive participle with a "by" agent, right
 * after the verb's object or "of"-less phrase (adverbs between, no comma), describes that noun: a
 * reduced relative clause on it. (After a comma it stays the verb's: "took the town, supported by
 * Cuban advisers".)
 */
export function repairParticipleOnObject(d: Draft): void {
  const tk = d.tokens;
  for (let p = 2; p < tk.length; p++) {
    const v = d.heads[p];
    if (d.rels[p] !== 'advcl' || v < 0 || v > p) continue;
    // ("saw the police beating protesters", "would not forgive anybody fuelling speculation": so is an
    // "-ing" participle right after the object of a verb of seeing, finding or forgiving)
    const seen = tk[p].xpos === 'VBG' && PERCEIVE.test(tk[v].lemma.toLowerCase());
    if (tk[p].xpos !== 'VBN' && !seen) continue;
    if (!seen && !hasByAgent(d, p)) continue;
    if (children(d, p).some((c) => /^(aux|aux:pass|nsubj|nsubj:pass|mark)$/.test(d.rels[c]))) continue;
    // (the noun right before the participle, past its adverbs, is the verb's object or phrase)
    let n = p - 1;
    while (n > v && d.rels[n] === 'advmod' && d.heads[n] === p) n--;
    if (n <= v || !isNominal(tk[n].upos ?? '') || d.heads[n] !== v || !(seen ? /^obj$/ : /^(obj|obl)$/).test(d.rels[n])) continue;
    d.heads[p] = n;
    d.rels[p] = 'acl';
  }
}

/** Verbs of seeing, finding or forgiving someone doing something. */
const PERCEIVE = /^(see|watch|hear|notice|catch|find|forgive|spot|film|photograph|imagine|picture|discover|witness|observe)$/;

/**
 * "WE URGE THE HONDURAN PEOPLE TO REFLECT ON …", "CRIMES OBLIGE THE GOVERNMENT TO DEFEND …": the
 * parser hangs the infinitive after the object of a verb of urging or making on the object noun
 * (as if it said what the people are for) or on the verb as a purpose; it is the verb's controlled
 * complement (xcomp), which the object does as urged (clauses.ts) and which carries the urging
 * (scope.ts). Not after a noun of plan or right ("allowed Peru the right to fish"). So is one hung as
 * a purpose on a passive verb of control ("was ordered by the court to pay"): the subject pays;
 * unless the subject is a thing, when the infinitive is the agent's purpose ("an action is
 * required by Peru to fight the cartels"), however the parser hung it.
 */
export function repairControlledInfinitive(d: Draft): void {
  const tk = d.tokens;
  for (let x = 2; x < tk.length; x++) {
    if (!/^(acl|advcl|xcomp)$/.test(d.rels[x]) || tk[x].upos !== 'VERB') continue;
    const mark = children(d, x).find((c) => c < x && d.rels[c] === 'mark');
    if (mark === undefined || tk[mark].lower !== 'to') continue;
    // ("Microsoft was ordered by the court to pay …": in the passive the subject is the one ordered;
    // but "an action is required by Peru to fight …": a thing is none, the infinitive is the agent's purpose)
    const g = d.heads[x];
    if (g >= 0 && g < x && tk[g].upos === 'VERB' && PASSIVE_CONTROL[tk[g].lemma ?? ''] !== undefined && d.rels[x] !== 'acl'
      && children(d, g).some((c) => /^(aux:pass|nsubj:pass)$/.test(d.rels[c])) && !children(d, x).some((c) => /^nsubj/.test(d.rels[c]))) {
      const ordered = children(d, g).filter((c) => d.rels[c] === 'nsubj:pass').every((c) => controllable(tk[g].lemma ?? '', tk[c].upos ?? '', tk[c].lower, tk[c].xpos ?? ''));
      const agent = children(d, g).some((c) => d.rels[c] === 'obl:agent');
      d.rels[x] = ordered ? 'xcomp' : agent ? 'advcl' : d.rels[x];
      continue;
    }
    if (d.rels[x] === 'xcomp') continue;
    // ("had allowed Britain, France and Germany to take the lead": the parser may call the one
    // allowed a nominal xcomp of the verb, and the infinitive a purpose)
    const n = d.rels[x] === 'acl' ? d.heads[x] : children(d, d.heads[x]).find((c) => d.rels[c] === 'obj' || (d.rels[c] === 'xcomp' && c < x && isNominal(tk[c].upos ?? '')));
    // ("HAS ASKED THE IMF TO TIGHTEN": the parser may call the one asked an indirect object)
    if (n === undefined || n < 0 || n > x || !/^(i?obj|xcomp)$/.test(d.rels[n]) || MODAL_NOUNS[tk[n].lower]) continue;
    const v = d.heads[n];
    if (v < 0 || tk[v].upos !== 'VERB' || !(OBJECT_CONTROL_ONLY.test(tk[v].lemma ?? '') || ASKING.test((tk[v].lemma ?? '').toLowerCase())) || below(d, v, x)) continue;
    if (d.rels[n] === 'iobj' && children(d, v).some((c) => d.rels[c] === 'obj')) continue;
    d.heads[x] = v; d.rels[x] = 'xcomp'; d.rels[n] = 'obj';
  }
}

/** Verbs of asking or telling someone to act: their object does what the infinitive after it says. */
const ASKING = /^(ask|tell|order|request|advise|warn)$/;

/**
 * "condemned the attack carried out by the rebels", "REJECTED THE PROPOSAL SUBMITTED BY THE
 * REBELS": after a verb of reacting that has no object, a noun and a past form with a "by" agent,
 * read as a clause ("the attack carried out …"), are the verb's object and a participle on it;
 * such verbs take acts and words, not clauses of what happened.
 */
export function repairReactedObject(d: Draft): void {
  const tk = d.tokens;
  for (let p = 2; p < tk.length; p++) {
    const v = d.heads[p];
    if (v < 0 || v > p || !/^(ccomp|xcomp)$/.test(d.rels[p]) || xposOf(d, p) !== 'VBD' || !REACTING.test((tk[v].lemma ?? '').toLowerCase())) continue;
    const kids = children(d, p);
    const n = kids.find((c) => c < p && d.rels[c] === 'nsubj');
    if (n === undefined || !isNominal(tk[n].upos ?? '') || edge(d, n, -1) !== v + 1) continue;
    if (kids.some((c) => /^(obj|aux|aux:pass|mark|nsubj:pass|ccomp|expl)$/.test(d.rels[c])) || !hasByAgent(d, p)) continue;
    if (children(d, v).some((c) => d.rels[c] === 'obj')) continue;
    d.heads[n] = v; d.rels[n] = 'obj';
    d.heads[p] = n; d.rels[p] = 'acl';
    d.participles.add(p);
  }
}

/**
 * 'If Labour voters "stayed at home", they could …': the parser, thrown by scare quotes, may hang
 * the clause's "if" on its subject noun. A subordinator belongs to a clause, never to a subject: a
 * mark before a nominal subject goes to the subject's verb, so the clause is read as the condition
 * it is (extract/scope.ts).
 */
export function repairMarkOnSubject(d: Draft): void {
  const tk = d.tokens;
  for (let m = 0; m < tk.length; m++) {
    const x = d.heads[m];
    if (d.rels[m] !== 'mark' || x <= m || !/^nsubj/.test(d.rels[x]) || !/^(NOUN|PROPN|PRON)$/.test(tk[x].upos ?? '')) continue;
    const v = d.heads[x];
    if (v > x && /^(VERB|AUX|ADJ)$/.test(tk[v].upos ?? '')) d.heads[m] = v;
  }
}
