/**
 * actorgraph/io/warning — an InputError that does not fail the run: a file inside a folder that is
 * not a format we read (README.pdf, .csv). The reader reports it through onError like any error, so
 * callers see one stream of messages; the CLI counts it as "skipped", not as an error.
 */
import { InputError } from '../errors.js';

export class InputWarning extends InputError {
  readonly severity = 'warning' as const;
}

/** True for InputWarning: report it, but do not let it change the exit code. */
export function isWarning(e: unknown): e is InputWarning {
  return e instanceof InputWarning;
}

/**
 * Formats an error with its hint, each hint given once per run: a hint repeated under each of 40
 * bad lines is noise. One per command run (extract, load, load --bulk).
 */
export function hintOnce(): (e: { message: string; hint?: string }) => string {
  const hinted = new Set<string>();
  return (e) => {
    const hint = e.hint && !hinted.has(e.hint) ? `\n  hint: ${e.hint}` : '';
    if (e.hint) hinted.add(e.hint);
    return `${e.message}${hint}`;
  };
}
