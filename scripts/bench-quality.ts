/**
 * npm run bench:quality — extraction quality against gold data we did not write
 * (../shared/bench, see its README): CaRB F1/AUC on carb/dev.jsonl and actor-dyad
 * recall/precision on dyads/plover-dev.jsonl, each scored by the benchmark's own scorer and
 * printed beside the published baselines.
 */
import { readFileSync, writeFileSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { extractTriples } from '../src/extract/index.ts';
import { extractTuples } from '../src/extract/openie.ts';
import { resolveSettings } from '../src/settings.ts';

const BENCH = process.env.ACTORGRAPH_BENCH ?? '../shared/bench';
if (!existsSync(BENCH)) {
  console.log(`bench:quality skipped: ${BENCH} not found (the gold data lives beside the repository in ../shared/bench)`);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'actorgraph-bench-'));
const readJsonl = (p: string) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const score = (args: string[]) => {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim().split('\n').pop()!;
};
const split = process.argv[2] ?? 'dev';
const settings = resolveSettings({ minConfidence: 0 });

// CaRB: one open-IE tuple a line, sentence as given
const carb = readJsonl(join(BENCH, `carb/${split}.jsonl`));
let t0 = performance.now();
const tuples = carb.flatMap((r) => extractTuples({ id: r.id, text: r.sentence }, settings, r.sentence));
const carbMs = performance.now() - t0;
writeFileSync(join(dir, 'carb.jsonl'), tuples.map((t) => JSON.stringify(t)).join('\n') + '\n');
const carbLine = score([join(BENCH, 'carb/score.mjs'), '--gold', join(BENCH, `carb/${split}.jsonl`), '--pred', join(dir, 'carb.jsonl'), '--pred-format', 'jsonl']);

// Dyads: actorgraph triples for {id, text} records
const gold = readJsonl(join(BENCH, 'dyads/plover-dev.jsonl'));
t0 = performance.now();
const triples = gold.flatMap((r) => extractTriples({ id: r.id, text: r.text }, resolveSettings()));
const dyadMs = performance.now() - t0;
writeFileSync(join(dir, 'dyads.jsonl'), triples.map((t) => JSON.stringify(t)).join('\n') + '\n');
const dyadLine = score([join(BENCH, 'dyads/score.mjs'), '--gold', join(BENCH, 'dyads/plover-dev.jsonl'), '--pred', join(dir, 'dyads.jsonl')]);

console.log(`CaRB ${split} (${carb.length} sentences, ${tuples.length} tuples, ${carbMs.toFixed(0)} ms)`);
console.log(`  baseline OpenIE-5 on this dev set: f1=0.458 auc=0.240`);
console.log(`  actorgraph: ${carbLine}`);
console.log(`PLOVER dyads (${gold.length} records, ${triples.length} triples, ${dyadMs.toFixed(0)} ms)`);
console.log(`  baseline naive country pairs: recall=0.41 precision=0.49`);
console.log(`  actorgraph: ${dyadLine}`);
console.log(`outputs kept in ${dir}`);
