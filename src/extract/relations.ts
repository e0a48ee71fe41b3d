/**
 * actorgraph/extract/relations — verb clauses over the chunk sequence: subject, relation
 * phrase, objects and prepositional arguments, the clause types of ClausIE (SV, SVO, SVA,
 * SVOA, SVC) read without a parser.
 *
 *   "Russia and Belarus will conduct joint exercises"   SVO, coordinated subject → 2 candidates
 *   "NATO have conducted a series of the largest exercises"  partitive object → "exercises"
 *   "This was stated by the Minister …"                  passive with agent → agent is subject
 *   "… which worked out scenarios"                        relative clause → antecedent is subject
 *   "Russia condemned X and called for Y"                 shared subject across coordinated verbs
 */
import type { Token } from '../nlp/wink.js';
import type { Chunk } from './chunks.js';
import type { Mention } from './mentions.js';
import { readVerbGroup, type VerbInfo } from './clause.js';
import { HARM_OR_SEIZE } from './predicate.js';
import { SPEECH_VERBS, MODAL_NOUNS, PARTICLES } from '../lexicon.js';
import { CONDITIONS, isNP, word, conjunctsRight, phraseStart, skipPartitive, phraseEnd, spanOf, collectArgs, holder } from './np-walk.js';
import { ppActors } from './pp-actors.js';
import { infinitiveClause } from './infinitive.js';
import { findSubjects } from './subjects.js';
import { afterObject, clauseFollows, DENY, reducedAgent, reducedRelative, unlessFollows } from './clause-shape.js';

/** A clause found in a sentence; endpoints are chunk indices of noun phrases (conjuncts). */
export interface Clause {
  subjects: number[];
  objects: number[];
  verb: VerbInfo;
  /** Chunk index of the verb group. */
  vg: number;
  /** Preposition joined to the relation ("cooperate with"), and its surface. */
  prep?: string;
  /** Surface spans for open-IE output. */
  arg1: [number, number] | null;
  rel: [number, number];
  args: Array<[number, number]>;
  rule: string;
  /** The clause reports speech: its subject is the speaker of the other clauses. */
  speech?: boolean;
  /** Which output reads this clause: both (default), only the graph (ReVerb's merged relation), or only open IE. */
  view?: 'graph' | 'openie';
  /** Actors in prepositional phrases of the clause (SVA/SVOA): "opened an embassy in Tehran". */
  ppObjects?: Array<{ k: number; prep: string }>;
}


