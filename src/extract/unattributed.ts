/**
 * actorgraph/extract/unattributed — violence told with no doer: "a Dutch reporter was killed today
 * in a shootout", "seven guards were killed in downtown Lima", "the judge was killed by a bomb".
 * Someone did it and the text does not say who. Event datasets keep such events with an unknown
 * actor (ACLED's "unidentified armed group" of the country); here the doer is the document's
 * unidentified individuals of its home country (the node "unidentified individuals" in the text
 * also makes), so the victim, the place and the time reach the graph, and an analyst sees the
 * attacks that nobody has claimed. Only for verbs of violence, only when the victim is people (or
 * the target of an attack or a bombing), and not when the sentence names a cause that is no one's
 * act ("killed in a car accident", "injured in the earthquake").
 */
import type { Actor } from '../types.js';
import type { Analysed } from './analyse.js';
import type { Clause } from './clauses.js';
import type { Home } from './home.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import { namesPeople } from '../resolve/unnamed-persons.js';
import { homeActor } from './unnamed.js';
import { harmPlacer, placesWeapon, placingHedged } from './planted-weapons.js';
import { ATTACK_HEADS, EVENT_NOUNS, HARM_VERBS, TIME_NOUNS } from '../lexicon.js';
import { bystander, fightSidesNamed, fightTold } from './fights.js';
import { creditClaimed } from './event-nouns.js';

/** Verbs of violence against people or things (a bus, an embassy, a pipeline); those against people are lexicon's HARM_VERBS. */
const STRIKE = /^(attack|bomb|shell|dynamite|ambush|strafe|machinegun|machine-gun|firebomb|sabotage)$/;
/** An agent phrase naming a weapon names no doer: "killed by a bomb", "wounded by gunfire". */
const WEAPON = /^(bomb|bombs|explosive|explosives|device|mine|mines|grenade|grenades|dynamite|bullet|bullets|gunfire|shot|shots|shrapnel|fire|crossfire|charge|explosion|explosions|blast|blasts|bombing|bombings|car-bomb)$/;
/** Causes that are no one's act. */
/** Accidents and disasters ("an emergency landing" is one too, read with the word before it). */
const ACCIDENT = /^(accident|crash|collision|earthquake|quake|flood|floods|flooding|storm|hurricane|cyclone|typhoon|tsunami|landslide|mudslide|avalanche|stampede|blaze|derailment|drowning|illness|disease|heatwave|lightning|shipwreck)$/;

/** Verbs of wrecking a thing, someone's act only when the sentence names a blast. */
const WRECK = /^(destroy|damage|wreck|demolish|raze|gut)$/;
/** Words of a blast: a bomb's or an explosive's. */
const BLAST = /^(explosion|explosions|blast|blasts|bomb|bombs|bombing|bombings|car-bomb|dynamite|explosive|explosives|grenade|grenades|device|devices)$/;
const blastNamed = (a: Analysed): boolean => a.s.tokens.some((t) => BLAST.test(t.lower));

/** `doerWhen`: the agent is the doer of the act a "when" clause tells of, not the unidentified individuals. */
export interface Unattributed { clause: Clause; agent: Actor; doerWhen?: true }

