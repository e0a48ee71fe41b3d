/**
 * actorgraph/extract/repairs/reported-acts — an act of violence joined after a report is one more
 * act of the report's doer, not the reporter's: "HE REPORTED THAT GUERRILLAS KILLED A PEASANT IN
 * FLORES, AND BURNED A TANK TRUCK". The parser, after a long clause and a comma, joins the last verb
 * to the verb of saying, and the truck was burned by whoever reported it.
 *
 * Only a verb of violence (a reporter reports; he does not burn, bomb or kill in the same breath),
 * with no subject or auxiliary of its own, after a reported clause that has its own subject.
 */
import { SPEECH_VERBS } from '../../lexicon.js';
import type { Draft } from './draft.js';
import { children, edge } from './draft.js';

/** Acts of violence and destruction. */
const VIOLENCE = /^(kill|murder|assassinate|kidnap|abduct|wound|injure|massacre|torture|execute|shoot|attack|assault|ambush|raid|bomb|dynamite|burn|torch|destroy|damage|blow|loot|sack|steal|rob|seize|occupy|machinegun|strafe|shell)$/;

export function repairReportedAct(d: Draft): void {
  const tk = d.tokens;
  for (let v = 2; v < tk.length; v++) {
    const s = d.heads[v];
    if (d.rels[v] !== 'conj' || s < 0 || s > v || tk[v].upos !== 'VERB' || !VIOLENCE.test(tk[v].lemma ?? '') || !SPEECH_VERBS.has(tk[s].lemma ?? '')) continue;
    if (children(d, v).some((c) => c < v && /^(nsubj|expl|aux|mark)/.test(d.rels[c]))) continue;
    // (the report's clause, with a subject of its own, ending before the act)
    const c = children(d, s).find((k) => d.rels[k] === 'ccomp' && k < v && tk[k].upos === 'VERB' && edge(d, k, 1) < v
      && children(d, k).some((x) => /^nsubj/.test(d.rels[x])) && !SPEECH_VERBS.has(tk[k].lemma ?? ''));
    // (not after a reported "would" or "will": in "said Labour would set out plans … and attacked the
    // Tory plans" the past act is the speaker's own)
    if (c === undefined || children(d, c).some((x) => d.rels[x] === 'aux' && tk[x].xpos === 'MD')) continue;
    d.heads[v] = c;
  }
}
