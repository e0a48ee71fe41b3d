/**
 * actorgraph/server/console-errors — Neo4j errors as the browser console should word them.
 *
 * store/failure.ts words errors for the CLI ("add --write", "pass it with --param name=value");
 * the served console has neither flag: its queries are always read-only and its parameters are
 * the JSON box beside the editor. Same errors, same codes, the console's own advice.
 */
import { QueryRefusedError, StoreError } from '../errors.js';

const PREFIX = 'actorgraph/store: ';

/** @example forConsole(toStoreError(syntaxErr, ctx)).hint // 'Fix the query … in the Parameters box as JSON …' */
export function forConsole(err: unknown): unknown {
  if (!(err instanceof StoreError)) return err;
  const code = err.code ?? '';
  const message = err.message.startsWith(PREFIX) ? err.message.slice(PREFIX.length) : err.message;
  // (the plan check's refusal of a write, worded for the CLI: the console has no --write)
  if (err instanceof QueryRefusedError && err.reason === 'write') {
    return new QueryRefusedError('this query writes, and the console is read-only.', 'write', 'Change the graph with `actorgraph load` or `actorgraph query --write` in a terminal.');
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Transaction.ForbiddenDueToTransactionType') {
    return new StoreError('this query writes, and the console is read-only.', { code, hint: 'Change the graph with `actorgraph load` or `actorgraph query --write` in a terminal.' });
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    return new StoreError(message, { code, hint: 'Fix the query at the position shown; parameters are written $name and given in the Parameters box as JSON: {"name": "Belarus"}.' });
  }
  if (code === 'Neo.ClientError.Statement.ParameterMissing') {
    return new StoreError(message, { code, hint: 'Give it in the Parameters box as JSON, e.g. {"name": "Belarus"}.' });
  }
  return err;
}