export function findUnattributed(a: Analysed, home: Home | undefined, g: Gazetteer): Unattributed[] {
  const out: Unattributed[] = [];
  const tk = a.s.tokens;
  // ("a reporter was killed in a shootout": in a fight whose sides the sentence does not name, only
  // those who take no side were harmed by someone unknown; a fighter's killer is the other side)
  const bystandersOnly = !mayBeUnattributed(a);
  if (bystandersOnly && !(mayBeUnattributed(a, false) && !fightSidesNamed(a))) return out;
  for (const c of a.clauses) {
    // (told as a fact: "should be killed" is no killing; a depictive "withdrew injured" is no act)
    if (!c.verb.passive || c.verb.negated || c.verb.modality !== 'asserted' || c.verb.tense === 'future' || !c.objects.length || /^(xcomp|advcl)$/.test(a.tree.rel(c.head))) continue;
    const lemma = c.verb.lemma;
    // ("two vehicles were destroyed … following the explosion of two bombs": what a blast wrecks,
    // someone's bomb wrecked; with no blast named, a wreck may be an accident's)
    const wrecked = WRECK.test(lemma) && blastNamed(a);
    if (!HARM_VERBS.test(lemma) && !STRIKE.test(lemma) && !wrecked) continue;
    // (an active subject beside it means the parser's "passive" is no passive: "Pop star Britney Spears has attacked")
    if (a.tree.child(c.head, 'nsubj') !== undefined && a.tree.rel(a.tree.child(c.head, 'nsubj')!) === 'nsubj') continue;
    // ("Hotel Rwanda was shot in South Africa": a film is shot too; a person is shot dead or in the body)
    if (lemma === 'shoot' && !tk.some((t) => /^(dead|head|chest|leg|legs|back|arm|neck|stomach|face|wounded|killed)$/.test(t.lower))) continue;
    // no doer written, or only a weapon: "was killed", "was killed by a bomb"; and none found for
    // the same verb by the chunk patterns where the parse lost the "by" phrase
    if (c.rule !== 'passive-no-agent' && !(c.rule === 'passive' && c.subjects.length && c.subjects.every((k) => weapon(a, k)))) continue;
    if (a.clauses.some((o) => o !== c && o.vg === c.vg && o.subjects.some((k) => !weapon(a, k)))) continue;
    // ("raids in which 54 civilians were killed": killed in an act whose doer the sentence names or not, the act's)
    if (inActsClause(a, c.head)) continue;
    // ("were murdered, kidnapped and tortured by the mercenary groups": a conjunct's "by" phrase is this verb's too)
    if (a.tree.conjuncts(c.head).some((v) => v !== c.head && a.tree.childrenBy(v, 'obl').some((x) => a.tree.caseWord(x) === 'by'))) continue;
    // (people are harmed; bodies, states and places are attacked or bombed; people are harmed, not
    // wrecked: "two persons were damaged" is a misreading)
    const something = (k: number) => !/^(none|time)$/.test(a.mentions.get(k)?.kind ?? 'none');
    const victims = c.objects.filter((k) => (STRIKE.test(lemma) ? something(k) : wrecked ? something(k) && !isPeople(a, k) : isPeople(a, k)) && (!bystandersOnly || bystander(a, k)));
    if (!victims.length) continue;
    // ("four soldiers were killed when the rebels ambushed a truck": the ambush's doer killed them)
    const doer = whenDoer(a, c.head);
    // ("killed by a bomb presumably placed by X": X only presumably did it)
    const clause = doer && c.verb.modality === 'asserted' && placingHedged(a.tree, c.head) ? { ...c, objects: victims, verb: { ...c.verb, modality: 'possible' as const } } : { ...c, objects: victims };
    out.push(doer ? { clause, agent: doer, doerWhen: true } : { clause, agent: unidentifiedAgent(a, c.head, home, g) });
  }
  return out;
}

/**
 * Can this sentence tell of violence by someone unknown? Not an accident or a disaster (no one's
 * act), not clashes (the other side did it), not a question (it asserts nothing), and not where
 * the sentence says who answers for it ("X claimed responsibility for the attack, in which …", "X was
 * the perpetrator of the murder").
 */
export function mayBeUnattributed(a: Analysed, fights = true): boolean {
  return nobodyAnswers(a, fights) && !attackWithDoer(a);
}

/** The sentence tells of no accident, clash (unless `fights` is false) or question, and names nobody who answers for it (an attack's kind of doer aside). */
export function nobodyAnswers(a: Analysed, fights = true): boolean {
  const tk = a.s.tokens;
  // ("X was the perpetrator of the murder", "the killers of the judge": a doer named by his role;
  // "claimed credit for the attack" answers for it as a claim of responsibility does)
  return !(fights && fightTold(a)) && !tk.some((t) => ACCIDENT.test(t.lemma.toLowerCase()) || (t.lower === 'landing' && /^(emergency|forced|crash)$/.test(tk[t.i - 1]?.lower ?? '')) || (/^responsib/.test(t.lower) || /^(perpetrators?|culprits?|masterminds?|killers?|murderers?|assassins?)$/.test(t.lower)) || creditClaimed(a.tree, t.i)) && tk[tk.length - 1]?.text !== '?';
}

/** Words before an attack noun that say whose it is: "a guerrilla attack", "rebel raids". */
const DOER_WORDS = /^(guerrilla|guerrillas|rebel|rebels|terrorist|terrorists|insurgent|subversive|paramilitary|army|military|police|militia|commando|mercenary|mercenaries|narcoterrorist|cartel|enemy)$/;

