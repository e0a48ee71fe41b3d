/**
 * scripts/diagnose/pronoun-triples — a seeded sample of triples whose subject or object was written
 * as a pronoun, for judging by hand whether the pronoun took the right antecedent (issue 10,
 * pattern 2), and the same items again after a change.
 *
 *   npx tsx scripts/diagnose/pronoun-triples.ts --seed S [--docs 400] [--n 40] [--out FILE]
 *   npx tsx scripts/diagnose/pronoun-triples.ts --again FILE     (the same items with today's code)
 *
 * Reads ../shared/data/news/bbc.jsonl (skips with a message when absent): `--docs` articles drawn
 * with seedrandom(S), their triples extracted, `--n` pronoun-derived triples drawn with the same
 * generator. Each item prints the two sentences before, the sentence, the pronoun and what it
 * resolved to; `--out` keeps the items (doc, sentence, role, pronoun, relation) so that `--again`
 * can show what the same pronoun in the same relation gives now (or that no triple is left).
 * Diagnosis only: nothing here is a rule.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { extractTriples } from '../../src/extract/index.js';
import { resolveSettings } from '../../src/settings.js';
import type { Doc, Triple } from '../../src/types.js';

const args = process.argv.slice(2);
const opt = (k: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
const file = '../shared/data/news/bbc.jsonl';
if (!existsSync(file)) { console.log(`skipped: ${file} not found (run from the repository root beside shared/)`); process.exit(0); }
const all: Doc[] = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const PRONOUN = /^(he|him|she|her|it|they|them|we|us|i|me|himself|herself|itself|themselves)$/i;

interface Item { doc: string; sentence: number; role: 'subject' | 'object'; pronoun: string; lemma: string; other: string; was: string }

const settings = resolveSettings();
const byId = new Map(all.map((d) => [d.id, d]));
const sentencesOf = (t: Triple, d: Doc) => {
  const before = d.text.slice(Math.max(0, t.evidence.start - 400), t.evidence.start).replace(/\s+/g, ' ');
  return `…${before.slice(-300)} ⟦${t.evidence.text.replace(/\s+/g, ' ')}⟧`;
};
const show = (t: Triple) => `${t.subject.mention}[${t.subject.id}] -${t.relation.lemma}-> ${t.object.mention}[${t.object.id}]`;

const again = opt('--again');
if (again) {
  const items: Item[] = JSON.parse(readFileSync(again, 'utf8'));
  const cache = new Map<string, Triple[]>();
  items.forEach((it, i) => {
    const d = byId.get(it.doc)!;
    if (!cache.has(it.doc)) cache.set(it.doc, extractTriples(d, settings));
    const ts = cache.get(it.doc)!.filter((t) => t.evidence.sentence === it.sentence && t.relation.lemma === it.lemma && t[it.role].mention === it.pronoun
      && t[it.role === 'subject' ? 'object' : 'subject'].mention === it.other);
    console.log(`#${i + 1} ${it.doc}/${it.sentence} ${it.role} "${it.pronoun}" -${it.lemma}- "${it.other}"\n  before: ${it.was}\n  now:    ${ts.length ? ts.map((t) => t[it.role].id).join(', ') : '(no triple)'}`);
  });
} else {
  const seed = opt('--seed') ?? '1';
  const rng = seedrandom(seed);
  const docs = all.map((d) => [rng(), d] as const).sort((x, y) => x[0] - y[0]).slice(0, Number(opt('--docs') ?? 400)).map((x) => x[1]);
  const cands: Array<[Triple, 'subject' | 'object']> = [];
  for (const d of docs) for (const t of extractTriples(d, settings)) {
    if (PRONOUN.test(t.subject.mention ?? '')) cands.push([t, 'subject']);
    else if (PRONOUN.test(t.object.mention ?? '')) cands.push([t, 'object']);
  }
  const pick = cands.map((c) => [rng(), c] as const).sort((x, y) => x[0] - y[0]).slice(0, Number(opt('--n') ?? 40)).map((x) => x[1]);
  const items: Item[] = pick.map(([t, role]) => ({ doc: t.evidence.doc, sentence: t.evidence.sentence, role, pronoun: t[role].mention!, lemma: t.relation.lemma,
    other: t[role === 'subject' ? 'object' : 'subject'].mention ?? '', was: t[role].id }));
  console.log(`seed ${seed}: ${docs.length} articles, ${cands.length} pronoun-derived triples, ${items.length} drawn`);
  pick.forEach(([t, role], i) => console.log(`#${i + 1} ${t.evidence.doc}/${t.evidence.sentence} ${role} "${t[role].mention}" → ${t[role].name} [${t[role].id}]\n  ${show(t)}\n  ${sentencesOf(t, byId.get(t.evidence.doc)!)}`));
  const out = opt('--out');
  if (out) writeFileSync(out, JSON.stringify(items, null, 1));
}
