/**
 * npm run bench:quality [-- split] [-- --quick] — every extraction-quality figure of issue 10 in
 * one run, each scored by the benchmark's own scorer (../shared/bench, see its README) and
 * printed beside its baseline or target:
 *
 *   CaRB dev F1/AUC · PLOVER dev dyads · PETRARCH unit-test dyads without and with its actor
 *   dictionary · MUC-4 dev · coreference on GUM dev (scripts/quality/coref.ts, when present) ·
 *   BBC and MUC-3: triples per article, `other` endpoints, articles without a triple, MUC-3
 *   articles that name an attack yet give no triple.
 *
 * --quick skips the BBC and MUC-3 corpus rows (a few minutes at ~0.1 MB/s); MUC-4 dev then
 * extracts only its 200 articles. --actors FILE (repeatable) adds PLOVER and MUC-4 rows with
 * those dictionaries (say, the Phoenix ones in ../shared/bench/petrarch/dictionaries). The rows
 * live in scripts/quality/, one file each.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH, NEWS } from './quality/common.ts';
import { carbRows } from './quality/carb.ts';
import { ploverRows, petrarchRows } from './quality/dyads.ts';
import { muc4Rows } from './quality/muc4.ts';
import { extractCorpus, corpusRows, type CorpusRun } from './quality/corpus.ts';
import { loadUserActors } from '../src/resolve/user-actors.ts';

if (!existsSync(BENCH)) {
  console.log(`bench:quality skipped: ${BENCH} not found (the gold data lives beside the repository in ../shared/bench)`);
  process.exit(0);
}
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const actorFiles = args.flatMap((a, i) => (a === '--actors' && args[i + 1] ? [args[i + 1]] : []));
const split = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--actors') ?? 'dev';
const userActors = actorFiles.length ? loadUserActors(actorFiles) : undefined;
const dir = mkdtempSync(join(tmpdir(), 'actorgraph-bench-'));
const started = performance.now();
const print = (rows: string[]) => { for (const r of rows) console.log(r); };

print(carbRows(dir, split));
print(ploverRows(dir, userActors));
print(petrarchRows(dir));

// The news corpora first (when measured): MUC-4 dev reuses the MUC-3 run's triples.
const hasNews = existsSync(join(NEWS, 'bbc.jsonl')) && existsSync(join(NEWS, 'muc3.jsonl'));
let corpora: CorpusRun[] = [];
if (!quick && hasNews) {
  process.stderr.write('bench:quality: extracting BBC and MUC-3 (a few minutes; --quick skips them)\n');
  corpora = [extractCorpus('bbc.jsonl', 'BBC news'), extractCorpus('muc3.jsonl', 'MUC-3 wire copy')];
}
if (existsSync(join(NEWS, 'muc3.jsonl'))) print(muc4Rows(dir, corpora[1]?.byDoc, userActors));
else console.log(`MUC-4 dev: not measured (${NEWS}/muc3.jsonl absent)`);

// ── Coreference on GUM dev ──────────────────────────────────────────────────
// Written by another module (scripts/quality/coref.ts, exporting corefGum(): Promise<string>);
// loaded only when present, so this bench runs before and after it lands.
const corefModule = join(import.meta.dirname, 'quality', 'coref.ts');
if (existsSync(corefModule)) {
  const { corefGum } = await import(pathToFileURL(corefModule).href) as { corefGum: () => Promise<string> };
  console.log(await corefGum());
} else console.log('coreference: not measured (scripts/quality/coref.ts absent)');

if (quick) console.log('news corpora: skipped (--quick)');
else if (!hasNews) console.log(`news corpora: not measured (${NEWS}/bbc.jsonl or muc3.jsonl absent)`);
for (const run of corpora) print(corpusRows(run, run.name.startsWith('MUC-3')));
console.log(`outputs kept in ${dir} (${((performance.now() - started) / 1000).toFixed(1)} s in all)`);
