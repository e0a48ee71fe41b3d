/**
 * actorgraph/extract/claimed-acts — who did the acts a report tells with no doer. Wire copy names
 * the victim first ("Senator Estrada Velez was kidnapped on Tuesday": unidentified individuals,
 * extract/unattributed.ts) and the doer later, through the act's noun: "the Extraditables claimed
 * responsibility for the kidnapping", "the authorities attribute the attacks to drug traffickers"
 * (extract/event-nouns.ts: X –responsible for→ kidnapping). The noun refers back to those acts, as a
 * pronoun to a name: a singular noun ("the kidnapping") to the acts of its kind in the nearest
 * earlier sentence that tells one, a plural ("the attacks") to all the earlier ones.
 *
 * The new triple cites the sentence of the claim, where the doer is named; its object is the act's
 * victim, reached through the noun (its mention is the noun as written, "the kidnapping"). A claim
 * of responsibility is asserted as its claimant has it, a charge ("blamed", "attributed") possible.
 *
 * @example
 *   [0] unidentified individuals –kidnap→ Estrada Velez (passive:unattributed)
 *   [3] Extraditables –responsible for→ kidnapping (nominal:event)
 *   → [3] Extraditables –kidnap→ Estrada Velez «the kidnapping» (responsible:act)
 */
import type { Triple } from '../types.js';
import { tripleId } from './triple-id.js';

/** Kinds of act by the noun that names them, and the verbs that tell an act of that kind (any, for "the attack"). */
const KINDS: Array<[nouns: RegExp, verbs: RegExp | undefined]> = [
  [/^(kidnapping|kidnap|abduction)s?$/, /^(kidnap|abduct|seize|hold)$/],
  [/^(murder|assassination|killing|massacre|execution|slaying|death)s?$/, /^(kill|murder|assassinate|shoot|execute|massacre|slay|behead)$/],
  [/^(bombing|explosion|blast)s?$/, /^(bomb|explode|blow|dynamite|destroy|damage|kill|wound|injure)$/],
  [/^(attack|assault|raid|crime|incident|action|act|sabotage|violence|ambush)s?$/, undefined],
];

/** A noun phrase that points back: a definite or demonstrative determiner, or a possessor. */
const DEFINITE = /^(the|this|that|these|those|its|their)\b|['’]s?\b/i;

/** Rules that make the unidentified individuals an act's doer (extract/unattributed.ts, index.ts). */
const UNATTRIBUTED = /unattributed$/;

export function claimedActs(triples: readonly Triple[]): Triple[] {
  const out: Triple[] = [];
  const acts = triples.filter((t) => UNATTRIBUTED.test(t.rule) && !t.relation.negated);
  if (!acts.length) return out;
  const taken = new Set(triples.map((t) => t.id));
  for (const claim of triples) {
    if (claim.relation.label !== 'responsible for' || claim.object.type !== 'other' || claim.relation.negated) continue;
    if (claim.subject.type === 'other' || /unidentified/.test(claim.subject.id)) continue;
    // (a definite noun refers back, "the kidnapping", "this attack", "Rivera's murder"; "political
    // assassination is a constant practice" refers to no act; nor does a charge still to be laid)
    if (!DEFINITE.test(claim.object.mention ?? '') || claim.relation.tense === 'future' || !/^(asserted|possible)$/.test(claim.relation.modality)) continue;
    const noun = claim.object.name.toLowerCase().split(/\s+/).pop() ?? '';
    const kind = KINDS.find(([nouns]) => nouns.test(noun));
    if (!kind) continue;
    const earlier = acts.filter((t) => t.evidence.sentence < claim.evidence.sentence && (!kind[1] || kind[1].test(t.relation.lemma)));
    if (!earlier.length) continue;
    // (the plural: all of them; the singular: those of the nearest sentence that tells one)
    const nearest = Math.max(...earlier.map((t) => t.evidence.sentence));
    const referred = /s$/.test(noun) && !/^(crisis|sabotage)$/.test(noun) ? earlier : earlier.filter((t) => t.evidence.sentence === nearest);
    for (const act of referred) {
      const relation = { ...act.relation, negated: false, modality: claim.relation.modality };
      const object = { ...act.object, mention: claim.object.mention };
      const id = tripleId(claim.evidence.doc, claim.evidence.sentence, claim.subject.id, relation.type, object.id);
      if (taken.has(id)) continue;
      taken.add(id);
      out.push({ id, subject: claim.subject, relation, object, evidence: claim.evidence,
        ...(claim.attribution ? { attribution: claim.attribution } : {}), ...(act.time ?? claim.time ? { time: act.time ?? claim.time } : {}),
        rule: 'responsible:act', confidence: 0.45 });
    }
  }
  return out;
}
