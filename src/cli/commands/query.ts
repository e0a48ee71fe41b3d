/**
 * `actorgraph query <cypher>` — run Cypher against Neo4j; read-only unless --write.
 *
 * @example actorgraph query 'MATCH (a:Actor {id: $id})-[r]->(b) RETURN type(r), b.name' --param id=RUS
 */
import type { CommandModule } from 'yargs';
import { neo4jSettings, withNeo4jOptions, type Neo4jArgs } from '../options.js';

const FORMATS = ['table', 'json', 'csv'] as const;

interface QueryArgs extends Neo4jArgs {
  cypher: string;
  param?: string[];
  format: (typeof FORMATS)[number];
  write: boolean;
}

export const query: CommandModule<object, QueryArgs> = {
  command: 'query <cypher>',
  describe: 'Run a Cypher query (read-only unless --write)',
  builder: (y) => withNeo4jOptions(y)
    .positional('cypher', { type: 'string', demandOption: true, describe: 'Cypher text; use $name parameters' })
    .option('param', { type: 'string', array: true, describe: 'name=value (numbers, true/false, JSON parsed); repeatable' })
    .option('format', { choices: FORMATS, default: 'table' as const, describe: 'output format' })
    .option('write', { type: 'boolean', default: false, describe: 'allow the query to write' })
    .example('$0 query "MATCH (a:Actor {id: $id})-[r]->(b) RETURN type(r), b.name" --param id=RUS', 'relations of Russia'),
  handler: async (argv) => {
    const { queryAndPrint } = await import('../../store/query-run.js');
    await queryAndPrint(neo4jSettings(argv), argv.cypher, { params: argv.param, format: argv.format, write: argv.write });
  },
};
