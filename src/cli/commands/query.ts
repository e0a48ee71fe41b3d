/**
 * `actorgraph query <cypher>` — run Cypher against Neo4j; read-only unless --write.
 *
 * @example actorgraph query 'MATCH (a:Actor {id: $id})-[r]->(b) RETURN type(r), b.name' --param id=RUS
 */
import type { CommandModule } from 'yargs';
import { DEFAULT_SETTINGS } from '../../settings.js';
import { neo4jSettings, withNeo4jOptions, type Neo4jArgs } from '../options.js';

const FORMATS = ['table', 'json', 'csv'] as const;

interface QueryArgs extends Neo4jArgs {
  cypher: string;
  param?: string[];
  format: (typeof FORMATS)[number];
  write: boolean;
  timeout: number;
  'max-rows': number;
}

export const query: CommandModule<object, QueryArgs> = {
  command: 'query <cypher>',
  describe: 'Run a Cypher query (read-only unless --write)',
  builder: (y) => withNeo4jOptions(y)
    .positional('cypher', { type: 'string', demandOption: true, describe: 'Cypher text; use $name parameters' })
    .option('param', { type: 'string', array: true, describe: 'name=value (numbers, true/false, JSON parsed); repeatable' })
    .option('format', { choices: FORMATS, default: 'table' as const, describe: 'output format' })
    .option('write', { type: 'boolean', default: false, describe: 'allow the query to write' })
    // the console's bounds (settings.console), so a query typed by mistake cannot run for hours or print millions of rows
    .option('timeout', { type: 'number', default: DEFAULT_SETTINGS.console.timeoutMs / 1000, describe: 'seconds before Neo4j stops the query (0: no limit)' })
    .option('max-rows', { type: 'number', default: DEFAULT_SETTINGS.console.maxRows, describe: 'print at most this many rows (0: all)' })
    .check((a) => {
      if (!(a.timeout >= 0)) return '--timeout must be a number of seconds ≥ 0';
      if (!(Number.isInteger(a['max-rows']) && a['max-rows'] >= 0)) return '--max-rows must be an integer ≥ 0';
      return true;
    })
    .example('$0 query "MATCH (a:Actor {id: $id})-[r]->(b) RETURN type(r), b.name" --param id=RUS', 'relations of Russia'),
  handler: async (argv) => {
    if (process.exitCode === 2) return; // (a usage error, already reported by main.ts)
    const { queryAndPrint } = await import('../../store/query-run.js');
    await queryAndPrint(neo4jSettings(argv), argv.cypher, {
      params: argv.param, format: argv.format, write: argv.write,
      ...(argv.timeout > 0 ? { timeoutMs: Math.round(argv.timeout * 1000) } : {}),
      ...(argv['max-rows'] > 0 ? { maxRows: argv['max-rows'] } : {}),
    });
  },
};
