/**
 * actorgraph/extract — text → canonical actor–relation–actor triples.
 *
 * The pipeline, in order (each stage one file):
 *   segment     text → sentences of tokens with offsets (normalised typography, truecased caps)
 *   chunks      tokens → noun phrases, verb groups, prepositions (gazetteer names atomic)
 *   mentions    noun phrase → actor / person with title / pronoun / pair / concept
 *   coreference surnames → full names; pronouns, "the alliance", "the two countries" → actors
 *   relations   verb clauses (active, passive, relative, coordinated, copular)
 *   nominal     relations carried by nouns, appositions and titles
 *   attribution who said it; time; PLOVER category; stable ids
 */
import type { Actor, Doc, Mention, Relation, Triple } from '../types.js';
import { resolveSettings, type Settings } from '../settings.js';
import { analyse, type Analysed } from './analyse.js';
import { clauseSpeaker } from './attribution.js';
import { spanText } from './mentions.js';
import { findNominals, nominalModality, nominalNegated, nominalTense, type NominalCandidate } from './nominal.js';
import { findEventNouns } from './event-nouns.js';
import { findComplements } from './complement.js';
import { findStateActs } from './state-agent.js';
import { findUnattributed, isPeople, mayBeUnattributed, unidentifiedAgent } from './unattributed.js';
import { relationType } from '../relation-type.js';
import { ploverCategory } from './category.js';
import { uncodedTypes } from './category-gates.js';
import { anchorDate, normalizeDate } from './time.js';
import { clauseTimes } from './clause-time.js';
import { tripleId } from './triple-id.js';
import { claimedActs } from './claimed-acts.js';
import { namesNoParty } from './no-party.js';
import type { VerbInfo } from './predicate.js';
import type { Clause } from './clauses.js';
import { IDEA_NOUNS, NO_EVENT_IDIOMS, PARTICLES, PLACE_PREPOSITIONS, RELATIONAL_NOUNS, SOURCE_NOUN, TIME_NOUNS } from '../lexicon.js';
import { officeLabel, wordBeforeOffice } from './role-owner.js';
import { negatedConjunct } from './scope.js';
import { findExplosions, isViolenceReport } from './explosions.js';
import { findPlacedWeapons } from './placed-weapons.js';
import { findClashHarm } from './clash-victims.js';
import { withDocumentAliases } from '../resolve/aliases.js';
import { withDocumentTypes } from '../resolve/discourse-types.js';
import { capitalStandsForState } from '../resolve/capitals.js';
import { namesBody, namesPeople } from '../resolve/unnamed-persons.js';


/** Pronouns that may stand for the one who is speaking. */
const SELF_PRONOUN = /^(he|she|him|her|himself|herself|they|them|themselves|i|me|we|us)$/i;

/** A relation label ending in a preposition of place: its object is where, not who. */
const LOCATIVE_CASE = new RegExp(` (${[...PLACE_PREPOSITIONS, 'within'].join('|')})$`);
import { isPlay, isSportsReport, teamOf } from '../resolve/teams.js';
import { gazetteer } from '../resolve/gazetteer.js';
import { documentPlace } from './doc-place.js';
import { localParty } from '../resolve/party-families.js';

/** Extracts triples from one document. Deterministic: same text, same triples, same ids. */
export function extractTriples(doc: Doc, settings: Settings = resolveSettings()): Triple[] {
  return extractCounted(doc, settings).triples;
}

