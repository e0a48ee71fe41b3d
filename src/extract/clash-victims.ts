/**
 * actorgraph/extract/clash-victims — those killed or wounded in a clash with someone were harmed by
 * that side: "nine guerrillas were killed in a confrontation with army troops", "a drug trafficker
 * was killed during a shootout with the police". Military communiques tell most of the war's dead
 * this way, with no verb of attack and no "by" phrase; event coders code the other side as the
 * doer (unattributed.ts leaves fights alone: the doer is not unknown, it is the other side; only a
 * bystander harmed in a fight whose sides go unnamed is the unidentified individuals' work there).
 *
 * Only a passive of harm with no doer of its own, or a dying ("died in a clash with the police": the
 * side killed them), told as a fact; only a fight named with "with" or
 * "against" its other side ("in clashes between the army and the rebels" names both sides, and
 * who killed whom is not told); only people as victims, and never the side itself.
 */
import type { Actor } from '../types.js';
import type { Analysed } from './analyse.js';
import type { Clause } from './clauses.js';
import { isPeople } from './unattributed.js';
import { HARM_VERBS } from '../lexicon.js';

/** Nouns of a fight between armed sides. */
const FIGHTS = /^(clash|clashes|fighting|fights?|combats?|confrontations?|battles?|skirmish|skirmishes|shootouts?|shoot-outs?|firefights?|gunfights?|gunbattles?|encounters?|engagements?)$/;
/** Where a harm happened in a fight: "in clashes", "during a shootout". */
const IN_FIGHT = /^(in|during|amid)$/;

export interface ClashHarm { clause: Clause; agent: Actor }

/** The other side of a fight the harm at clause c happened in, if one is named. */
function otherSide(a: Analysed, c: Clause): Actor[] {
  const t = a.tree, out: Actor[] = [];
  for (const x of t.childrenBy(c.head, 'obl')) {
    if (!IN_FIGHT.test(t.caseWord(x)) || !FIGHTS.test(t.lower(x))) continue;
    for (const y of t.childrenBy(x, 'nmod')) {
      if (!/^(with|against)$/.test(t.caseWord(y))) continue;
      for (const k of a.args.mentionsOf(y)) {
        const actor = a.resolved.get(k)?.[0];
        if (actor && /^(group|country|person|organization)$/.test(actor.type)) out.push(actor);
      }
    }
  }
  return out;
}

export function findClashHarm(a: Analysed): ClashHarm[] {
  const out: ClashHarm[] = [];
  for (const c of a.clauses) {
    if (c.verb.negated || c.verb.tense === 'future') continue;
    const harmed = c.verb.passive && c.rule === 'passive-no-agent' && HARM_VERBS.test(c.verb.lemma);
    // ("three rebels died in a clash with the army": the dead are the subject, and the side killed them)
    const died = !c.verb.passive && c.verb.lemma === 'die';
    if (!harmed && !died) continue;
    const verb = died ? { ...c.verb, lemma: 'kill', lemmas: ['kill'], label: 'kill' } : c.verb;
    for (const agent of otherSide(a, c)) {
      // (people of the side itself are not its victims: "soldiers killed in clashes with soldiers" is a misreading)
      const victims = (died ? c.subjects : c.objects).filter((k) => isPeople(a, k) && a.resolved.get(k)?.[0]?.id !== agent.id);
      if (victims.length) out.push({ clause: { ...c, verb, objects: victims }, agent });
    }
  }
  return out;
}
