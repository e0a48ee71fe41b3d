/**
 * actorgraph/extract/clauses — clauses read from the dependency tree, in the manner of ClausIE
 * and PredPatt: every predicate (a verb, or a noun/adjective with a copula) with its subject
 * (`nsubj`; for a passive `obl:agent`), objects (`obj`, `iobj`) and prepositional arguments
 * (`obl` with its case word). Where the subject is not written, the tree says who it is:
 *
 *   "Russia condemned X and called for Y"       conj      → the first verb's subject
 *   "NATO urged Russia to withdraw"             xcomp     → the controlling object (Russia)
 *   "the rebels who attacked the convoy"        acl:relcl → the antecedent
 *   "Solidere, the company founded by Hariri"   acl (VBN) → a passive on the antecedent,
 *                                                            through the apposition to its name
 *   "…, saying it would retaliate"              advcl     → the main clause's subject
 */
import { gluedHyphen } from '../nlp/wink.js';
import type { Actor } from '../types.js';
import type { Chunk } from './chunks.js';
import type { Mention } from './mentions.js';
import { isNominal, type Tree } from './tree.js';
import type { Arguments } from './arguments.js';
import { readPredicate, folds, type VerbInfo } from './predicate.js';
import { fireNoun, FIRE_TARGET } from './fire-idioms.js';
import { proVerb } from './pro-verb.js';
import { prepositionalParticiple } from './prepositional.js';
import { surfaceSubject } from './surface-subject.js';
import { participleAgent } from './reaction-agent.js';
import { sharedHarmAgent } from './shared-agent.js';
import { weaponOwner } from './owned-weapons.js';
import { applyScope } from './scope.js';
import { findAppositions } from './appositions.js';
import { namesParties } from './party-nouns.js';
import { COMMIT_VERBS, MODAL_NOUNS, MODALS, NO_EVENT_IDIOMS, MOTION_NOUNS, PARTICLES, PLACE_PREPOSITIONS, RELATIONAL_NOUNS, SCORE, SPEECH_VERBS, ADVERBIAL_MARKS, POSSESSIVES, JUDGING_VERBS, REASON_CASE } from '../lexicon.js';

/** A clause found in a sentence; endpoints are chunk indices of mentions (one per conjunct). */
export interface Clause {
  subjects: number[];
  objects: number[];
  verb: VerbInfo;
  /** Token of the predicate head, and the chunk that holds it. */
  head: number;
  vg: number;
  /** Case word joined to the relation ("cooperate with"). */
  prep?: string;
  /** Surface spans for open IE: the subject as written (one per conjunct), relation, arguments. */
  arg1: [number, number] | null;
  arg1s: Array<[number, number]>;
  rel: [number, number];
  args: Array<[number, number]>;
  /** How many of `args` are objects, one per conjunct (open IE gives one tuple each). */
  objectArgs: number;
  rule: string;
  /** The clause reports speech: its subject is the speaker of the other clauses. */
  speech?: boolean;
  /** Which output reads this clause: both (default), only the graph, or only open IE. */
  view?: 'graph' | 'openie';
  /** Actors in prepositional phrases of the clause (SVA/SVOA): "opened an embassy in Tehran". */
  ppObjects?: Array<{ k: number; prep: string }>;
  /** Objects known as actors rather than mentions (an office's country read inside one mention). */
  objectActors?: Actor[];
  /** A possessive pronoun whose referent is the object, resolved with the document ("Brazil recalled its ambassador, Pedro Silva"). */
  objectPronoun?: number;
  /** Subjects known as actors rather than mentions (the owner of a possessed noun: "Uganda's decision to …"). */
  subjectActors?: Actor[];
  /** Found by the chunk patterns where the tree gave the verb no subject (extract/fallback.ts). */
  fallback?: boolean;
}

/** Case words whose phrase names no place or party of the event: "according to" a source, "despite", "like" … */
const NOT_A_PARTY = /^(according to|including|despite|because of|like|unlike|instead of|than|except|apart from|regardless of|thanks to|due to|rather than|as)$/;
/** Cases of time: "during his visit to X", "until the war with Y" date the event; the noun they head is no path to a party. */
const TEMPORAL_CASE = /^(during|until|till|throughout|since|before|after|ahead of|prior to|following|pending)$/;
/** … and those of them that never mark a party even with an actor after them ("before the committee" may). */
const TIME_ONLY_CASE = /^(during|until|till|throughout|since)$/;
/** Predicates whose subject is an event, not an actor: "the meeting took place", "it happened". */
export const eventOnly = (lemma: string, objectWords: string[]): boolean => /^(happen|occur|unfold|recur)$/.test(lemma) || (lemma === 'take' && objectWords.includes('place'));
/** Relations whose subtrees are left out of an argument's span. */
const SPAN_SKIP = new Set(['acl:relcl', 'appos', 'punct', 'parataxis', 'conj', 'cc', 'advcl', 'dep']);
/** Only punctuation left out: where a phrase's own words start. */
const PUNCT_SKIP = new Set(['punct']);
/** Case words that join an object noun's actor to the relation: "signed a treaty with Germany". */
const REVERB_CASES = /^(with|to|against|on|for|from|into|over|of|by|about|towards?|through|between)$/;
/** Verbs of saying whose object is the person told: "warned Russia that …" ("denied Brown made …" is not). */
/** Speech verbs whose object is the one spoken to: "told reporters …". */
export const ADDRESSEE = /^(tell|warn|assure|inform|remind|notify|brief|promise|ask|urge|advise|caution|reassure)$/;
/** Verbs of informing someone: reported speech only with a clause of what was told. */
const INFORMING = /^(inform|assure|notify)$/;

