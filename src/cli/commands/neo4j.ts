/**
 * `actorgraph neo4j start|stop|status|fetch` — the local development Neo4j (scripts/neo4j/),
 * the same code as `npm run neo4j:*`. Port, home and password from NEO4J_PORT, NEO4J_HOME,
 * NEO4J_PASSWORD.
 */
import type { CommandModule } from 'yargs';

const VERBS = ['start', 'stop', 'status', 'fetch'] as const;

interface Neo4jServerArgs {
  action: (typeof VERBS)[number];
  port?: number;
}

export const neo4j: CommandModule<object, Neo4jServerArgs> = {
  command: 'neo4j <action>',
  describe: 'Start, stop or check the local Neo4j server (no Docker needed)',
  builder: (y) => y
    .positional('action', { choices: VERBS, demandOption: true })
    .option('port', { type: 'number', describe: 'Bolt port on 127.0.0.1 [env NEO4J_PORT, default 7687]' })
    // The rest of the server's settings come from the environment only: say which.
    .epilog([
      'Environment:',
      '  NEO4J_PORT       Bolt port (7687)',
      '  NEO4J_HOME       where the server keeps its configuration, data and logs (data/neo4j/dev)',
      '  NEO4J_PASSWORD   password of the user neo4j (actorgraph-dev)',
      '  NEO4J_HEAP       Java heap (1g)',
      '  NEO4J_PAGECACHE  page cache in MiB (512)',
    ].join('\n')),
  handler: async (argv) => {
    const { runServerCommand } = await import('../../store/server-command.js');
    const { serverFromEnv } = await import('../../store/server.js');
    const opts = { ...serverFromEnv(), ...(argv.port ? { port: argv.port } : {}) };
    const code = await runServerCommand(argv.action, opts);
    if (code !== 0) process.exitCode = code;
  },
};
