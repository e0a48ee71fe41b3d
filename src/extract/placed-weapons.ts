/**
 * actorgraph/extract/placed-weapons — a weapon placed or thrown at something is an act on it: "a
 * bomb was placed at a bank branch", "the rebels planted a bomb under a bus", "grenades were hurled
 * at the embassy", "explosives hurled by guerrillas against a garrison". Wire copy tells many
 * bombings this way, by the placing, with no verb of attack; the act is a bombing (an attack, for
 * what is thrown or fired from afar: grenades, rockets, mortars) of the target, by whoever placed
 * the weapon: the active subject, the passive's "by" phrase, or, with none written, the
 * unidentified individuals of the place (extract/unattributed.ts).
 *
 * Only told as a fact, and never where the weapon was found, defused or came across, failed to go
 * off or was only threatened (an attempt or a fear, no act on the target); nor a bomb named before
 * that someone moved ("the police placed the bomb in a flower bed"). The target is read as an
 * explosion's is (extract/explosion-targets.ts targetsOf): a building, a vehicle, people, not a place or a time.
 */
import type { Analysed } from './analyse.js';
import type { Home } from './home.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import type { Explosion } from './explosions.js';
import { targetsOf } from './explosion-targets.js';
import { mayBeUnattributed, nobodyAnswers, unidentifiedAgent } from './unattributed.js';
import { placedWeapon, THROWN } from './planted-weapons.js';
import { HEARSAY_ADVERBS } from './predicate.js';

/** A weapon found, defused or failing to go off, or only threatened: a bombing attempted or feared, not done. */
const FOILED = /\b(defus|deactivat|dismantl|disarm|found|discover|detect|locat|seiz|c[oa]me across|threat|fail(s|ed)? to (explode|go off|detonate)|(did|does|do) not (explode|go off|detonate))/i;

/** Words that make who did it only supposed. */
const SUPPOSED = /^(alleged|suspected|presumed|presumable|purported)$/;
/** Do the sentence's words from i to j (not j) hedge who did it? */
const hedgedBetween = (a: Analysed, i: number, j: number): boolean => a.s.tokens.slice(Math.max(0, i), j).some((x) => SUPPOSED.test(x.lower) || HEARSAY_ADVERBS.test(x.lower));

export function findPlacedWeapons(a: Analysed, home: Home | undefined, g: Gazetteer): Explosion[] {
  const t = a.tree, out: Explosion[] = [];
  // (as for a bomb that went off: not where the sentence names who answers for it, nor in a fight)
  if (!nobodyAnswers(a) || FOILED.test(a.s.text)) return out;
  const unknown = mayBeUnattributed(a);
  for (const c of a.clauses) {
    const v = c.head, w = placedWeapon(t, v);
    if (w === undefined || c.verb.negated || c.verb.modality !== 'asserted' || c.verb.tense === 'future') continue;
    // (the phrase of place hangs on the verb or on the weapon: "placed a bomb at the bank")
    const targets = targetsOf(a, [...t.childrenBy(v, 'obl'), ...t.childrenBy(w, 'nmod')]);
    if (!targets.length) continue;
    // (the placer: the active subject or the passive's "by" phrase; none written, the unidentified individuals)
    const named = c.rule !== 'passive-no-agent' ? c.subjects.flatMap((k) => a.resolved.get(k) ?? []).find((x) => x.type !== 'other' && x.type !== 'location') : undefined;
    if (c.rule !== 'passive-no-agent' && !named) continue;
    if (!named && !unknown) continue;
    // ("the police placed the bomb in a flower bed": a bomb named before, moved, is no new act on where it was put)
    if (!c.verb.passive && t.childrenBy(w, 'det').some((d) => t.lower(d) === 'the')) continue;
    const act = THROWN.test(t.lower(w)) ? 'attack' : 'bomb';
    // ("alleged guerrillas", "insurgents apparently belonging to the ELN": a placer only supposed)
    const hedged = !!named && c.subjects.some((k) => hedgedBetween(a, a.chs[k].start - 3, Math.max(a.chs[k].end, a.chs[k].start < v ? v : 0)));
    out.push({ head: v, agent: named ?? unidentifiedAgent(a, v, home, g), targets, verb: { ...c.verb, passive: false, lemma: act, lemmas: [act], label: act, modality: hedged ? 'possible' : c.verb.modality }, rule: 'placed:weapon' });
  }
  // (one per verb: the clause finder may read a verb twice)
  return out.filter((e, i) => out.findIndex((f) => f.head === e.head) === i);
}
