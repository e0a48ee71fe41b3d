/**
 * `actorgraph remove <docs..>` — take documents out of Neo4j: their evidence, the edges and actors
 * only they supported, and the Document nodes. Exit code 1 when an id was not in the graph.
 *
 * @example actorgraph remove data/seed/belousov-union-state.txt
 */
import type { CommandModule } from 'yargs';
import { neo4jSettings, withNeo4jOptions, type Neo4jArgs } from '../options.js';

interface RemoveArgs extends Neo4jArgs {
  docs: string[];
}

export const remove: CommandModule<object, RemoveArgs> = {
  command: 'remove <docs..>',
  describe: 'Take documents (by id) out of Neo4j, with what only they supported',
  builder: (y) => withNeo4jOptions(y)
    .positional('docs', { type: 'string', array: true, demandOption: true, describe: 'document ids: the file paths or JSONL ids given to load' })
    .example('$0 remove data/seed/belousov-union-state.txt', 'forget one article')
    .example('$0 remove bbc-business-001 bbc-business-002', 'JSONL documents by id'),
  handler: async (argv) => {
    const { removeAndReport } = await import('../../store/remove-run.js');
    const { unknown } = await removeAndReport(neo4jSettings(argv), argv.docs);
    if (unknown.length > 0) process.exitCode = 1;
  },
};
