/**
 * actorgraph/extract/nominal — relations carried by nouns (RelNoun, Pal & Mausam 2016):
 *
 *   "military cooperation between the two countries"       A –cooperate with→ B
 *   "the preparation of an agreement between A and B"       A –prepare→ agreement, A –agreement with→ B
 *   "Russian aggression against Ukraine"                    RUS –aggression against→ UKR
 *   "the involvement of Western countries in conflict"      WEST –involved in→ conflict
 *   "Belarus as a participant in the Union State"           BLR –participant in→ UNION_STATE
 *   "Belousov, the Minister of Defense of Russia,"          Belousov –minister of→ RUS
 *   "Jackson's defection to Labour"                         Jackson –defect to→ Labour
 */
import type { Token } from '../nlp/wink.js';
import type { Chunk } from './chunks.js';
import type { Mention } from './mentions.js';
import { RELATIONAL_NOUNS, ACTION_NOUNS, MOTION_NOUNS, ROLE_NOUNS, TITLES, ATTACK_HEADS } from '../lexicon.js';
import type { Tree } from './tree.js';
import type { Modality, Tense } from '../types.js';
import { DOUBT, WANT } from './scope.js';
import { readPredicate } from './predicate.js';
import type { Arguments } from './arguments.js';

export interface NominalCandidate {
  subjects: number[];
  objects: number[];
  label: string;
  lemma: string;
  rule: string;
  /** Owner of the noun is a mention's `owner`, not a chunk: "Russian aggression". */
  ownerOf?: number;
  /** Object is a concept named by this text rather than a chunk's mention. */
  objectConcept?: { name: string; chunk: number };
  /** The noun's token: its governing clause gives the relation's time. */
  noun?: number;
}

/** Verbs whose subject is whom the noun is done to: "Enron faces a probe by the SEC". */
const UNDERGO = /^(face|undergo)$/;

/** Verbs whose subject takes part in the noun after "in": "was involved in clashes with X". */
const INVOLVED = /^(involve|engage|embroil|participate|join|take|lock|enter)$/;

const w = (tokens: Token[], c?: Chunk) => (c ? tokens[c.start].lower : '');
const isNP = (c?: Chunk) => c?.kind === 'NP';

