/**
 * npm run bench:extract [corpus.jsonl] [-- options] — extraction throughput.
 *
 * 1. In this process: MB/s (median of 3 passes) beside wink-nlp's own tagging pass (POS, lemmas,
 *    entities) on the same text in the same run, plus triples/s and peak memory.
 * 2. Workers (issue 12): for 1, 2 and N (= cores) workers, `extract`'s own pipeline (reader →
 *    parallel/extract-stream → JSONL file) in a fresh child process each, on the corpus and on a
 *    corpus `--scale` times larger made by repeating it with new ids (written to a temp folder,
 *    removed after): seconds, MB/s, speed-up over 1 worker, peak RSS of the whole process
 *    (threads included). Each child process is timed from its start, model loading included.
 *
 * Options: --scale K (default 20; 0 skips the larger corpus), --workers 1,2,4 (default 1,2,N),
 * --limit D (the first D documents only, for a quick run), --no-passes (skip part 1).
 * Default corpus: ../shared/data/news/bbc.jsonl.
 */
import { readFileSync, existsSync, mkdtempSync, rmSync, createWriteStream } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

const args = process.argv.slice(2);
const opt = (f: string): string | undefined => { const i = args.indexOf(f); return i >= 0 ? args[i + 1] : undefined; };
const flagValues = new Set(['--scale', '--workers', '--limit', '--child']);
const path = args.find((a, i) => !a.startsWith('--') && !flagValues.has(args[i - 1])) ?? '../shared/data/news/bbc.jsonl';

// ── Child: one timed run of extract's pipeline ──────────────────────────────
if (opt('--child')) {
  const t0 = performance.now();
  const [{ readInputs, JsonlWriter }, { extractStream }, { resolveSettings }] = await Promise.all([
    import('../src/io/index.ts'), import('../src/parallel/extract-stream.ts'), import('../src/settings.ts')]);
  const settings = resolveSettings();
  const out = await JsonlWriter.toFile(join(opt('--child')!, `out-${process.pid}.jsonl`));
  let triples = 0, docs = 0, errors = 0;
  for await (const r of extractStream(readInputs([path]), { settings, workers: Number(opt('--workers')) })) {
    docs++;
    if ('error' in r) { errors++; continue; }
    for (const t of r.items) if (t.confidence >= settings.minConfidence) { await out.write(t); triples++; }
  }
  await out.close();
  console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, docs, triples, errors, rssMiB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

if (!existsSync(path)) {
  console.log(`bench:extract skipped: ${path} not found (the news corpora live beside the repository in ../shared/data/news)`);
  process.exit(0);
}
const limit = opt('--limit') ? Number(opt('--limit')) : Infinity;
const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).slice(0, limit);
const docs = lines.map((l) => JSON.parse(l) as { id: string; text: string; date?: string });
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`corpus: ${path} (${docs.length} documents, ${mb.toFixed(2)} MB)${Number.isFinite(limit) ? ` — the first ${limit} documents (--limit)` : ''}`);

// ── 1. In-process passes beside wink-nlp ────────────────────────────────────
if (!args.includes('--no-passes')) {
  const [{ extractTriples }, { nlp, its }] = await Promise.all([import('../src/extract/index.ts'), import('../src/nlp/wink.ts')]);
  const time = (f: () => number): { s: number; n: number } => { const t0 = performance.now(); const n = f(); return { s: (performance.now() - t0) / 1000, n }; };
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
  console.log(`wink-nlp tagging pass (baseline): median ${w.toFixed(2)} s = ${(mb / w).toFixed(2)} MB/s  [${wink.map((x) => x.toFixed(2)).join(', ')}]`);
  console.log(`actorgraph extract:                median ${o.toFixed(2)} s = ${(mb / o).toFixed(2)} MB/s, ${Math.round(triples / o)} triples/s, ${triples} triples  [${ours.map((x) => x.toFixed(2)).join(', ')}]`);
  console.log(`extract / wink time ratio: ${(o / w).toFixed(2)}x; peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
}

// ── 2. Workers, at 1× and K× ─────────────────────────────────────────────────
const cores = availableParallelism();
const counts = [...new Set((opt('--workers') ?? `1,2,${cores}`).split(',').map(Number))].filter((n) => n >= 1).sort((a, b) => a - b);
const scale = Number(opt('--scale') ?? 20);
const tmp = mkdtempSync(join(tmpdir(), 'actorgraph-bench-extract-'));
try {
  const corpora: Array<{ name: string; file: string; mb: number }> = [];
  const base = join(tmp, 'x1.jsonl');
  await writeCorpus(base, 1);
  corpora.push({ name: '1×', file: base, mb });
  if (scale > 1) {
    const big = join(tmp, `x${scale}.jsonl`);
    await writeCorpus(big, scale);
    corpora.push({ name: `${scale}×`, file: big, mb: mb * scale });
  }
  console.log(`\nworkers (${cores} cores here; each row a fresh process, model loading included; ${counts.includes(cores) ? `N = ${cores}` : ''}):`);
  console.log('corpus | workers | docs | seconds | MB/s | speed-up | peak RSS');
  const rss: Record<string, Record<number, number>> = {};
  for (const c of corpora) {
    let one: number | undefined;
    for (const n of counts) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, c.file, '--child', tmp, '--workers', String(n)], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (r.status !== 0) { console.log(`${c.name} | ${n} | failed: ${r.stderr.split('\n').slice(-5).join(' ')}`); continue; }
      const m = JSON.parse(r.stdout.trim().split('\n').pop()!) as { seconds: number; docs: number; triples: number; errors: number; rssMiB: number };
      one ??= n === 1 ? m.seconds : undefined;
      (rss[c.name] ??= {})[n] = m.rssMiB;
      const up = one ? `${(one / m.seconds).toFixed(2)}×` : '–';
      console.log(`${c.name} | ${n} | ${m.docs} | ${m.seconds.toFixed(1)} | ${(c.mb / m.seconds).toFixed(3)} | ${up} | ${m.rssMiB.toFixed(0)} MiB (${m.triples} triples, ${m.errors} errors)`);
    }
  }
  if (corpora.length > 1) {
    const [a, b] = corpora.map((c) => c.name);
    console.log(`peak RSS ${b} / ${a}: ${counts.map((n) => `${n} workers ${(rss[b]?.[n] / rss[a]?.[n]).toFixed(2)}×`).join(', ')}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/** The corpus, `k` times, each copy's ids suffixed (~2, ~3, …): the same text as new documents. */
async function writeCorpus(file: string, k: number): Promise<void> {
  const out = createWriteStream(file);
  for (let r = 1; r <= k; r++) {
    for (const d of docs) {
      const line = JSON.stringify(r === 1 ? d : { ...d, id: `${d.id}~${r}` }) + '\n';
      if (!out.write(line)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
}
