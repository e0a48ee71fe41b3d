/**
 * actorgraph/extract/openie — the same clauses as open-IE tuples with surface spans
 * (`--format carb`, and the CaRB benchmark): arg1 as written (pronouns included: open IE does
 * not resolve them), the relation phrase, and each prepositional phrase as its own argument.
 * One tuple per coordinated conjunct, as CaRB's gold has it.
 */
import type { Doc } from '../types.js';
import { resolveSettings, type Settings } from '../settings.js';
import { analyse } from './analyse.js';
import { spanText } from './mentions.js';
import type { Token } from '../nlp/wink.js';
import type { Chunk } from './chunks.js';
import type { Clause } from './relations.js';

export interface OpenIETuple { sentence: string; confidence: number; arg1: string; rel: string; args: string[] }

const RULE_CONFIDENCE: Record<string, number> = {
  svo: 0.8, reverb: 0.75, 'modal-noun': 0.6, relative: 0.6, 'copula-be': 0.55, 'copula-have': 0.55, passive: 0.7,
  'passive-no-agent': 0.65, 'passive-reduced': 0.5, shared: 0.6, 'appositive-subject': 0.7, speech: 0.5, 'implied-subject': 0.45,
};

export function extractTuples(doc: Doc, settings: Settings = resolveSettings(), sentenceText?: string): OpenIETuple[] {
  const { an } = analyse(doc, settings);
  const out: OpenIETuple[] = [];
  for (const a of an) {
    const { s, chs } = a;
    const text = sentenceText ?? s.text;
    const sp = (r: [number, number]) => spanText(s.tokens, r[0], r[1]);
    out.push(...implicitTuples(s.tokens, chs, text));
    for (const c of a.clauses) {
      if (c.view === 'graph') continue;
      let conf = RULE_CONFIDENCE[c.rule] ?? 0.5;
      if (c.verb.negated) conf *= 0.9;
      // "There were …", "This is …": an expletive or demonstrative subject rarely makes a useful fact
      if (c.subjects.length && /^(there|this|that|it|which|who)$/i.test(s.tokens[chs[c.subjects[0]].start].text) && chs[c.subjects[0]].end - chs[c.subjects[0]].start === 1) conf *= 0.7;
      // arg1: each conjunct of the subject (surface order: the patient for passives)
      // arg1 is the whole noun phrase with its "of" attachments ("300 soldiers of the 1st SS Battalion"),
      // ending before the verb
      const whole = (k: number): [number, number] => {
        let e = k;
        while (s.tokens[chs[e + 1]?.start ?? -1]?.lower === 'of' && chs[e + 2]?.kind === 'NP' && chs[e + 2].end <= chs[c.vg].start) e += 2;
        // a single subject runs on up to its verb when only noun and prepositional phrases intervene
        if (ARG1_TO_VERB && c.subjects.length === 1) {
          let f = e + 1;
          while (f < c.vg && ['NP', 'ADP', 'ADV'].includes(chs[f].kind)) f++;
          if (f === c.vg || (f === c.vg - 1 && chs[f].kind === 'ADV')) e = Math.max(e, c.vg - 1);
          while (e > k && chs[e].kind !== 'NP') e--;
        }
        return [chs[k].start, chs[e].end];
      };
      const arg1s = c.arg1 ? (c.rule.startsWith('passive') ? [c.arg1] : c.subjects.map(whole)) : [];
      if (c.rule === 'speech' && !c.arg1 && c.subjects.length) arg1s.push([chs[c.subjects[0]].start, chs[c.subjects[0]].end]);
      if (!arg1s.length) continue;
      const objs = c.rule.startsWith('passive') ? [] : c.objects;
      let rel = c.rel;
      let argSpans = c.args;
      // CaRB's convention: a preposition right after a verb without object belongs to the relation
      // ("was erected in | 1866", "were knocked out of | the competition"), except the agent's "by".
      if (!objs.length && argSpans.length && s.tokens[argSpans[0][0]].pos === 'ADP' && s.tokens[argSpans[0][0]].lower !== 'by' && argSpans[0][0] === rel[1]) {
        let p = argSpans[0][0];
        while (s.tokens[p + 1]?.pos === 'ADP') p++;
        rel = [rel[0], p + 1];
        argSpans = [[p + 1, argSpans[0][1]], ...argSpans.slice(1)];
      }
      // CaRB counts words, not spans: the last argument runs on to the end of the clause
      if (EXTEND && argSpans.length && !c.speech) {
        const end = clauseEnd(s.tokens, chs, argSpans[argSpans.length - 1][1]);
        if (end > argSpans[argSpans.length - 1][1]) argSpans = [...argSpans.slice(0, -1), [argSpans[argSpans.length - 1][0], end]];
      }
      const intro = introPhrase(a.s.tokens, chs, c);
      const restArgs = [...argSpans.slice(objs.length ? 1 : 0).map(sp), ...(intro ? [intro] : [])];
      const firstArgs = objs.length > 1 ? objs.map((k) => spanText(s.tokens, chs[k].start, chs[k].end)) : argSpans.length && objs.length ? [sp(argSpans[0])] : [];
      for (const a1 of arg1s) {
        if (firstArgs.length) for (const f of firstArgs) out.push({ sentence: text, confidence: conf, arg1: sp(a1), rel: sp(rel), args: [f, ...restArgs] });
        else out.push({ sentence: text, confidence: conf * (argSpans.length || intro ? 0.9 : 0.4), arg1: sp(a1), rel: sp(rel), args: [...argSpans.map(sp), ...(intro ? [intro] : [])] });
      }
    }
  }
  return out;
}

