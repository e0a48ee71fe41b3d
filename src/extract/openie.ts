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
import type { Clause } from './clauses.js';
import { describedAs } from './openie-descriptions.js';

export interface OpenIETuple { sentence: string; confidence: number; arg1: string; rel: string; args: string[] }

const RULE_CONFIDENCE: Record<string, number> = {
  svo: 0.8, reverb: 0.75, 'modal-noun': 0.6, relative: 0.6, 'copula-be': 0.55, 'copula-have': 0.55, passive: 0.7,
  'passive-no-agent': 0.65, 'passive-reduced': 0.5, shared: 0.6, 'appositive-subject': 0.7, speech: 0.5, 'implied-subject': 0.45, participle: 0.6, infinitive: 0.45,
};

export function extractTuples(doc: Doc, settings: Settings = resolveSettings(), sentenceText?: string): OpenIETuple[] {
  const { an } = analyse(doc, settings);
  const out: OpenIETuple[] = [];
  for (const a of an) {
    const { s, chs } = a;
    const text = sentenceText ?? s.text;
    const sp = (r: [number, number]) => spanText(s.tokens, r[0], r[1]);
    const implicit = implicitTuples(s.tokens, chs, text);
    out.push(...implicit);
    // ("Arminius , leader of the Cherusci", "keyboardist Philippe Saisse": extract/openie-descriptions.ts)
    const said = new Set(implicit.filter((o) => o.rel === 'is').map((o) => `${o.arg1}|${o.args[0]}`));
    for (const [name, desc] of describedAs(a.tree, s.tokens)) if (!said.has(`${name}|${desc}`)) out.push({ sentence: text, confidence: 0.35, arg1: name, rel: 'is', args: [desc] });
    for (const c of a.clauses) {
      if (c.view === 'graph') continue;
      let conf = RULE_CONFIDENCE[c.rule] ?? 0.5;
      if (c.verb.negated) conf *= 0.9;
      // "There were …", "This is …": an expletive or demonstrative subject rarely makes a useful fact
      if (c.subjects.length && /^(there|this|that|it|which|who)$/i.test(s.tokens[chs[c.subjects[0]].start].text) && chs[c.subjects[0]].end - chs[c.subjects[0]].start === 1) conf *= 0.7;
      // arg1: each conjunct of the subject as written (the patient for passives), relative pronouns replaced
      const arg1s = c.arg1s;
      if (!arg1s.length) continue;
      let rel = c.rel;
      let argSpans = c.args;
      const objs = argSpans.slice(0, c.objectArgs);
      // CaRB's convention: a preposition right after a verb without object belongs to the relation
      // ("was erected in | 1866", "were knocked out of | the competition"), except the agent's "by".
      if (!objs.length && argSpans.length && s.tokens[argSpans[0][0]].pos === 'ADP' && s.tokens[argSpans[0][0]].lower !== 'by' && argSpans[0][0] === rel[1]) {
        let p = argSpans[0][0];
        while (s.tokens[p + 1]?.pos === 'ADP') p++;
        rel = [rel[0], p + 1];
        argSpans = [[p + 1, argSpans[0][1]], ...argSpans.slice(1)];
      }
      const restArgs = argSpans.slice(objs.length).map(sp);
      for (const a1 of arg1s) {
        if (objs.length) for (const f of objs) out.push({ sentence: text, confidence: conf, arg1: sp(a1), rel: sp(rel), args: [sp(f), ...restArgs] });
        else out.push({ sentence: text, confidence: conf * (argSpans.length ? 0.9 : 0.4), arg1: sp(a1), rel: sp(rel), args: argSpans.map(sp) });
      }
    }
  }
  return out;
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