/** Read from the tree: the noun's dependents say who does what to whom. */
export function findNominals(t: Tree, A: Arguments, mentions: Map<number, Mention>): NominalCandidate[] {
  const out: NominalCandidate[] = [];
  const isActor = (k: number) => mentions.get(k)?.kind === 'actor' || mentions.get(k)?.kind === 'pair';
  for (let n = 0; n < t.tokens.length; n++) {
    if (t.upos(n) !== 'NOUN') continue;
    const from = out.length;
    const word = t.lower(n);
    const rel = RELATIONAL_NOUNS[word];
    const nmods = t.childrenBy(n, 'nmod');
    const between = nmods.find((x) => /^(between|among)$/.test(t.caseWord(x)));
    const pair = between !== undefined ? A.mentionsOf(between) : [];
    // ("fighting between Colombian troops and the ELN": the parser may join the second party to the noun)
    if (between !== undefined && pair.length === 1) for (const c of t.childrenBy(n, 'conj')) if (c > between && t.childrenBy(c, 'cc').some((x) => t.lower(x) === 'and')) pair.push(...A.mentionsOf(c).filter((k) => !pair.includes(k)));
    // "the preparation of an agreement between A and B"
    const action = ACTION_NOUNS[word];
    const of = nmods.find((x) => t.caseWord(x) === 'of');
    if (action && of !== undefined) {
      const obj = A.mentionOf(of);
      const inner = t.childrenBy(of, 'nmod').find((x) => t.caseWord(x) === 'between');
      const agents = pair.length ? pair : inner !== undefined ? A.mentionsOf(inner) : [];
      if (obj >= 0 && agents.length) out.push({ subjects: agents, objects: [obj], label: action, lemma: action, rule: 'nominal:action-between' });
    }
    const motion = MOTION_NOUNS[word];
    // the noun's possessor (a pronoun too, "his visit to El Salvador": coreference names it)
    const poss = motion || rel ? t.childrenBy(n, 'nmod:poss').flatMap((x) => A.mentionsOf(x)).filter((k) => isActor(k) || mentions.get(k)?.kind === 'pronoun') : [];
    if (motion) out.push(...goings(t, A, n, motion, poss, isActor, mentions));
    if (rel && !motion) {
      // "cooperation between the two countries", "talks between India and Pakistan"
      if (pair.length) out.push({ subjects: [pair[0]], objects: pair.length > 1 ? pair.slice(1) : [pair[0]], label: rel.label, lemma: rel.lemma, rule: 'nominal:between' });
      // "Russian aggression against Ukraine", "Russia's attack on Georgia"
      const own = A.mentionOf(n);
      // (with an owner, "of" names the target: "Israel's blockade of Gaza")
      // (so does a nation named by an adjective or a name before the noun, "the Iraqi invasion of
      // Kuwait", "the US occupation of Iraq", on a noun whose "of" is not who takes part: "the
      // Russian involvement of …" is no such reading)
      const owned = poss.length > 0 || (own >= 0 && !!mentions.get(own)?.owner && t.childrenBy(n, 'nmod:poss').length > 0);
      // (the nation's own word must be one of those before the noun: "the unsuccessful 1986 attack
      // on Pinochet" is owned by no word of it)
      const ownerWords = (own >= 0 ? mentions.get(own)?.owner?.mention ?? '' : '').toLowerCase().split(/\s+/);
      // ("the US-led invasion": the word may sit inside the modifier)
      const ownerIn = (x: number) => { const [a, b] = t.span(x); for (let k = a; k < b; k++) if (ownerWords.includes(t.lower(k))) return true; return false; };
      const before = t.childrenBy(n, 'amod', 'compound').some((x) => x < n && ownerIn(x));
      const ownedBefore = !owned && before && !!mentions.get(own)?.owner && !/ (in|of|with)$/.test(rel.label);
      // ("Israeli raids on Gaza", "US air strikes on Iraq": a nation's armed acts read as the nation
      // itself, extract/mentions.ts ATTACK_HEADS, did them to the noun's target; not a band, "Massive Attack")
      const selfDoer = !owned && own >= 0 && mentions.get(own)?.kind === 'actor' && mentions.get(own)?.actor?.type === 'country' && ATTACK_HEADS.has(word)
        && t.childrenBy(n, 'amod', 'compound').some((x) => x < n);
      // (read that way, only actors are its targets: "the US terror attacks on 11 September" hit no date)
      const isActorAt = (k: number) => mentions.get(k)?.kind === 'actor' || mentions.get(k)?.kind === 'pair';
      // (a two-sided noun's other party comes with "with": "a G8 summit in Genoa" met no Genoa, it was held there)
      const twoSided = / with$/.test(rel.label);
      const targets = nmods.filter((x) => x !== between && t.caseWord(x) && t.caseWord(x) !== 'by' && (t.caseWord(x) !== 'of' || owned || ownedBefore || selfDoer) && (!twoSided || /^(with|of)$/.test(t.caseWord(x))))
        .flatMap((x) => A.mentionsOf(x).filter((k) => !(selfDoer || (ownedBefore && t.caseWord(x) === 'of')) || isActorAt(k)));
      if (!pair.length && targets.length) {
        if (poss.length) out.push({ subjects: poss, objects: targets, label: rel.label, lemma: rel.lemma, rule: 'nominal:owner' });
        else if (own >= 0 && mentions.get(own)?.owner) out.push({ subjects: [], objects: targets, label: rel.label, lemma: rel.lemma, rule: 'nominal:owner', ownerOf: own });
        else if (selfDoer && !targets.includes(own)) out.push({ subjects: [own], objects: targets, label: rel.label, lemma: rel.lemma, rule: 'nominal:owner' });
      }
      // "the criticism of Iran by France", "an inquiry into Enron by the SEC": "by" names the doer,
      // the other phrases whom it is done to; "Enron faces a probe by the SEC": one who faces or
      // undergoes it is whom it is done to
      // (the parser often hangs the "by" phrase on the name before it, "of Ghana by Togo"; a name
      // has no doer of its own)
      const doneTo = nmods.filter((x) => /^(of|into|on|against|over)$/.test(t.caseWord(x)));
      const byPhrases = [...nmods, ...doneTo.filter((x) => t.upos(x) === 'PROPN').flatMap((x) => t.childrenBy(x, 'nmod'))].filter((x) => t.caseWord(x) === 'by');
      const by = byPhrases.flatMap((x) => A.mentionsOf(x)).filter(isActor);
      const done = doneTo.flatMap((x) => A.mentionsOf(x)).filter((k) => isActor(k) && !by.includes(k));
      const facer = !done.length && t.rel(n) === 'obj' && UNDERGO.test(t.lemma(t.head(n))) ? t.childrenBy(t.head(n), 'nsubj', 'nsubj:pass').flatMap((x) => A.mentionsOf(x)).filter((k) => isActor(k) && !by.includes(k)) : [];
      const patients = done.length ? done : facer;
      if (!pair.length && !poss.length && !twoSided && by.length && patients.length) out.push({ subjects: by, objects: patients, label: rel.label, lemma: rel.lemma, rule: 'nominal:by' });
      // "the army was involved in clashes with the FARC", "took part in talks with Iran": the one
      // involved in the noun is the party against its "with" phrase
      const g = t.head(n);
      const party = !pair.length && !poss.length && g >= 0 && t.rel(n) === 'obl' && t.caseWord(n) === 'in' && INVOLVED.test(t.lemma(g))
        ? t.childrenBy(g, 'nsubj', 'nsubj:pass').flatMap((x) => A.mentionsOf(x)).filter(isActor) : [];
      const against = nmods.filter((x) => t.caseWord(x) === 'with').flatMap((x) => A.mentionsOf(x)).filter(isActor);
      if (party.length && against.length) out.push({ subjects: party, objects: against, label: rel.label, lemma: rel.lemma, rule: 'nominal:involved' });
      // "the involvement of Western countries in the conflict in Ukraine"
      // (only a noun of taking part: "the takeover of the LSE", "the criticism of Iran" name whom it is done to)
      const agent = of !== undefined && / (in|with)$/.test(rel.label) ? A.mentionsOf(of).filter(isActor) : [];
      const place = nmods.find((x) => x !== of && x !== between && t.caseWord(x) && !/^(of|by)$/.test(t.caseWord(x)));
      if (agent.length && place !== undefined && !poss.length) {
        const prep = t.caseWord(place);
        const label = rel.label.split(' ').length > 1 ? rel.label.replace(/ \w+$/, ` ${prep}`) : `${rel.label} ${prep}`;
        let objects = A.mentionsOf(place);
        // "in conflict in Ukraine": the place names what the concept is about
        const where = t.childrenBy(place, 'nmod').find((x) => t.caseWord(x) === 'in');
        const inner = where !== undefined ? A.mentionOf(where) : -1;
        const concept = objects.length === 1 && mentions.get(objects[0])?.kind === 'concept' && inner >= 0 && mentions.get(inner)?.kind === 'actor'
          ? { name: `${mentions.get(objects[0])!.concept} in ${mentions.get(inner)!.actor!.name}`, chunk: objects[0] } : undefined;
        if (objects.length) out.push({ subjects: agent, objects, label, lemma: rel.lemma, rule: 'nominal:of-prep', objectConcept: concept });
        objects = [];
      }
    }
    // "Belarus as a participant in the Union State"
    if (ROLE_NOUNS.has(word) && t.childrenBy(n, 'case').some((c) => t.lower(c) === 'as')) {
      // the role describes the phrase right before it ("aggression against Belarus as a participant"),
      // wherever the parser hung it: the nearest actor among its left siblings, else its head
      const head = t.head(n);
      const left = t.children(head).filter((x) => x < n && A.mentionOf(x) >= 0 && isActor(A.mentionOf(x)));
      const holder = left.length ? left[left.length - 1] : head;
      const subjects = holder >= 0 ? A.mentionsOf(holder).filter(isActor) : [];
      const where = nmods.find((x) => /^(in|of)$/.test(t.caseWord(x)));
      if (subjects.length && where !== undefined) out.push({ subjects, objects: A.mentionsOf(where), label: `${word} ${t.caseWord(where)}`, lemma: t.lemma(n), rule: 'nominal:as-role' });
    }
    for (let i = from; i < out.length; i++) out[i].noun = n;
  }
  return out;
}