function isPredicateHead(t: Tree, i: number): boolean {
  const r = t.rel(i);
  if (r === 'xcomp' && folds(t, t.head(i), i)) return false;
  if (t.child(i, 'cop') !== undefined) return true;
  if (t.upos(i) !== 'VERB') return false;
  // ("faces increasing competition, and dwindling influence": an "-ing" form joined to a finite verb,
  // with no auxiliary of its own, is the parser's slip for an adjective on a second object)
  if (r === 'conj' && t.xpos(i) === 'VBG' && /^VB[DZP]$/.test(t.xpos(t.head(i))) && t.child(i, 'aux') === undefined && t.child(i, 'nsubj') === undefined) return false;
  // "drought-hit Somalia", "war-torn Sudan": a participle hyphenated to a noun is an adjective
  const tk = t.tokens;
  if (i >= 2 && gluedHyphen(tk, i - 1)) return false;
  // ("GILDA FLORES, A MEMBER OF …", "COLONEL FRANCISCO ELENA FUENTES": a surname of wire copy read as
  // a verb in "-es" is a word of the person's name the recogniser found, after another)
  if (i > 0 && tk[i].ne === 'person' && tk[i - 1].ne === 'person' && /^[A-Z]/.test(tk[i].text) && /^[A-Z]/.test(tk[i - 1].text)) return false;
  return !/^(amod|compound|fixed|flat|case|mark|det|goeswith|reparandum)/.test(r);
}

/**
 * "the 7E7, also known as the Dreamliner", "a drama for HBO, called The Rise And Fall": a naming
 * participle the parser read as a conjunct names a thing; it is nobody's act, so open IE alone
 * keeps it (CaRB's gold has such tuples), not the graph. Joined by "and" it stays a verb ("signed
 * the deal and called Chile").
 */
function namingParticiple(t: Tree, i: number): boolean {
  return t.rel(i) === 'conj' && /^VB[ND]$/.test(t.xpos(i)) && /^(know|call|name|dub|title|entitle|nickname|brand|label)$/.test(t.lemma(i)) && !t.childrenBy(i, 'aux', 'aux:pass', 'nsubj', 'cc').length;
}

/**
 * "Salvadoran people, have faith in your armed forces", "Comrades, join the struggle": a noun set off
 * by a comma right before a verb in its base form, with no auxiliary, is the one addressed, and the
 * verb an imperative: a call, not a statement of what they do.
 */
function vocative(t: Tree, s: number, h: number): boolean {
  if (s > h || t.lower(h - 1) !== ',' || t.span(s, SPAN_SKIP)[1] !== h - 1) return false;
  return /^VBP?$/.test(t.xpos(h)) && !t.childrenBy(h, 'aux', 'aux:pass').length && /^NNP?S$/.test(t.xpos(s));
}

