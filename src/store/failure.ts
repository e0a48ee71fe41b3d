/**
 * actorgraph/store/failure — every driver error becomes ONE StoreError whose message says what
 * happened and what to do, so the CLI prints a line a person can act on (LangChain's
 * initialize() swallowing connectivity errors is the counter-example).
 *
 * Neo4j codes read here: Neo.ClientError.Security.Unauthorized, …Database.DatabaseNotFound,
 * …Statement.AccessMode (a write in a READ transaction), …Statement.SyntaxError, and the driver's
 * ServiceUnavailable / SessionExpired for a server that is down or went away.
 */
import { Neo4jError } from 'neo4j-driver';
import { ActorGraphError, StoreError, messageOf } from '../errors.js';

export interface FailureContext {
  uri: string;
  user: string;
  database: string;
  /** What we were doing, e.g. "the load (1200 of 5000 triples written)". */
  during?: string;
}

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ECONNRESET']);

function isUnreachable(err: Neo4jError | Error): boolean {
  const code = (err as Neo4jError).code;
  return UNREACHABLE.has(code) || /ECONNREFUSED|ECONNRESET|socket hang up|connection.*(closed|lost)/i.test(err.message);
}

/** Neo4j's own first line (its message) plus the caret line that marks the position of a syntax error. */
function serverMessage(err: Error): string {
  return err.message.trim();
}

export function toStoreError(err: unknown, ctx: FailureContext): ActorGraphError {
  if (err instanceof ActorGraphError) return err;
  if (!(err instanceof Error)) return new StoreError(String(err));
  const code = (err as Neo4jError).code ?? '';
  const start = 'Start it with `npm run neo4j:start` (or `actorgraph neo4j start`, or `docker compose up -d`).';
  if (isUnreachable(err)) {
    if (ctx.during) {
      return new StoreError(`lost the connection to Neo4j at ${ctx.uri} during ${ctx.during}: is it still running? ${start} Then run the same load again: it resumes without duplicates.`, {
        code, hint: 'Every write is a MERGE, so a rerun adds only what is missing.',
      });
    }
    return new StoreError(`cannot reach Neo4j at ${ctx.uri}: is it running? ${start}`, {
      code, hint: 'Or point --uri / NEO4J_URI at your server.',
    });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreError(`Neo4j at ${ctx.uri} refused the user "${ctx.user}" and its password: check --user/--password (or NEO4J_USERNAME/NEO4J_PASSWORD; the local server's default password is actorgraph-dev).`, {
      code, hint: code.endsWith('RateLimit') ? 'Too many failed logins: wait a few seconds before trying again.' : undefined,
    });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreError(`database "${ctx.database}" does not exist on ${ctx.uri}: use --database neo4j (or NEO4J_DATABASE), or create it first (CREATE DATABASE needs Neo4j Enterprise).`, { code });
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Transaction.ForbiddenDueToTransactionType') {
    return new StoreError('this query writes, and queries run read-only by default: add --write to run it.', {
      code, hint: `Neo4j said: ${err.message.split('\n')[0]}`,
    });
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    return new StoreError(`Cypher syntax error: ${serverMessage(err)}`, { code, hint: 'Fix the query at the position shown; parameters are written $name and passed with --param name=value.' });
  }
  if (code === 'Neo.ClientError.Statement.ParameterMissing') {
    return new StoreError(`${serverMessage(err)}`, { code, hint: 'Pass it with --param name=value.' });
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' || code === 'Neo.ClientError.Transaction.TransactionTimedOut') {
    return new StoreError('the query ran past its time limit and Neo4j stopped it.', {
      code, hint: 'Narrow it (a label, an id, a LIMIT), or give it longer: `actorgraph query --timeout SECONDS` (0: none); the console\'s limit is settings.console.timeoutMs (30 s by default).',
    });
  }
  if (/MemoryPoolOutOfMemoryError|MemoryLimitExceeded/.test(code)) {
    return new StoreError(`Neo4j ran out of the memory it allows one transaction or query${ctx.during ? ` (during ${ctx.during})` : ''}: ${err.message.split('\n')[0]}`, {
      code, hint: ctx.during
        ? 'Load with a smaller --batch-size, or raise db.memory.transaction.max / the heap (NEO4J_HEAP) in the server\'s neo4j.conf.'
        // (a query: what it holds at once is the problem, not a batch)
        : 'Narrow the query (a label, an id, a LIMIT before collect()), or raise the limit: NEO4J_TX_MEMORY for the local server, db.memory.transaction.max in neo4j.conf.',
    });
  }
  if (code.startsWith('Neo.')) return new StoreError(`${code}: ${serverMessage(err)}`, { code });
  return new StoreError(`${messageOf(err)}${ctx.during ? ` (during ${ctx.during})` : ''}`, { code: code || undefined });
}

/** Out of the server's transaction memory: the same transaction will run out again. */
const OUT_OF_MEMORY = /MemoryPoolOutOfMemoryError|TransactionMemoryLimit|OutOfMemoryError/;

/**
 * Runs one transaction's work so that running out of memory is not retried: Neo4j calls
 * MemoryPoolOutOfMemoryError transient, and the driver retried the same batch for 28 s before
 * failing. Use inside executeWrite/executeRead work functions.
 *
 * @example await session.executeWrite((tx) => failFastOnMemory(tx.run(cypher, params)));
 */
export async function failFastOnMemory<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof Neo4jError && OUT_OF_MEMORY.test(err.code ?? '')) (err as { retriable: boolean }).retriable = false;
    throw err;
  }
}
