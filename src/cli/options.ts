/**
 * actorgraph/cli/options — option builders shared by commands (nx's withXOptions pattern).
 *
 * Neo4j connection precedence: flag > environment (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD,
 * NEO4J_DATABASE) > DEFAULT_SETTINGS. The flags have no yargs default so a given flag is
 * distinguishable from an absent one.
 */
import type { Argv } from 'yargs';
import { DEFAULT_SETTINGS, neo4jFromEnv, type Settings } from '../settings.js';
import type { UserActors } from '../resolve/user-actors.js';
import { parseShard, type Shard } from '../parallel/shard.js';
import { defaultWorkers } from '../parallel/workers.js';

export interface Neo4jArgs {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
}

export function withNeo4jOptions<T>(y: Argv<T>): Argv<T & Neo4jArgs> {
  return y
    .option('uri', { type: 'string', describe: `bolt:// (one server), neo4j:// (routing: a cluster, Aura), +s for TLS (neo4j+s:// on Aura) [env NEO4J_URI, default ${DEFAULT_SETTINGS.neo4j.uri}]` })
    .option('user', { type: 'string', describe: `user [env NEO4J_USERNAME, default ${DEFAULT_SETTINGS.neo4j.user}]` })
    .option('password', { type: 'string', describe: 'password [env NEO4J_PASSWORD, default: the local server\'s]' })
    .option('database', { type: 'string', describe: `database [env NEO4J_DATABASE, default ${DEFAULT_SETTINGS.neo4j.database}]` })
    .group(['uri', 'user', 'password', 'database'], 'Neo4j:');
}

/** @example neo4jSettings({ uri: 'bolt://db:7687' }, { NEO4J_PASSWORD: 'x' }) // {uri: 'bolt://db:7687', password: 'x', …} */
export function neo4jSettings(args: Neo4jArgs, env: NodeJS.ProcessEnv = process.env): Settings['neo4j'] {
  const flags: Partial<Settings['neo4j']> = {};
  if (args.uri) flags.uri = args.uri;
  if (args.user) flags.user = args.user;
  if (args.password !== undefined) flags.password = args.password;
  if (args.database) flags.database = args.database;
  return { ...DEFAULT_SETTINGS.neo4j, ...neo4jFromEnv(env), ...flags };
}

export interface ActorsArgs {
  /** One path, or several when --actors is repeated (yargs collects repeats into an array). */
  actors?: string | string[];
}

/**
 * --actors FILE, repeatable: the user's actor dictionaries (PETRARCH/Phoenix .txt or CSV
 * name,id,type,country). Not `array: true`: that would swallow the inputs that follow the flag.
 */
export function withActorsOption<T>(y: Argv<T>): Argv<T & ActorsArgs> {
  return y.option('actors', {
    type: 'string', requiresArg: true,
    describe: 'Actor dictionary consulted before the built-in one: PETRARCH/Phoenix format, or CSV with header name,id,type,country (repeat for several; earlier files win)',
  }) as Argv<T & ActorsArgs>;
}

/** The dictionaries named by --actors, loaded (InputError naming file:line on a bad entry), or null. */
export async function actorsSetting(args: ActorsArgs): Promise<UserActors | null> {
  const files = args.actors === undefined ? [] : ([] as string[]).concat(args.actors);
  if (!files.length) return null;
  const { loadUserActors } = await import('../resolve/user-actors.js');
  return loadUserActors(files);
}

export interface ParallelArgs {
  workers?: number;
  shard?: string;
}

/**
 * --workers N and --shard i/n (extract, build, load): threads extracting documents (default: one
 * per core; 1 extracts in this process) and the part of the corpus this run keeps
 * (src/parallel/). A bad value is a usage error naming the flag.
 */
export function withParallelOptions<T>(y: Argv<T>): Argv<T & ParallelArgs> {
  return y
    .option('workers', { type: 'number', requiresArg: true, describe: 'Threads extracting documents, output in input order whatever N [default: the number of cores]' })
    .option('shard', { type: 'string', requiresArg: true, describe: 'Keep only the documents whose id hashes to shard i of n (1 ≤ i ≤ n), e.g. 2/4: one part per machine or job' })
    .group(['workers', 'shard'], 'Parallel:')
    // Returned as strings: main.ts prints them as one usage line (exit 2).
    .check((a) => {
      const w = (a as ParallelArgs).workers;
      if (w !== undefined && !(Number.isInteger(w) && w >= 1 && w <= 1024)) return `--workers must be a whole number from 1 to 1024, got ${String(w)}`;
      const s = (a as ParallelArgs).shard;
      if (s !== undefined) {
        try { parseShard(s); } catch (e) { return (e as Error).message.replace(/^actorgraph\/settings: /, ''); }
      }
      return true;
    }) as Argv<T & ParallelArgs>;
}

/** The run's parallel settings from the flags (validated by withParallelOptions). */
export function parallelSetting(args: ParallelArgs): { workers: number; shard?: Shard } {
  return { workers: args.workers ?? defaultWorkers(), ...(args.shard ? { shard: parseShard(args.shard) } : {}) };
}
