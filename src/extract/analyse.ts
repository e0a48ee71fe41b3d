/**
 * actorgraph/extract/analyse — stages 1–2 of the pipeline shared by the triple extractor and
 * the open-IE view: sentences → chunks → mentions → coreference → clauses → speakers.
 */
import type { Token } from '../nlp/wink.js';
import { qualifierWords } from './body-name.js';
import type { Actor, Doc } from '../types.js';
import type { Settings } from '../settings.js';
import { segment, type Sentence } from './segment.js';
import { chunk, type Chunk } from './chunks.js';
import { isCapsCopy, upperShare } from './normalize.js';
import { possessiveRef, readMention, conceptKey, conceptName, spanText, type Mention } from './mentions.js';
import { findClauses, type Clause } from './clauses.js';
import { Tree } from './tree.js';
import { Arguments } from './arguments.js';
import { fallbackClauses } from './fallback.js';
import { titleChains } from './nominal.js';
import { officeAppositions } from './office-appositions.js';
import { voices } from './voices.js';
import { officeBody, roleSide, stateSide } from './speaker-sides.js';
import { authorOf, clauseSpeaker, inQuotation, quoteSpeakerSource, type SpeechAct } from './attribution.js';
import { DocContext } from '../resolve/coreference.js';
import { spanHead, spanRel } from '../resolve/salience.js';
import { gazetteer, demonymOf, type Gazetteer } from '../resolve/gazetteer.js';
import { slug } from '../resolve/names.js';
import { isTitleWord } from '../resolve/gender.js';
import { THING_HEADS, isCommonWord } from './name-kind.js';
import { documentTypes } from '../resolve/discourse-types.js';
import { splitStraddlingChunks } from './chunk-split.js';
import { bodyCues, notPersonCues, personCues, placeCues, workCues } from './person-cues.js';
import { mediaNames } from './media-names.js';
import { stationActor, stationVoice } from './station.js';
import { cuedBodyNames } from './cued-bodies.js';
import { bodyOwnedCues, ownItsCues, ownsBodyThing } from './body-owned.js';
import { workExampleSpans } from './work-names.js';
import { workPartCues } from './work-parts.js';
import { workCreditCues } from './work-credits.js';
import { possessedWorkNames } from './possessed-works.js';
import { leaderGovernment } from './leader-government.js';
import { foldCoordinated, officesOfList } from './coordinated.js';
import { AGENT_HEADS, ALLEGING_VERBS, BELIEF_VERBS, BODY_MEMBERS, MOVING, NAME_WORD, ORG_WORDS, PERSON_PRONOUNS, POSSESSIVES, STATE_HEADS, UNNAMED_ARMED } from '../lexicon.js';
import { readDateline, blankPrefix } from './dateline.js';
import { headerSpeakers, namesWithin, readTurns, type Turn } from './turns.js';
import { blankEditorial, blankSpans } from './editorial.js';
import { blankQuotedNames } from './quoted-names.js';
import { acronymActors, definedAcronyms } from './acronym-definitions.js';
import { homeCountry, type Home } from './home.js';
import { indigenousReading, rehome } from './indian.js';
import { readUnnamedAgents } from './unnamed.js';
import { homeRepublicOffices } from './home-republic.js';
import { predicatedOffices } from './predicate-offices.js';

export interface Analysed {
  s: Sentence;
  chs: Chunk[];
  mentions: Map<number, Mention>;
  /** chunk index → resolved actors (after coreference); concepts resolve to one 'other' endpoint */
  resolved: Map<number, Actor[]>;
  clauses: Clause[];
  /** The sentence's dependency tree (repaired where the parse is known to go wrong). */
  tree: Tree;
  /** Tree words → the mentions that name them. */
  args: Arguments;
  /** Who says the sentence as a whole: its first speech clause's speaker, "According to X", or a quotation's. */
  speaker?: Actor;
  /** The sentence's speech clauses with a known speaker: each clause's own speaker is read from them (attribution.ts). */
  speech: SpeechAct[];
  /**
   * The sentence's allegations and beliefs with a known holder ("accused Chile of arming", "alleged
   * that", "fears that"): what they lay on someone or hold is the holder's view, no speech.
   */
  views: SpeechAct[];
  /** The speaker of the clause holding token i (clauseSpeaker over `speech`): coreference's first persons. */
  speakerAt(i: number): Actor | undefined;
  /** Is the document's character offset `at` inside a quotation? */
  quoted(at: number): boolean;
}

/** Peoples' names that are also English common nouns: "poles", "swedes". */
const HOMONYM_PEOPLES = /^(poles|swedes)$/;

/** People who act for a body they are "of" or "from": "officials of the World Bank", "a delegation from the CBI". */
const BODY_PEOPLE = /^(officials|leaders|representatives|delegates|delegations?|envoys|negotiators|activists|executives|spokes(?:wo)?men|ministers|students|staff|employees|workers|lawyers|experts|observers)$/;
/** Participles that place a body somewhere: "a group based in Trinidad". */
const BASED = /^(based|stationed|deployed|headquartered|located|operating)$/;

/** Reads a document into analysed sentences; the context keeps coreference state for later stages. */
/** The actor mention of a sentence that covers word i, if any. */
const actorMentionAt = (a: Analysed, i: number): Mention | undefined => [...a.mentions.values()].find((m) => m.kind === 'actor' && m.actor && m.start <= i && i < m.end);