/**
 * "Jackson's defection to Labour", "the withdrawal of Syrian troops from Lebanon", "the visit by
 * Putin to China": a noun of going, its goer (`poss`, the noun's owner, its "of" or "by" phrase)
 * and where to or from.
 * (a place the goer is from is not where it goes: "the return of refugees from Iraq" is still a
 * return from Iraq; "a trip to Peru by the minister" is the minister's)
 */
function goings(t: Tree, A: Arguments, n: number, motion: { verb: string; direct?: boolean }, poss: number[], isActor: (k: number) => boolean, mentions: Map<number, Mention>): NominalCandidate[] {
  const nmods = t.childrenBy(n, 'nmod');
  const own = A.mentionOf(n);
  const owned = own >= 0 && !!mentions.get(own)?.owner;
  const by = nmods.filter((x) => /^(of|by)$/.test(t.caseWord(x))).flatMap((x) => A.mentionsOf(x)).filter(isActor);
  const out: NominalCandidate[] = [];
  // (the parser often hangs the "to" phrase on the goer's name: a name goes nowhere of its own)
  const goers = nmods.filter((x) => /^(of|by)$/.test(t.caseWord(x)) && t.upos(x) === 'PROPN');
  for (const x of [...nmods, ...goers.flatMap((g) => t.childrenBy(g, 'nmod'))]) {
    const prep = t.caseWord(x);
    if (!/^(to|into|from|towards|toward)$/.test(prep)) continue;
    // (a place no one owns is a goal too: "a visit to war cemeteries", "a return to Lima")
    const objects = A.mentionsOf(x).filter((k) => isActor(k) || mentions.get(k)?.kind === 'concept');
    if (!objects.length) continue;
    const label = motion.direct && /^(to|into)$/.test(prep) ? motion.verb : `${motion.verb} ${prep}`;
    const lemma = motion.verb.split(' ')[0];
    if (poss.length) out.push({ subjects: poss, objects, label, lemma, rule: 'nominal:motion' });
    else if (owned) out.push({ subjects: [], objects, label, lemma, rule: 'nominal:motion', ownerOf: own });
    else if (by.length) out.push({ subjects: by, objects, label, lemma, rule: 'nominal:motion' });
  }
  return out;
}