/** "during an FMLN attack", "as a result of a Shining Path attack", "in a guerrilla raid": the act's doer is named in it. */
function attackWithDoer(a: Analysed): boolean {
  const tk = a.s.tokens;
  for (const m of a.mentions.values()) {
    if (m.kind !== 'concept' || m.end - m.start < 2) continue;
    const head = tk[m.end - 1].lower;
    if (!ATTACK_HEADS.has(head) && !EVENT_NOUNS[head]) continue;
    // (a person who owns an act of harm suffered it: "Luis Galan's murder", extract/event-nouns.ts)
    if (m.owner?.type === 'person' && HARM_VERBS.test(EVENT_NOUNS[head]?.verb ?? '')) continue;
    // (a date's capital names no doer: "the 18 August assassination of …")
    for (let i = m.start; i < m.end - 1; i++) if (DOER_WORDS.test(tk[i].lower) || (/^[A-Z]/.test(tk[i].text) && i > 0 && tk[i].pos !== 'DET' && !TIME_NOUNS.has(tk[i].lower))) return true;
  }
  // ("the attack staged tonight by urban guerrilla commandos": a participle on the act names its doer with "by")
  const t = a.tree;
  for (let n = 0; n < tk.length; n++) {
    if (!ATTACK_HEADS.has(t.lower(n)) && !EVENT_NOUNS[t.lower(n)]) continue;
    if (t.childrenBy(n, 'acl').some((v) => t.childrenBy(v, 'obl', 'obl:agent').some((x) => t.caseWord(x) === 'by'))) return true;
  }
  return false;
}

/**
 * The unknown doer of an act at word h. Whose they are is unknown: the country is where it
 * happened, named in the clause (or, where it names none, in the clause it is told within: "killed
 * in Lima when a bomb planted under a bus went off") or by a wire dateline, never a home read off
 * the story's mentions, which may be the victims'. A place in another country outranks the dateline
 * only where it is sure: a country, a place its nationality adjective names ("the Peruvian port of
 * Callao" under a Moscow dateline), or a city whose country the document names by something else;
 * a bare city name may be another country's namesake ("in Cordoba" under a Colombian dateline is
 * Colombia's, not Spain's).
 */
export function unidentifiedAgent(a: Analysed, h: number, home: Home | undefined, g: Gazetteer): Actor {
  const place = placeAbove(a, h, home);
  const where = place?.sure ? place.code : home?.viaDateline ? home.country : place?.code;
  const mention = 'unidentified individuals';
  return where ? homeActor(where, 'unidentified individual', 'unidentified individuals', 'group', mention, g)
    : { id: 'group:unidentified-individual', name: 'unidentified individuals', type: 'group', mention };
}

/** Verbs of an armed act whose doer, in a "when" clause, did the harm told before it (so do verbs of placing a weapon, "when the rebels planted a bomb"). */
const ARMED_ACT = /^(ambush|attack|assault|raid|bomb|shell|fire|shoot|storm|dynamite|machinegun|strafe|open)$/;

/**
 * The doer of an armed act told in a "when", "as" or "after" clause of the harm at h (or of the verb
 * it is joined to: "were killed and eight were wounded when the rebels ambushed …"), if the clause's
 * subject is an actor; else whoever placed the weapon that did it.
 */
function whenDoer(a: Analysed, h: number): Actor | undefined {
  const t = a.tree;
  const host = t.rel(h) === 'conj' && t.head(h) >= 0 ? t.head(h) : h;
  for (const v of [...t.childrenBy(h, 'advcl'), ...(host !== h ? t.childrenBy(host, 'advcl') : [])]) {
    if (!(ARMED_ACT.test(t.lemma(v)) || placesWeapon(t, v)) || !t.children(v).some((m) => /^(when|as|after)$/.test(t.lower(m)) && m < v)) continue;
    const subj = t.child(v, 'nsubj');
    const k = subj === undefined ? -1 : a.args.mentionOf(subj);
    const doer = k >= 0 ? a.resolved.get(k)?.[0] : undefined;
    if (doer && doer.type !== 'other' && doer.type !== 'location') return doer;
  }
  // ("killed when a bomb planted by the rebels exploded": who placed the weapon, extract/planted-weapons.ts)
  const placer = harmPlacer(t, h);
  const k = placer === undefined ? -1 : a.args.mentionOf(placer);
  const doer = k >= 0 ? a.resolved.get(k)?.[0] : undefined;
  return doer && doer.type !== 'other' && doer.type !== 'location' ? doer : undefined;
}

/** Is mention k people ("a judge", "seven guards", a person or group actor)? */
export function isPeople(a: Analysed, k: number): boolean {
  const m = a.mentions.get(k);
  if (!m || m.kind === 'none' || m.kind === 'time') return false;
  const actor = a.resolved.get(k)?.[0];
  if (actor && actor.type !== 'other') return actor.type === 'person' || actor.type === 'group';
  return namesPeople(actor?.name ?? m.concept ?? '');
}

