/**
 * tsx scripts/bench-triples-identity.ts [--write FILE] [--check FILE] [--n N] — guards speed work on
 * the whole extraction: the triples of a fixed sample (the first N BBC and N MUC-3 articles, in that
 * order, in one process) must be exactly those of the code before the change. `--write FILE` saves
 * every triple (one JSON line each, with a sha256 at the end) as the reference; `--check FILE`
 * compares and prints the first difference. Also prints the time and MB/s of the pass.
 *
 * The reference is taken from the same branch just before the speed change: rule changes elsewhere
 * change triples by design, so no hash is kept in this file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractTriples } from '../src/extract/index.js';

const args = process.argv.slice(2);
const opt = (f: string) => { const i = args.indexOf(f); return i >= 0 ? args[i + 1] : undefined; };
const n = Number(opt('--n') ?? 300);
const BBC = join('..', 'shared', 'data', 'news', 'bbc.jsonl');
const MUC = join('..', 'shared', 'data', 'news', 'muc3.jsonl');
if (!existsSync(BBC) || !existsSync(MUC)) {
  console.log(`skipped: ${BBC} or ${MUC} not found (the news corpora live beside the repository in ../shared/data/news)`);
  process.exit(0);
}
const read = (p: string) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).slice(0, n).map((l) => JSON.parse(l) as { id: string; text: string; date?: string });
const docs = [...read(BBC), ...read(MUC)];
const mb = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / 1e6;

const lines: string[] = [];
const t0 = performance.now();
for (const d of docs) for (const t of extractTriples(d)) lines.push(JSON.stringify(t));
const s = (performance.now() - t0) / 1000;
const hash = createHash('sha256').update(lines.join('\n')).digest('hex');
console.log(`${docs.length} documents, ${mb.toFixed(2)} MB, ${lines.length} triples in ${s.toFixed(1)} s = ${(mb / s).toFixed(3)} MB/s; sha256 ${hash.slice(0, 16)}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);

const w = opt('--write'), c = opt('--check');
if (w) writeFileSync(w, lines.join('\n') + '\n' + hash + '\n');
if (c) {
  const ref = readFileSync(c, 'utf8').split('\n').filter(Boolean);
  const refHash = ref.pop()!;
  if (refHash === hash) console.log('triples: SAME');
  else {
    const i = ref.findIndex((l, k) => l !== lines[k]);
    const at = i < 0 ? Math.min(ref.length, lines.length) : i;
    console.log(`triples: DIFFERENT (${ref.length} in the reference, ${lines.length} now); first difference at line ${at}:\n- ${ref[at]}\n+ ${lines[at]}`);
    process.exitCode = 1;
  }
}
