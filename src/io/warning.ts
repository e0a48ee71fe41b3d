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
