/**
 * `actorgraph build <inputs..> -o out/` — triples.jsonl, graph.json and a self-contained,
 * offline index.html (Sigma.js) from text inputs or a JSONL of triples. The work is in
 * src/page/build-site.ts, imported only when the command runs.
 */
import type { CommandModule } from 'yargs';
import { DEFAULT_SETTINGS } from '../../settings.js';
import { actorsSetting, withActorsOption, type ActorsArgs } from '../options.js';

interface BuildArgs extends ActorsArgs {
  inputs: string[];
  out: string;
  seed?: string;
  cap?: number;
  title?: string;
}

export const build: CommandModule<object, BuildArgs> = {
  command: 'build <inputs..>',
  describe: 'Extract triples and write out/triples.jsonl, out/graph.json and out/index.html (open it in a browser)',
  builder: (y) => withActorsOption(y)
    .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'Files or folders (text, HTML, Markdown, JSONL of docs) or a JSONL of triples' })
    .option('out', { alias: 'o', type: 'string', default: 'out', describe: 'Output folder' })
    .option('seed', { type: 'string', describe: `Seed of layout and communities (default: ${DEFAULT_SETTINGS.seed})` })
    .option('cap', { type: 'number', describe: `Nodes drawn at first, highest degree first (default: ${DEFAULT_SETTINGS.initialNodeCap})` })
    .option('title', { type: 'string', describe: 'Title of the page' }),
  handler: async (args) => {
    const [{ buildSite }, { resolveSettings }] = await Promise.all([import('../../page/build-site.js'), import('../../settings.js')]);
    const actors = await actorsSetting(args);
    const settings = resolveSettings({ ...(args.seed ? { seed: args.seed } : {}), ...(args.cap ? { initialNodeCap: args.cap } : {}), actors });
    let problems = 0;
    const r = await buildSite(args.inputs, {
      outDir: args.out, settings, title: args.title,
      onError: (e) => { problems++; process.stderr.write(`${e.message}\n${e.hint ? `  hint: ${e.hint}\n` : ''}`); },
      log: (line) => process.stderr.write(`actorgraph build: ${line}\n`),
    });
    process.stdout.write(`${r.files.join('\n')}\n`);
    process.stderr.write(`actorgraph build: wrote ${r.files.length} files to ${args.out} (${r.nodes} actors, ${r.edges} relations${problems ? `, ${problems} input problems` : ''})\n`);
  },
};