/**
 * A noun has no tense of its own: "welcomed the talks between Israel and Egypt" tells of talks
 * that have happened, "talks between Peru and Chile will resume" of talks ahead. The nearest
 * clause above the noun gives the time (a noun under no clause, a headline, is present).
 */
export function nominalTense(t: Tree, clauseTense: (head: number) => Tense | undefined, n: number): Tense {
  // ("found after an FMLN attack on army positions", "since the invasion of Kuwait": an act the
  // clause is timed after has happened, whatever the clause's own tense)
  if (/^(after|following|since)$/.test(t.caseWord(n))) return 'past';
  // (from the noun's head up: a gerund noun's own clause, "fighting", has no time of its own)
  for (let x = t.head(n), steps = 0; x >= 0 && steps < 8; x = t.head(x), steps++) {
    // (a verb that makes no clause of its own, "were killed in fighting between …", still has a time)
    const tense = clauseTense(x) ?? (t.upos(x) === 'VERB' ? readPredicate(t, x).info.tense : undefined);
    if (tense) return tense;
  }
  return 'present';
}

/**
 * A noun's relation is what the verb above it makes of it: "proposed a dialogue between A and B"
 * is intended, "doubts reports of talks with B" possible; else the nearest verb's own clause says
 * ("could hold talks with B": possible), and a noun under no verb is asserted.
 */
