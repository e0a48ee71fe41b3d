/**
 * npm run bench:extract [corpus.jsonl] — extraction throughput in MB/s (median of 3 passes)
 * beside wink-nlp's own tagging pass (POS, lemmas, entities) on the same text in the same run,
 * plus triples/s and peak memory. Default corpus: ../shared/data/news/bbc.jsonl.
 */
import { readFileSync, existsSync } from 'node:fs';
import { extractTriples } from '../src/extract/index.ts';
import { nlp, its } from '../src/nlp/wink.ts';

const path = process.argv[2] ?? '../shared/data/news/bbc.jsonl';
if (!existsSync(path)) {
  console.log(`bench:extract skipped: ${path} not found (the news corpora live beside the repository in ../shared/data/news)`);
  process.exit(0);
}
const docs = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string });
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(f: () => number): { s: number; n: number } {
  const t0 = performance.now();
  const n = f();
  return { s: (performance.now() - t0) / 1000, n };
}
const winkPass = () => { let n = 0; for (const d of docs) { const doc = nlp.readDoc(d.text); n += doc.tokens().out(its.pos).length; doc.tokens().out(its.lemma as never); doc.entities().out(); } return n; };
const ourPass = () => { let n = 0; for (const d of docs) n += extractTriples({ id: d.id, text: d.text }).length; return n; };

// warm-up: model and gazetteer load, JIT
extractTriples({ id: 'warm', text: docs[0].text });
const wink: number[] = [], ours: number[] = [];
let triples = 0;
let peak = process.memoryUsage().rss;
for (let i = 0; i < 3; i++) {
  wink.push(time(winkPass).s);
  const r = time(ourPass);
  ours.push(r.s);
  triples = r.n;
  peak = Math.max(peak, process.memoryUsage().rss);
}
const w = median(wink), o = median(ours);
console.log(`corpus: ${path} (${docs.length} documents, ${mb.toFixed(2)} MB)`);
console.log(`wink-nlp tagging pass (baseline): median ${w.toFixed(2)} s = ${(mb / w).toFixed(2)} MB/s  [${wink.map((x) => x.toFixed(2)).join(', ')}]`);
console.log(`actorgraph extract:                median ${o.toFixed(2)} s = ${(mb / o).toFixed(2)} MB/s, ${Math.round(triples / o)} triples/s, ${triples} triples  [${ours.map((x) => x.toFixed(2)).join(', ')}]`);
console.log(`extract / wink time ratio: ${(o / w).toFixed(2)}x; peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
