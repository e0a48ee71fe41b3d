/**
 * scripts/quality/common — what every bench:quality row shares: where the gold data lives, how a
 * JSONL file is read and written, and how a benchmark's own scorer is run (its last line kept).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/** Gold data beside the repository (see ../shared/bench/README.md); ACTORGRAPH_BENCH overrides. */
export const BENCH = process.env.ACTORGRAPH_BENCH ?? '../shared/bench';
/** News corpora for scale and precision checks (bbc.jsonl, muc3.jsonl). */
export const NEWS = process.env.ACTORGRAPH_NEWS ?? '../shared/data/news';

export const readJsonl = (path: string): any[] => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

export function writeJsonl(dir: string, name: string, rows: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

/** Runs a benchmark scorer (node script) and returns its last line, the summary. */
export function score(args: string[]): string {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args[0]} failed: ${r.stderr}`);
  return r.stdout.trim().split('\n').pop()!;
}

/** Milliseconds since t0, as "1234 ms". */
export const ms = (t0: number) => `${(performance.now() - t0).toFixed(0)} ms`;