export function analyse(doc: Doc, settings: Settings): { an: Analysed[]; ctx: DocContext; home: Home | undefined } {
  // the built-in gazetteer, with the user's dictionaries over it when given (--actors)
  const g = gazetteer(settings.actors);
  // a wire dateline ("SAN SALVADOR, 3 JAN 90 (…) -- [TEXT]") is no part of the first sentence
  const dateline = readDateline(doc.text, g);
  // (and the editor's square brackets are no part of any sentence: extract/editorial.ts)
  // (a transcript's speaker tags, "[VALE] WE WILL …", open turns and are no part of a sentence: extract/turns.ts)
  const { turns, tags: turnTags } = readTurns(doc.text);
  const readable = blankSpans(dateline ? blankPrefix(doc.text, dateline.end) : doc.text, turnTags);
  // (wire copy in capitals spells a local body's acronym out once: extract/acronym-definitions.ts)
  const defined = isCapsCopy(readable) ? definedAcronyms(readable) : [];
  // (and a name in quotation marks is read as the name it is: extract/quoted-names.ts)
  const sentences = segment(blankQuotedNames(blankEditorial(readable)), settings.maxSentenceChars, g, doc.text, defined);
  const ctx = new DocContext(settings.corefWindow, g, doc.text);
  // (the speaker its tags give the whole text, "[COMMUNIQUE] [THE EXTRADITABLES] [TEXT]": whoever
  // its first person is and whoever says what no one else in it is said to)
  const { who: author, side: authorSide } = dateline?.author ? authorActor(dateline.author, settings) : {};
  // ("[SPEECH] [SALVADORAN PRESIDENT TOM VALE]": the speaker's "we" is the side the tag names)
  if (author && authorSide) ctx.setSide(author, authorSide);
  // (the speakers a transcript's header names in full, for its tags' surnames; what they speak for)
  // (and the text's author: "[SPEECH] [PRESIDENT TOM VALE] [TEXT] [VALE, IN PROGRESS] …")
  const headed = turns.length ? [...(author ? [{ who: author, side: authorSide }] : []), ...headerSpeakers(dateline?.tags ?? []).flatMap((p) => namedActors(p, settings))] : [];
  for (const { who, side } of headed) { ctx.registerPerson({ ...who, mention: who.name }); if (side) ctx.setSide(who, side); }
  const turnSpeaker = turnSpeakers(turns, headed, ctx, g, settings);
  // (who speaks at a character offset: a turn's speaker, else the text's author; an interviewer's turn, no one)
  const voiceAt = (at: number): Actor | undefined => { const t = turnSpeaker(at); return t === undefined ? author : t ?? undefined; };
  // ("CLANDESTINE, 18 DEC 89 (RADIO VENCEREMOS) -- [TEXT] … WE HAVE ALREADY INFORMED THE PEOPLE":
  // a broadcast no tag gives a speaker is the station's own voice, and its first person outside
  // anyone's words and any turn is the station; only its first person: what it reports stays no
  // one's, as an agency's copy is)
  // (not where a tag names the author, even one no list knows: "[COMMUNIQUE] [PATRIOTIC LIBERATION FRONT]")
  // (a clandestine station is some armed group's voice: one the lexicon does not know says "we" for no one)
  const voiceOf = g.actors.get(stationVoice(dateline?.source) ?? '');
  const station = dateline?.author || (dateline?.place === 'CLANDESTINE' && !voiceOf) ? undefined : stationActor(dateline?.source);
  if (station && voiceOf) ctx.setVoice(station, { ...voiceOf, mention: voiceOf.name });
  const firstPersonAt = (at: number): Actor | undefined => { const t = turnSpeaker(at); return t === undefined ? author ?? station : t ?? undefined; };

  // 1. chunks and mentions; every full person name registered for surname matching
  const an: Analysed[] = sentences.map((s) => {
    // headlines in Title Case and wire copy truecased from capitals: capitalisation says little about names
    const chunked = chunk(s.tokens, caseless(s), g);
    const tree = new Tree(s.tokens);
    // (a run of nouns the tree reads as two arguments is two phrases: extract/chunk-split.ts)
    const chs = splitStraddlingChunks(chunked, tree);
    const mentions = new Map<number, Mention>();
    chs.forEach((c, k) => { if (c.kind === 'NP') mentions.set(k, readMention(s.tokens, c, s.titleCase, g)); });
    // ("US and British troops": the noun for each nationality: extract/coordinated.ts)
    foldCoordinated(s.tokens, chs, mentions, g);
    // ("won a second Oscar", "an Emmy": one name after "a" or "an", an ordinal at most between, is
    // a thing of that name; news names no person so. "a tearful Claxton" is the person described)
    for (const m of mentions.values()) {
      if (m.kind !== 'actor' || m.actor?.type !== 'person' || m.role || !/^(a|an)$/.test(s.tokens[m.start].lower) || /\s/.test(m.actor.name)) continue;
      if (s.tokens.slice(m.start + 1, m.end - 1).some((t) => !ORDINAL.test(t.lower))) continue;
      Object.assign(m, { kind: 'concept', concept: m.actor.name, actor: undefined });
    }
    // title chains: "the Minister of Defense of the Russian Federation Andrei Belousov"
    for (const [k, tc] of titleChains(s.tokens, chs, mentions)) {
      const m = mentions.get(k)!;
      if (tc.roleOnly) {
        const of = mentions.get(tc.of!)!.actor!;
        // ("the French Minister of Culture": after "of" a field of office, no state; the nationality
        // before the title is the office's country, and one country's minister is not another's)
        const lead = chs[tc.from].names?.[0];
        const home = !of.country && of.type !== 'country' && lead && lead[2].type === 'country' && lead[1] <= chs[tc.from].head ? lead[2].id : undefined;
        const country = of.country ?? home;
        m.kind = 'actor';
        m.end = chs[tc.to].end;
        m.text = spanText(s.tokens, m.start, m.end);
        m.actor = { id: slug(`${home ?? ''} ${of.id} ${tc.title}`), name: `${home ? `${demonymOf(g, home, home)} ` : ''}${demonymOf(g, of.id, of.name)} ${tc.title}`, type: 'person', mention: m.text, ...(country ? { country } : {}) };
        m.role = { title: tc.title, of };
        for (let j = k + 1; j <= tc.to; j++) if (mentions.get(j)) mentions.get(j)!.kind = 'none';
        // ("the ambassadors of Peru, Chile and Bolivia": the same office of each country listed)
        const more = officesOfList(s.tokens, chs, mentions, k, tc.to, g, tc.title);
        if (more.length) m.also = more;
        continue;
      }
      // ("Russian Minister of Defence Andrei Belousov": the nationality before the title is the office's country)
      const lead = chs[tc.from].names?.[0];
      const leadId = lead && lead[2].type === 'country' ? lead[2].id : undefined;
      const homeId = m.actor?.country ?? leadId;
      const home = homeId ? g.actors.get(homeId) : undefined;
      const homeText = leadId && leadId === homeId ? spanText(s.tokens, lead![0], lead![1]) : spanText(s.tokens, chs[k].start, chs[k].end);
      const of = tc.of !== undefined ? mentions.get(tc.of)?.actor : m.role?.of ?? m.owner ?? (home ? { id: home.id, name: home.name, type: home.type, country: home.id, mention: homeText } : undefined);
      if (m.actor && !m.actor.country && leadId) m.actor = { ...m.actor, country: leadId };
      m.role = { title: tc.title, of };
      m.start = chs[tc.from].start;
      m.text = spanText(s.tokens, m.start, m.end);
      if (m.actor) m.actor = { ...m.actor, mention: m.text };
      for (let j = tc.from; j < k; j++) if (mentions.get(j)) mentions.get(j)!.kind = 'none';
    }
    // "the Bank of England", "the Department of Health": an institution named "X of Y" is one name
    chs.forEach((c, k) => {
      const m = mentions.get(k), nx = mentions.get(k + 2);
      const head = s.tokens[c.head];
      if (!m || !nx || c.kind !== 'NP' || !/^[A-Z]/.test(head.text) || !ORG_WORDS.has(head.lower) || s.tokens[chs[k + 1]?.start ?? 0]?.lower !== 'of' || !/^[A-Z]/.test(s.tokens[chs[k + 2].head].text)) return;
      // ("Taiwan's Ministry of National Defense": the possessor is the body's country, not its name)
      let from = s.tokens[c.start].pos === 'DET' ? c.start + 1 : c.start;
      for (let i = from; i < c.end; i++) if (s.tokens[i].lower === "'s") from = i + 1;
      // ("the Association of Directors of Social Services": a further "of" and capitalised words are
      // the name's too, unless they name a place, the body's country: "the Ministry of Defence of Peru")
      let e = k + 2;
      while (s.tokens[chs[e + 1]?.start ?? -1]?.lower === 'of' && chs[e + 2]?.kind === 'NP' && /^[A-Z]/.test(s.tokens[chs[e + 2].head].text)
        && !/^(country|location)$/.test(mentions.get(e + 2)?.actor?.type ?? '')) { mentions.get(e + 2) && (mentions.get(e + 2)!.kind = 'none'); e += 2; }
      const name = spanText(s.tokens, from, chs[e].end);
      m.kind = 'actor';
      m.end = chs[e].end;
      m.text = spanText(s.tokens, m.start, m.end);
      const country = (nx.actor?.type === 'country' ? nx.actor.id : nx.actor?.country) ?? m.actor?.country ?? m.owner?.country;
      // (a body named after its possessor is one node per country: "Taiwan's/Japan's Ministry of Defence")
      const byOwner = !(nx.actor?.type === 'country' || nx.actor?.country) && from > c.start + 1 && !!country;
      m.actor = { id: slug(byOwner ? `${country} ${name}` : name), name, type: 'organization', mention: m.text, ...(country ? { country } : {}) };
      nx.kind = 'none';
    });
    // "the Bill of Rights", "the Treaty of Rome": a text or a pact named "X of Y" is one thing, not
    // a first name and a place
    chs.forEach((c, k) => {
      const m = mentions.get(k), nx = mentions.get(k + 2);
      const head = s.tokens[c.head];
      if (!m || !nx || c.kind !== 'NP' || c.head !== c.end - 1 || !/^[A-Z]/.test(head.text) || !(THING_HEADS.has(head.lower) || /^(treaty|battle|war)$/.test(head.lower))
        || s.tokens[chs[k + 1]?.start ?? 0]?.lower !== 'of' || !/^[A-Z]/.test(s.tokens[chs[k + 2].head].text)) return;
      // (the head alone after its article: "Denis Law of Manchester United" is a person)
      const from = s.tokens[c.start].pos === 'DET' ? c.start + 1 : c.start;
      if (from !== c.head) return;
      Object.assign(m, { kind: 'concept', concept: spanText(s.tokens, c.head, chs[k + 2].end), actor: undefined, end: chs[k + 2].end });
      m.text = spanText(s.tokens, m.start, m.end);
      nx.kind = 'none';
    });
    // "Opposition groups in Zimbabwe", "rebels in Darfur": people located in a country act for it
    // ("a terror group based in Trinidad", "a newspaper based in Beirut": so are bodies based there)
    chs.forEach((c, k) => {
      const m = mentions.get(k);
      const based = chs[k + 1]?.kind === 'VG' && chs[k + 1].end - chs[k + 1].start === 1 && BASED.test(s.tokens[chs[k + 1].start].lower) ? 1 : 0;
      const nx = mentions.get(k + 2 + based);
      const head = s.tokens[c.head];
      const role = AGENT_HEADS[head.lower] ?? AGENT_HEADS[head.lemma] ?? (based && ORG_WORDS.has(head.lower) ? 'organization' : undefined);
      const prep = chs[k + 1 + based];
      // "the government of Peru" is Peru
      if (m?.kind === 'concept' && !based && STATE_HEADS.has(head.lower) && prep?.kind === 'ADP' && s.tokens[prep.start].lower === 'of' && nx?.kind === 'actor' && nx.actor?.type === 'country') {
        m.kind = 'actor';
        m.actor = { ...nx.actor, mention: spanText(s.tokens, m.start, chs[k + 2].end) };
        nx.kind = 'none';
        return;
      }
      // ("terrorists of the Shining Path", "guerrillas from the FARC" are the group itself: extract/unnamed.ts)
      if (prep && /^(of|from)$/.test(s.tokens[prep.start]?.lower ?? '') && UNNAMED_ARMED[head.lower] && (nx?.actor?.type === 'group' || nx?.actor?.type === 'organization')) return;
      // ("withdraw its troops from Lebanon": an owned body's PP says where it goes, not whose it is)
      if (m?.kind === 'concept' && (m.owner || POSSESSIVES.has(s.tokens[m.start].lower))) return;
      // ("soldiers of the Atlacatl Battalion", "members of the ELN": a named body's members act as
      // the body, not as its country's people)
      // (not as what someone is: "Britain is one of the members of the EU", "believed to be members
      // of the ELN", "identified himself as a member of X" say whose member one is)
      const said = (x: number) => x >= 0 && (tree.childrenBy(x, 'cop').length > 0 || tree.childrenBy(x, 'case').some((w) => tree.lower(w) === 'as'));
      // (a copula above the subject tells what the subject is or is about to do, not whose member
      // it is: "the activists of Greenpeace are about to meet Peru", "officials of the IMF are ready to")
      const saidOf = (x: number) => said(x) || (!/^nsubj/.test(tree.rel(x)) && said(tree.head(x)));
      if (m?.kind === 'concept' && !based && prep?.kind === 'ADP' && /^(of|from)$/.test(s.tokens[prep.start].lower) && BODY_MEMBERS.test(head.lower)
        && (nx?.actor?.type === 'organization' || nx?.actor?.type === 'group') && chs[k + 2] && !saidOf(c.head)) {
        m.kind = 'actor';
        m.actor = { ...nx.actor, mention: spanText(s.tokens, m.start, chs[k + 2].end) };
        nx.kind = 'none';
        return;
      }
      // ("withdraw inspectors from Iraq", "evacuated foreigners from Lebanon": whom a verb moves
      // away "from" a country leave it; they are not its people. The tree says so: its "from"
      // phrase is the moving verb's, extract/repairs/motion.ts repairMovedFrom)
      const from = !!prep && s.tokens[prep.start]?.lower === 'from' && chs[k + 2] ? spanHead(tree, chs[k + 2].start, chs[k + 2].end) : -1;
      const moved = from >= 0 && tree.rel(from) === 'obl' && tree.head(from) >= 0 && MOVING.test(tree.lemma(tree.head(from)));
      if (m?.kind !== 'concept' || !role || moved || prep?.kind !== 'ADP' || !(based ? /^(in|at)$/ : /^(in|from|of|throughout|across)$/).test(s.tokens[prep.start].lower) || nx?.kind !== 'actor' || !nx.actor) return;
      // ("representatives of the FMLN", "officials from the World Bank": a body's people are named
      // after the body, as "FMLN representatives" are, not as its country's people)
      // (people who act for a body, not its parts or things: "a unit of Yukos", "a company of Gurkhas")
      // (a body by its name, "the CBI", not a group of people: "delegations of European business leaders")
      const ofBody = !based && /^(of|from)$/.test(s.tokens[prep.start].lower) && BODY_PEOPLE.test(head.lower) && (nx.actor.type === 'organization' || nx.actor.type === 'group')
        && /^[A-Z0-9]/.test(s.tokens[chs[k + 2].head].text);
      // (of several bodies, "representatives of BASF, Siemens and Cadbury", each has its own people:
      // left as the phrase it is rather than given to the first)
      if (ofBody && /^(,|and|or)$/.test(s.tokens[chs[k + 3]?.start ?? -1]?.lower ?? '')) return;
      // (not as what someone is: "he was one of the leaders of ARENA" says whose leader he was)
      if (ofBody && saidOf(c.head)) return;
      if (!ofBody && !nx.actor.country) return;
      // (a body's word "of" people is no body of their nation: "the movement of Palestinian workers"
      // is their moving, "a group of Kenyan students" the students)
      if (!ofBody && role === 'organization' && (nx.actor.type === 'group' || nx.actor.type === 'person')) return;
      m.kind = 'actor';
      // (one node per lemma, named as a group is: "Kenyan lawmakers")
      const which = qualifierWords(s.tokens, m.start, c.head);
      const word = [which, role === 'group' ? head.lower : head.lemma].filter(Boolean).join(' ');
      const lemmas = [which, head.lemma].filter(Boolean).join(' ');
      const mention = spanText(s.tokens, m.start, chs[k + 2 + based].end);
      const country = nx.actor.country;
      m.actor = ofBody ? { id: slug(`${nx.actor.name} ${lemmas}`), name: `${nx.actor.name} ${word}`, type: role, mention, ...(country ? { country } : {}) }
        : { id: slug(`${country} ${lemmas}`), name: `${demonymOf(g, country!, nx.actor.name)} ${word}`, type: role, mention, country };
      // (the body is inside the mention, as in "FMLN representatives")
      if (ofBody) nx.kind = 'none';
      // ("the ambassadors of Peru, Chile and Bolivia", "lawmakers in Kenya and Uganda": each country's)
      else if (!based) {
        const more = officesOfList(s.tokens, chs, mentions, k, k + 2, g, head.lemma, role, word);
        if (more.length) m.also = more;
      }
    });
    const speech: SpeechAct[] = [];
    return { s, chs, mentions, resolved: new Map(), clauses: [], speech, views: [], tree, args: new Arguments(tree, mentions),
      speakerAt: (i: number) => clauseSpeaker(tree, speech, i) ?? firstPersonAt(s.tokens[i].start), quoted: (at: number) => inQuotation(doc.text, at) };
  });

  // a one-word name the document shows to be a person ("Juninho's father": extract/person-cues.ts)
  for (const a of an) for (const w of personCues(a.tree)) ctx.cuePerson(w);
  // so is one the document gives an office ("President Cerezo", "vice chairman Puquang"), before or
  // after it stands alone: the title is read per mention, and a bare "CEREZO" was typed a body
  for (const a of an) for (const m of a.mentions.values()) {
    const x = m.actor;
    // (the office right before the name: "the governor of Antioquia" gives no person "Antioquia")
    if (m.kind === 'actor' && m.role && x?.type === 'person' && !/\s/.test(x.name) && m.text.toLowerCase().endsWith(`${m.role.title} ${x.name.toLowerCase()}`)) ctx.cuePerson(x.name.toLowerCase());
  }
  // a name the document shows to be a work ("wrote Wolf Brother") is a thing wherever it stands
  const works = new Set<string>();
  // (and one with versions, remakes or episodes: work-parts.ts; one a prize was won for or a part
  // played in: work-credits.ts)
  for (const a of an) for (const i of [...workCues(a.tree), ...workPartCues(a.tree), ...workCreditCues(a.tree)]) {
    const m = actorMentionAt(a, i);
    // (inside a longer noun phrase, "Microsoft's Internet Explorer browser", the capitalised words around the cue)
    if (m?.actor) works.add(m.actor.name.toLowerCase());
    else works.add(capitalisedRun(a.s.tokens, i).toLowerCase());
  }
  // (and a title a person's possessive comes before, "Clint Eastwood's Million Dollar Baby", unless
  // the document calls it a body: possessed-works.ts)
  const cuedBodies = new Set(an.flatMap((a) => cuedBodyNames(a.s.tokens, a.mentions.values())));
  for (const a of an) for (const n of possessedWorkNames(a.s.tokens, a.mentions.values())) if (!cuedBodies.has(n)) works.add(n);
  if (works.size) for (const a of an) for (const m of a.mentions.values()) {
    const x = m.actor;
    if (m.kind !== 'actor' || !x || x.type === 'country' || g.actors.has(x.id) || !works.has(x.name.toLowerCase())) continue;
    m.kind = 'concept';
    m.concept = x.name;
    m.actor = undefined;
  }
  // ("BLEW UP THREE POLES", "12 ELECTRIC POLES": a people's name that is also a common noun is the
  // noun unless the story names the people's country or speaks of it by its adjective)
  const lowerText = doc.text.toLowerCase();
  for (const a of an) for (const m of a.mentions.values()) {
    const x = m.actor, head = a.s.tokens[m.end - 1];
    if (m.kind !== 'actor' || !x?.country || x.type !== 'group' || !HOMONYM_PEOPLES.test(head?.lower ?? '')) continue;
    const land = g.actors.get(x.country);
    if (land && [land.name, demonymOf(g, land.id, land.name)].some((w) => new RegExp(`\\b${w.toLowerCase()}\\b`).test(lowerText))) continue;
    m.kind = 'concept';
    m.concept = conceptName(a.s.tokens, m.start, m.end).toLowerCase();
    m.actor = undefined;
  }
  // a name the document shows to be a workplace ("an analyst at Gimme Credit") is a body wherever it stands
  const bodyNames = new Set<string>();
  // (a name neither dictionary lists: only the recogniser's guess, which the document's cues may correct)
  const unlisted = (x: Actor) => !g.actors.has(x.id) && !g.entries.has(x.name.toLowerCase());
  const guessed = (x?: Actor) => (x?.type === 'person' || x?.type === 'location') && unlisted(x);
  // (and one that owns what only a body owns, "X's chief executive", "shares in X": body-owned.ts;
  // the name may be the owner of the phrase it opens, "Vale Motors' annual profits")
  for (const a of an) for (const [i, its] of [...bodyOwnedCues(a.tree).map((i) => [i, false] as const), ...ownItsCues(a.tree).map((i) => [i, true] as const)]) {
    const m = [...a.mentions.values()].find((y) => y.start <= i && i < y.end);
    const x = [m?.role?.of, m?.actor, m?.owner].find((y) => y && y.name.split(/\s+/).includes(a.s.tokens[i].text));
    // (a place owns "its" things as a body does: only a name read as a person's gives way to "its")
    if (x && guessed(x) && (!its || x.type === 'person')) bodyNames.add(x.name.toLowerCase());
  }
  for (const a of an) for (const i of bodyCues(a.tree)) {
    const m = actorMentionAt(a, i);
    // (the name itself, or the body an unnamed office serves: "the chairman of Hollis Grant")
    const x = [m?.role?.of, m?.actor].find((y) => y && y.name.split(/\s+/).includes(a.s.tokens[i].text));
    // (only the recogniser's guess gives way: a listed place, "a doctor at Heathrow", stays one)
    if (x && guessed(x)) bodyNames.add(x.name.toLowerCase());
  }
  // (a name with a "which" clause is no person: a firm more often than anything else)
  for (const a of an) for (const i of notPersonCues(a.tree)) {
    const x = actorMentionAt(a, i)?.actor;
    if (x?.type === 'person' && guessed(x)) bodyNames.add(x.name.toLowerCase());
  }
  // (and one set before a noun of the media, "the Al-Jazeera television channel": media-names.ts)
  for (const a of an) for (const n of mediaNames(a.tree)) bodyNames.add(n);
  // (and one a noun of a body comes right before, "mortgage company Fannie Mae": cued-bodies.ts)
  for (const a of an) for (const n of cuedBodyNames(a.s.tokens, a.mentions.values())) bodyNames.add(n);
  // a name the document shows to be a place ("the city of Wambo") is one wherever it stands
  const placeNames = new Set<string>();
  for (const a of an) for (const i of placeCues(a.tree)) {
    const x = actorMentionAt(a, i)?.actor;
    if (x && (x.type === 'person' || x.type === 'organization') && unlisted(x)) placeNames.add(x.name.toLowerCase());
  }
  if (placeNames.size) for (const a of an) for (const m of a.mentions.values()) {
    if (m.kind === 'actor' && m.actor && placeNames.has(m.actor.name.toLowerCase()) && !g.actors.has(m.actor.id)) m.actor = { ...m.actor, type: 'location' };
  }
  // a title the document lists as a work ("blockbusters such as Forrest Gump") is no actor anywhere (work-names.ts)
  const workNames = new Set<string>();
  for (const a of an) for (const [w0, w1] of workExampleSpans(a.s.tokens)) {
    workNames.add(spanText(a.s.tokens, w0, w1).toLowerCase());
    // (and the name the recogniser made of it: "Private Ryan" of "Saving Private Ryan")
    for (const m of a.mentions.values()) if (m.kind === 'actor' && m.actor && m.start >= w0 && m.end <= w1 && unlisted(m.actor)) workNames.add(m.actor.name.toLowerCase());
  }
  if (workNames.size) for (const a of an) for (const m of a.mentions.values()) {
    if (m.kind === 'actor' && m.actor && workNames.has(m.actor.name.toLowerCase()) && unlisted(m.actor)) Object.assign(m, { kind: 'concept', concept: m.actor.name, actor: undefined, role: undefined });
  }
  // (a place the document names as one, "the town of Uralba", stays one, whatever it owns)
  const asBody = (x: Actor) => (guessed(x) && bodyNames.has(x.name.toLowerCase()) && !placeNames.has(x.name.toLowerCase()) ? { ...x, type: 'organization' as const } : x);
  if (bodyNames.size) for (const a of an) for (const m of a.mentions.values()) {
    if (m.kind === 'actor' && m.actor) m.actor = asBody(m.actor);
    if (m.role?.of) m.role = { ...m.role, of: asBody(m.role.of) };
  }
  for (const a of an) for (const m of a.mentions.values()) {
    const x = m.actor;
    if (x && (x.type === 'organization' || x.type === 'location') && !/\s/.test(x.name) && !g.actors.has(x.id) && ctx.cuedPerson(x.name)) m.actor = { ...x, type: 'person' };
  }
  // one type per name in the document (resolve/discourse-types.ts), then every full name registered
  const types = documentTypes(an.flatMap((a) => [...a.mentions.values()].flatMap((m) => (m.kind === 'actor' && m.actor ? [m.actor] : []))), (id) => g.actors.has(id));
  for (const a of an) for (const m of a.mentions.values()) {
    const t = m.actor && types.get(m.actor.id);
    if (t && m.actor!.type !== t) m.actor = { ...m.actor!, type: t };
  }
  // (the acronyms wire copy spells out, before any name is registered: a misspelt name before its
  // acronym, "FARABUNNDO MARTI …", is the acronym's body, not a second armed group)
  const named = an.flatMap((a) => [...a.mentions.values()].flatMap((m) => (m.kind === 'actor' && m.actor ? [{ text: m.text, actor: m.actor }] : [])));
  const actors = acronymActors(defined, named, g);
  for (const d of defined) ctx.defineAcronym(d.acronym, d.names, actors.get(d.acronym)!);
  for (const a of an) for (const m of a.mentions.values()) if (m.actor) ctx.registerPerson(m.actor);
  // ("fans wearing Eric Cantona masks" … "Cantona received a ban": a full name the recogniser marks
  // inside a phrase that names something else is still that person's, for the surname alone later;
  // so is one before a possessive in a name: "Clint Eastwood's Million Dollar Baby" … "Eastwood")
  for (const a of an) for (const m of a.mentions.values()) {
    if (m.kind !== 'concept' && !(m.kind === 'actor' && m.actor?.type !== 'person')) continue;
    const tk = a.s.tokens;
    for (let i = m.start; i < m.end; i++) {
      if (tk[i].ne !== 'person' || (i > m.start && tk[i - 1].ne === 'person')) continue;
      let j = i;
      while (j < m.end && tk[j].ne === 'person' && NAME_WORD.test(tk[j].text)) j++;
      // (the recogniser's span may take in a title: "Mr Bush", "Chancellor Gordon Brown")
      let k0 = i;
      while (k0 < j && isTitleWord(tk[k0].text)) k0++;
      // (nor a show, a bill or a club the recogniser took for a person: "Jerry Springer Show", "Nottingham Forest")
      const lastWord = tk[j - 1]?.text ?? '';
      // (in an actor's own name, only a possessor: "Real Madrid", "Mac Mini" the recogniser took for people are no one)
      const possessor = /^['’]s?$/.test(tk[j]?.text ?? '');
      // (nor one that owns what only a body owns: "Nintendo Europe's general manager", body-owned.ts)
      if (ownsBodyThing(tk, j)) { i = j; continue; }
      if (j - k0 >= 2 && j - k0 <= 3 && (j === m.end || tk[j].ne !== 'person') && !ORG_WORDS.has(lastWord.toLowerCase()) && !isCommonWord(lastWord) && (m.kind === 'concept' || possessor)) {
        const name = spanText(tk, k0, j);
        ctx.registerPerson({ id: slug(name), name, type: 'person', mention: name });
      }
      i = j;
    }
  }

  // unnamed agents ("the army", "guerrillas") are the home country's, read once every mention is known
  const countries: string[] = [];
  const owned: string[] = [];
  const namedBy = new Map<string, Set<string>>();
  const namer = (c: string, id: string) => namedBy.set(c, (namedBy.get(c) ?? new Set()).add(id));
  for (const a of an) for (const m of a.mentions.values()) {
    if (m.kind === 'actor' && m.actor?.country) { countries.push(m.actor.country); namer(m.actor.country, m.actor.id); }
    else if (m.kind === 'concept' && m.country) { owned.push(m.country); namer(m.country, `concept:${m.text.toLowerCase()}`); }
  }
  const home0 = homeCountry(dateline, countries, settings, owned);
  const home = home0 && { ...home0, namedBy };
  // ("Indian peasants" near La Paz are Bolivia's, not India's: extract/indian.ts)
  if (home && indigenousReading(doc.text, home.country)) for (const a of an) for (const m of a.mentions.values()) rehome(m, home.country);
  // ("the president of the Republic" in wire copy is the home country's: extract/home-republic.ts)
  for (const a of an) homeRepublicOffices(a.mentions.values(), home?.country, g);
  const bodies = new Map<string, Actor | null>();
  for (const a of an) readUnnamedAgents(a.s.tokens, a.chs, a.mentions, home, g, bodies);

  // 2. coreference and clauses, sentence by sentence
  for (const a of an) {
    a.clauses = findClauses(a.tree, a.args, a.chs, a.mentions);
    // (a word the tree reads as the next noun's modifier is no verb of the chunk patterns: "her
    // doping ban"; in capitals the tree is weaker, and only an "-ing" word is trusted so)
    const inCapitals = caseless(a.s);
    const prenominal = (i: number) => a.tree.rel(i) === 'amod' && a.tree.head(i) === i + 1 && (!inCapitals || /ing$/.test(a.s.tokens[i].lower));
    a.clauses.push(...fallbackClauses(a.s.tokens, a.chs, a.mentions, a.clauses, prenominal));
    // (an office whose holder a pronoun names, "her brother, William", is read after coreference: it
    // adds no subject salience, or it would change what the pronoun itself resolves to)
    const subjectChunks = new Set(a.clauses.filter((c) => c.objectPronoun === undefined).flatMap((c) => (c.rule.startsWith('passive') ? c.objects : c.subjects)));
    // ("The Attorney General, Lord Goldsmith, has issued …": a name in apposition to the subject is
    // the subject too, as salient for a later "he" (Lappin & Leass count an apposition with its head))
    // (or a "conj" with no conjunction, the parser's usual misreading of one)
    for (const k of [...subjectChunks]) {
      const c = a.chs[k];
      // (the chunk's head in the tree)
      for (const x of c ? a.tree.childrenBy(spanHead(a.tree, c.start, c.end), 'appos', 'conj') : []) {
        // (a name only, set off by a comma: a description, "Parmalat, the Italian food group", is the
        // subject's own node, and an acronym in brackets is the subject's own name)
        if (a.tree.upos(x) !== 'PROPN' || a.tree.lower(x - 1) !== ',') continue;
        if (a.tree.rel(x) === 'conj' && a.tree.child(x, 'cc') !== undefined) continue;
        if (a.args.mentionOf(x) >= 0) subjectChunks.add(a.args.mentionOf(x));
      }
    }
    // ("Mr Livingstone, the mayor of London": the office in apposition is the person: office-appositions.ts)
    const offices = officeAppositions(a.tree, a.args, a.mentions);
    for (const [k, m] of a.mentions) {
      // ("after S&P raised the country's rating": the owner is whom the description is)
      if (m.ownerRef && !m.owner) {
        const o = ctx.resolve(m.ownerRef, a.s.index, undefined, a)[0];
        if (o) a.mentions.set(k, { ...m, owner: o, ...(o.country ? { country: o.country } : {}) });
      }
      let actors: Actor[] = [], gov: Actor | undefined;
      const named = offices.has(k) ? a.mentions.get(offices.get(k)!) : undefined;
      const firm = m.kind === 'actor' && m.actor && !m.unnamed ? ctx.nationalFirm(m.actor, m.text, a.s.index) : undefined;
      if (named?.actor) actors = [ctx.canonical(named.actor, named.role)];
      // ("the guerrillas" may be the FMLN named before: resolve/armed-groups.ts)
      else if (m.kind === 'actor' && m.unnamed && m.actor) actors = [ctx.armedGroup(m.unnamed, a.s.index, m.text) ?? m.actor];
      // ("The Spanish group": the Spanish firm just named, resolve/descriptions.ts)
      else if (firm) actors = [firm];
      else if (m.kind === 'actor' && m.actor) actors = [...(m.also ?? []).map((x) => ctx.canonical(x)), ctx.canonical(m.actor, m.role)];
      else if (m.kind === 'pronoun' || m.kind === 'generic' || m.kind === 'pair') actors = ctx.resolve(m, a.s.index, undefined, a);
      else if (m.kind === 'concept' && m.concept && ctx.personBySurname(m.concept, m.text)) actors = [ctx.personBySurname(m.concept, m.text)!];
      // ("the Bush administration", "President Cristiani's government": the leader's country, leader-government.ts)
      else if (m.kind === 'concept' && (gov = leaderGovernment(a.s.tokens, m, (x) => ctx.canonical(x), caseless(a.s)))) actors = [gov];
      else if (m.kind === 'concept' && m.concept && settings.includeConcepts) {
        actors = [{ id: conceptKey(a.s.tokens, m.start, m.end, m.concept), name: m.concept, type: 'other', mention: m.text, ...(m.country ? { country: m.country } : {}) }];
      }
      a.resolved.set(k, actors);
      const cue = { text: m.text, role: m.role?.title ?? (m.kind === 'generic' ? m.ref?.word : undefined), side: m.side ?? roleSide(m.role), rel: spanRel(a.tree, m.start, m.end) };
      // (a concept is no antecedent, but one naming a person, "a man", competes for "he": resolve/unnamed-persons.ts)
      // (a "we" is the speaker talking, no mention of the side for an "it" or a "they" after it to
      // take up: in a president's speech "how it wants to subjugate the people" is not his country)
      const we = m.ref?.want === 'first' && /^(we|us|our|ours)$/.test(m.ref.word);
      for (const x of actors) if (m.kind !== 'pair' && !we) ctx.see(x, a.s.index, subjectChunks.has(k), { ...cue, side: cue.side ?? stateSide(g, m, x) });
      // ("The extent of Barkley's injury is not clear but Connolly rates him …": a person named as
      // the owner of a thing is in the reader's mind too, as a possessor, never a subject)
      // (also one a possessive pronoun stands for, "hurt his knee": whose gender that tells)
      const owner = a.mentions.get(k)?.owner;
      if (m.kind === 'concept' && owner?.type === 'person') ctx.see(m.owner ? ctx.canonical(owner) : owner, a.s.index, false, { text: owner.mention, rel: 'nmod:poss' });
      // ("His version of Jim Reed's song topped the charts. In 1972, he …": any "his" or "her"
      // continues its person's chain, so it counts for the next pronoun as a mention does, Lappin &
      // Leass's equivalence classes; the concept itself keeps no owner)
      else if (m.kind === 'concept' && !owner) {
        const his = possessiveRef(a.s.tokens, m.start);
        const p = his?.ref?.want === 'person' ? ctx.resolve(his, a.s.index, undefined, a)[0] : undefined;
        if (his && p?.type === 'person') ctx.see(p, a.s.index, false, { text: his.text, rel: 'nmod:poss' });
      }
      // ("Tom Vale, the Zentrix chairman, … the firm": the body whose office a person holds is named too)
      const body = m.role?.of;
      if (m.kind === 'actor' && body?.type === 'organization') ctx.see(ctx.canonical(body), a.s.index, false, { text: body.mention, rel: 'nmod' });
    }
    // ("Tom Vale was named Peru coach. The new coach …": an office given in a predicate is carried
    // by its holder for the descriptions after it: extract/predicate-offices.ts)
    for (const o of predicatedOffices(a.tree, a.args, a.mentions)) {
      const holder = a.resolved.get(o.holder)?.[0];
      if (holder) ctx.holdsOffice(holder, a.s.index, o.title, a.mentions.get(o.office)?.role?.of);
    }
    // ("Brazil recalled its ambassador, Pedro Silva": the possessive is whose the office is, resolved
    // as a pronoun is, and never the person who holds it)
    for (const c of a.clauses) if (c.objectPronoun !== undefined) {
      const tk = a.s.tokens[c.objectPronoun];
      const ref = { word: tk.lower, want: PERSON_PRONOUNS.has(tk.lower) ? 'person' as const : tk.lower === 'its' ? 'thing' as const : 'plural' as const };
      const holders = new Set(c.subjects.flatMap((k) => (a.resolved.get(k) ?? []).map((x) => x.id)));
      c.objectActors = ctx.resolve({ kind: 'pronoun', start: c.objectPronoun, end: c.objectPronoun + 1, text: tk.text, ref }, a.s.index, undefined, a).filter((x) => !holders.has(x.id));
    }
    // ("Ana Ruiz, a spokeswoman for Repsol": her "we" is Repsol's)
    // (a person named through a pronoun, "his wife, X", is no side anyone speaks for)
    for (const c of a.clauses) if (c.rule === 'appos') {
      const objs = (c.objectActors ?? c.objects.flatMap((k) => a.resolved.get(k) ?? [])).filter((x) => c.objectPronoun === undefined || x.type !== 'person');
      for (const k of c.subjects) for (const x of a.resolved.get(k) ?? []) if (objs.length === 1) ctx.setSide(x, objs[0]);
    }
    // ("Radio Venceremos, the official voice of the FMLN": a body made another's voice speaks for it)
    for (const [v, b] of voices(a.tree, a.args)) {
      const [x, side] = [a.resolved.get(v)?.[0], a.resolved.get(b)?.[0]];
      if (x && side) ctx.setVoice(x, side);
    }
    // speaker of this sentence: "X said …", "…, said X", "According to X, …"
    // ('"I do not think he will," Mr Blair said': the first speech verb may be the quote's own "I think")
    // ("a report by Zentrix said", "according to a study by the UN": a writing speaks for its author)
    const author = (k: number): Actor | undefined => {
      const who = a.resolved.get(k)?.[0] ?? describedSpeaker(a, k);
      if (who?.type !== 'other') return who;
      // ("a spokesman for Tesco said: 'We …'", "the chief executive of Repsol said we …": an office
      // of a body the phrase after it names, its holder unnamed, speaks for that body)
      const body = officeBody(a.tree, a.chs, a.resolved, k);
      if (body) ctx.speaksFor(who, body);
      const by = authorOf(a.tree, spanHead(a.tree, a.chs[k].start, a.chs[k].end));
      const j = by === undefined ? -1 : a.chs.findIndex((x) => x.start <= by && by < x.end);
      // (a possessor inside the writing's own phrase is the mention's owner: "the UN's report")
      const named = j === k ? a.mentions.get(k)?.owner : j >= 0 ? a.resolved.get(j)?.find((x) => x.type !== 'other') : undefined;
      return named && named.type !== 'other' ? named : who;
    };
    for (const c of a.clauses) {
      // (what "we" say is said by whoever says "we", who speaks the sentence already: "WE MUST
      // RESPOND BECAUSE …" in a president's speech stays his, and is no act of his country's)
      const we = c.subjects.some((k) => a.mentions.get(k)?.ref?.want === 'first' && /^(we|us|our|ours)$/.test(a.mentions.get(k)!.ref!.word));
      const who = c.speech && c.subjects.length && !we ? author(c.subjects[0]) : undefined;
      // (only a speech act that took place says anything: "were asked to explain how …", "would
      // not say whether …"; its subject still speaks in the sentence, for its pronouns)
      if (who) a.speech.push({ head: c.head, speaker: who, ...(c.verb.modality !== 'asserted' || c.verb.negated ? { unsaid: true } : {}) });
      // (an allegation made or a belief held is its holder's view: "Peru accused Chile of arming the
      // rebels", "Ortega trusts that the UN will help"; not "charge" nor "suspect": lexicon.ts)
      const view = (ALLEGING_VERBS.test(c.verb.lemma) && !/^(charge|suspect)$/.test(c.verb.lemma)) || BELIEF_VERBS.has(c.verb.lemma);
      // (not "I hope …" in a quotation: its speaker holds it, and keeps the sentence)
      const first = c.subjects.some((k) => a.mentions.get(k)?.ref?.want === 'first');
      const holder = !c.speech && view && !first && !c.verb.passive && !c.verb.negated && c.verb.modality === 'asserted' && c.subjects.length ? author(c.subjects[0]) : undefined;
      if (holder) a.views.push({ head: c.head, speaker: holder, alleged: true });
    }
    if (a.speech.length) a.speaker = a.speech[0].speaker;
    const acc = a.s.tokens.findIndex((t, i) => t.lower === 'according' && a.s.tokens[i + 1]?.lower === 'to');
    if (!a.speaker && acc >= 0) {
      // (in the phrase "according to" opens: "according to reports by police experts" names the
      // experts, but "according to reports, Peruvian troops …" no source, and the noun phrase after
      // the comma is the clause's subject, no speaker)
      const k = a.chs.findIndex((c) => c.kind === 'NP' && c.start > acc + 1);
      if (k >= 0 && !a.s.tokens.slice(acc + 2, a.chs[k].start).some((t) => /^[,;:]$/.test(t.text))) a.speaker = author(k);
    }
  }
  const carry = quoteSpeakerSource(sentences, doc.text, (i) => !!an[i].speaker);
  carry.forEach((src, i) => { if (src >= 0 && !an[i].speaker) an[i].speaker = an[src].speaker; });
  // (what a turn of a transcript says is its speaker's; an interviewer's turn is no author's)
  for (const a of an) a.speaker ??= voiceAt(a.s.start);
  // '"I don't think he will," said Sir Digby': a third person inside a quotation is not its
  // speaker (who says "I") nor the speaker's side (which says "we"): resolve/coreference.ts
  for (const a of an) {
    if (!a.speaker) continue;
    for (const [k, m] of a.mentions) {
      // (so is a "he" or a "she" in a transcript's turn, whose speaker says "I": "[VALE] I THINK HE WILL RESIGN")
      const at = a.s.tokens[m.start].start;
      const inTurn = m.ref?.want === 'person' && turnSpeaker(at)?.id === a.speaker.id;
      if (m.kind !== 'pronoun' || !(a.quoted(at) || inTurn)) continue;
      const other = ctx.notSpeaker(m, a.resolved.get(k), a.speaker, a);
      if (other) a.resolved.set(k, other);
    }
  }
  return { an, ctx, home };
}

/**
 * The actor a text's author tag names ("THE EXTRADITABLES", "SALVADORAN PRESIDENT ALFREDO
 * CRISTIANI"), read as the subject of a sentence of its own so that its name is read as any other
 * (in capitals, with its titles); none when it names no actor.
 */
function authorActor(phrase: string, settings: Settings): { who?: Actor; side?: Actor } {
  return namedActors(phrase, settings)[0] ?? {};
}

/** Every actor a tag's phrase names ("PERUVIAN PRESIDENT TOM VALE AND BOLIVIAN PRESIDENT ANA RUIZ"), with the side it names them with. */
function namedActors(phrase: string, settings: Settings): Array<{ who: Actor; side?: Actor }> {
  const { an: [a], ctx } = analyse({ id: 'author', text: `${phrase}${phrase.includes(',') ? ',' : ''} SAID IT.` }, settings);
  const out: Array<{ who: Actor; side?: Actor }> = [];
  for (const [k, m] of a?.mentions ?? []) {
    if (m.kind !== 'actor') continue;
    const who = a.resolved.get(k)?.[0];
    // (and the side the tag names them with: "SALVADORAN PRESIDENT …", "FMLN COMMANDER …")
    if (who && who.type !== 'other' && who.type !== 'location' && !out.some((x) => x.who.id === who.id)) out.push({ who: { ...who, mention: phrase }, side: ctx.sideOf(who.id) });
  }
  // ("[COMMUNIQUE] [PERUVIAN LIBERATION FRONT GENERAL COMMAND]": a body's organ, named by no name of
  // its own, signs for the body)
  const organ = [...(a?.mentions.values() ?? [])][0];
  if (!out.length && organ?.kind === 'concept' && organ.start === 0 && organ.owner && /^(organization|group)$/.test(organ.owner.type)) out.push({ who: { ...organ.owner, mention: phrase } });
  return out;
}

/**
 * The speaker of the transcript turn at a character offset (extract/turns.ts), as the document
 * knows them: a header's speaker the tag's name stands in ("VALE" for "PRESIDENT TOM VALE"), else
 * whom the tag itself names; null in an interviewer's turn and in a turn of no one named;
 * undefined outside any turn.
 */
function turnSpeakers(turns: Turn[], named: Array<{ who: Actor }>, ctx: DocContext, g: Gazetteer, settings: Settings): (at: number) => Actor | null | undefined {
  const known = new Map<string, Actor | null>();
  const speakerOf = (name: string): Actor | null => {
    const hit = named.find((x) => x.who.type === 'person' && namesWithin(name, x.who.name));
    if (hit) return hit.who;
    const [x] = namedActors(name, settings);
    if (!x || !/^(person|organization|group)$/.test(x.who.type)) return null;
    // (a tag is a speaker: a name the recogniser took for a body no list names is a person's, "[D'AUBUISSON]")
    const who: Actor = x.who.type !== 'person' && !g.actors.has(x.who.id) && name.split(/\s+/).length <= 3 ? { ...x.who, type: 'person' } : x.who;
    if (x.side) ctx.setSide(who, x.side);
    return who;
  };
  return (at) => {
    const t = turns.find((x) => x.start <= at && at < x.end);
    if (!t) return undefined;
    if (!t.name) return null;
    if (!known.has(t.name)) known.set(t.name, speakerOf(t.name));
    const who = known.get(t.name);
    if (!who) return null;
    // (a surname alone stays a person's: a tag names a speaker, resolve/discourse-types.ts notwithstanding)
    const c = ctx.canonical({ ...who, mention: t.name });
    return who.type === 'person' && c.type !== 'person' ? { ...c, type: 'person' } : c;
  };
}

/** The run of capitalised words that token i stands in ("Internet Explorer" around "Explorer"). */
function capitalisedRun(tokens: Token[], i: number): string {
  const cap = (k: number) => /^[A-Z0-9]/.test(tokens[k]?.text ?? '') && tokens[k].pos !== 'PUNCT';
  let a = i, b = i + 1;
  while (a > 0 && cap(a - 1) && tokens[a - 1].end < tokens[a].start) a--;
  while (b < tokens.length && cap(b) && tokens[b].start > tokens[b - 1].end) b++;
  return tokens.slice(a, b).map((t) => t.text).join(' ');
}

/**
 * "The spokesman said Zentrix had bought Kelvar", "the army informs the people that …": a speaker
 * named by a description that no named actor takes still says it; the claim is the spokesman's,
 * not the paper's own. Such a speaker is the description's concept ("spokesman"), as "analysts
 * said" is.
 */
function describedSpeaker(a: Analysed, k: number): Actor | undefined {
  const m = a.mentions.get(k);
  // ("He said the company plans …" where no one "he" could be was found: what he said is still
  // reported, by someone the text names but we could not; never the writer's own statement)
  // (not in a sentence with a quotation, whose speaker the quotations around may tell: 'He added:
  // "I should like to thank …"', '"I saw the doctor and he said …"')
  if (m?.kind === 'pronoun' && /^(he|she)$/i.test(m.text) && !/["\u201c\u201d]/.test(a.s.text)) return { id: 'concept:unidentified-person', name: 'unidentified person', type: 'other', mention: m.text };
  if (m?.kind !== 'generic' || m.ref?.want === 'pair') return undefined;
  const name = conceptName(a.s.tokens, m.start, m.end);
  return { id: conceptKey(a.s.tokens, m.start, m.end, name), name, type: 'other', mention: m.text };
}

/** Ordinals that may stand between "a" and the name of a thing won or made again: "a second Oscar". */
const ORDINAL = /^(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|record|further|another)$/;

/** A headline in Title Case or wire copy truecased from capitals: capitalisation says little about names there. */
const caseless = (s: Sentence): boolean => s.titleCase || upperShare(s.text) > 0.9;
