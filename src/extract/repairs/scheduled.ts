/**
 * actorgraph/extract/repairs/scheduled — "Peru was due to meet Chile", "the president is due to
 * visit Lima": a subject, a form of "be" and an adjective of scheduling or likelihood before a
 * "to"-infinitive. In short sentences the parser often makes the subject the root and hangs "be"
 * on it as a clause of its own ("Peru" → acl "was" → xcomp "due"), so no clause has a subject and
 * the event is lost or asserted. The adjective heads the clause, as UD has it: the noun its
 * subject, "be" its copula, the infinitive its xcomp (extract/predicate.ts reads the schedule).
 */
import type { Draft } from './draft.js';
import { children } from './draft.js';

/** Adjectives of schedule, likelihood or ability that take a "to"-infinitive. */
const TO_ADJECTIVES = /^(due|set|poised|likely|unlikely|able|unable|ready|willing|unwilling|eager|keen|reluctant|certain|sure|bound)$/;

export function repairScheduledAdjective(d: Draft): void {
  const tk = d.tokens;
  for (let a = 2; a + 2 < tk.length; a++) {
    const be = a - 1, to = a + 1, v = a + 2;
    if (!TO_ADJECTIVES.test(tk[a].lower) || tk[be].lemma !== 'be' || tk[to].lower !== 'to' || tk[v].upos !== 'VERB') continue;
    // (only the broken reading: "be" hung on the noun before it, the adjective on "be")
    const n = d.heads[be];
    if (n < 0 || n >= be || !/^(NOUN|PROPN|PRON)$/.test(tk[n].upos ?? '') || d.heads[a] !== be) continue;
    d.heads[a] = d.heads[n]; d.rels[a] = d.rels[n];
    d.heads[n] = a; d.rels[n] = 'nsubj';
    d.heads[be] = a; d.rels[be] = 'cop';
    d.heads[v] = a; d.rels[v] = 'xcomp';
    d.heads[to] = v; d.rels[to] = 'mark';
    // (what hung on the noun or on "be" after the adjective is the clause's: the full stop, a time)
    for (const k of [...children(d, n), ...children(d, be)]) if (k > a) d.heads[k] = a;
  }
}
