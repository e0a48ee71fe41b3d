/**
 * `actorgraph export <inputs..> --format graphml|gexf|csv|jsonl|neo4j-admin [-o PATH]` — the graph
 * in a standard format, from documents or triples files (merged as `build` merges them). The work
 * is in src/export/run.ts, imported only when the command runs. Exit code 1 when some input could
 * not be read (the rest is exported), and nothing is written when nothing could be read.
 *
 * @example actorgraph export out/triples.jsonl --format graphml -o graph.graphml
 */
import type { CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { restoreDash } from './extract.js';
import { DEFAULT_SETTINGS } from '../../settings.js';
import { actorsSetting, parallelSetting, withActorsOption, withParallelOptions, type ActorsArgs, type ParallelArgs } from '../options.js';
import { ActorGraphError } from '../../errors.js';

/** Options of export that take a value: the token after them is not an input. */
const VALUE_OPTIONS = new Set(['-o', '--out', '--format', '--seed', '--actors', '--workers', '--shard']);

const FORMATS = ['graphml', 'gexf', 'csv', 'jsonl', 'neo4j-admin'] as const;

interface ExportArgs extends ActorsArgs, ParallelArgs {
  inputs: string[];
  format: (typeof FORMATS)[number];
  out?: string;
  seed?: string;
}

export const exportCommand: CommandModule<object, ExportArgs> = {
  command: 'export <inputs..>',
  describe: 'Write the graph as GraphML, GEXF, CSV (nodes + edges), JSON Lines, or neo4j-admin import CSVs',
  builder: (y) => withParallelOptions(withActorsOption(y))
    .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'Files or folders (text, HTML, Markdown, JSONL of docs), a JSONL of triples, or - for stdin' })
    .option('format', { alias: 'f', choices: FORMATS, demandOption: true, describe: 'graphml, gexf (Gephi), jsonl: one file; csv: nodes.csv + edges.csv; neo4j-admin: the CSVs of `neo4j-admin database import full`' })
    .option('out', { alias: 'o', type: 'string', describe: 'Output file (graphml, gexf, jsonl; default stdout) or folder (csv, neo4j-admin; required)' })
    .option('seed', { type: 'string', describe: `Seed of the communities (default: ${DEFAULT_SETTINGS.seed})` })
    .example('$0 export out/triples.jsonl -f graphml -o graph.graphml', 'open it in Gephi, Cytoscape or yEd')
    .example('$0 export data/news -f csv -o out/csv', 'out/csv/nodes.csv and out/csv/edges.csv')
    .example('$0 export out/triples.jsonl -f neo4j-admin -o out/import', 'CSVs for neo4j-admin database import full')
    .example('$0 export out/triples.jsonl --shard 2/4 -f jsonl -o part-2.jsonl', 'the triples of the second of four parts of the documents'),
  handler: async (args) => {
    const [{ exportGraph, FOLDER_FORMATS }, { resolveSettings }, { isWarning }] = await Promise.all([
      import('../../export/run.js'), import('../../settings.js'), import('../../io/warning.js')]);
    if (FOLDER_FORMATS.has(args.format) && (!args.out || args.out === '-')) {
      throw new ActorGraphError(`actorgraph export: --format ${args.format} writes several files: name a folder with -o`, `e.g. actorgraph export … --format ${args.format} -o out/${args.format}`);
    }
    const actors = await actorsSetting(args);
    const settings = resolveSettings({ ...(args.seed ? { seed: args.seed } : {}), actors });
    let problems = 0;
    // yargs drops a lone "-" (stdin); put it back as extract does.
    const inputs = restoreDash(args.inputs ?? [], hideBin(process.argv), 'export', VALUE_OPTIONS);
    const r = await exportGraph(inputs, {
      format: args.format, out: args.out ?? '-', settings, ...parallelSetting(args),
      onError: (e) => { if (!isWarning(e)) problems++; process.stderr.write(`${e.message}\n${e.hint ? `  hint: ${e.hint}\n` : ''}`); },
    });
    const where = r.files.join(', ') === '-' ? 'stdout' : r.files.join(', ');
    process.stderr.write(`actorgraph export: ${r.nodes} nodes, ${r.edges} relationships from ${r.triples} triples (${r.documents} documents) → ${where}${problems ? ` (${problems} input problems)` : ''}\n`);
    // Same contract as extract: 1 when some input could not be read (the rest is exported).
    if (problems > 0) process.exitCode = 1;
  },
};
