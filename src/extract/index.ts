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
import type { Actor, Doc, Relation, Triple } from '../types.js';
import { resolveSettings, type Settings } from '../settings.js';
import { segment, type Sentence } from './segment.js';
import { chunk, type Chunk } from './chunks.js';
import { readMention, conceptKey, spanText, type Mention } from './mentions.js';
import { findClauses, type Clause } from './relations.js';
import { findNominals, titleChains } from './nominal.js';
import { quoteSpeakerSource } from './attribution.js';
import { relationType } from './relation-label.js';
import { ploverCategory } from './category.js';
import { normalizeDate } from './time.js';
import { tripleId } from './triple-id.js';
import { DocContext } from '../resolve/coreference.js';
import { gazetteer } from '../resolve/gazetteer.js';
import type { VerbInfo } from './clause.js';

interface Analysed {
  s: Sentence;
  chs: Chunk[];
  mentions: Map<number, Mention>;
  /** chunk index → resolved actors (after coreference); concepts resolve to one 'other' endpoint */
  resolved: Map<number, Actor[]>;
  clauses: Clause[];
  speaker?: Actor;
}

/** Extracts triples from one document. Deterministic: same text, same triples, same ids. */
export function extractTriples(doc: Doc, settings: Settings = resolveSettings()): Triple[] {
  const sentences = segment(doc.text, settings.maxSentenceChars);
  const ctx = new DocContext(settings.corefWindow);

  // 1. chunks and mentions; every full person name registered for surname matching
  const an: Analysed[] = sentences.map((s) => {
    const chs = chunk(s.tokens);
    const mentions = new Map<number, Mention>();
    chs.forEach((c, k) => { if (c.kind === 'NP') mentions.set(k, readMention(s.tokens, c, s.titleCase)); });
    // title chains: "the Minister of Defense of the Russian Federation Andrei Belousov"
    for (const [k, tc] of titleChains(s.tokens, chs, mentions)) {
      const m = mentions.get(k)!;
      const home = m.actor?.country ? gazetteer().actors.get(m.actor.country) : undefined;
      const of = tc.of !== undefined ? mentions.get(tc.of)?.actor : m.role?.of ?? (home ? { id: home.id, name: home.name, type: home.type, country: home.id, mention: spanText(s.tokens, chs[k].start, chs[k].end) } : undefined);
      m.role = { title: tc.title, of };
      m.start = chs[tc.from].start;
      m.text = spanText(s.tokens, m.start, m.end);
      if (m.actor) m.actor = { ...m.actor, mention: m.text };
      for (let j = tc.from; j < k; j++) if (mentions.get(j)) mentions.get(j)!.kind = 'none';
    }
    for (const m of mentions.values()) if (m.actor) ctx.registerPerson(m.actor);
    return { s, chs, mentions, resolved: new Map(), clauses: [] };
  });

  // 2. coreference and clauses, sentence by sentence
  for (const a of an) {
    a.clauses = findClauses(a.s.tokens, a.chs, a.mentions);
    for (const [k, m] of a.mentions) {
      let actors: Actor[] = [];
      if (m.kind === 'actor' && m.actor) actors = [ctx.canonical(m.actor)];
      else if (m.kind === 'pronoun' || m.kind === 'generic' || m.kind === 'pair') actors = ctx.resolve(m, a.s.index);
      else if (m.kind === 'concept' && m.concept && ctx.personBySurname(m.concept, m.text)) actors = [ctx.personBySurname(m.concept, m.text)!];
      else if (m.kind === 'concept' && m.concept && settings.includeConcepts) {
        actors = [{ id: conceptKey(a.s.tokens, m.start, m.end, m.concept), name: m.concept, type: 'other', mention: m.text }];
      }
      a.resolved.set(k, actors);
      for (const x of actors) if (x.type !== 'other' && m.kind !== 'pair') ctx.see(x, a.s.index);
    }
    // speaker of this sentence: "X said …", "…, said X", "According to X, …"
    const speech = a.clauses.find((c) => c.speech && c.subjects.length);
    if (speech) a.speaker = a.resolved.get(speech.subjects[0])?.[0];
    const acc = a.s.tokens.findIndex((t, i) => t.lower === 'according' && a.s.tokens[i + 1]?.lower === 'to');
    if (!a.speaker && acc >= 0) {
      const k = a.chs.findIndex((c) => c.kind === 'NP' && c.start > acc + 1);
      if (k >= 0) a.speaker = a.resolved.get(k)?.[0];
    }
  }
  const carry = quoteSpeakerSource(sentences, doc.text, (i) => !!an[i].speaker);
  carry.forEach((src, i) => { if (src >= 0 && !an[i].speaker) an[i].speaker = an[src].speaker; });

  // 3. triples
  const out: Triple[] = [];
  const seen = new Set<string>();
  for (const a of an) {
    const { s } = a;
    const time = s.dates.length ? normalizeDate(s.dates[0][2]) : undefined;
    // "we" inside a quotation speaks for the speaker's side: re-resolve first-person pronouns.
    for (const [k, m] of a.mentions) if (m.kind === 'pronoun' && m.ref?.want === 'first') a.resolved.set(k, ctx.resolve(m, s.index, a.speaker));
    const emit = (subj: Actor, obj: Actor, rel: Relation, rule: string, confidence: number, spans?: Triple['spans']) => {
      if (subj.id === obj.id || subj.type === 'other') return;
      const id = tripleId(doc.id, s.index, subj.id, rel.type, obj.id);
      if (seen.has(id)) return;
      seen.add(id);
      const t: Triple = { id, subject: subj, relation: rel, object: obj,
        evidence: { doc: doc.id, sentence: s.index, text: s.text, start: s.start, end: s.end }, rule, confidence };
      if (a.speaker && a.speaker.id !== subj.id) t.attribution = a.speaker;
      if (time) t.time = time;
      if (spans) t.spans = spans;
      if (confidence >= settings.minConfidence) out.push(t);
    };
    const ends = (list: number[]) => list.flatMap((k) => a.resolved.get(k) ?? []);
    const surface = (r: [number, number] | null) => (r ? spanText(s.tokens, r[0], r[1]) : '');

    for (const c of a.clauses) {
      if (c.speech && !c.objects.length) continue;
      if (c.verb.copula === 'be' && !c.objects.length) continue;
      const label = c.prep ? `${c.verb.label} ${c.prep}` : c.verb.label;
      const rel = relation(label, c.verb);
      const subs = ends(c.subjects), objs = ends(c.objects);
      const spans = { arg1: surface(c.arg1), rel: surface(c.rel), args: c.args.map(surface) };
      const pronounEnd = [...c.subjects, ...c.objects].some((k) => a.mentions.get(k)?.kind === 'pronoun');
      for (const x of subs) for (const y of objs) {
        const conf = (y.type === 'other' ? 0.6 : 0.8) * (pronounEnd ? 0.85 : 1) * (c.rule === 'relative' ? 0.9 : 1) * (c.verb.copula ? 0.7 : 1);
        emit(x, y, rel, c.rule, conf, spans);
      }
    }
    for (const n of findNominals(s.tokens, a.chs, a.mentions)) {
      const rel = relation(n.label, { lemma: n.lemma, lemmas: [n.lemma], negated: false, modality: 'asserted', tense: 'present' });
      let subs = n.ownerOf !== undefined ? [a.mentions.get(n.ownerOf)!.owner!] : ends(n.subjects);
      let objs = ends(n.objects);
      if (n.objectConcept) objs = [{ id: `concept:${n.objectConcept.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name: n.objectConcept.name, type: 'other', mention: n.objectConcept.name }];
      if (n.subjects.length === 1 && n.objects.length === 1 && n.subjects[0] === n.objects[0] && subs.length === 2) { objs = [subs[1]]; subs = [subs[0]]; }
      if (n.rule === 'nominal:action-between' && subs.length === 1 && a.mentions.get(n.subjects[0])?.kind === 'pair') subs = ends(n.subjects);
      for (const x of subs) for (const y of objs) emit(x, y, rel, n.rule, y.type === 'other' ? 0.55 : 0.7);
    }
    // offices: "Belousov –minister of→ Russia"
    for (const [k, m] of a.mentions) {
      if (!m.role?.of || m.actor?.type !== 'person') continue;
      const person = a.resolved.get(k)?.[0];
      const of = m.role.of;
      if (person) emit(person, of, relation(`${m.role.title.split(' ').pop()} of`, { lemma: m.role.title.split(' ').pop()!, lemmas: [], negated: false, modality: 'asserted', tense: 'present' }), 'title', 0.75);
    }
  }
  return out;
}

function relation(label: string, v: Pick<VerbInfo, 'lemma' | 'lemmas' | 'negated' | 'modality' | 'tense'>): Relation {
  const category = ploverCategory(v.lemmas.length ? v.lemmas : [v.lemma]);
  return { label, lemma: v.lemma, type: relationType(label), negated: v.negated, modality: v.modality, tense: v.tense, ...(category ? { category } : {}) };
}
