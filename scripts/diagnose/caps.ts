/**
 * scripts/diagnose/caps — where ALL-CAPS wire copy loses its actors (issue 10, pattern 5).
 *
 *   npx tsx scripts/diagnose/caps.ts [--sample N --seed S] [--ids FILE] [--show K]
 *
 * Reads ../shared/data/news/muc3.jsonl (skips with a message when absent), runs the extractor,
 * and counts: person nodes (and how many carry a personal name rather than an office), speaker
 * types, articles with no triple, and, for every name span the entity recogniser found, what the
 * mention reader made of it (the cause classes below). Diagnosis only: nothing here is a rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { analyse } from '../../src/extract/analyse.js';
import { extractTriples } from '../../src/extract/index.js';
import { resolveSettings } from '../../src/settings.js';
import type { Doc } from '../../src/types.js';
import { gazetteer } from '../../src/resolve/gazetteer.js';
import { personCountry } from '../../src/resolve/persons.js';

const args = process.argv.slice(2);
const opt = (k: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
const file = '../shared/data/news/muc3.jsonl';
if (!existsSync(file)) { console.log(`skipped: ${file} not found (run from the repository root beside shared/)`); process.exit(0); }
let docs: Doc[] = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const ids = opt('--ids');
if (ids) { const keep = new Set(readFileSync(ids, 'utf8').trim().split('\n').map((l) => JSON.parse(l).docid)); docs = docs.filter((d) => keep.has(d.id)); }
const n = Number(opt('--sample') ?? 0);
if (n) {
  const rng = seedrandom(opt('--seed') ?? '10');
  docs = docs.map((d) => [rng(), d] as const).sort((x, y) => x[0] - y[0]).slice(0, n).map((x) => x[1]);
}
const show = Number(opt('--show') ?? 0);
const settings = resolveSettings();
const count = new Map<string, number>();
const examples = new Map<string, string[]>();
const bump = (k: string, ex?: string) => {
  count.set(k, (count.get(k) ?? 0) + 1);
  if (ex && show) { const l = examples.get(k) ?? []; if (l.length < show) l.push(ex); examples.set(k, l); }
};
const persons = new Map<string, string>();
let noTriple = 0;
for (const d of docs) {
  const triples = extractTriples(d, settings);
  for (const t of triples) for (const e of [t.subject, t.object, t.attribution]) if (e?.type === 'person') persons.set(e.id, e.name);
  for (const t of triples) if (t.attribution) bump(`speaker of a triple: ${t.attribution.type}`);
  const { an } = analyse(d, settings);
  // entity spans of the recogniser, and what the mention over them became
  for (const a of an) {
    const toks = a.s.tokens;
    for (const e of a.s.analysis.entities) {
      const words = toks.slice(e.start, e.end).map((t) => t.text).join(' ');
      const k = a.chs.findIndex((c) => c.kind === 'NP' && c.start < e.end && e.start < c.end);
      const m = k >= 0 ? a.mentions.get(k) : undefined;
      let cls: string;
      if (!m) cls = 'no noun phrase over it (chunker)';
      else if (m.kind === 'actor' && m.actor) {
        const t = m.actor.type === 'location' ? 'place' : m.actor.type === 'organization' || m.actor.type === 'group' ? 'organization' : m.actor.type;
        const named = m.actor.name.toLowerCase().includes(toks[e.end - 1].lower);
        cls = !named ? `actor without the name (${m.actor.type})` : t === e.type || (e.type === 'place' && t === 'country') ? 'typed as the recogniser says' : `typed ${m.actor.type}`;
      } else cls = `read as ${m.kind}`;
      // was the name in our lists? (place: the gazetteer; person: the Phoenix person list)
      if (m && m.kind !== 'actor') {
        const key = toks.slice(e.start, e.end).map((t) => t.lower).join(' ');
        const listed = e.type === 'person' ? !!personCountry(key) : gazetteer().entries.has(key);
        cls += listed ? ' (listed)' : ' (not listed)';
      }
      bump(`${e.type}: ${cls}`, `${words} → ${m?.actor?.name ?? m?.text ?? '-'} [${d.id}]`);
    }
    if (a.speaker) bump(`speaker of a sentence: ${a.speaker.type}`, a.speaker.type === 'other' ? `${a.speaker.name} [${d.id}]` : undefined);
  }
  if (triples.length) continue;
  noTriple++;
  // why no triple: no clause at all, or only clauses whose subject is not an actor
  const clauses = an.flatMap((a) => a.clauses.filter((c) => c.view !== 'openie').map((c) => ({ a, c })));
  if (!clauses.length) { bump('no triple: no clause found', d.id); continue; }
  const subjectKinds = clauses.flatMap(({ a, c }) => c.subjects.map((k) => {
    const m = a.mentions.get(k);
    const c0 = a.chs[k];
    const ne = c0 && a.s.tokens.slice(c0.start, c0.end).some((t) => t.ne);
    return m?.kind === 'actor' ? 'actor' : ne ? 'named-untyped' : m?.kind ?? 'none';
  }));
  if (!subjectKinds.length) bump('no triple: clauses without a subject', d.id);
  else if (subjectKinds.includes('named-untyped')) bump('no triple: a subject the recogniser names was not made an actor', d.id);
  else if (subjectKinds.includes('actor') || subjectKinds.includes('pronoun')) bump('no triple: actor/pronoun subject, no object kept', d.id);
  else bump('no triple: subjects are concepts without a name', d.id);
}
const personal = [...persons].filter(([id, nm]) => !/^[a-z]{2,5}-/.test(id) && /\s/.test(nm));
console.log(`articles ${docs.length}, no triple ${noTriple}; person nodes ${persons.size}, of them with a personal name (two words or more, no office id) ${personal.length}`);
for (const [k, v] of [...count].sort()) {
  console.log(`${String(v).padStart(6)}  ${k}`);
  for (const ex of examples.get(k) ?? []) console.log(`          ${ex}`);
}
if (args.includes('--persons')) console.log([...persons.values()].sort().join(' | '));