export function findClauses(t: Tree, A: Arguments, chs: Chunk[], mentions: Map<number, Mention>): Clause[] {
  const tokens = t.tokens;
  const chunkAt = new Int32Array(tokens.length).fill(-1);
  chs.forEach((c, k) => { for (let i = c.start; i < c.end; i++) chunkAt[i] = k; });
  const spanOf = (x: number): [number, number] => t.span(A.unrelative(x), SPAN_SKIP);
  const out: Clause[] = [];
  // heads of event-only predicates: open IE keeps them ("the meeting; takes place; in Minsk"), the graph does not
  const events = new Set<number>();
  for (let h = 0; h < tokens.length; h++) {
    if (!isPredicateHead(t, h) || prepositionalParticiple(t, h)) continue;
    const p = readPredicate(t, h);
    let verb = p.info;
    const last = p.last;
    // "will withdraw its force unless the president resigns": a promise on a condition is a threat
    if (!verb.act && verb.tense === 'future' && t.children(h).some((c) => t.children(c).some((m) => t.lower(m) === 'unless' && (t.rel(m) === 'mark' || t.rel(m) === 'case')))) verb = { ...verb, act: 'threaten' };
    // "which takes place in Minsk", "the attack happened": an event's own predicates say where and
    // when it is, never what an actor does (and their relative pronoun often hangs on a name)
    // (so does a "do" standing for another predicate: "as she did in the marathon", extract/pro-verb.ts)
    if (eventOnly(verb.lemma, t.childrenBy(last, 'obj').map((o) => t.lower(o))) || proVerb(t, last)) events.add(h);
    const surf = surfaceSubject(t, A, h);
    if (!surf.heads.length) continue;
    if (vocative(t, surf.heads[0], h)) continue;
    let surfMentions = surf.heads.flatMap((x) => A.mentionsOf(x));
    // (a possessed noun's owner: "Uganda's decision to expel …" is done by Uganda, not the decision)
    let owners = surf.rule === 'infinitive:owner' ? surfMentions.flatMap((k) => mentions.get(k)?.owner ?? []) : undefined;
    if (owners && !owners.length) {
      // (the possessor read as a mention of its own, a quotation between: 'the government's "failure" to control')
      const poss = surf.heads.flatMap((x) => { const q = t.child(x, 'nmod:poss'); return q === undefined || t.upos(q) === 'PRON' ? [] : A.mentionsOf(q); });
      if (!poss.length) continue;
      surfMentions = poss;
      owners = undefined;
    }
    if (owners) surfMentions = surfMentions.slice(0, 1);
    // ("the FMLN's anti-aircraft fire downed a plane": a weapon's owner did what it did, extract/owned-weapons.ts)
    const armed = !owners && !verb.passive && surf.heads.length === 1 ? weaponOwner(t, A, mentions, surf.heads[0]) : undefined;
    if (armed && 'actor' in armed) owners = [armed.actor];
    else if (armed) surfMentions = armed.mentions;
    // (optional fields are set after the literal, not spread into it: a spread after the first
    // property is a runtime call, paid at every predicate head; the field order stays the same)
    const base: Pick<Clause, 'head' | 'vg' | 'rel' | 'arg1' | 'arg1s' | 'subjectActors'> = { head: h, vg: chunkAt[h], rel: p.rel, arg1: spanOf(surf.heads[0]), arg1s: surf.heads.map(spanOf) };
    if (owners) base.subjectActors = owners;

    // Reported speech: "X said (that) …", "…, X said", "X told Y that …"
    // (not a clause of time or cause the parser took for the report: "Jones added four conversions
    // as Wales maintained their start" reports nothing; "said as he left that …" reports the "that")
    const adverbial = (r: number) => r > h && ADVERBIAL_MARKS.test(t.lower(t.span(r)[0]));
    // (nor a clause set after a comma with "so": "players who feel the same, so we all agree" report nothing)
    const so = (r: number) => r > h && t.tokens.slice(t.span(r)[0], r).find((w) => w.upos !== 'PUNCT')?.text.toLowerCase() === 'so' && t.tokens[t.span(r)[0]].text === ',';
    const report = [...t.childrenBy(h, 'ccomp'), ...t.childrenBy(h, 'parataxis')].find((r) => !adverbial(r) && !so(r)) ?? (t.rel(h) === 'parataxis' ? t.head(h) : undefined);
    // (a verb of informing reports only with what it informs of: "staff were informed of the decision" is no speech)
    // (nor one that says what it is about, with no clause: "warned of the Prince", "spoke about Iraq")
    const about = t.childrenBy(last, 'obl').some((o) => /^(of|about|against)$/.test(t.caseWord(o) ?? ''));
    // (nor one in a list of acts sharing an object, "wrote, directed and starred in the film", nor
    // "write" with no clause: what is written is a work, not a report)
    const listed = t.childrenBy(last, 'conj').some((c) => t.upos(c) === 'VERB');
    const speech = SPEECH_VERBS.has(verb.lemma) && (report !== undefined || (t.child(last, 'obj') === undefined && !INFORMING.test(verb.lemma) && !about && !listed && verb.lemma !== 'write'));
    if (speech || (COMMIT_VERBS.has(verb.lemma) && report !== undefined && t.rel(report) === 'ccomp')) {
      const addressee = !ADDRESSEE.test(verb.lemma) ? [] : t.childrenBy(last, 'obj', 'iobj').flatMap((x) => A.mentionsOf(x)).filter((k) => mentions.get(k)?.kind === 'actor');
      // ("relations are widely reported to be cool", "it was said that …": a passive speech verb's
      // subject is what is said; only its agent speaks)
      const passive = surf.heads.length && t.rel(surf.heads[0]) === 'nsubj:pass';
      const speakers = passive ? t.childrenBy(last, 'obl:agent', 'obl').filter((x) => t.caseWord(x) === 'by').flatMap((x) => A.mentionsOf(x)) : surfMentions;
      out.push({ ...base, subjects: speakers, objects: addressee, verb, args: report !== undefined && report > h ? [t.span(report)] : [], objectArgs: 0, rule: 'speech', speech: true });
      continue;
    }

    // Objects, and the prepositional arguments in sentence order
    // (a nominal "xcomp" with no object beside it is the object the parser misread: "called the election")
    const nomX = t.child(last, 'obj') === undefined ? t.childrenBy(last, 'xcomp').filter((x) => isNominal(t.upos(x)) && t.child(x, 'cop') === undefined) : [];
    // ("the attack which they seek to launch": a relative pronoun on the chain's first verb is its last verb's object)
    const relObj = last !== h && t.child(last, 'obj') === undefined ? t.childrenBy(h, 'obj').filter((o) => o < h && /^(which|that|whom|who)$/.test(t.lower(o))) : [];
    // ("Peru wants Chile to sign", "we expect the army to sweep the fields": the one wanted or
    // expected to act is the infinitive's subject (infinitive:object), not what is wanted)
    // (the parser may hang the infinitive on the object: "wants the new bill to pass into law")
    // (not a noun whose infinitive is its content, "wants a plan to cut taxes": the plan is wanted)
    // (nor after "need", whose object's infinitive says what it is needed for: "needs capital to survive")
    const onObject = (o: number) => (MODAL_NOUNS[t.lower(o)] || CONTENT_NOUNS.test(t.lower(o)) || t.lemma(last) === 'need' ? [] : t.childrenBy(o, 'acl').filter((x) => t.upos(x) === 'VERB'));
    const wantedDoer = (o: number) => WANTING.test(t.lemma(last)) && [...t.childrenBy(last, 'xcomp'), ...onObject(o)].some((x) => x > o && t.childrenBy(x, 'mark').some((m) => t.lower(m) === 'to'));
    // ("set fire to the offices": the idiom's "fire" is no object, extract/fire-idioms.ts)
    const fire = fireNoun(t, last);
    const objHeads = [...t.childrenBy(last, 'iobj'), ...t.childrenBy(last, 'obj').filter((o) => !wantedDoer(o) && o !== fire), ...relObj, ...nomX].flatMap((x) => t.conjuncts(x));
    // (the parser may hang the idiom's phrase on its noun: "opened fire on the marchers")
    const obls = [...t.childrenBy(last, 'obl'), ...(fire === undefined ? [] : t.childrenBy(fire, 'nmod'))].filter((x) => !/^obl:(tmod|npmod)$/.test(t.rel(x)));
    // "has no contacts with the rebels": a "no" determiner on the object negates the clause
    // ("no agreement has been reached": in a passive the patient is the surface subject)
    const patients = verb.passive ? [...objHeads, ...surf.heads] : objHeads;
    if (patients.some((x) => t.childrenBy(x, 'det').some((d) => t.lower(d) === 'no'))) verb = { ...verb, negated: true };
    // ("No government had blamed the army", "Neither Peru nor Chile attacked Bolivia": a subject
    // that says no one did it negates the clause; written subjects only, not one borrowed from above)
    // ("not a single person", "not one soldier": a subject that is none)
    else if (surf.rule !== 'shared' && surf.rule !== 'infinitive' && surf.heads.some((x) => t.childrenBy(x, 'det').some((d) => t.lower(d) === 'no') || t.childrenBy(x, 'cc:preconj').some((d) => t.lower(d) === 'neither')
      || t.children(x).some((d) => d < x && /^(advmod|det|nummod|amod)$/.test(t.rel(d)) && /^(not|never)$/.test(t.lower(d)) && /^(a|one|single|an)$/.test(t.lower(d + 1))))) verb = { ...verb, negated: true };
    let subjects: number[], objects: number[];
    let rule = surf.rule;
    // (an agent is written with "by": "were killed, including opposition leader X" is no agent)
    // (one passive's agent is not shared with another joined to it: "were wounded and taken by the
    // Red Cross to hospital" is no wounding by the Red Cross)
    const ownAgent = obls.filter((x) => t.caseWord(x) === 'by' && (t.rel(x) === 'obl:agent' || verb.passive));
    // (but a row of acts of harm shares the one after them: "were kidnapped and killed by the
    // rebels", extract/shared-agent.ts)
    const agentObl = ownAgent.length || !verb.passive ? ownAgent : sharedHarmAgent(t, last);
    // ("10 members were killed, including opposition leader X", "killed ten soldiers, including
    // Captain X": X is one of the patients, whether the parser hangs it on the verb or on them)
    // (or on a place after them, "were killed in Medellin, including union leader X"; not on the agent)
    const hosts = [...patients, ...obls.filter((x) => t.caseWord(x) !== 'by')];
    // (named parties as examples of a thing are no patients: "offer faster services, including AOL
    // and Plusnet" hangs the rival ISPs the parser could not reach on the services; things as its
    // examples are: "attacked targets, including the residence of …")
    const exemplifies = (x: number) => (verb.passive && obls.includes(x)) || namesParties(t, t.head(x)) || A.mentionsOf(x).every((k) => mentions.get(k)?.kind !== 'actor');
    const including = [...(verb.passive ? obls : []), ...hosts.flatMap((x) => t.childrenBy(x, 'nmod', 'appos'))].filter((x) => t.lower(t.span(x, PUNCT_SKIP)[0]) === 'including' && exemplifies(x));
    if (verb.passive) {
      subjects = agentObl.flatMap((x) => A.mentionsOf(x));
      objects = [...surfMentions, ...objHeads.flatMap((x) => A.mentionsOf(x)), ...including.flatMap((x) => A.mentionsOf(x))];
      rule = agentObl.length ? 'passive' : 'passive-no-agent';
    } else {
      subjects = surfMentions;
      objects = [...objHeads, ...including].flatMap((x) => A.mentionsOf(x));
    }
    // Without an object, the first prepositional argument after the verb joins the relation ("cooperate with")
    let prep: string | undefined;
    const rest = obls.filter((x) => !agentObl.includes(x) && !including.includes(x));
    let joined: number | undefined;
    // (a phrase fronted before the subject and set off by a comma sets the scene and is no argument,
    // "With that record, he asked why …"; a place stays where the act was: "In Lima, Vale resigned")
    const scene = (x: number) => x < last && t.lower(t.span(x, PUNCT_SKIP)[1]) === ',' && !PLACE_PREPOSITIONS.includes(t.caseWord(x));
    // (a fire idiom's one is where the fire goes: "opened fire with machineguns against helicopters")
    const joins = (x: number) => !!t.caseWord(x) && (fire === undefined || FIRE_TARGET.test(t.caseWord(x)));
    if (!objHeads.length) joined = rest.find((x) => x > last && A.mentionOf(x) >= 0 && joins(x)) ?? rest.find((x) => A.mentionOf(x) >= 0 && joins(x) && !scene(x));
    if (joined !== undefined && !verb.passive) {
      prep = t.caseWord(joined);
      // ("set fire to a car and two vehicles": the parser may join the second to the idiom's noun)
      const more = fire === undefined ? [] : t.conjuncts(fire).filter((x) => x > joined!);
      objects = [...A.mentionsOf(joined), ...more.flatMap((x) => A.mentionsOf(x))];
    }
    else joined = undefined;
    // (a place or party after the object belongs to the event as well: "evacuated settlements in Gaza")
    const objNmods = objHeads.flatMap((o) => t.childrenBy(o, 'nmod').filter((x) => /^(in|into|at|from|to|with|against|near|inside)$/.test(t.caseWord(x))));
    // (the object's own phrase keeps its noun in the label: "bought a stake in Saab" → buy stake in,
    // not "buy in"; a concept object only, an actor object is a party of its own)
    const ownNoun = (x: number) => (objNmods.includes(x) && mentions.get(A.mentionOf(t.head(x)))?.kind === 'concept' ? `${t.lemma(t.head(x)).toLowerCase()} ` : '');
    // (a person set off by a comma is no bare phrase of place: "to leave the band, lead singer Gary
    // Lightbody has said" hung the speaker on the verb with no preposition)
    const placed = (x: number, k: number) => !!t.caseWord(x) || mentions.get(k)?.actor?.type !== 'person' || ![t.span(x)[0] - 1, t.span(x)[0]].some((c) => t.lower(c) === ',');
    // (a preposition inside the name it would introduce is the name's own: "joined the Campaign for
    // Nuclear Disarmament", "at the Court of Arbitration for Sport" is no "for" of the event)
    const ownCase = (x: number, k: number) => { const m = mentions.get(k); return !!m && t.childrenBy(x, 'case').some((c) => c > m.start && c < m.end); };
    // ("blamed the rebels for the killing of X", "thanked Chile for its help to Peru": the phrase that
    // says for what a verb of judging judges its object names the reason, whose parties are not the judge's)
    const forWhat = (x: number) => objHeads.length > 0 && JUDGING_VERBS.test(t.lemma(last)) && (REASON_CASE[t.lemma(last)] ?? /^for$/).test(t.caseWord(x));
    const ppObjects = [...rest.filter((x) => x !== joined && !NOT_A_PARTY.test(t.caseWord(x)) && !TIME_ONLY_CASE.test(t.caseWord(x)) && !forWhat(x)), ...objNmods].flatMap((x) => A.mentionsOf(x).filter((k) => mentions.get(k)?.kind === 'actor' && placed(x, k) && !ownCase(x, k)).map((k) => ({ k, prep: ownNoun(x) + (t.caseWord(x) || 'in') })));
    // a PP chain names the event by its noun: "mobilised reservists for a war against Iraq" → mobilize for war against
    // (the PP joined to the verb too: "acted on a resolution against Libya" → act on resolution against)
    for (const x of [...rest, ...objNmods]) {
      // (but "will meet X during a visit to Y": the subject's own going is a fact about it)
      if (NOT_A_PARTY.test(t.caseWord(x)) || forWhat(x) || (TEMPORAL_CASE.test(t.caseWord(x)) && !MOTION_NOUNS[t.lower(x)]) || mentions.get(A.mentionOf(x))?.kind !== 'concept') continue;
      // ("shrugged off the defection of Jackson to Labour": where a named goer goes is its own act,
      // extract/nominal.ts; the shrugging did not go to Labour)
      if (MOTION_NOUNS[t.lower(x)] && (t.childrenBy(x, 'nmod:poss').length || mentions.get(A.mentionOf(x))?.owner
        || t.childrenBy(x, 'nmod').some((z) => /^(of|by)$/.test(t.caseWord(z)) && mentions.get(A.mentionOf(z))?.kind === 'actor'))) continue;
      const nmods = t.childrenBy(x, 'nmod');
      for (const y of nmods) {
        // ("in response to aggression against Belarus": the PPs of the noun before the actor's stay in the label)
        const between = nmods.filter((z) => z < y && t.caseWord(z) && t.caseWord(z) !== 'of' && mentions.get(A.mentionOf(z))?.kind === 'concept').map((z) => `${t.caseWord(z)} ${t.lemma(z)}`);
        // ("finished third in the heptathlon in Athens": a city or a place at the chain's end is where
        // the event was, no party to it; the place qualifier says so, not an edge. A country stays:
        // event data codes the country an act happened in as its target, "a project in Benin"; so
        // does a place no gazetteer puts in a country, which may be one it does not know)
        const where = PLACE_PREPOSITIONS.includes(t.caseWord(y));
        // ("sells fruit to many countries, including Chile", "trails behind rivals like Google": named examples of the phrase's parties
        // are reached by its own preposition; of a thing's, they are none of the event's)
        const example = /^(including|like|such as)$/.test(t.caseWord(y));
        if (example && !namesParties(t, x)) continue;
        const prep = example ? t.caseWord(x) : [t.caseWord(x), t.lemma(x), ...between, t.caseWord(y)].join(' ').trim();
        for (const k of A.mentionsOf(y)) if (mentions.get(k)?.kind === 'actor' && t.caseWord(y) && !ownCase(y, k) && (x !== joined || t.caseWord(y) !== 'of') && !(where && mentions.get(k)?.actor?.type === 'location' && !!mentions.get(k)?.actor?.country)) ppObjects.push({ k, prep });
      }
    }
    // the place a participle on the object leads to: "cordoned off the roads leading into Mordor" → cordon off into
    // (or on the phrase joined to a verb with no object: "cordoned off the roads", "off" read as its case word)
    // (not a phrase of a true preposition: "talked about the roads leading to Bolivia" did not talk to it)
    for (const o of joined !== undefined && PARTICLES.test(t.caseWord(joined)) ? [...objHeads, joined] : objHeads) for (const p2 of t.childrenBy(o, 'acl')) {
      // (not a noun's own clause, "the possibility of sending troops to Bolivia": that place is the clause's)
      // (a participle, not a relative clause with a subject of its own: "seized the cocaine which the
      // cartel sends to the US" did not seize it to the US)
      // (nor a clause with a subject of its own the parser hung on the noun: "denied reports it was
      // withdrawing from Iraq" did not deny from Iraq)
      if (t.upos(p2) !== 'VERB' || t.rel(p2) === 'acl:relcl' || !/^VB[GN]$/.test(t.xpos(p2) ?? '') || t.childrenBy(p2, 'mark', 'case', 'nsubj', 'nsubj:pass', 'aux').length) continue;
      for (const y of t.childrenBy(p2, 'obl')) for (const k of A.mentionsOf(y)) if (mentions.get(k)?.kind === 'actor' && /^(into|to|from|toward|towards|across)$/.test(t.caseWord(y))) ppObjects.push({ k, prep: t.caseWord(y) });
    }
    // Copular clauses: "X is the president of Y", "X was critical of Y"
    if (verb.copula === 'be' && t.child(h, 'cop') !== undefined) {
      // ("According to Chile, Peru is an ally of Bolivia": a source or a circumstance is no party)
      // ("X is one of the biggest investors in Y": the noun a partitive "one" picks from is the predicate)
      const part = t.lower(h) === 'one' ? t.childrenBy(h, 'nmod').find((x) => t.caseWord(x) === 'of' && t.upos(x) === 'NOUN') : undefined;
      const party = (p: number) => t.childrenBy(p, 'nmod', 'obl').find((x) => t.caseWord(x) && !NOT_A_PARTY.test(t.caseWord(x)) && A.mentionOf(x) >= 0 && mentions.get(A.mentionOf(x))?.kind === 'actor');
      // (with no party of its own, "one of the Medellin Cartel's traffickers" stays "one of")
      const ph = part !== undefined && party(part) !== undefined ? part : h;
      const nm = party(ph);
      // ("Yukos is under investigation by prosecutors", "Ghana was under pressure from the IMF": the
      // one under the act is whom it is done to, "by"/"from" names the doer)
      const under = t.caseWord(h) === 'under' ? RELATIONAL_NOUNS[t.lower(h)] : undefined;
      if (under && nm !== undefined && /^(by|from)$/.test(t.caseWord(nm))) {
        out.push({ ...base, subjects: A.mentionsOf(nm), objects: subjects, verb: { ...verb, label: under.label, lemma: under.lemma, lemmas: [under.lemma], copula: undefined }, args: [t.span(nm)], objectArgs: 0, rule: 'copula:under', view: 'graph' });
        continue;
      }
      if (nm !== undefined) {
        // ("was runner-up to": a word hyphenated onto the noun is part of it)
        const tk = t.tokens;
        const hy = ph >= 2 && gluedHyphen(tk, ph - 1) ? `${t.lower(ph - 2)}-` : '';
        const word = t.upos(ph) === 'ADJ' ? `be ${hy}${t.lower(ph)}` : t.lemma(ph).startsWith(hy) ? t.lemma(ph) : hy + t.lemma(ph);
        const label = `${word} ${t.caseWord(nm)}`;
        out.push({ ...base, subjects, objects: A.mentionsOf(nm), verb: { ...verb, label, lemma: t.lemma(ph), lemmas: [t.lemma(ph)], copula: undefined }, args: [t.span(nm)], objectArgs: 0, rule: 'copula', view: 'graph' });
      }
      const self = A.mentionOf(h);
      // ("Nevzlin is Yukos' largest shareholder", "Russia is Ukraine's strategic partner": a possessor
      // of the predicate noun is whose it is, as "of" says it)
      const poss = nm === undefined && t.upos(h) === 'NOUN' ? t.childrenBy(h, 'nmod:poss').find((x) => x < h && /^(PROPN|NOUN)$/.test(t.upos(x))) : undefined;
      const pk = poss !== undefined ? A.mentionOf(poss) : -1;
      const sm = self >= 0 ? mentions.get(self) : undefined;
      // (the mention may be the possessor's own name read as the phrase's actor: "Yukos' largest shareholder" → Yukos)
      const named = pk >= 0 && pk === self && sm?.kind === 'actor' && !!sm.actor && sm.actor.name.toLowerCase().split(/\s+/).includes(t.lower(poss!).replace(/'s?$/, ''));
      const possessor = pk >= 0 && (pk !== self || named) && mentions.get(pk)?.kind === 'actor' ? { objects: [pk] } : poss !== undefined && (sm?.owner ?? sm?.side) ? { objects: [] as number[], objectActors: [(sm!.owner ?? sm!.side)!] } : undefined;
      if (possessor) {
        const label = `${t.lemma(h)} of`;
        out.push({ ...base, subjects, ...possessor, verb: { ...verb, label, lemma: t.lemma(h), lemmas: [t.lemma(h)], copula: undefined }, args: [t.span(poss!)], objectArgs: 0, rule: 'copula', view: 'graph' });
      }
      // ("has been in Oasis", "is from Peru": a predicate that is a prepositional phrase keeps its preposition)
      const pp = t.childrenBy(h, 'case').find((c) => c < h && t.upos(c) === 'ADP');
      const be = pp !== undefined ? { ...verb, label: `be ${t.caseWord(h)}`, copula: undefined } : verb;
      if (!named) out.push({ ...base, subjects, objects: self >= 0 ? [self] : [], verb: be, args: [t.span(h, new Set(['nsubj', 'cop', 'punct', 'nsubj:pass', 'advcl', 'parataxis', 'cc', 'conj', 'mark']))], objectArgs: 0, rule: 'copula-be', view: nm !== undefined || possessor ? 'openie' : undefined });
      continue;
    }
    // ("had its latest bid thwarted", "had his car stolen": "have" with a past participle after a
    // definite object tells what was done to the object, not what the subject has: open IE's only)
    // (the tagger may read the participle as a past tense; "has a plan approved by Chile" is had)
    const done = verb.copula === 'have' && objHeads.length === 1 && (t.childrenBy(last, 'xcomp').some((x) => /^VB[ND]$/.test(t.xpos(x)) && x > objHeads[0] && !t.childrenBy(x, 'nsubj').length)
      || (t.childrenBy(objHeads[0], 'acl').some((x) => t.xpos(x) === 'VBN' && x > objHeads[0]) && t.childrenBy(objHeads[0], 'det', 'nmod:poss').some((x) => t.lower(x) === 'the' || POSSESSIVES.has(t.lower(x)))));
    // ReVerb's V W* P: "signed a treaty with Germany" → sign treaty with → Germany
    // (each of joined objects with its own party: "lift the ban on the FIS but not with its old
    // leaders", "signed a treaty with Peru and an accord with Chile"; the plain clause stays then)
    let merged = false;
    for (const o of objHeads) {
      if (verb.passive || mentions.get(A.mentionOf(o))?.kind !== 'concept') continue;
      // (through one "of": "welcomed the resumption of ties with Mordor" → welcome resumption with)
      const ofs = t.childrenBy(o, 'nmod').filter((x) => t.caseWord(x) === 'of' && mentions.get(A.mentionOf(x))?.kind === 'concept');
      const nm = [...t.childrenBy(o, 'nmod'), ...ofs.flatMap((x) => t.childrenBy(x, 'nmod'))].find((x) => REVERB_CASES.test(t.caseWord(x)) && t.caseWord(x) !== 'of' && mentions.get(A.mentionOf(x))?.kind === 'actor')
        ?? t.childrenBy(o, 'nmod').find((x) => t.caseWord(x) === 'of' && mentions.get(A.mentionOf(x))?.kind === 'actor')
        // ("rejected the proposal made by the rebels" → reject proposal by)
        ?? [participleAgent(t, verb.lemma, o)].find((x) => x !== undefined && mentions.get(A.mentionOf(x))?.kind === 'actor');
      if (nm !== undefined) {
        merged = objHeads.length === 1;
        // ("lost the semi-final 6-4 6-4 to Rochus": a score is no noun of the relation → lose to)
        const noun = SCORE.test(t.lower(o)) ? '' : t.lemma(o);
        // (an idiom's noun stays in the label but names no event: "took charge of")
        const event = noun && !NO_EVENT_IDIOMS.test(`${verb.lemmas[verb.lemmas.length - 1]} ${noun}`);
        out.push({ ...base, subjects, objects: A.mentionsOf(nm), verb: { ...verb, label: noun ? `${verb.label} ${noun}` : verb.label, lemmas: event ? [...verb.lemmas, noun] : verb.lemmas }, prep: t.caseWord(nm), args: [t.span(nm)], objectArgs: 0, rule: 'reverb', view: 'graph' });
      }
    }
    // (open IE: a PP on the object is its own argument, "a treaty | with Poland"; "of" stays in the noun phrase)
    const objPPs = objHeads.flatMap((o) => t.childrenBy(o, 'nmod').filter((x) => x > o && t.caseWord(x) && t.caseWord(x) !== 'of'));
    const objSpans = objHeads.map((o) => t.span(A.unrelative(o), new Set([...SPAN_SKIP, ...(objPPs.length ? ['nmod', 'acl'] : [])])));
    const oblSpans = [...rest, ...objPPs].map((x) => t.span(x));
    const cc = t.child(last, 'ccomp');
    const args = [...objSpans, ...(verb.passive ? agentObl.map((x) => t.span(x)) : []), ...oblSpans, ...(cc !== undefined ? [t.span(cc)] : [])].sort((x, y) => x[0] - y[0]);
    const firstObj = objSpans.length ? args.findIndex((x) => x === objSpans[0]) : -1;
    const ordered = firstObj > 0 ? [...objSpans, ...args.filter((x) => !objSpans.includes(x))] : args;
    const clause: Clause = { ...base, subjects, objects, verb, prep, args: ordered, objectArgs: objSpans.length, rule: verb.copula ? `copula-${verb.copula}` : rule, ppObjects };
    if (merged || done) clause.view = 'openie';
    out.push(clause);
    // "Iraq was urged by Russia to admit …": the chain is Iraq's admitting; the urging is the agent's
    // act on the subject, a passive clause of its own with the control verb's own auxiliaries
    const ctl = p.controller;
    const ctlAgent = ctl === undefined ? [] : t.children(ctl).filter((x) => /^obl/.test(t.rel(x)) && t.caseWord(x) === 'by');
    if (ctl !== undefined && ctlAgent.length && !verb.passive) {
      const lemma = t.lemma(ctl);
      const modality = t.childrenBy(ctl, 'aux').map((x) => MODALS[t.lower(x)]?.modality).find((m) => m !== undefined) ?? 'asserted';
      out.push({ ...base, subjects: ctlAgent.flatMap((x) => A.mentionsOf(x)), objects: surfMentions, verb: { lemmas: [lemma], lemma, label: lemma, negated: verb.negated, modality, tense: verb.tense, passive: true }, args: [], objectArgs: 0, rule: 'passive', view: 'graph' });
    }
  }
  out.push(...findAppositions(t, A, mentions, chunkAt));
  for (let i = 0; i < out.length; i++) if (events.has(out[i].head) || namingParticiple(t, out[i].head)) out[i] = { ...out[i], view: 'openie' };
  return applyScope(t, out);
}

/** Nouns whose infinitive says what they are for: "a chance to win", "money to spend". */
const CONTENT_NOUNS = /^(chance|chances|opportunity|opportunities|way|ways|time|money|funds|power|powers|right|rights|ability|means|place|reason|help|support)$/;

/** Verbs of wanting or expecting whose object is only the doer of the infinitive after it. */
const WANTING = /^(want|expect|need|wish|prefer|like|hate|love)$/;
