/**
 * actorgraph/errors — typed errors with a hint. Library code throws these; only the CLI turns
 * them into a message and an exit code (process.exitCode, never process.exit).
 */
export class ActorGraphError extends Error {
  /** A short "what to do" line shown under the message. */
  readonly hint?: string;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = new.target.name;
    this.hint = hint;
  }
}

/** A file, line or field of the input could not be read. */
export class InputError extends ActorGraphError {
  readonly file?: string;
  readonly line?: number;
  constructor(message: string, opts: { file?: string; line?: number; hint?: string } = {}) {
    const where = opts.file ? `${opts.file}${opts.line ? `:${opts.line}` : ''}: ` : '';
    super(`actorgraph/input: ${where}${message}`, opts.hint);
    this.file = opts.file;
    this.line = opts.line;
  }
}

/** Neo4j is unreachable, refuses the credentials, or rejects a query. */
export class StoreError extends ActorGraphError {
  readonly code?: string;
  constructor(message: string, opts: { code?: string; hint?: string } = {}) {
    super(`actorgraph/store: ${message}`, opts.hint);
    this.code = opts.code;
  }
}

/**
 * A query the read-only path will not run (store/plan-check.ts): what its plan holds is named in
 * the message, and `reason` lets callers and tests tell the kinds apart without reading text.
 */
export class QueryRefusedError extends StoreError {
  readonly reason: 'write' | 'load-csv' | 'administration' | 'procedure' | 'operator' | 'parameters';
  constructor(message: string, reason: QueryRefusedError['reason'], hint?: string) {
    super(message, { code: `actorgraph.QueryRefused.${reason}`, hint });
    this.reason = reason;
  }
}

/** A setting is out of range or of the wrong kind. */
export class SettingsError extends ActorGraphError {
  constructor(message: string, hint?: string) {
    super(`actorgraph/settings: ${message}`, hint);
  }
}

/**
 * One line for a person: "RangeError: Maximum call stack size exceeded", never a stack trace
 * (those go to ACTORGRAPH_DEBUG=1 only). A message that itself holds a stack is cut at its first line.
 *
 * @example messageOf(new RangeError('Invalid string length')) // 'RangeError: Invalid string length'
 */
export function messageOf(e: unknown): string {
  if (!(e instanceof Error)) return String(e).split('\n')[0];
  const first = e.message.split('\n').find((l) => !/^\s+at /.test(l)) ?? '';
  return e instanceof ActorGraphError || e.name === 'Error' ? first : `${e.name}: ${first}`;
}

/**
 * The extractor failed on one document (a bug: the input itself was read). Carries the document,
 * so a run with workers names it just as an in-process run does; the run goes on with the others.
 */
export class ExtractionError extends ActorGraphError {
  readonly doc: string;
  /** The original stack, for ACTORGRAPH_DEBUG=1 (never printed otherwise). */
  readonly detail?: string;
  constructor(doc: string, cause: string, detail?: string) {
    super(`actorgraph/extract: ${doc}: extraction failed: ${cause}`, 'A bug in actorgraph: please report it with this document (ACTORGRAPH_DEBUG=1 prints the stack).');
    this.doc = doc;
    this.detail = detail;
  }
}