// Argument-span choices, each measured on CaRB dev (see README): extend the last argument to the
// clause end, let a single subject run on to its verb, continue over ", Name" appositions.
const EXTEND = true;
const ARG1_TO_VERB = true;
const COMMA = true;

/** Token index where the clause that continues at token `from` ends: before the next clause or a comma. */
function clauseEnd(tokens: Token[], chs: Chunk[], from: number): number {
  let k = chs.findIndex((c) => c.start >= from);
  if (k < 0) return from;
  let end = from;
  for (; k < chs.length; k++) {
    const c = chs[k], t = tokens[c.start];
    // ", Pennsylvania on July 17": a comma before a proper name or number that is not a new clause's subject
    if (t.text === ',' && COMMA && chs[k + 1]?.kind === 'NP' && /^(PROPN|NUM)$/.test(tokens[chs[k + 1].head].pos) && !['VG', 'REL', 'CC'].includes(chs[k + 2]?.kind ?? '') && tokens[chs[k + 2]?.start ?? -1]?.text !== ',') { end = c.end; continue; }
    if (c.kind === 'VG' || c.kind === 'REL' || c.kind === 'SCONJ' || (c.kind === 'PUNCT' && /^[,;:.!?"()]$|^--$|^``$|^''$/.test(t.text))) break;
    if (c.kind === 'CC' && (chs[k + 1]?.kind === 'VG' || chs[k + 2]?.kind === 'VG')) break;
    end = c.end;
  }
  return end;
}

/** A sentence-initial adverbial ("In 1840 ,", "At this point ,") that frames the first clause. */
function introPhrase(tokens: Token[], chs: Chunk[], c: Clause): string | undefined {
  if (!chs.length || chs[0].kind !== 'ADP' || c.subjects.length === 0) return undefined;
  const comma = chs.findIndex((x) => tokens[x.start].text === ',');
  if (comma < 2 || comma > 6 || c.subjects[0] <= comma || chs.slice(1, comma).some((x) => x.kind === 'VG')) return undefined;
  return spanText(tokens, chs[0].start, chs[comma - 1].end);
}

export { resolveSettings };

/**
 * Implicit facts open-IE benchmarks count (Pal & Mausam's RelNoun; CaRB gold has many):
 *   "Blackburne 's statement"         → Blackburne | has | statement
 *   "the Prime Minister of Australia"  → Australia | has | Prime Minister
 *   "the Trail Crew , a crew of …"     → the Trail Crew | is | a crew of …
 */
export function implicitTuples(tokens: Token[], chs: Chunk[], sentence: string): OpenIETuple[] {
  const out: OpenIETuple[] = [];
  const isNP = (c?: Chunk) => c?.kind === 'NP';
  for (let k = 0; k < chs.length; k++) {
    const c = chs[k];
    if (!isNP(c)) continue;
    // possessive inside the NP
    for (let i = c.start + 1; i < c.end - 1; i++) {
      if (tokens[i].lower === "'s" && tokens[i - 1].pos === 'PROPN') {
        out.push({ sentence, confidence: 0.3, arg1: spanText(tokens, c.start, i), rel: 'has', args: [spanText(tokens, i + 1, c.end)] });
      }
    }
    // "the N of PROPN"
    if (tokens[c.head].pos !== 'PRON' && tokens[chs[k + 1]?.start ?? -1]?.lower === 'of' && isNP(chs[k + 2]) && tokens[chs[k + 2].head].pos === 'PROPN' && tokens[c.head].pos === 'PROPN') {
      const from = ['DET', 'ADJ'].includes(tokens[c.start].pos) ? c.start + 1 : c.start;
      out.push({ sentence, confidence: 0.3, arg1: spanText(tokens, chs[k + 2].start, chs[k + 2].end), rel: 'has', args: [spanText(tokens, from, c.end)] });
    }
    // apposition: NP(proper) , NP(a/an/the …) [of NP]* ,
    if (tokens[c.head].pos === 'PROPN' && tokens[chs[k + 1]?.start ?? -1]?.text === ',' && isNP(chs[k + 2]) && ['DET'].includes(tokens[chs[k + 2].start].pos)) {
      let e = k + 2;
      while (tokens[chs[e + 1]?.start ?? -1]?.lower === 'of' && isNP(chs[e + 2])) e += 2;
      const after = chs[e + 1];
      if (!after || tokens[after.start].text === ',' || tokens[after.start].text === '.') {
        out.push({ sentence, confidence: 0.35, arg1: spanText(tokens, c.start, c.end), rel: 'is', args: [spanText(tokens, chs[k + 2].start, chs[e].end)] });
      }
    }
  }
  return out;
}
