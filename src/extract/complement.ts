/**
 * actorgraph/extract/complement — events whose target is the subject of another clause, read
 * from the clause that embeds it (ClausIE's clausal complements and adverbial conditions):
 *
 *   "the PRC demanded that the US cancel …"            demand verb + "that"-clause   → PRC –demand→ US
 *   "Russia said that Sudan must return …"             speech + "must" in the clause → Russia –demand→ Sudan
 *   "Russia threatened to quit the talks if the US …"  threat + "if/unless" clause  → Russia –threaten→ US
 */
import type { Analysed } from './analyse.js';

/** Verbs whose "that"-clause names who is asked to act: "demanded that the US cancel". */
const DEMAND_VERBS = new Set(['demand', 'insist', 'urge', 'ask', 'request', 'order', 'propose', 'warn']);
/** Nouns of demand whose "that"-clause names who is asked to act: "its demand that Israel ease …". */
const DEMAND_NOUNS = new Set(['demand', 'call', 'appeal', 'request', 'insistence', 'ultimatum', 'plea']);
/** Verbs of threat whose condition names the threatened side: "threatened to … if X …". */
const THREAT_VERBS = new Set(['threaten', 'vow', 'warn', 'pledge']);
/** How far (in chunks) the embedded subject may sit from the verb or the conjunction. */
const REACH = 6;

export interface Complement { subjects: number[]; objects: number[]; lemma: string; rule: string; clause: Analysed['clauses'][number] }

export function findComplements(a: Analysed): Complement[] {
  const out: Complement[] = [];
  const { clauses, chs, s } = a;
  for (const c of clauses) {
    // Reported demands
    if (!c.objects.length || c.speech) {
      const demandVerb = DEMAND_VERBS.has(c.verb.lemma);
      const next = demandVerb || c.speech ? clauses.find((d) => d.vg > c.vg && !d.speech && d.subjects.length && d.subjects[0] > c.vg && d.subjects[0] <= c.vg + REACH) : undefined;
      if (next && (demandVerb || next.verb.modality === 'necessary')) out.push({ subjects: c.subjects, objects: next.subjects, lemma: demandVerb ? c.verb.lemma : 'demand', rule: 'complement:demand', clause: c });
    }
    // "reiterated its demand that Israel ease …": a demand noun with a "that"-clause
    const k = c.objects.length === 1 ? c.objects[0] : -1;
    // (the mention's own last word: "its demand today" ends at "demand")
    const head = k >= 0 ? s.tokens[(a.mentions.get(k)?.end ?? chs[k].end) - 1] : undefined;
    if (head && DEMAND_NOUNS.has(head.lemma.toLowerCase()) && s.tokens[chs[k + 1]?.start ?? -1]?.lower === 'that') {
      const next = clauses.find((d) => d.vg > k && !d.speech && d.subjects.length && d.subjects[0] === k + 2);
      if (next) out.push({ subjects: c.subjects, objects: next.subjects, lemma: 'demand', rule: 'complement:demand', clause: c });
    }
    // Conditional threats: the first "if"/"unless" after the verb, before any other main clause starts
    // (the verb group, not the content lemmas: "threatened to stop" keeps only "stop" as content)
    if (c.speech || !s.tokens.slice(chs[c.vg].start, chs[c.vg].end).some((t) => THREAT_VERBS.has(t.lemma.toLowerCase()))) continue;
    const cond = chs.findIndex((ch, k) => k > c.vg && k <= c.vg + 3 * REACH && (ch.kind === 'SCONJ' || ch.kind === 'ADP') && /^(if|unless)$/.test(s.tokens[ch.start].lower));
    if (cond < 0) continue;
    const next = clauses.find((d) => d.vg > cond && !d.speech && d.subjects.length && d.subjects[0] > cond && d.subjects[0] <= cond + 2);
    if (next) out.push({ subjects: c.subjects, objects: next.subjects, lemma: 'threaten', rule: 'complement:threat', clause: c });
  }
  return out;
}
