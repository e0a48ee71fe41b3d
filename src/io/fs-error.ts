/**
 * actorgraph/io/fs-error — Node's system errors (ENOENT, EACCES, …) as InputErrors naming the file,
 * so "no such file" reads the same whether stat() or a read stream found it.
 */
import { InputError } from '../errors.js';

const MESSAGES: Record<string, [message: string, hint: string]> = {
  ENOENT: ['no such file', 'Check the path (it is read relative to the current folder).'],
  EACCES: ['permission denied', 'Check the file permissions.'],
  EPERM: ['permission denied', 'Check the file permissions.'],
  EISDIR: ['is a folder, not a file', 'Name the folder itself; actorgraph reads it recursively.'],
  ENOTDIR: ['no such file (a parent is not a folder)', 'Check the path.'],
  ELOOP: ['too many symbolic links', 'Check for a symlink loop.'],
};

/** An InputError for a failed fs call on `file`; anything that is not a system error is returned as is. */
export function fsError(err: unknown, file: string): unknown {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (!code) return err;
  const [message, hint] = MESSAGES[code] ?? [`cannot read (${code}): ${(err as Error).message}`, 'Check the file.'];
  return new InputError(message, { file, hint });
}