/** extractTriples, also saying how many sentences the text held (extract/document.ts numbers a long document's next piece on from there). */
export function extractCounted(doc: Doc, settings: Settings = resolveSettings()): { triples: Triple[]; sentences: number } {
  const { an, ctx, home } = analyse(doc, settings);
  // (in a match report "Wales" and "Barcelona" are teams: resolve/teams.ts)
  const sport = isSportsReport(doc.text);
  // (a report of political violence: an "attack" in it is one of force, extract/explosions.ts)
  const violent = isViolenceReport(doc.text);
  // where the document was filed (or the first place it names): kept with each piece of evidence
  const gaz = gazetteer(settings.actors);
  const place = documentPlace(doc, an, gaz);
  const filedIn = place?.from === 'dateline' ? place.country : undefined;

  // 3. triples
  const out: Triple[] = [];
  const seen = new Set<string>();
  for (const a of an) {
    const { s } = a;
    // (the time of the clause a triple comes from, else the sentence's first date: extract/clause-time.ts)
    const firstDate = s.dates.length ? s.dates[0][2] : undefined;
    const timeOf = clauseTimes(a.tree, s.dates);
    // "we" inside a quotation speaks for the speaker's side: re-resolve first-person pronouns.
    for (const [k, m] of a.mentions) if (m.kind === 'pronoun' && m.ref?.want === 'first') a.resolved.set(k, ctx.resolve(m, s.index, a.speaker, a));
    // (who said it is read per clause: the word `at` heads what the triple comes from)
    const sentenceSpeaker = a.speech.length ? undefined : a.speaker;
    // (a clause's own speaker is read from the speech acts and the allegations and beliefs alike)
    const acts = a.views.length ? [...a.speech, ...a.views] : a.speech;
    let at: number | undefined;
    const emit = (subj: Actor, obj: Actor, rel: Relation, rule: string, confidence: number, spans?: Triple['spans'], by?: Actor) => {
      // A city or region does not act; a bare capital doing a government's act is its state
      // ("Moscow said", "urged Beijing": resolve/capitals.ts), elsewhere it is the city
      if (sport) {
        subj = teamOf(subj, rel.label, 'subject') ?? subj;
        obj = teamOf(obj, rel.label, 'object') ?? obj;
        // ("Hewitt beat Nalbandian", "England meet Italy": a game, no event between states)
        if (rel.category && isPlay(rel.lemma, subj, obj)) { const { category: _game, ...played } = rel; rel = played; }
      }
      // (outside a report of violence, players, bands, films and firms beaten are outdone in a
      // contest, no assault: "Morrissey beat Eminem to best male", "Jugnot has beaten Depardieu")
      if (rel.category === 'ASSAULT' && rel.lemma === 'beat' && !violent && isPlay(rel.lemma, subj, obj) && !isViolenceReport(s.text, 1)) { const { category: _contest, ...outdone } = rel; rel = outdone; }
      // ("Kilroy-Silk has not been straightforward in attacking the party": outside a report of
      // violence an attack is one of words, which PLOVER codes as disapproval)
      // (a person or a body attacking a person or a body, no weapon, no dead and no armed doer in sight)
      // (so is an attack on what a party said, planned or decided: "attacked his policies")
      const onWords = () => obj.type === 'other' && IDEA_NOUNS.has(obj.name.toLowerCase().split(/\s+/).pop() ?? '');
      if (rel.category === 'ASSAULT' && /^(attack|assault)$/.test(rel.lemma) && !violent && (onWords() || [subj, obj].every((x) => x.type === 'person' || x.type === 'organization')) && !isViolenceReport(s.text, 1)) rel = { ...rel, category: 'DISAPPROVE' };
      // ("the Conservatives" in a dispatch from Bogota are Colombia's: resolve/party-families.ts)
      if (filedIn) { subj = localParty(subj, filedIn); obj = localParty(obj, filedIn); if (by) by = localParty(by, filedIn); }
      if (subj.type === 'location') subj = capitalStandsForState(subj, rel.lemma, 'subject') ?? subj;
      // ("met in London", "talks at Geneva": a capital after a preposition of place is the city)
      if (obj.type === 'location' && !LOCATIVE_CASE.test(rel.label)) obj = capitalStandsForState(obj, rel.lemma, 'object') ?? obj;
      if (subj.id === obj.id || subj.type === 'other' || subj.type === 'location') return;
      // ("hit back after the break", "ran from 1971", "beat them 2-0": a time, a number or a score names no party: extract/no-party.ts)
      if (namesNoParty(rel.label, obj)) return;
      // a determiner or quantifier left alone by the chunker ("accepted a", "invested some") says nothing
      if (obj.type === 'other' && EMPTY_CONCEPT.test(obj.name)) return;
      // ("in Manchester and not Blackpool": a conjunct negated on its own: extract/scope.ts)
      if (!rel.negated && negatedConjunct(s.text, obj.mention)) rel = { ...rel, negated: true };
      const id = tripleId(doc.id, s.index, subj.id, rel.type, obj.id);
      if (seen.has(id)) return;
      seen.add(id);
      const t: Triple = { id, subject: subj, relation: rel, object: obj,
        evidence: { doc: doc.id, sentence: s.index, text: s.text, start: s.start, end: s.end, ...(place ? { place } : {}) }, rule, confidence: Math.round(confidence * 1000) / 1000 };
      // (an office or an apposition is the writer's description of the person, not part of what
      // anyone is reported to say: "said Tim Congdon, economist at ING Barings")
      const said = rule === 'title' || rule === 'appos' ? undefined : by ?? (at !== undefined ? clauseSpeaker(a.tree, acts, at, (i) => a.quoted(a.s.tokens[i].start)) : undefined) ?? sentenceSpeaker;
      const speaker = said && (capitalStandsForState(said, 'say') ?? said);
      // (a speaker is someone: "The problem they face, said X, …" parsed with "problem" saying gives none;
      // someone described but not named is someone: "the defence minister said", "residents said",
      // unless a pronoun says what they did themselves: "The lawyer added that he has proof")
      // (what a named speaker says of himself is his claim too: "Ruiz said she would visit Peru")
      const described = speaker?.type === 'other' && !SOURCE_NOUN.test(speaker.name);
      // (or a body described but not named: "the army informs the people that …", "the government said")
      if (speaker && (!described || ((namesPeople(speaker.name) || namesBody(speaker.name)) && !SELF_PRONOUN.test(subj.mention)))) t.attribution = speaker;
      // (an office is held, not done: the date of the clause it is named in is not its time)
      const when = rule === 'title' ? undefined : at !== undefined ? timeOf(at) : firstDate;
      if (when) t.time = anchorDate(normalizeDate(when), doc.date, rel.tense === 'future');
      if (spans) t.spans = spans;
      if (confidence >= settings.minConfidence) out.push(t);
    };
    const ends = (list: number[]) => list.flatMap((k) => a.resolved.get(k) ?? []);
    const surface = (r: [number, number] | null) => (r ? spanText(s.tokens, r[0], r[1]) : '');
    // ("showed signs of recovery", "raised the level of taxes": a noun that says little alone keeps
    // the thing its "of" names; the concept is both, one node per pair)
    // the mention of the first phrase after chunk k's head with a case word `prep` accepts, and that word
    const phraseAfter = (k: number, prep: (w: string) => boolean): { k: number; prep: string } | undefined => {
      const head = a.chs[k]?.head;
      const x = head === undefined ? undefined : a.tree.childrenBy(head, 'nmod').find((y) => y > head && prep(a.tree.caseWord(y)));
      const ok = x === undefined ? -1 : a.args.mentionOf(x);
      return ok >= 0 && ok !== k ? { k: ok, prep: a.tree.caseWord(x!) } : undefined;
    };
    const completed = (k: number, y: Actor): Actor => {
      const head = a.chs[k]?.head;
      const lemma = head === undefined ? '' : a.tree.lemma(head);
      if (y.type !== 'other' || head === undefined || !(COMPLEMENT_NOUNS.has(lemma) || CHANGE_NOUNS.has(lemma))) return y;
      // (a change is a change in something: "posted a rise in profits")
      const of = phraseAfter(k, (w) => w === 'of' || (CHANGE_NOUNS.has(lemma) && w === 'in'));
      const m = of && a.mentions.get(of.k);
      if (!m || m.kind !== 'concept' || !m.concept) return y;
      const name = `${y.name} ${of!.prep} ${m.concept}`;
      return { ...y, id: conceptId(name), name };
    };
    // the verb of the clause a word heads (the first such clause), for the nouns below
    const verbAt = new Map<number, VerbInfo>();
    for (const c of a.clauses) if (!verbAt.has(c.head)) verbAt.set(c.head, c.verb);
    // who does what a nominal names: the owner of its noun's mention, else its subject mentions
    const doers = (n: NominalCandidate) => (n.ownerOf !== undefined ? [a.mentions.get(n.ownerOf)!.owner!] : ends(n.subjects));
    // ("Chile or Peru will sign", "buy jets from Russia or China": each of the alternatives may be the one)
    const joinedByOr = (ks: number[]) => ks.length >= 2 && s.tokens.slice(Math.min(...ks.map((k) => a.chs[k].start)), Math.max(...ks.map((k) => a.chs[k].end))).some((t) => t.lower === 'or');
    // ("to make sure that …", "fits better with …": an adjective or adverb alone is no object;
    // "helped the poor" keeps its determiner and stays one)
    const bare = (k: number) => a.mentions.get(k)?.kind === 'concept' && a.chs[k].end - a.chs[k].start === 1 && /^(ADJ|ADV)$/.test(s.tokens[a.chs[k].head].upos ?? '');

    // the office named by a clause's one object ("became chairman of X": the caller asks only of a
    // verb that takes, keeps or leaves one)
    const officeTaken = (c: Clause): { of: Actor; label: string } | undefined => {
      const m = c.objects.length === 1 ? a.mentions.get(c.objects[0]) : undefined;
      if (!m?.role?.of || !unnamedOffice(m)) return undefined;
      const o = officeLabel(m.role.title, m.text, m.role.of);
      return o && { of: m.role.of, label: o.label };
    };
    for (const c of a.clauses) {
      if (c.view === 'openie') continue;
      at = c.head;
      if (c.speech && !c.objects.length) continue;
      // (one tells someone but says something: a noun phrase straight after "said" is the start of
      // what was said, read as an object when the parse misses the clause: "police said X was freed")
      if (c.verb.lemma === 'say' && !c.prep) continue;
      if (c.verb.copula === 'be' && !c.objects.some((k) => a.mentions.get(k)?.kind === 'actor')) continue;
      const base = c.prep ? `${c.verb.label} ${c.prep}` : c.verb.label;
      // ("They were Arthur Donelley and David Kent", "KFB is South Korea's largest bank": a bare "be"
      // between two actors says who is who, which is coreference, not a relation between them)
      if (c.verb.copula === 'be' && base === 'be') continue;
      // "resigned as chairman of Zentrix", "will become chairman of Zentrix": an office the subject
      // takes, keeps or leaves is a relation to the office's body, not to an unnamed holder of it
      const takesOffice = TAKES_OFFICE.test(c.verb.lemma) || / as$/.test(base);
      const office = takesOffice ? officeTaken(c) : undefined;
      const label = office ? `${base} ${office.label} of` : base;
      // (clauses the chunk patterns found where the tree had none say so in their rule: extract/fallback.ts)
      const ruleName = c.fallback ? `chunks:${c.rule}` : c.rule;
      // "launched an investigation", "held talks", "lodged a protest": a light verb's event is its
      // object noun, so the category is read from the noun first (the label keeps the verb)
      const obj0 = c.objects.length ? a.mentions.get(c.objects[0]) : undefined;
      // (the chain's last verb: "decided to press charges against")
      const lastLemma = c.verb.lemmas[c.verb.lemmas.length - 1] ?? c.verb.lemma;
      const objNounLemma = obj0?.kind === 'concept' ? a.s.tokens[a.chs[c.objects[0]].head].lemma.toLowerCase() : undefined;
      // ("took charge of the team": an idiom's noun names no event, no charge was laid)
      const idiomatic = objNounLemma !== undefined && NO_EVENT_IDIOMS.test(`${lastLemma} ${objNounLemma}`);
      const lightNoun = LIGHT_VERBS.test(lastLemma) && !idiomatic ? objNounLemma : undefined;
      // ("called for action", "called on Chile to …", "made an urgent call to …": a call for or on
      // someone is an appeal, PLOVER's DEMAND; "called Blair", "a phone call" are contacts)
      // (the noun after a light verb, or folded into a ReVerb label: "made an urgent call to Chile")
      const appeal = (lastLemma === 'call' && /^(for|on|upon)$/.test(c.prep ?? ''))
        || ((lightNoun === 'call' || (c.rule === 'reverb' && LIGHT_VERBS.test(c.verb.lemmas[0] ?? '') && lastLemma === 'call')) && !a.s.tokens.some((w) => /phone$/.test(w.lower)));
      // ("struck a deal with Russia", "strike an agreement": a deal struck is agreed, no strike)
      const struck = c.verb.lemmas.indexOf('strike');
      const dealt = struck >= 0 && DEALS.test((c.rule === 'reverb' ? c.verb.lemmas[struck + 1] : objNounLemma) ?? '');
      const verb = appeal ? { ...c.verb, lemmas: ['appeal', ...c.verb.lemmas] } : dealt ? { ...c.verb, lemmas: ['agree', ...c.verb.lemmas] } : lightNoun ? { ...c.verb, lemmas: [lightNoun, ...c.verb.lemmas] } : c.verb;
      // (PLOVER types the clause's object shows it is not: "gave the order", "released an album")
      const uncoded = uncodedTypes(a, c, verb.lemmas);
      const alternatives = joinedByOr(c.subjects);
      // ("Neither Vodafone or T-Mobile offer …": denied of each alternative, no possibility)
      const rel = relation(label, (alternatives || joinedByOr(c.objects)) && !verb.negated ? { ...verb, modality: verb.modality === 'asserted' ? 'possible' : verb.modality } : verb, uncoded);
      const subs = c.subjectActors ?? ends(c.subjects), objs = office ? [office.of] : c.objectActors ?? c.objects.filter((k) => !bare(k)).flatMap((k) => ends([k]).map((y) => completed(k, y)));
      const spans = { arg1: surface(c.arg1), rel: surface(c.rel), args: c.args.map(surface) };
      const pronounEnd = [...c.subjects, ...c.objects].some((k) => a.mentions.get(k)?.kind === 'pronoun');
      // an infinitive's doer is inferred, not written: ranked below the explicit clauses
      const inferred = c.rule.startsWith('infinitive') ? 0.7 : 1;
      for (const x of subs) for (const y of objs) {
        const conf = (y.type === 'other' ? 0.6 : 0.8) * (pronounEnd ? 0.85 : 1) * (c.rule === 'relative' ? 0.9 : 1) * (c.verb.copula ? 0.7 : 1) * inferred;
        emit(x, y, rel, ruleName, conf, spans);
      }
      // Reciprocal events with coordinated subjects: "Czechia and China signed an agreement",
      // "the Turkish and Greek sides agreed to share …" → each pair, both ways (a reciprocal event
      // has no first party: "A and B met" is A met B and B met A)
      const distinct = subs.filter((x, i) => x.type !== 'other' && subs.findIndex((y) => y.id === x.id) === i);
      const objNoun = c.objects.length === 1 && a.mentions.get(c.objects[0])?.kind === 'concept' ? a.s.tokens[a.chs[c.objects[0]].head].lower : undefined;
      // (not when the verb has an actor for its object: "France and Germany met Putin" is no meeting of the two)
      const actorObject = !LOCATIVE_CASE.test(label) && objs.some((y) => y.type !== 'other' && y.type !== 'location');
      // (only parties joined by "and" act together: "X or Y carried out the attacks" names suspects;
      // and only a noun of a two-sided relation makes them each other's: "X and Y launched attacks"
      // is no attack of X on Y)
      const twoSided = objNoun && RELATIONAL_NOUNS[objNoun]?.label.endsWith(' with');
      if (distinct.length >= 2 && !alternatives && !c.verb.copula && !actorObject && (RECIPROCAL.test(c.verb.lemma) || twoSided)) {
        const lbl = twoSided ? `${c.verb.label} ${a.s.tokens[a.chs[c.objects[0]].head].lemma.toLowerCase()} with` : `${c.verb.label} with`;
        for (let i = 0; i < distinct.length; i++) for (let j = 0; j < distinct.length; j++) if (i !== j) emit(distinct[i], distinct[j], relation(lbl, c.verb), 'reciprocal', 0.65, spans);
      }
      // "praised Haiti's efforts", "rejected a UN appeal": the owner of the object is a party too
      // "mounted an invasion of South Lebanon": an actor after "of" owns the object just the same;
      // the category comes from the verb, else from the noun ("mount" says nothing, "invasion" does)
      // A passive's patient works the same way, and there "for" marks whose it is too: "a camp for
      // Congolese refugees was attacked by X" → X attacks the refugees' camp
      const passive = c.rule === 'passive';
      if (!c.verb.copula && (passive || !c.rule.startsWith('passive'))) for (const k of c.objects) {
        const om = a.mentions.get(k);
        if (om?.kind !== 'concept') continue;
        const prep = a.s.tokens[a.chs[k + 1]?.start ?? -1]?.lower;
        const ppActor = (prep === 'of' || (passive && prep === 'for')) && a.mentions.get(k + 2)?.kind === 'actor' ? a.resolved.get(k + 2) ?? [] : [];
        const owners = om.owner ? [om.owner] : ppActor;
        if (!owners.length) continue;
        const noun = a.s.tokens[a.chs[k].head].lemma.toLowerCase();
        // ("is compromising India's own \"self reliance\"": a chunk cut at "own" names no thing owned)
        if (noun === 'own') continue;
        const link = om.owner ? 'of' : prep;
        // ("stepped down as chief executive of X": an office left or taken keeps its "as" and its rank)
        const held = link === 'of' && takesOffice ? officeLabel(om.text.toLowerCase().replace(/^(the|a|an|its|his|her|their)\s+/, ''), om.text, owners[0]) : undefined;
        // ("protested at Chile's decision": the clause's preposition stays in the label)
        const ownerLabel = held ? `${base} ${held.label} ${link}` : `${base} ${noun} ${link}`;
        for (const owner of owners) for (const x of subs) emit(x, owner, relation(ownerLabel, { ...c.verb, lemmas: idiomatic ? c.verb.lemmas : [...c.verb.lemmas, noun] }), `${ruleName}:owner`, 0.55 * (pronounEnd ? 0.85 : 1), spans);
      }
      // SVA / SVOA: "opened an embassy in Tehran" → open in → Tehran (actors only)
      // ("made a donation to Labour", "took part in the race": a light verb's object names the event
      // and stays in the label, as ReVerb's verb–noun–preposition does)
      // (a bare noun object makes an idiom with the verb that no mention holds: "took part in", "take place in")
      const idiom = c.ppObjects?.length && LIGHT_VERBS.test(c.verb.lemma) ? a.tree.childrenBy(c.head, 'obj').find((o) => a.tree.xpos(o) === 'NN' && !TIME_NOUNS.has(a.tree.lower(o)) && !a.tree.children(o).some((x) => /^(det|nmod:poss|amod|nummod)$/.test(a.tree.rel(x)))) : undefined;
      // (not a time the chunk glued to the object: "opened its borders today to …")
      // (an idiom's noun stays in the label though it names no event: "take charge against")
      const labelNoun = lightNoun ?? (idiomatic ? objNounLemma : undefined);
      const ppNounOfVerb = labelNoun && !TIME_NOUNS.has(labelNoun) ? labelNoun : idiom !== undefined ? a.tree.lower(idiom) : undefined;
      if (!c.verb.copula) for (const pp of c.ppObjects ?? []) {
        // "hacked into the computers of X": the PP's noun names the event when the verb does not
        const ppNoun = / of$/.test(pp.prep) ? pp.prep.split(' ').slice(-2, -1) : [];
        // ("blew up lines leading into Kabul": a particle stays with its verb)
        // (a noun the chain names already is not said twice: "file" + "for bankruptcy in")
        const particle = !!c.prep && PARTICLES.test(c.prep);
        const verbLabel = particle ? `${c.verb.label} ${c.prep}` : ppNounOfVerb && !/ of$/.test(pp.prep) && !pp.prep.split(' ').includes(ppNounOfVerb) ? `${c.verb.label} ${ppNounOfVerb}` : c.verb.label;
        // (nor a particle the label has: "shrug off" + "off threat from")
        const chain = particle && pp.prep.startsWith(`${c.prep} `) ? pp.prep.slice(c.prep!.length + 1) : pp.prep;
        const r2 = relation(`${verbLabel} ${chain}`, { ...verb, lemmas: [...verb.lemmas, ...ppNoun] }, uncoded);
        for (const x of subs) for (const y of ends([pp.k])) emit(x, y, r2, `${ruleName}+pp`, 0.65 * (pronounEnd ? 0.85 : 1) * inferred, spans);
      }
    }
    // Clausal complements and conditions: "demanded that the US cancel …", "threatened to … if the US …"
    for (const m of findComplements(a)) {
      const v = m.clause.verb;
      at = m.clause.head;
      const rel = relation(m.lemma, { lemma: m.lemma, lemmas: [m.lemma], negated: v.negated, modality: v.modality, tense: v.tense });
      for (const x of ends(m.subjects)) for (const y of ends(m.objects)) emit(x, y, rel, m.rule, m.rule === 'complement:threat' ? 0.55 : 0.6);
    }
    // "A US national was arrested in Italy": the state where a legal act happens is its agent
    // "a reporter was killed in a shootout": violence with no doer written is the unidentified individuals' (extract/unattributed.ts)
    if (!sport) for (const u of findUnattributed(a, home, gaz)) {
      at = u.clause.head;
      for (const y of ends(u.clause.objects)) emit(u.agent, y, relation(u.clause.verb.label, u.clause.verb), u.doerWhen ? 'passive:when' : 'passive:unattributed', u.doerWhen ? 0.55 : 0.5);
    }
    // "nine guerrillas were killed in a clash with army troops": the other side of the fight did it (extract/clash-victims.ts)
    if (!sport) for (const h of findClashHarm(a)) {
      at = h.clause.head;
      for (const y of ends(h.clause.objects)) emit(h.agent, y, relation(h.clause.verb.label, h.clause.verb), 'passive:clash', 0.5);
    }
    // "a bomb exploded at the union's headquarters", "there was an attack on the market": an act on a
    // target with no verb of attack (extract/explosions.ts)
    // (and "a bomb was placed at the bank": a weapon placed or thrown at a target, extract/placed-weapons.ts)
    if (!sport) for (const e of [...findExplosions(a, home, gaz, violent), ...findPlacedWeapons(a, home, gaz)]) {
      at = e.head;
      for (const k of e.targets) for (const y of ends([k])) {
        emit(e.agent, completed(k, y), relation(e.verb.label, e.verb), e.rule, 0.5);
        // ("the home of Colonel Figueroa": the owner of what was hit is a party too)
        const of = phraseAfter(k, (w) => w === 'of');
        if (!of || a.mentions.get(of.k)?.kind !== 'actor') continue;
        const noun = a.tree.lemma(a.chs[k].head);
        for (const o of ends([of.k])) emit(e.agent, o, relation(`${e.verb.label} ${noun} of`, { ...e.verb, lemmas: [...e.verb.lemmas, noun] }), `${e.rule}:owner`, 0.45);
      }
    }
    for (const sa of findStateActs(a)) {
      const v = sa.clause.verb;
      at = sa.clause.head;
      // ("a congress was held in Lima", "the case was tried in Lima": held and tried by the state are people only)
      const people = /^(hold|try)$/.test(v.lemma);
      for (const y of ends(sa.clause.objects)) if (y.type !== 'other' && (!people || y.type === 'person' || y.type === 'group')) emit(sa.agent, y, relation(sa.label, v), sa.rule, 0.5);
    }
    for (const n of findNominals(a.tree, a.args, a.mentions)) {
      const tense = n.noun === undefined ? 'present' : nominalTense(a.tree, (h) => verbAt.get(h)?.tense, n.noun);
      const modality = n.noun === undefined ? 'asserted' : nominalModality(a.tree, (h) => verbAt.get(h)?.modality, n.noun);
      const negated = n.noun === undefined ? false : nominalNegated(a.tree, (h) => verbAt.get(h)?.negated, n.noun);
      const rel = relation(n.label, { lemma: n.lemma, lemmas: [n.lemma], negated, modality, tense });
      at = a.chs[n.subjects[0] ?? n.ownerOf ?? -1]?.head;
      let subs = doers(n);
      let objs = ends(n.objects);
      if (n.objectConcept) objs = [{ id: conceptId(n.objectConcept.name), name: n.objectConcept.name, type: 'other', mention: n.objectConcept.name }];
      if (n.subjects.length === 1 && n.objects.length === 1 && n.subjects[0] === n.objects[0] && subs.length === 2) { objs = [subs[1]]; subs = [subs[0]]; }
      if (n.rule === 'nominal:action-between' && subs.length === 1 && a.mentions.get(n.subjects[0])?.kind === 'pair') subs = ends(n.subjects);
      for (const x of subs) for (const y of objs) emit(x, y, rel, n.rule, y.type === 'other' ? 0.55 : 0.7);
    }
    // acts named by nouns: "the murder of X by Y", "blamed Y for the attack on X"
    for (const n of findEventNouns(a.tree, a.args, a.mentions)) {
      const v = n.clause !== undefined ? verbAt.get(n.clause) : undefined;
      // ("is investigating the assassination of X", "condemns the attack on Y": an act named by a noun
      // under no verb of its own has happened, whatever the time of the clause that names it)
      const around = nominalTense(a.tree, (h) => verbAt.get(h)?.tense, n.noun!);
      const tense = v?.tense ?? (around === 'present' ? 'past' : around);
      // ("carried out by the Shining Path or the FMLN": alternatives may each be the doer)
      const said = v?.modality ?? n.modality;
      const rel = relation(n.label, { lemma: n.lemma, lemmas: [n.lemma], negated: v?.negated ?? n.negated ?? false, modality: said === 'asserted' && joinedByOr(n.subjects) ? 'possible' : said, tense });
      at = a.chs[n.subjects[0] ?? n.ownerOf ?? -1]?.head;
      const by = ends(n.speakers)[0];
      // "the murder of three judges": no doer named, the unidentified individuals (extract/unattributed.ts),
      // only for an act of harm told as done, to people (event-nouns.ts marks only those)
      if (n.unattributed) {
        if (sport || rel.negated || rel.modality !== 'asserted' || rel.tense === 'future' || !mayBeUnattributed(a)) continue;
        at = n.noun!;
        const agent = unidentifiedAgent(a, n.noun!, home, gaz);
        const victims = n.victimOf !== undefined ? [a.mentions.get(n.victimOf)!.owner!] : ends(n.objects.filter((k) => isPeople(a, k)));
        for (const y of victims) emit(agent, y, rel, 'nominal:unattributed', 0.45, undefined, by);
        continue;
      }
      for (const x of doers(n)) for (const y of ends(n.objects)) emit(x, y, rel, n.rule, y.type === 'other' ? 0.55 : 0.7, undefined, by);
    }
    // offices: "Belousov –minister of→ Russia"
    for (const [k, m] of a.mentions) {
      if (!m.role || m.actor?.type !== 'person') continue;
      // ("said economy minister Heizo Takenaka" in a story about Japan: a minister whose country
      // is not written is his own country's, else the home country's, as "the government" is)
      const stateId = !m.role.of && / ?minister$/.test(m.role.title) && !unnamedOffice(m) ? m.actor.country ?? home?.country : undefined;
      const homeState = stateId ? gaz.actors.get(stateId) : undefined;
      const of = m.role.of ?? (homeState ? { id: homeState.id, name: homeState.name, type: homeState.type, mention: m.role.title, country: homeState.id } : undefined);
      if (!of) continue;
      const person = a.resolved.get(k)?.[0];
      // an unnamed office holder ("the Bolivian president") would only restate its own name, unless
      // an apposition names who holds it ("Rod Eddington, BA's chief executive": office-appositions.ts)
      const unnamed = unnamedOffice(m);
      if (unnamed && (!person || person.id === m.actor.id || person.type !== 'person')) continue;
      // (the apposition rule may have said it already: "Pedro Silva, the ambassador of Brazil")
      if (unnamed && out.some((t) => t.evidence.sentence === s.index && t.rule === 'appos' && t.subject.id === person!.id && t.object.id === of.id)) continue;
      const head = a.chs[k].head;
      at = head;
      const before = wordBeforeOffice(a.s.tokens, a.chs, k);
      const office = officeLabel(m.role.title, /^(then|former)$/.test(before ?? '') ? `${before} ${m.actor.mention}` : m.actor.mention, of);
      if (!office) continue;
      // ("Tom Vale was president of Peru", "had been chairman": an office predicated in the past is held no longer)
      const past = office.former || (a.tree.child(head, 'cop') !== undefined && a.tree.childrenBy(head, 'cop', 'aux').some((c) => /^(was|were|had)$/.test(a.tree.lower(c))));
      if (person) emit(person, of, relation(`${office.label} of`, { lemma: m.role.title.split(' ').pop()!, lemmas: [], negated: false, modality: 'asserted', tense: past ? 'past' : 'present' }), 'title', 0.75);
    }
  }
  // 4. a claim or a charge of responsibility for an act named by its noun answers who did the acts
  // told with no doer (extract/claimed-acts.ts)
  out.push(...claimedActs(out));
  // 5. one type per person or body throughout the document (resolve/discourse-types.ts), and each
  // endpoint carries the other names its actor goes by in this document
  return { triples: withDocumentAliases(withDocumentTypes(out, (id) => gaz.actors.has(id))), sentences: an.length };
}

