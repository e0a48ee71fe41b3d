/**
 * npm run fuzz -- [--runs N] [--seconds S] [--seed K] [--hang-ms MS] [--target jsonl ...]
 *
 * Runs src/io's readers (JSONL, triples, text, Markdown, HTML, convert) on seeded, damaged
 * inputs (scripts/fuzz/) and prints crashes, hangs and lost records. Bounded: N inputs per
 * target (300), S seconds in all (120). Exit code 1 when anything was found.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_FUZZ, formatReport, fuzz } from './fuzz/run.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string' }, seconds: { type: 'string' }, seed: { type: 'string' }, 'hang-ms': { type: 'string' },
    target: { type: 'string', multiple: true },
  },
});
const num = (v: string | undefined, d: number, name: string): number => {
  if (v === undefined) return d;
  const n = Number(v);
  if (!(Number.isFinite(n) && n >= 0)) { process.stderr.write(`fuzz: --${name} must be a number ≥ 0, got ${v}\n`); process.exit(2); }
  return n;
};
const report = await fuzz({
  runs: num(values.runs, DEFAULT_FUZZ.runs, 'runs'), seconds: num(values.seconds, DEFAULT_FUZZ.seconds, 'seconds'),
  seed: num(values.seed, DEFAULT_FUZZ.seed, 'seed'), hangMs: num(values['hang-ms'], DEFAULT_FUZZ.hangMs, 'hang-ms'), only: values.target,
});
process.stdout.write(formatReport(report));
if (report.failures.length) process.exitCode = 1;
