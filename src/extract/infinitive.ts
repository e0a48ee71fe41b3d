/**
 * actorgraph/extract/infinitive — a "to"-infinitive that is not part of a verb group ("opened fire
 * to disperse the crowd", "urged the EC to support the PLO", "weapons to use against Britain") as
 * a clause of the graph. Its subject is unwritten: after a verb of asking or making (object
 * control) it is that verb's object; otherwise it is the main clause's subject (purpose).
 * The graph ranks these below explicit clauses (index.ts).
 */
import type { Token } from '../nlp/wink.js';
import type { Chunk } from './chunks.js';
import type { Mention } from './mentions.js';
import type { VerbInfo } from './clause.js';
import type { Clause } from './relations.js';
import { OBJECT_CONTROL, PARTICLES } from '../lexicon.js';
import { isNP, word, conjunctsRight, skipPartitive, phraseStart, phraseEnd, spanOf } from './np-walk.js';
import { ppActors } from './pp-actors.js';
import { achieves } from './scope.js';
import { resultInfinitive } from './result-infinitive.js';


/**
 * Nouns whose infinitive belongs to them, with their owner as its doer ("Haiti's efforts to
 * improve", "a US offer to host", "the right of Russian troops to fire"): no purpose reading.
 */
const NOUN_COMPLEMENT = new Set(`right rights effort efforts attempt attempts plan plans offer offers refusal decision bid
  move ability need proposal proposals failure readiness determination desire way time chance opportunity order orders
  call calls demand demands pressure promise pledge threat threats campaign drive push mandate permission authority
  power willingness reluctance intention intentions commitment invitation request requests appeal ultimatum deadline bids
  license licence licences licenses incentive incentives money funds cash reason reasons`.split(/\s+/));

/** The graph clause of the infinitive whose verb group is chunk k, or undefined when it has no subject. */
export function infinitiveClause(tokens: Token[], chs: Chunk[], k: number, verb: VerbInfo, prior: Clause[], prevSubjects: number[], mentions: Map<number, Mention>): Clause | undefined {
  // ("director of the festival, to be held at the Centre": a passive infinitive's unwritten subject
  // is what undergoes it, no doer of the main clause's)
  if (verb.passive) return undefined;
  // ("the right of Russian troops to fire": the whole "of" phrase before "to" is looked at)
  // ("a bid last year to become": time phrases and adverbs before "to" are passed over)
  let b = k - 2;
  while (b >= 0 && (chs[b].kind === 'ADV' || (isNP(chs[b]) && mentions.get(b)?.kind === 'time'))) b--;
  if (isNP(chs[b])) for (let m = phraseStart(chs, tokens, b); m <= b; m++) if (chs[m].kind === 'NP' && NOUN_COMPLEMENT.has(tokens[chs[m].head].lower)) return undefined;
  // the verb group just before is the main clause's: an infinitive after a skipped one is skipped too
  let last = k - 2;
  while (last >= 0 && chs[last].kind !== 'VG') last--;
  const main = [...prior].reverse().find((c) => c.vg < k && c.view !== 'openie');
  if (!main || main.vg !== last || main.speech || main.verb.copula) return undefined;
  // "urged the European Community to support": the object just before "to" is the doer
  const controller = OBJECT_CONTROL.test(main.verb.lemma) && main.objects.length && main.objects[main.objects.length - 1] === k - 2;
  const subjects = controller ? main.objects : prevSubjects;
  // "it costs more to hire staff": an expletive "it" does nothing
  if (!controller && subjects.length === 1 && tokens[chs[subjects[0]].start].lower === 'it' && chs[subjects[0]].end - chs[subjects[0]].start === 1) return undefined;
  if (!subjects.length) return undefined;
  let j = k + 1;
  const particle = chs[j]?.kind === 'ADV' && PARTICLES.test(word(tokens, chs[j])) ? word(tokens, chs[j++]) : '';
  while (chs[j]?.kind === 'ADV') j++;
  let prep: string | undefined;
  if (chs[j]?.kind === 'ADP' && isNP(chs[j + 1]) && mentions.get(j + 1)?.kind !== 'time' && !PARTICLES.test(word(tokens, chs[j]))) prep = word(tokens, chs[j++]);
  // the infinitive holds only as its main clause does: "did not go to Paris to meet him", "will send
  // troops to fight"; it happens when its main clause does ("beat Fiji to win the title": past); an
  // adjective of likelihood before "to" makes it possible ("the man most likely to succeed him")
  const m = main.verb;
  // ("only to leave the band two years later": a result, done as the main clause is)
  const toAt = tokens[chs[k].start]?.lower === 'to' ? chs[k].start : chs[k].start - 1;
  const result = m.tense === 'past' && resultInfinitive(tokens, toAt);
  const adj = tokens[chs[k - 1].start - 1];
  const likely = adj && /^(likely|unlikely)$/.test(adj.lower) && adj.pos === 'ADJ' ? adj.lower : undefined;
  // ("found it difficult to satisfy its users", "made it impossible to trade": how hard the act is
  // says it may not have happened; "impossible" that it did not)
  const hard = adj && /^(difficult|hard|harder|tough|tougher|impossible|easy|easier)$/.test(adj.lower) ? adj.lower : undefined;
  const v = { ...verb, ...(particle ? { label: `${verb.label} ${particle}` } : {}), negated: (verb.negated !== m.negated) !== (likely === 'unlikely' || hard === 'impossible'),
    // (a purpose or a wish is aimed at, as the tree's infinitives are: extract/scope.ts; not after a
    // win or a result, "beat Fiji to win the title")
    modality: likely || hard ? 'possible' as const : verb.modality !== 'asserted' ? verb.modality : m.modality === 'asserted' && !achieves(m, verb.lemma) && !result ? 'intended' as const : m.modality, tense: likely ? m.tense === 'past' ? 'past' as const : 'future' as const : m.tense };
  let objects: number[] = [];
  let after = j;
  if (isNP(chs[j]) && mentions.get(j)?.kind !== 'time') {
    const r = conjunctsRight(chs, tokens, j);
    objects = r.list.map((x) => skipPartitive(chs, tokens, x));
    after = phraseEnd(chs, tokens, r.end) + 1;
  }
  const ppObjects = ppActors(chs, tokens, after, mentions);
  if (!objects.length && !ppObjects.length) return undefined;
  return { subjects, objects, verb: v, vg: k, prep, arg1: spanOf(chs, subjects), rel: [chs[k - 1].start, chs[k].end], args: [], rule: controller ? 'infinitive:object' : 'infinitive', view: 'graph', ppObjects };
}
