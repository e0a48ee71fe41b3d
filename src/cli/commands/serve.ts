/**
 * `actorgraph serve [--port 7000]` — the page backed by Neo4j, with a Cypher console.
 * Neo4j settings: --uri/--user/--password/--database or NEO4J_* environment variables.
 * The server is in src/server/, imported only when the command runs.
 */
import type { CommandModule } from 'yargs';
import { DEFAULT_SETTINGS } from '../../settings.js';

interface ServeArgs {
  port: number;
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
  cap?: number;
  show?: number;
}

export const serve: CommandModule<object, ServeArgs> = {
  command: 'serve',
  describe: 'Serve the graph page from Neo4j with a read-only Cypher console (127.0.0.1 only)',
  builder: (y) => y
    .option('port', { alias: 'p', type: 'number', default: 7000, describe: 'Port on 127.0.0.1' })
    .option('uri', { type: 'string', describe: 'Bolt URI (env NEO4J_URI)' })
    .option('user', { type: 'string', describe: 'User (env NEO4J_USERNAME)' })
    .option('password', { type: 'string', describe: 'Password (env NEO4J_PASSWORD)' })
    .option('database', { type: 'string', describe: 'Database (env NEO4J_DATABASE)' })
    .option('cap', { type: 'number', describe: `Actors read from Neo4j, highest degree first (default: ${DEFAULT_SETTINGS.initialNodeCap})` })
    .option('show', { type: 'number', describe: `Actors drawn at first; the page's Show control reaches the rest (default: ${DEFAULT_SETTINGS.initialShown})` }),
  handler: async (args) => {
    const [{ resolveSettings, neo4jFromEnv }, { openStore, closeStore }, { createApiServer, listen }] = await Promise.all([
      import('../../settings.js'), import('../../store/connection.js'), import('../../server/http.js'),
    ]);
    const flags = Object.fromEntries(Object.entries({ uri: args.uri, user: args.user, password: args.password, database: args.database }).filter(([, v]) => v !== undefined));
    const settings = resolveSettings({ neo4j: { ...neo4jFromEnv(), ...flags }, ...(args.cap ? { initialNodeCap: args.cap } : {}), ...(args.show ? { initialShown: args.show } : {}) });
    const store = await openStore(settings.neo4j);
    const server = createApiServer({ store, settings, port: args.port, log: (l) => process.stderr.write(`actorgraph serve: ${l}\n`) });
    let url: string;
    try {
      url = await listen(server, args.port);
    } catch (e) {
      await closeStore(store);
      const { ActorGraphError } = await import('../../errors.js');
      throw new ActorGraphError(`actorgraph/serve: cannot listen on 127.0.0.1:${args.port}: ${(e as Error).message}`, 'Pick another port with --port.');
    }
    process.stdout.write(`actorgraph serve: ${url} (Neo4j ${settings.neo4j.uri}, database ${settings.neo4j.database}); Ctrl+C stops\n`);
    await new Promise<void>((resolve) => {
      const stop = () => { server.close(() => resolve()); server.closeAllConnections(); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await closeStore(store);
  },
};
