/**
 * `actorgraph build <inputs..> -o out/` — triples.jsonl, graph.json and a self-contained,
 * offline index.html (Sigma.js) from text inputs or a JSONL of triples. The work is in
 * src/page/build-site.ts, imported only when the command runs. Exit code 1 when some input could
 * not be read (the page is built from the rest), and nothing is written when nothing could be read.
 */
import type { CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { restoreDash } from './extract.js';
import { DEFAULT_SETTINGS } from '../../settings.js';
import { actorsSetting, parallelSetting, withActorsOption, withParallelOptions, type ActorsArgs, type ParallelArgs } from '../options.js';

/** Options of build that take a value: the token after them is not an input. */
const VALUE_OPTIONS = new Set(['-o', '--out', '--seed', '--cap', '--show', '--title', '--actors', '--workers', '--shard']);

interface BuildArgs extends ActorsArgs, ParallelArgs {
  inputs: string[];
  out: string;
  seed?: string;
  cap?: number;
  show?: number;
  title?: string;
}

export const build: CommandModule<object, BuildArgs> = {
  command: 'build <inputs..>',
  describe: 'Extract triples and write out/triples.jsonl, out/graph.json and out/index.html (open it in a browser)',
  builder: (y) => withParallelOptions(withActorsOption(y))
    .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'Files or folders (text, HTML, Markdown, JSONL of docs), a JSONL of triples, or - for stdin' })
    .option('out', { alias: 'o', type: 'string', default: 'out', describe: 'Output folder' })
    .option('seed', { type: 'string', describe: `Seed of layout and communities (default: ${DEFAULT_SETTINGS.seed})` })
    .option('cap', { type: 'number', describe: `Actors the page reads before its first frame, highest degree first (default: ${DEFAULT_SETTINGS.initialNodeCap})` })
    .option('show', { type: 'number', describe: `Actors drawn at first, highest degree first; the page's Show control reaches the rest (default: ${DEFAULT_SETTINGS.initialShown})` })
    .option('title', { type: 'string', describe: 'Title of the page' }),
  handler: async (args) => {
    const [{ buildSite }, { resolveSettings }, { isWarning }] = await Promise.all([import('../../page/build-site.js'), import('../../settings.js'), import('../../io/warning.js')]);
    const actors = await actorsSetting(args);
    const settings = resolveSettings({ ...(args.seed ? { seed: args.seed } : {}), ...(args.cap ? { initialNodeCap: args.cap } : {}), ...(args.show ? { initialShown: args.show } : {}), actors });
    let problems = 0;
    // yargs drops a lone "-" (stdin); put it back as extract does.
    const inputs = restoreDash(args.inputs ?? [], hideBin(process.argv), 'build', VALUE_OPTIONS);
    const r = await buildSite(inputs, {
      outDir: args.out, settings, title: args.title, ...parallelSetting(args),
      onError: (e) => { if (!isWarning(e)) problems++; process.stderr.write(`${e.message}\n${e.hint ? `  hint: ${e.hint}\n` : ''}`); },
      log: (line) => process.stderr.write(`actorgraph build: ${line}\n`),
    });
    process.stdout.write(`${r.files.join('\n')}\n`);
    process.stderr.write(`actorgraph build: wrote ${r.files.length} files to ${args.out} (${r.nodes} actors, ${r.edges} relations${problems ? `, ${problems} input problems` : ''})\n`);
    // Same contract as extract: 1 when some input could not be read (the page has the rest).
    if (problems > 0) process.exitCode = 1;
  },
};
