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

export interface OpenIETuple { sentence: string; confidence: number; arg1: string; rel: string; args: string[] }

const RULE_CONFIDENCE: Record<string, number> = {
  svo: 0.8, reverb: 0.75, 'modal-noun': 0.6, relative: 0.6, 'copula-be': 0.55, 'copula-have': 0.55, passive: 0.7,
  'passive-no-agent': 0.65, shared: 0.6, 'appositive-subject': 0.7, speech: 0.5,
};

export function extractTuples(doc: Doc, settings: Settings = resolveSettings(), sentenceText?: string): OpenIETuple[] {
  const { an } = analyse(doc, settings);
  const out: OpenIETuple[] = [];
  for (const a of an) {
    const { s, chs } = a;
    const text = sentenceText ?? s.text;
    const sp = (r: [number, number]) => spanText(s.tokens, r[0], r[1]);
    for (const c of a.clauses) {
      if (c.view === 'graph') continue;
      let conf = RULE_CONFIDENCE[c.rule] ?? 0.5;
      if (c.verb.negated) conf *= 0.9;
      // arg1: each conjunct of the subject (surface order: the patient for passives)
      const arg1s = c.arg1 ? (c.rule.startsWith('passive') ? [c.arg1] : c.subjects.map((k) => [chs[k].start, chs[k].end] as [number, number])) : [];
      if (c.rule === 'speech' && !c.arg1 && c.subjects.length) arg1s.push([chs[c.subjects[0]].start, chs[c.subjects[0]].end]);
      if (!arg1s.length) continue;
      const objs = c.rule.startsWith('passive') ? [] : c.objects;
      const restArgs = c.args.slice(objs.length ? 1 : 0).map(sp);
      const firstArgs = objs.length > 1 ? objs.map((k) => spanText(s.tokens, chs[k].start, chs[k].end)) : c.args.length && objs.length ? [sp(c.args[0])] : [];
      for (const a1 of arg1s) {
        if (firstArgs.length) for (const f of firstArgs) out.push({ sentence: text, confidence: conf, arg1: sp(a1), rel: sp(c.rel), args: [f, ...restArgs] });
        else out.push({ sentence: text, confidence: conf * 0.9, arg1: sp(a1), rel: sp(c.rel), args: c.args.map(sp) });
      }
    }
  }
  return out;
}

export { resolveSettings };
