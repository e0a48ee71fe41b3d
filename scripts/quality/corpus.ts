/**
 * scripts/quality/corpus — whole news corpora with no gold (bbc.jsonl, muc3.jsonl): how many
 * triples an article gives, how many endpoints are untyped concepts (`other`), how many articles
 * give nothing, and (MUC-3) how many articles that name an attack give nothing (issue 10's target:
 * none). Documents are read as `actorgraph extract` reads them (io/record.ts) with default settings.
 */
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { extractTriples } from '../../src/extract/index.ts';
import { recordToDoc } from '../../src/io/record.ts';
import { resolveSettings } from '../../src/settings.ts';
import type { Doc, Triple } from '../../src/types.ts';
import { NEWS, readJsonl } from './common.ts';

/**
 * The lexical attack test: an article names an attack when a word of political violence occurs
 * in it (any case; wire copy is in capitals). Deliberately simple and documented, so that the
 * count means the same from run to run: attack, bomb, kill, murder, kidnap, assassinat(e/ion),
 * massacre, ambush and their inflections ("attacked", "bombings", "kidnappers").
 */
export const ATTACK_WORDS = /\b(?:attack|bomb|kill|murder|kidnap|assassinat|massacr|ambush)\w*/i;

export interface CorpusRun { name: string; docs: Doc[]; byDoc: Map<string, Triple[]>; megabytes: number; seconds: number; cpuSeconds: number }

export function extractCorpus(file: string, name = file): CorpusRun {
  const path = join(NEWS, file);
  const settings = resolveSettings();
  const docs = readJsonl(path).map((r, i) => recordToDoc(r, file, i + 1));
  const byDoc = new Map<string, Triple[]>();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const d of docs) byDoc.set(d.id, extractTriples(d, settings));
  // (CPU time beside wall time: on a shared machine the wall clock says more about the neighbours)
  const cpu = process.cpuUsage(cpu0);
  return { name, docs, byDoc, megabytes: statSync(path).size / 1e6, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(1) : '0.0'} %`;

export function corpusRows(run: CorpusRun, attackTest: boolean): string[] {
  const all = [...run.byDoc.values()].flat();
  const other = all.filter((t) => t.subject.type === 'other' || t.object.type === 'other').length;
  const empty = run.docs.filter((d) => !run.byDoc.get(d.id)?.length);
  const rows = [
    `${run.name} (${run.docs.length} articles, ${run.megabytes.toFixed(1)} MB, ${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU = ${(run.megabytes / run.cpuSeconds).toFixed(2)} MB/s of CPU)`,
    `  triples/article=${(all.length / run.docs.length).toFixed(2)} (${all.length} triples) endpoint other=${pct(other, all.length)} articles without a triple=${empty.length} (${pct(empty.length, run.docs.length)})`,
  ];
  if (attackTest) {
    const attacks = run.docs.filter((d) => ATTACK_WORDS.test(d.text));
    const silent = attacks.filter((d) => !run.byDoc.get(d.id)?.length);
    rows.push(`  articles naming an attack=${attacks.length}, of which without a triple=${silent.length} (target 0; the test: ${ATTACK_WORDS.source})`);
  }
  return rows;
}