/** A mention of an office held by no one it names ("the Bolivian president", "BA's chief executive"). */
const unnamedOffice = (m: Mention): boolean => !!m.role && m.actor?.type === 'person' && m.actor.name.toLowerCase().endsWith(m.role.title);

/** Verbs whose object is an office the subject comes to hold or keeps: "became chairman of X". */
const TAKES_OFFICE = /^(become|remain|stay)$/;

/** Nouns of change, which keep what changed: "a rise in profits", "a cut in interest rates". */
const CHANGE_NOUNS = new Set(['rise', 'fall', 'increase', 'decrease', 'decline', 'drop', 'cut', 'growth', 'jump', 'slump', 'surge', 'reduction', 'boost', 'change', 'slowdown', 'improvement', 'dip', 'downturn', 'upturn', 'hike', 'investment', 'stake', 'interest']);
/** Nouns that say little without their "of" phrase: their concept keeps it. */
const COMPLEMENT_NOUNS = new Set([
  // (a building is whose it is: "the headquarters of the shoe workers' union")
  'headquarters', 'office', 'offices', 'home', 'house', 'residence', 'installations', 'facilities', 'branch', 'premises', 'building',
  // (acts on a thing: "completed the replacement of its franc")
  'replacement', 'withdrawal', 'removal', 'closure', 'privatisation', 'privatization', 'construction', 'abolition', 'reform', 'review', 'overhaul',
  // (sums: "a loss of 68m euros", "a population of 44 million")
  'population', 'profit', 'revenue', 'sale', 'debt', 'deficit', 'surplus', 'budget', 'fine', 'total', 'sum', 'payment', 'bonus', 'salary', 'turnover', 'income', 'earnings', 'figure',
  // (measures and loads: "seized six tons of marijuana", "a cache of weapons")
  'ton', 'tonne', 'kilo', 'kilogram', 'gram', 'pound', 'barrel', 'litre', 'liter', 'gallon', 'bag', 'crate', 'shipment', 'consignment', 'cache', 'cargo', 'quantity', 'amount',
  'sign', 'lack', 'level', 'kind', 'type', 'form', 'sort', 'rest', 'future', 'fate', 'cost', 'price', 'value', 'rate', 'source', 'effect', 'impact', 'role', 'use', 'rise', 'fall', 'growth', 'increase', 'decline', 'loss', 'end', 'start', 'size', 'scale', 'quality', 'state', 'extent']);