export function findClauses(tokens: Token[], chs: Chunk[], mentions: Map<number, Mention>): Clause[] {
  const out: Clause[] = [];
  let prevSubjects: number[] = [];
  for (let k = 0; k < chs.length; k++) {
    const vg = chs[k];
    if (vg.kind !== 'VG') continue;
    const verb = readVerbGroup(tokens, vg.start, vg.end);
    // ("was kidnapped to force the release", "were arrested following the attack": what follows a
    // passive act of harm is the doer's aim or a time, and the chunks cannot tell whose)
    const words = tokens.slice(vg.start, vg.end).map((t) => t.lower);
    if (verb.lemmas.length > 1 && HARM_OR_SEIZE.test(verb.lemmas[0]) && words.some((w) => /^(is|are|was|were|be|been|being|get|gets|got)$/.test(w))) continue;
    // A bare participle after a noun is a modifier, not a clause ("the policy adapted to …").
    // "a US priest kidnapped by an ELN cell", "Amico, kidnapped by the ELN,": with an agent after
    // "by" a bare participle is passive, and the agent acts on the noun it follows
    const n = isNP(chs[k - 1]) ? k - 1 : word(tokens, chs[k - 1]) === ',' && isNP(chs[k - 2]) ? k - 2 : -1;
    const agent = vg.end - vg.start === 1 && n >= 0 && mentions.get(n)?.kind !== 'pronoun' && /(ed|en|wn)$/.test(tokens[vg.head].lower) ? reducedAgent(chs, tokens, k, mentions) : undefined;
    if (agent !== undefined) {
      out.push({ subjects: conjunctsRight(chs, tokens, agent).list, objects: [skipPartitive(chs, tokens, n)], verb: { ...verb, passive: true }, vg: k,
        arg1: [chs[n].start, chs[n].end], rel: [vg.start, vg.end], args: [[chs[agent - 1].start, chs[agent].end]], rule: 'passive' });
      continue;
    }
    if (vg.end - vg.start === 1 && isNP(chs[k - 1]) && mentions.get(k - 1)?.kind !== 'pronoun' && /(ed|en|wn)$/.test(tokens[vg.head].lower)) {
      if (!/ed$/.test(tokens[vg.head].lower)) { /* "-en"/"-wn" participles go on as clauses */ }
      else if (reducedRelative(chs, k)) continue;
      else if (afterObject(chs, tokens, k)) {
        // open IE still reads it, passive: (West Africans; ordered out of; Nigeria)
        const args: Array<[number, number]> = [];
        collectArgs(chs, tokens, k + 1, args);
        if (args.length) out.push({ subjects: [], objects: [k - 1], verb, vg: k, arg1: [chs[k - 1].start, chs[k - 1].end], rel: [vg.start, vg.end], args, rule: 'passive-reduced', view: 'openie' });
        continue;
      }
    }
    // "…, saying it was withholding aid", "a declaration demanding that …": a participle of speech or
    // demand after the main clause has the main clause's subject.
    const gerund = /ing$/.test(tokens[vg.start].lower) && vg.end - vg.start === 1;
    if (gerund && prevSubjects.length && (SPEECH_VERBS.has(verb.lemma) || /^(demand|urge|call|ask|insist|warn|accuse|threaten)$/.test(verb.lemma))
      && (word(tokens, chs[k - 1]) === ',' || isNP(chs[k - 1]))) {
      const j2 = k + 1;
      out.push({ subjects: prevSubjects, objects: isNP(chs[j2]) && mentions.get(j2)?.kind === 'actor' ? [j2] : [], verb, vg: k, arg1: spanOf(chs, prevSubjects), rel: [vg.start, vg.end], args: [], rule: 'participle', speech: SPEECH_VERBS.has(verb.lemma) || undefined, view: undefined });
      continue;
    }
    // "arrived in Panama last night, bringing food": a participle after a PP's noun or a time
    // phrase belongs to the main clause's subject, not to that noun
    const before = chs[phraseStart(chs, tokens, k - 1) - 1];
    if (gerund && prevSubjects.length && isNP(chs[k - 1]) && ((before?.kind === 'ADP' && !PARTICLES.test(word(tokens, before))) || mentions.get(k - 1)?.kind === 'time')) {
      const j2 = k + 1;
      if (isNP(chs[j2])) out.push({ subjects: prevSubjects, objects: conjunctsRight(chs, tokens, j2).list.map((x) => skipPartitive(chs, tokens, x)), verb, vg: k, arg1: spanOf(chs, prevSubjects), rel: [vg.start, vg.end], args: [], rule: 'participle' });
      continue;
    }
    // Other gerunds and "to"-infinitives start no clause of their own in the graph. Open IE keeps
    // them, at low confidence, with the main clause's subject: "police fired shots to disperse the
    // crowd" → (police; to disperse; the crowd).
    if (chs[k - 1]?.kind === 'TO' || (gerund && !isNP(chs[k - 1]))) {
      // (the graph reads a "to"-infinitive too, ranked lower: extract/infinitive.ts)
      const inf = chs[k - 1]?.kind === 'TO' ? infinitiveClause(tokens, chs, k, verb, out, prevSubjects, mentions) : undefined;
      if (inf) out.push(inf);
      const args: Array<[number, number]> = [];
      if (prevSubjects.length) collectArgs(chs, tokens, k + 1, args);
      const rel: [number, number] = chs[k - 1]?.kind === 'TO' ? [chs[k - 1].start, vg.end] : [vg.start, vg.end];
      if (args.length) out.push({ subjects: prevSubjects, objects: [], verb, vg: k, arg1: spanOf(chs, prevSubjects), rel, args, rule: 'implied-subject', view: 'openie' });
      continue;
    }

    let subj = findSubjects(chs, tokens, k, mentions);
    // "an index system which he patented in 1913": the antecedent is the object
    let relObject: number | undefined;
    if (subj && subj.subs.length === 1 && chs[subj.subs[0] - 1]?.kind === 'REL' && !isNP(chs[k + 1])) {
      let a = subj.subs[0] - 2;
      if (a >= 0 && word(tokens, chs[a]) === ',') a--;
      // ("told the Telegraph that he would stay": after a speech verb's addressee "that" opens the report)
      const addressee = chs[a - 1]?.kind === 'VG' && SPEECH_VERBS.has(readVerbGroup(tokens, chs[a - 1].start, chs[a - 1].end).lemma);
      if (isNP(chs[a]) && !addressee && /^(which|that|whom)$/.test(word(tokens, chs[subj.subs[0] - 1]))) relObject = skipPartitive(chs, tokens, phraseStart(chs, tokens, a));
    }
    let rule = subj?.rule ?? 'svo';
    let subjects = subj?.subs ?? [];
    if (subj?.rule === 'shared') subjects = prevSubjects;

    // Inverted speech: "…, said Belousov" / "…, he added"
    const speechVerb = SPEECH_VERBS.has(verb.lemma);
    let j = k + 1;
    // "forced out", "blew up": a particle the tagger reads as an adverb belongs to the relation
    const particle = chs[j]?.kind === 'ADV' && PARTICLES.test(word(tokens, chs[j])) ? word(tokens, chs[j]) : '';
    // "lifted Friday a blockade": adverbs and time phrases between verb and object
    // ("forced out on Wednesday more than 1,000 refugees": a dated PP too)
    for (;;) {
      if (chs[j]?.kind === 'ADV' || (isNP(chs[j]) && mentions.get(j)?.kind === 'time')) j++;
      // ("killed at least eight leaders", "up to 100 people": a quantity's hedge is not a preposition)
      else if ((word(tokens, chs[j]) === 'at' && /^(least|most)$/.test(word(tokens, chs[j + 1]))) || (word(tokens, chs[j]) === 'up' && word(tokens, chs[j + 1]) === 'to' && tokens[chs[j + 2]?.start ?? 0]?.pos === 'NUM')) j += 2;
      // ("shortened by one hour the curfew": a measure is an adverbial, not the object)
      else if (word(tokens, chs[j]) === 'by' && isNP(chs[j + 1]) && tokens[chs[j + 1].start].pos === 'NUM' && isNP(chs[j + 2])) j += 2;
      else if (chs[j]?.kind === 'ADP' && mentions.get(j + 1)?.kind === 'time' && /^(on|in|at|during|since|until|last|this)$/.test(word(tokens, chs[j])) && isNP(chs[j + 2])) j += 2;
      else break;
    }
    if (speechVerb && !subjects.length && isNP(chs[j]) && (chs[k - 1]?.kind === 'PUNCT' || k === 0)) {
      out.push({ subjects: [j], objects: [], verb, vg: k, arg1: [chs[j].start, chs[j].end], rel: [vg.start, vg.end], args: [], rule: 'speech', speech: true });
      continue;
    }
    if (!subjects.length) continue;
    prevSubjects = subjects;
    // "Italy announced a suspension of air links with Serbia": a thing announced, not a reported
    // clause (no verb follows the noun phrase and its PPs), makes an ordinary clause
    const announcedThing = /^(announce|declare|unveil)$/.test(verb.lemma) && isNP(chs[j]) && mentions.get(j)?.kind === 'concept' && !clauseFollows(chs, j);
    if (speechVerb && !announcedThing) {
      const rest = chs[chs.length - 1];
      const argStart = chs[j] ? chs[j].start : vg.end;
      // "X told/warned/assured Y": the addressee is an object; "said" never has one
      const addressee = !/^(say|add|note|state|announce|declare|claim|report|stress|believe|think|write)$/.test(verb.lemma);
      // ("denied Mr Brown made that quote": a noun phrase with its own verb is the report's subject)
      out.push({ subjects, objects: addressee && isNP(chs[j]) && mentions.get(j)?.kind === 'actor' && !clauseFollows(chs, j) ? [j] : [], verb, vg: k,
        arg1: null, rel: [vg.start, vg.end], args: argStart < rest.end ? [[argStart, rest.end]] : [], rule: 'speech', speech: true });
      continue;
    }

    // Preposition joined to the verb: "cooperate with Belarus", "provides for the possibility"
    let prep: string | undefined;
    let relEnd = vg.end;
    if (chs[j]?.kind === 'ADP' && isNP(chs[j + 1]) && mentions.get(j + 1)?.kind !== 'time' && !(verb.passive && word(tokens, chs[j]) === 'by') && !CONDITIONS.test(word(tokens, chs[j]))) {
      prep = word(tokens, chs[j]);
      relEnd = chs[j].end;
      j++;
    }
    // "the possibility of using nuclear weapons": a modal noun hands the clause to the gerund.
    let v = particle ? { ...verb, label: `${verb.label} ${particle}` } : verb;
    if (isNP(chs[j]) && MODAL_NOUNS[tokens[chs[j].head].lower] && word(tokens, chs[j + 1]) === 'of' && chs[j + 2]?.kind === 'VG' && isNP(chs[j + 3])) {
      const g = readVerbGroup(tokens, chs[j + 2].start, chs[j + 2].end);
      // ("has no intention of selling": a "no" on the modal noun denies the act)
      const none = tokens[chs[j].start].lower === 'no';
      v = { ...g, modality: MODAL_NOUNS[tokens[chs[j].head].lower] === 'necessary' ? 'necessary' : MODAL_NOUNS[tokens[chs[j].head].lower], negated: verb.negated !== none, tense: verb.tense };
      prep = undefined;
      relEnd = chs[j + 2].end;
      j += 3;
      rule = 'modal-noun';
    }
    // "if it has the resources", "unless Baghdad accepts": the clause holds only on a condition
    const lead = subj && subj.rule !== 'shared' && subjects.length ? chs[subjects[0] - 1] : undefined;
    if (lead && CONDITIONS.test(word(tokens, lead)) && word(tokens, lead) !== 'whether' && v.modality === 'asserted') v = { ...v, modality: 'conditional' };
    // "will withdraw its force unless the president resigns": a promise with a condition is a threat
    if (!v.act && v.tense === 'future' && unlessFollows(chs, tokens, k)) v = { ...v, act: 'threaten' };
    // "the possibility that the FMLN staged it", "plans that Iran would …": a modal noun's "that"-clause
    const owner = lead && word(tokens, lead) === 'that' ? chs[subjects[0] - 2] : undefined;
    const modalNoun = owner && isNP(owner) ? MODAL_NOUNS[tokens[owner.head].lower] : undefined;
    if (modalNoun && v.modality === 'asserted') v = { ...v, modality: modalNoun };
    // "denied (reports) that she had pulled out": the denied clause is negated, as its speaker has it
    if (lead && word(tokens, lead) === 'that') {
      const gov = isNP(owner) ? chs[subjects[0] - 3] : owner;
      if (gov?.kind === 'VG' && DENY.test(readVerbGroup(tokens, gov.start, gov.end).lemma)) v = { ...v, negated: !v.negated };
    }
    let objects: number[] = relObject !== undefined && !prep ? [relObject] : [];
    let argsFrom = j;
    if (isNP(chs[j])) {
      const r = conjunctsRight(chs, tokens, j);
      objects = r.list.map((x) => skipPartitive(chs, tokens, x));
      argsFrom = phraseEnd(chs, tokens, r.end) + 1;
      // "has no contacts with the rebels", "gave no sign of": a "no" determiner negates the clause
      if (tokens[chs[j].start].lower === 'no' && !v.negated) v = { ...v, negated: true };
    }
    // Passive: the surface subject is the patient; "by NP" is the agent.
    if (v.passive) {
      let agent: number | undefined;
      for (let m = k + 1; m < chs.length && m < k + 8; m++) {
        if (chs[m].kind === 'VG' || word(tokens, chs[m]) === ';') break;
        if (word(tokens, chs[m]) === 'by' && isNP(chs[m + 1])) { agent = m + 1; break; }
      }
      const patient = subjects;
      const args: Array<[number, number]> = [];
      collectArgs(chs, tokens, k + 1, args);
      // ("no soldier was hurt", "not a single person was killed": a patient that is none negates it)
      const none = patient.some((p) => {
        const at = chs[p].start, w0 = tokens[at].lower, prev = tokens[at - 1]?.lower ?? '', next = tokens[at + 1]?.lower ?? '';
        return w0 === 'no' || (prev === 'not' && /^(a|an|one|single)$/.test(w0)) || (w0 === 'not' && /^(a|an|one|single)$/.test(next));
      });
      out.push({ subjects: agent !== undefined ? conjunctsRight(chs, tokens, agent).list.map((x) => holder(chs, tokens, x, mentions)) : [], objects: patient, verb: none ? { ...v, negated: !v.negated } : v, vg: k, prep: undefined,
        arg1: spanOf(chs, patient), rel: [vg.start, vg.end], args, rule: agent !== undefined ? 'passive' : 'passive-no-agent' });
      continue;
    }
    // ReVerb's V W* P: "signed a treaty with Germany" → sign treaty with → Germany
    const o = objects.length === 1 ? chs[objects[0]] : undefined;
    const pp = o ? objects[0] + 1 : -1;
    if (o && !prep && mentions.get(objects[0])?.kind === 'concept' && o.end - o.start <= 3 && chs[pp]?.kind === 'ADP'
      && /^(with|to|against|on|for|from|into|over|of|by|about|towards?|through)$/.test(word(tokens, chs[pp])) && isNP(chs[pp + 1]) && mentions.get(pp + 1)?.kind === 'actor') {
      const noun = tokens[o.head].lemma.toLowerCase();
      const r = conjunctsRight(chs, tokens, pp + 1);
      const args: Array<[number, number]> = [[chs[pp + 1].start, chs[phraseEnd(chs, tokens, r.end)].end]];
      collectArgs(chs, tokens, phraseEnd(chs, tokens, r.end) + 1, args);
      out.push({ subjects, objects: r.list, verb: { ...v, label: `${v.label} ${noun}`, lemmas: [...v.lemmas, noun] }, vg: k, prep: word(tokens, chs[pp]), arg1: spanOf(chs, subjects),
        rel: [vg.start, chs[pp].end], args, rule: 'reverb', view: 'graph' });
    }
    const args: Array<[number, number]> = [];
    if (relObject !== undefined && objects[0] === relObject) args.push([chs[relObject].start, chs[relObject].end]);
    else if (objects.length) args.push([chs[j].start, chs[phraseEnd(chs, tokens, conjunctsRight(chs, tokens, j).end)].end]);
    collectArgs(chs, tokens, argsFrom, args);
    // "Regulations meant that …": a clausal complement is the argument
    if (!args.length && (chs[j]?.kind === 'SCONJ' || word(tokens, chs[j]) === 'that') && chs[j + 1]) args.push([chs[j].start, chs[chs.length - 1].end]);
    const merged = out.length && out[out.length - 1].vg === k && out[out.length - 1].rule === 'reverb';
    out.push({ subjects, objects, verb: v, vg: k, prep, arg1: spanOf(chs, subjects), rel: [vg.start, relEnd], args,
      rule: v.copula ? `copula-${v.copula}` : rule, ppObjects: ppActors(chs, tokens, objects.length ? argsFrom : j, mentions), ...(merged ? { view: 'openie' as const } : {}) });
  }
  return out;
}