/** Nouns of what is told, not known. */
const TOLD = /^(reports?|claims?|allegations?|rumou?rs?|accusations?|stories|story)$/;

export function nominalModality(t: Tree, clauseModality: (head: number) => Modality | undefined, n: number): Modality {
  for (let x = t.head(n), steps = 0; x >= 0 && steps < 4; x = t.head(x), steps++) {
    // ("denied reports of Israeli raids on Damascus": an act told of through a report or a claim is
    // reported, not stated, as extract/event-nouns.ts reads it)
    if (x === t.head(n) && /^(of|about)$/.test(t.caseWord(n)) && TOLD.test(t.lower(x))) return 'possible';
    if (t.upos(x) !== 'VERB') continue;
    if (WANT.test(t.lemma(x))) return 'intended';
    if (DOUBT.test(t.lemma(x))) return 'possible';
    return clauseModality(x) ?? 'asserted';
  }
  return 'asserted';
}

/**
 * Verbs that stop the act their object names: "suspended its trip to Caracas", "postponed their
 * meeting"; and those that turn it down, "rejected talks between the government and the cartels",
 * "refused a meeting with Peru" (the talks a party rejects are not being held).
 */
const CALLED_OFF = /^(suspend|postpone|cancel|scrap|abandon|halt|stop|delay|defer|shelve|freeze|block|veto|prevent|thwart|foil|avert|reject|refuse|decline)$/;

/**
 * Did the act a noun names not happen? Under a verb that calls it off, "the FMLN suspended its trip
 * to Caracas", it did not, unless that verb is negated itself ("did not suspend its participation");
 * any other verb's negation leaves it be ("Chile did not welcome the talks": they were held).
 */
export function nominalNegated(t: Tree, clauseNegated: (head: number) => boolean | undefined, n: number): boolean {
  for (let x = t.head(n), steps = 0; x >= 0 && steps < 4; x = t.head(x), steps++) {
    if (t.upos(x) !== 'VERB') continue;
    return CALLED_OFF.test(t.lemma(x)) ? !clauseNegated(x) : false;
  }
  return false;
}

/**
 * Title chains before a name: "the Minister of Defense of the Russian Federation Andrei Belousov".
 * Returns, for the chunk holding the name, the title and the chunk of the actor it serves, and the
 * chunk where the chain starts (so the mention covers the whole phrase).
 */
export interface TitleChain { title: string; of?: number; from: number; to: number; roleOnly?: boolean }

export function titleChains(tokens: Token[], chs: Chunk[], mentions: Map<number, Mention>): Map<number, TitleChain> {
  const out = new Map<number, TitleChain>();
  for (let k = 0; k < chs.length; k++) {
    // ("US Secretary of State Colin Powell": a nationality before the title may stay in the chain)
    const names = chs[k].names ?? [];
    if (!isNP(chs[k]) || !TITLES.has(tokens[chs[k].head].lower) || names.some(([, e]) => e > chs[k].head)) continue;
    let j = k, of: number | undefined, named = false;
    while (w(tokens, chs[j + 1]) === 'of' && isNP(chs[j + 2])) {
      j += 2;
      const m = mentions.get(j);
      // ("the chairman of Hollis Grant", "the spokesman of Tony Blair": a bare name straight after
      // the title's "of" is whom the office serves, not who holds it; the holder's name comes after
      // the office's field, "Secretary of State Colin Powell")
      const served = j === k + 2 && m?.kind === 'actor' && m.text.replace(/^(the|a|an)\s+/i, '') === m.actor?.name;
      if (m?.actor?.type === 'person' && !served) { out.set(j, { title: tokens[chs[k].head].lower, of, from: k, to: j }); named = true; break; }
      if (m?.kind === 'actor') of = j;
    }
    // "the president of Armenia": an office without a name is an actor of its own (ARM president)
    if (!named && of !== undefined) out.set(k, { title: tokens[chs[k].head].lower, of, from: k, to: of, roleOnly: true });
  }
  return out;
}
