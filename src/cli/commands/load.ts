/**
 * `actorgraph load <inputs..>` — load triples into Neo4j. A .jsonl whose first record has
 * subject/relation/object is loaded as is; text files, folders and JSONL documents are extracted
 * first. Idempotent: loading the same input twice changes nothing. Exit code 1 when some input
 * could not be read (each bad record named file:line; every good one is loaded), as for extract.
 *
 * @example actorgraph load out/triples.jsonl --uri bolt://127.0.0.1:7687
 */
import type { CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { restoreDash } from './extract.js';
import { DEFAULT_SETTINGS } from '../../settings.js';
import { ActorGraphError } from '../../errors.js';
import { actorsSetting, neo4jSettings, parallelSetting, withActorsOption, withNeo4jOptions, withParallelOptions, type ActorsArgs, type Neo4jArgs, type ParallelArgs } from '../options.js';

/** Options of load that take a value: the token after them is not an input. */
const VALUE_OPTIONS = new Set(['--uri', '--user', '--password', '--database', '--batch-size', '--actors', '--workers', '--shard']);

interface LoadArgs extends Neo4jArgs, ActorsArgs, ParallelArgs {
  inputs: string[];
  batchSize?: number;
  progress: boolean;
  replace: boolean;
  bulk: boolean;
}

export const load: CommandModule<object, LoadArgs> = {
  command: 'load <inputs..>',
  describe: 'Load triples (or extract them from documents) into Neo4j',
  builder: (y) => withParallelOptions(withActorsOption(withNeo4jOptions(y)))
    .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'triples .jsonl, text files, folders, JSONL documents, or - for stdin (triples or text)' })
    .option('batch-size', { type: 'number', describe: `rows per write transaction [default ${DEFAULT_SETTINGS.neo4j.batchSize}]` })
    .option('replace', { type: 'boolean', default: false, describe: "replace what the graph holds for each input document (its old evidence, and edges and actors only it supported) instead of adding to it" })
    .option('bulk', { type: 'boolean', default: false, describe: "new or empty database of the local server only: write it with Neo4j's bulk importer (run by the server, its database stopped meanwhile), then load's constraints" })
    .option('progress', { type: 'boolean', default: true, describe: 'progress bar on stderr (terminal only); --no-progress hides it' })
    .example('$0 load out/triples.jsonl', 'load extracted triples')
    .example('$0 load data/seed --uri bolt://127.0.0.1:7687', 'extract, then load')
    .example('$0 load out/triples.jsonl --bulk', 'a new database of the local server, by neo4j-admin import')
    .example('$0 load data/news --replace', 'reload edited documents, or after upgrading actorgraph'),
  handler: async (argv) => {
    const [{ loadAndReport }, { resolveSettings }] = await Promise.all([import('../../store/load-run.js'), import('../../settings.js')]);
    const cfg = neo4jSettings(argv);
    // (documents are extracted with the user's dictionaries; a JSONL of triples is loaded as is)
    const actors = await actorsSetting(argv);
    const settings = actors ? resolveSettings({ actors, neo4j: cfg }) : undefined;
    // yargs drops a lone "-" (stdin); put it back as extract does.
    const inputs = restoreDash(argv.inputs ?? [], hideBin(process.argv), 'load', VALUE_OPTIONS);
    if (argv.bulk) {
      if (argv.replace) throw new ActorGraphError('actorgraph load: --bulk writes a new database, so --replace has nothing to replace', 'Use one or the other.');
      const { bulkLoadAndReport } = await import('../../store/bulk/bulk-run.js');
      const r = await bulkLoadAndReport(cfg, inputs, { settings, ...parallelSetting(argv) });
      if (r.inputErrors > 0) process.exitCode = 1;
      return;
    }
    const { inputErrors } = await loadAndReport({ ...cfg, batchSize: argv.batchSize ?? cfg.batchSize }, inputs, { progress: argv.progress, replace: argv.replace, settings, ...parallelSetting(argv) });
    // Same contract as extract: 1 when some input could not be read (the good records are loaded).
    if (inputErrors > 0) process.exitCode = 1;
  },
};