const weapon = (a: Analysed, k: number): boolean => {
  const m = a.mentions.get(k);
  const name = (a.resolved.get(k)?.[0]?.name ?? m?.concept ?? '').toLowerCase();
  return (!a.resolved.get(k)?.[0] || a.resolved.get(k)![0].type === 'other') && WEAPON.test(name.split(/\s+/).pop() ?? '');
};

/** Nouns of a place a nationality adjective can put in its country: "the Peruvian port of Callao", "this Colombian city". */
const PLACE_NOUNS = /^(port|city|town|village|capital|department|province|region|district|municipality|state|island|coast|border|jungle|highlands|countryside)s?$/;

/** A place named for the act at h: its country's code, and whether it outranks a dateline. */
interface Place { code: string; sure: boolean }

/**
 * The place of the clause at h, else of the clause it is told within, climbing through the words
 * that hold it (a participle, a "when" clause, a noun: "a bomb planted under a bus" in "injured in
 * Callao as a result of an explosion caused by a bomb planted …"), never out of a report (a
 * speaker's place is not the act's).
 */
function placeAbove(a: Analysed, h: number, home: Home | undefined): Place | undefined {
  const t = a.tree;
  for (let x = h, n = 0; x >= 0 && n < 8; x = t.head(x), n++) {
    // (only through a blast, an attack or its result: "after his acquittal for the killing of a
    // reporter, he set up in Hong Kong" or "a movement in Colombia which staged the kidnapping"
    // tell of the act inside another that happened elsewhere; and an act named by a noun keeps to its own phrases)
    if (x !== h && t.upos(x) !== 'VERB' && !(BLAST.test(t.lower(x)) || ATTACK_HEADS.has(t.lower(x)) || /^(result|consequence)$/.test(t.lower(x)))) break;
    if (t.upos(x) === 'VERB' || x === h) {
      const p = placeOf(a, x, home);
      if (p) return p;
    }
    if (t.upos(h) !== 'VERB' || /^(ccomp|parataxis|root|acl:relcl)$/.test(t.rel(x))) break;
  }
  return undefined;
}

/** The country of an "in" place among the clause's own phrases ("killed in downtown Lima" → PER), and whether it is sure. */
function placeOf(a: Analysed, h: number, home: Home | undefined): Place | undefined {
  const t = a.tree;
  // (and the object's: "damaged the offices in Lima")
  const phrases = t.childrenBy(h, 'obl', 'nmod', 'obj');
  for (let i = 0; i < phrases.length; i++) {
    const x = phrases[i];
    phrases.push(...t.childrenBy(x, 'nmod').filter((y) => !phrases.includes(y)));
    if (t.caseWord(x) !== 'in') continue;
    const k = a.args.mentionOf(x);
    const actor = k >= 0 ? a.resolved.get(k)?.[0] : undefined;
    if (actor?.type === 'country') return { code: actor.id, sure: true };
    // ("in the Peruvian port of Callao": a place noun its nationality adjective puts in a country,
    // read off the adjective's own phrase where the noun stands for the city named after it)
    const adjective = PLACE_NOUNS.test(t.lower(x)) ? t.children(x).filter((y) => y < x && /^(amod|compound)$/.test(t.rel(y))).map((y) => a.resolved.get(a.args.mentionOf(y))?.[0]).find((y) => y?.type === 'other' && y.country) : undefined;
    if (adjective) return { code: adjective.country!, sure: true };
    if (actor?.type !== 'location' || !actor.country) continue;
    // (a city whose country the document names by something other than it)
    const namers = home?.namedBy?.get(actor.country);
    return { code: actor.country, sure: !!namers && [...namers].some((id) => id !== actor.id) };
  }
  return undefined;
}

/** Is the clause at h (or the report it is the content of) a relative clause on an act ("raids in which … were killed")? */
function inActsClause(a: Analysed, h: number): boolean {
  const t = a.tree;
  for (let x = h, n = 0; x >= 0 && n < 4; x = t.head(x), n++) {
    if (t.rel(x) === 'acl:relcl') {
      const up = t.head(x);
      // ("the operation in which X was killed": an act of its own doers, named or not)
      return up >= 0 && (!!EVENT_NOUNS[t.lower(up)] || ATTACK_HEADS.has(t.lower(up)) || /^(operation|operations|shootout|ambush|clash|clashes|battle|fighting)$/.test(t.lower(up)));
    }
    if (!/^(ccomp|conj|parataxis)$/.test(t.rel(x)) && x !== h) return false;
  }
  return false;
}

