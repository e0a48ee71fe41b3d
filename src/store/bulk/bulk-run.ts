/**
 * actorgraph/store/bulk/bulk-run — the work behind `actorgraph load --bulk`: the local server's
 * options from the environment, the bulk load, a summary on stdout, input problems counted for
 * the exit code (as `load` does).
 */
import { InputError } from '../../errors.js';
import { hintOnce, isWarning } from '../../io/warning.js';
import type { Settings } from '../../settings.js';
import type { Shard } from '../../parallel/shard.js';
import { DEFAULT_SERVER, serverFromEnv } from '../server.js';
import { bulkLoadInputs, type BulkSummary } from './bulk-load.js';

export function formatBulkSummary(s: BulkSummary): string {
  const rate = s.seconds.total > 0 ? Math.round(s.triples / s.seconds.total) : s.triples;
  return [
    `bulk-loaded ${s.triples} triples${s.documents ? ` from ${s.documents} documents` : ''} in ${s.seconds.total.toFixed(2)} s (${rate} triples/s)`,
    `  nodes: ${s.nodes} (${s.evidence} evidence); relationships: ${s.relationships}`,
    `  steps: check ${s.seconds.check.toFixed(2)} s, import files ${s.seconds.csv.toFixed(2)} s${s.wasRunning ? '' : `, server start (beyond the files) ${s.seconds.start.toFixed(2)} s`}, neo4j-admin import in the server ${s.seconds.import.toFixed(2)} s, constraints ${s.seconds.schema.toFixed(2)} s${s.wasRunning ? '' : `, server stop ${s.seconds.stop.toFixed(2)} s`}`,
    ...(s.skipped ? [`  skipped: ${s.skipped} triples (self-loop or unsafe relation type)`] : []),
  ].join('\n') + '\n';
}

export async function bulkLoadAndReport(cfg: Settings['neo4j'], inputs: string[], opts: { settings?: Settings; workers?: number; shard?: Shard } = {}): Promise<{ summary: BulkSummary; inputErrors: number }> {
  let inputErrors = 0;
  const withHint = hintOnce();
  const warn = (e: InputError) => {
    if (!isWarning(e)) inputErrors++;
    process.stderr.write(`${withHint(e)}\n`);
  };
  const summary = await bulkLoadInputs(cfg, inputs, {
    server: { ...DEFAULT_SERVER, ...serverFromEnv() }, settings: opts.settings, onInputError: warn, workers: opts.workers, shard: opts.shard,
    log: (line) => process.stderr.write(`actorgraph load --bulk: ${line}\n`),
  });
  process.stdout.write(formatBulkSummary(summary));
  if (summary.triples === 0 && summary.documents === 0 && inputErrors > 0) {
    throw new InputError('nothing could be read from the inputs', { hint: 'See the messages above.' });
  }
  return { summary, inputErrors };
}