/** The id of a concept named in a triple's own words ("signs of recovery"). */
const conceptId = (name: string): string => `concept:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** What a deal is struck as: "struck a deal", "strike an agreement". */
const DEALS = /^(deal|agreement|accord|pact|bargain|compromise|settlement|truce|alliance|partnership)s?$/;

/** Verbs that name no event of their own: the object noun does ("hold talks", "launch an attack"). */
const LIGHT_VERBS = /^(launch|conduct|stage|hold|make|take|mount|issue|lodge|file|carry|begin|start|open|deliver|pay|undertake|perform|wage|step|announce|press|bring|level|impose)$/;

const EMPTY_CONCEPT = /^(a|an|the|some|any|all|both|each|every|such|this|that|these|those|it|one|none|much|many|more|most|less|few)$/i;

/** Verbs whose coordinated subjects act on each other: "Russia and Belarus agreed …". */
const RECIPROCAL = /^(agree|sign|meet|talk|negotiate|cooperate|collaborate|clash|fight|trade|compete|reconcile|discuss|consult|conclude|settle|ally|partner|quarrel|dispute)$/;


/** `uncoded`: PLOVER types the clause is known not to be, so none of its relations carries them (what was given is no aid; a threat to give stays one). */
function relation(label: string, v: Pick<VerbInfo, 'lemma' | 'lemmas' | 'negated' | 'modality' | 'tense' | 'act'>, uncoded: readonly string[] = []): Relation {
  // (a threat or an offer is what PLOVER codes: "threatened to ban" → THREATEN)
  const coded = ploverCategory([...(v.act ? [v.act] : []), ...(v.lemmas.length ? v.lemmas : [v.lemma])]);
  const category = coded && uncoded.includes(coded) ? undefined : coded;
  return { label, lemma: v.lemma, type: relationType(label), negated: v.negated, modality: v.modality, tense: v.tense, ...(category ? { category } : {}) };
}
