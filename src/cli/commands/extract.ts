/**
 * actorgraph extract <inputs..> — text files, folders, JSONL or stdin → JSONL triples on stdout or -o.
 *
 * Exit codes (set here; library code only reports):
 *   0  every input was read (files skipped inside a folder, e.g. README.pdf, are warnings only);
 *   1  some input could not be read — the good records' triples are still written, and each
 *      error is on stderr; a script should not mistake a half-read corpus for a whole one —
 *      or nothing at all could be read;
 *   2  usage error (set by yargs in main.ts).
 */
import { resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { InputError } from '../../errors.js';
import { DEFAULT_SETTINGS } from '../../settings.js';
import type { JsonlWriter } from '../../io/jsonl-writer.js';
import { actorsSetting, parallelSetting, withActorsOption, withParallelOptions, type ActorsArgs, type ParallelArgs } from '../options.js';

export interface ExtractArgs extends ActorsArgs, ParallelArgs {
  inputs: string[];
  output?: string;
  format: 'jsonl' | 'carb';
  'min-confidence': number;
  progress?: boolean;
  quiet: boolean;
  'max-record-bytes': number;
}

/** Past this many messages, errors are only counted: a corrupt 1 GB JSONL must not flood the terminal. */
const MAX_SHOWN = 50;

// ── The "-" operand ─────────────────────────────────────────────────────────

/** Options of this command that take a value: the token after them is not an input. */
const VALUE_OPTIONS = new Set(['-o', '--output', '--format', '--min-confidence', '--max-record-bytes', '--actors', '--workers', '--shard']);

/**
 * yargs drops a lone "-" from positionals (yargs/yargs#1312, yargs-parser#381, both open), so
 * `cat a.txt | actorgraph extract -` would read nothing. Put each "-" back from the raw argv,
 * in its place among the other inputs. Only main.ts's argv (process.argv) is consulted.
 * @example restoreDash(['a.txt'], ['extract', 'a.txt', '-', '-q']) // → ['a.txt', '-']
 */
export function restoreDash(inputs: string[], raw: string[], command = 'extract', valueOptions = VALUE_OPTIONS): string[] {
  if (inputs.includes('-') || !raw.includes('-')) return inputs;
  const out: string[] = [];
  let k = 0;
  let afterDashDash = false;
  for (let i = raw.indexOf(command) + 1; i < raw.length; i++) {
    const tok = raw[i];
    if (tok === '--' && !afterDashDash) { afterDashDash = true; continue; }
    if (tok === '-' && (afterDashDash || !valueOptions.has(raw[i - 1]))) out.push('-');
    else if (k < inputs.length && tok === inputs[k]) out.push(inputs[k++]);
  }
  return [...out, ...inputs.slice(k)];
}

// ── Options ─────────────────────────────────────────────────────────────────

function builder(y: Argv): Argv<ExtractArgs> {
  return withParallelOptions(withActorsOption(y))
    .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'Files (.txt .md .html .htm .jsonl), folders (read recursively), or - for stdin' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write triples here instead of stdout' })
    .option('format', { choices: ['jsonl', 'carb'] as const, default: 'jsonl' as const, describe: 'jsonl: full triples; carb: {sentence, confidence, arg1, rel, args} rows' })
    .option('min-confidence', { type: 'number', default: DEFAULT_SETTINGS.minConfidence, describe: 'Drop triples below this confidence (0–1)' })
    .option('progress', { type: 'boolean', describe: 'Show a progress bar on stderr (default: when stderr is a terminal)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'No summary, warnings or progress bar; errors are still printed' })
    .option('max-record-bytes', { type: 'number', default: DEFAULT_SETTINGS.maxRecordBytes, describe: 'Refuse text files and JSONL lines larger than this (bytes)' })
    // Returned as strings: main.ts prints them as one line, a usage error (exit 2); a thrown Error would print a stack.
    .check((a) => {
      if (!(Number.isInteger(a['max-record-bytes']) && a['max-record-bytes'] > 0)) return '--max-record-bytes must be a positive integer';
      const out = a.output ? resolve(a.output) : undefined;
      if (out && a.inputs.some((i) => resolve(i) === out)) return `-o ${a.output} is also an input; it would be overwritten`;
      return true;
    })
    .example('$0 extract data/seed -o triples.jsonl', 'every .txt/.md/.html/.jsonl under data/seed')
    .example('cat bbc.jsonl | $0 extract - --format carb', 'JSONL from stdin, CaRB rows out')
    .example('$0 extract news/ --actors my-actors.csv --actors Phoenix.Countries.actors.txt', 'your own actors first, then the built-in gazetteer')
    .example('$0 extract news/ --shard 2/4 -o part-2.jsonl', 'the second of four parts (run 1/4 … 4/4 on four machines)') as Argv<ExtractArgs>;
}

// ── Run ─────────────────────────────────────────────────────────────────────

async function handler(args: ExtractArgs): Promise<void> {
  // main.ts's fail handler reports usage errors without throwing, and yargs then still calls us.
  if (process.exitCode === 2) return;
  const inputs = restoreDash(args.inputs ?? [], hideBin(process.argv));
  if (inputs.length === 0) return;
  // Heavy modules load only when the command runs: `actorgraph --help` stays instant.
  const [{ readInputs, isWarning, hintOnce, JsonlWriter: Writer, createProgress }, { extractStream }, { resolveSettings }] = await Promise.all([
    import('../../io/index.js'), import('../../parallel/extract-stream.js'), import('../../settings.js'),
  ]);
  // (read before any input: a bad dictionary line stops the run with its file:line)
  const actors = await actorsSetting(args);
  const settings = resolveSettings({ minConfidence: args['min-confidence'], maxRecordBytes: args['max-record-bytes'], actors });
  const { workers, shard } = parallelSetting(args);
  const started = performance.now();
  const progress = createProgress({ enabled: args.progress ?? (!args.quiet && process.stderr.isTTY === true), label: 'extract' });
  const count = { docs: 0, triples: 0, errors: 0, skipped: 0, shown: 0, otherShards: 0 };
  const withHint = hintOnce();

  const say = (e: Error & { hint?: string }): void => {
    if (++count.shown > MAX_SHOWN) return;
    progress.log(withHint(e));
  };
  const onError = (e: InputError): void => {
    if (isWarning(e)) { count.skipped++; if (!args.quiet) say(e); return; }
    count.errors++;
    say(e);
  };

  let writer: JsonlWriter | undefined;
  // Opened at the first readable document (of any shard), so a run that reads nothing leaves an old -o file alone.
  const open = async (): Promise<JsonlWriter> => (writer ??= args.output ? await Writer.toFile(args.output) : Writer.toStream());
  try {
    const docs = readInputs(inputs, { onError, maxRecordBytes: settings.maxRecordBytes, onProgress: (d, t) => progress.update(d, t) });
    // Each document's triples come back in input order, whatever the number of workers (src/parallel/).
    for await (const r of extractStream(docs, { settings, workers, shard, format: args.format, onOutOfShard: () => { count.otherShards++; } })) {
      count.docs++;
      progress.docs(count.docs);
      const w = await open();
      if ('error' in r) {
        // One document the extractor chokes on must not lose the other 2,224.
        count.errors++;
        say(r.error);
        if (process.env.ACTORGRAPH_DEBUG && r.error.detail) process.stderr.write(`${r.error.detail}\n`);
        continue;
      }
      for (const t of r.items) {
        if (t.confidence < settings.minConfidence) continue;
        await w.write(t);
        count.triples++;
      }
      if (w.broken) break; // stdout's reader left (| head): stop quietly
    }
    // (a shard that holds none of the documents read still writes its empty part)
    if (count.otherShards && args.output) await open();
    await writer?.close();
  } finally {
    progress.stop();
  }

  if (count.shown > MAX_SHOWN) process.stderr.write(`actorgraph extract: … ${count.shown - MAX_SHOWN} more messages not shown\n`);
  if (!args.quiet) {
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    const skipped = count.skipped ? `, ${count.skipped} skipped` : '';
    const dest = args.output ? ` → ${args.output}` : '';
    const others = shard ? `, shard ${shard.index}/${shard.count} (${count.otherShards} docs left to the other shards)` : '';
    process.stderr.write(`actorgraph extract: ${count.docs} docs, ${count.triples} triples, ${count.errors} errors${skipped}, ${secs} s${dest}${others}\n`);
  }
  if (count.docs === 0 && count.otherShards === 0) {
    throw new InputError('nothing could be read from the inputs', { hint: 'See the messages above; actorgraph reads .txt, .md, .html, .htm and .jsonl files, folders of them, or - for stdin.' });
  }
  if (count.errors > 0) process.exitCode = 1;
}

export const extract: CommandModule<object, ExtractArgs> = {
  command: 'extract <inputs..>',
  describe: 'Extract actor–relation–actor triples from text as JSONL',
  builder,
  handler,
};
