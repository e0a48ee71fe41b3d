/**
 * A deterministic synthetic triple set for the load tests and scripts/bench-load.ts: news-like
 * skew (a few actors and relation types take most triples, so edges repeat and merge), several
 * triples per document, some objects of type "other" (concepts).
 */
import seedrandom from 'seedrandom';
import type { Actor, Triple } from '../../src/types.js';
import { relationType } from '../../src/relation-type.js';

const VERBS = ['cooperate with', 'meet', 'support', 'warn', 'sanction', 'attack', 'accuse', 'visit', 'sign agreement with',
  'criticize', 'negotiate with', 'threaten', 'praise', 'host', 'call on', 'condemn', 'invite', 'deploy troops to', 'aid', 'reject'];

export interface SyntheticOptions { actors?: number; concepts?: number; triplesPerDoc?: number; seed?: string; prefix?: string }

export function syntheticTriples(n: number, opts: SyntheticOptions = {}): Triple[] {
  const rng = seedrandom(opts.seed ?? 'actorgraph-bench');
  const nActors = opts.actors ?? 400, nConcepts = opts.concepts ?? 100, perDoc = opts.triplesPerDoc ?? 8;
  const prefix = opts.prefix ?? 's';
  // Zipf-like pick: small indices far more often.
  const skewed = (k: number) => Math.min(k - 1, Math.floor(k * Math.pow(rng(), 2.5)));
  const actor = (i: number): Actor => ({ id: `A${i}`, name: `Actor ${i}`, type: i % 3 === 0 ? 'organization' : 'country', mention: `Actor ${i}`, ...(i % 5 === 0 ? { country: `C${i % 50}` } : {}) });
  const concept = (i: number): Actor => ({ id: `concept-${i}`, name: `concept ${i}`, type: 'other', mention: `concept ${i}` });
  const out: Triple[] = [];
  for (let i = 0; i < n; i++) {
    const doc = `${prefix}-doc-${Math.floor(i / perDoc)}`;
    const s = skewed(nActors);
    let o = skewed(nActors);
    if (o === s) o = (o + 1) % nActors;
    const verb = VERBS[skewed(VERBS.length)];
    const object = rng() < 0.15 ? concept(skewed(nConcepts)) : actor(o);
    const text = `Actor ${s} will ${verb} ${object.name} according to officials quoted in report ${doc}.`;
    out.push({
      id: `${prefix}-t${i}`,
      subject: actor(s),
      relation: { label: verb, lemma: verb.split(' ')[0], type: relationType(verb), negated: rng() < 0.05, modality: 'asserted', tense: 'past' },
      object,
      evidence: { doc, sentence: i % perDoc, text, start: 0, end: text.length },
      rule: 'svo',
      confidence: 0.8,
    });
  }
  return out;
}

export function toJsonl(triples: Triple[]): string {
  return triples.map((t) => JSON.stringify(t)).join('\n') + '\n';
}
