/**
 * scripts/fuzz/run — runs each target on seeded, damaged inputs and counts what went wrong:
 *
 *   crash  the reader threw something that is not one of our typed errors (src/errors.ts);
 *   hang   one input took longer than hangMs (measured, not interrupted: a reader that never
 *          returns stops the run, which is its own report);
 *   lost   a valid record next to the damaged one did not come out, or a file gave neither a
 *          document nor an error.
 *
 * Why fast-check: it is the maintained property-testing library of the JS world; its seeded
 * generators make every input reproducible from (seed, run), its combinators describe the
 * mutations as data, and numRuns / interruptAfterTimeLimit give the bounds. A coverage-guided
 * fuzzer (Jazzer.js) would need native libFuzzer builds and an open-ended run; these readers are
 * small enough that structured damage of our own seeds reaches their branches.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActorGraphError } from '../../src/errors.ts';
import { apply, damage, describe, type Damage } from './mutate.ts';
import { TARGETS, type Target } from './targets.ts';

export interface FuzzOptions {
  /** Inputs per target. */
  runs: number;
  /** Wall-clock bound of the whole run; targets share it. */
  seconds: number;
  seed: number;
  /** An input slower than this is a hang. */
  hangMs: number;
  /** Only these targets (default: all). */
  only?: string[];
}

export interface Failure { target: string; run: number; kind: 'crash' | 'hang' | 'lost'; input: string; what: string }

export interface TargetReport { target: string; runs: number; items: number; errors: number; crashes: number; hangs: number; lost: number; slowestMs: number; slowest?: string }

export interface FuzzReport { seed: number; targets: TargetReport[]; failures: Failure[] }

export const DEFAULT_FUZZ: FuzzOptions = { runs: 300, seconds: 120, seed: 11, hangMs: 5000 };

async function fuzzTarget(t: Target, opts: FuzzOptions, deadline: number, dir: string, failures: Failure[]): Promise<TargetReport> {
  const r: TargetReport = { target: t.name, runs: 0, items: 0, errors: 0, crashes: 0, hangs: 0, lost: 0, slowestMs: 0 };
  const fail = (run: number, kind: Failure['kind'], d: Damage, what: string) => {
    r[kind === 'crash' ? 'crashes' : kind === 'hang' ? 'hangs' : 'lost']++;
    failures.push({ target: t.name, run, kind, input: `seed ${d.seed}: ${d.mutations.map(describe).join(', ')}`, what });
  };
  // (every run is recorded and passes: we want counts over all runs, not fast-check's first failure)
  await fc.check(fc.asyncProperty(damage(t.seeds.length), async (d) => {
    if (Date.now() > deadline) return true;
    const run = r.runs++;
    const bytes = d.mutations.reduce(apply, t.seeds[d.seed]);
    const t0 = performance.now();
    try {
      const o = await t.run(bytes, dir);
      r.items += o.items;
      r.errors += o.errors;
      if (o.lost) fail(run, 'lost', d, o.lost);
    } catch (e) {
      if (e instanceof ActorGraphError) r.errors++;
      else fail(run, 'crash', d, e instanceof Error ? `${e.name}: ${e.message.split('\n')[0].slice(0, 300)}` : String(e));
    }
    const ms = performance.now() - t0;
    if (ms > r.slowestMs) { r.slowestMs = Math.round(ms); r.slowest = `seed ${d.seed}: ${d.mutations.map(describe).join(', ')}`; }
    if (ms > opts.hangMs) fail(run, 'hang', d, `took ${Math.round(ms)} ms (bound ${opts.hangMs} ms)`);
    return true;
  }), { seed: opts.seed, numRuns: opts.runs, endOnFailure: true });
  return r;
}

export async function fuzz(options: Partial<FuzzOptions> = {}): Promise<FuzzReport> {
  const opts = { ...DEFAULT_FUZZ, ...options };
  const deadline = Date.now() + opts.seconds * 1000;
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-fuzz-'));
  const failures: Failure[] = [];
  const targets: TargetReport[] = [];
  try {
    for (const t of TARGETS.filter((x) => !opts.only || opts.only.includes(x.name))) targets.push(await fuzzTarget(t, opts, deadline, dir, failures));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { seed: opts.seed, targets, failures };
}

/** The report as a table and the failures, one a line. */
export function formatReport(rep: FuzzReport): string {
  const head = 'target    runs  records  errors  crashes  hangs  lost  slowest ms';
  const rows = rep.targets.map((t) => `${t.target.padEnd(8)} ${String(t.runs).padStart(5)} ${String(t.items).padStart(8)} ${String(t.errors).padStart(7)} ${String(t.crashes).padStart(8)} ${String(t.hangs).padStart(6)} ${String(t.lost).padStart(5)} ${String(t.slowestMs).padStart(11)}`);
  const fails = rep.failures.slice(0, 50).map((f) => `${f.kind} in ${f.target} (run ${f.run}, --seed ${rep.seed}): ${f.what}\n    input: ${f.input}`);
  const slow = rep.targets.map((t) => `slowest ${t.target}: ${t.slowestMs} ms, ${t.slowest ?? '-'}`);
  return [`fuzz seed ${rep.seed}`, head, ...rows, '', ...slow, ...(fails.length ? ['', ...fails] : ['', 'no crashes, hangs or lost records'])].join('\n') + '\n';
}
