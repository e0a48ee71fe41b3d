/**
 * actorgraph/store/server-command — the fetch|start|stop|status verbs shared by
 * `npm run neo4j:*` (scripts/neo4j/ctl.mjs) and `actorgraph neo4j …`: prints one line, returns an
 * exit code (status: 0 running, 3 not running, as LSB init scripts do).
 */
import { StoreError } from '../errors.js';
import { fetchJars, serverFromEnv, serverStatus, startServer, stopServer, type ServerOptions } from './server.js';

export type ServerVerb = 'fetch' | 'start' | 'stop' | 'status';
export const SERVER_VERBS: readonly ServerVerb[] = ['fetch', 'start', 'stop', 'status'];

export async function runServerCommand(verb: string, opts: Partial<ServerOptions> = serverFromEnv(),
  print: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<number> {
  try {
    switch (verb) {
      case 'fetch':
        fetchJars({ force: true });
        print('neo4j: jars fetched into scripts/neo4j/lib');
        return 0;
      case 'start': {
        const s = await startServer(opts);
        print(`neo4j: ${s.started ? 'started' : 'already running'} (pid ${s.pid}) on bolt://127.0.0.1:${s.port}, home ${s.home}`);
        return 0;
      }
      case 'stop': {
        const r = await stopServer(opts);
        print(r.stopped ? `neo4j: stopped (pid ${r.pid})` : 'neo4j: not running');
        return 0;
      }
      case 'status': {
        const s = serverStatus(opts);
        print(s.running ? `neo4j: running (pid ${s.pid}) on bolt://127.0.0.1:${s.port}, home ${s.home}` : `neo4j: not running (home ${s.home})`);
        return s.running ? 0 : 3;
      }
      default:
        throw new StoreError(`unknown server command "${verb}"`, { hint: `Use one of: ${SERVER_VERBS.join(', ')}.` });
    }
  } catch (err) {
    if (err instanceof StoreError) {
      process.stderr.write(`${err.message}\n${err.hint ? `  hint: ${err.hint}\n` : ''}`);
      return 1;
    }
    throw err;
  }
}
