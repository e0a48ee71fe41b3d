/**
 * actorgraph/io/make-dir — an output folder is made, or refused at once with the reason.
 *
 * Node's `mkdir(dir, { recursive: true })` never settles on some paths: under /proc the kernel
 * answers ENOENT for a new child of a folder that exists, and the recursive walk goes back to the
 * parent (which exists), then to the child again, for ever at 100 % CPU (`build -o /proc/x`,
 * issue 11 §6). So the folders are made one level at a time, from the deepest one that exists,
 * each with a plain mkdir: every failure comes back at once, as the error of the folder it hit.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ActorGraphError } from '../errors.js';

export const REASONS: Record<string, string> = {
  ENOENT: 'the system refuses to create it',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a parent is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
  ENOSPC: 'no space left on the device',
  EISDIR: 'a folder of that name is in the way',
};

/** Makes `dir` and any missing parents; throws an ActorGraphError naming the folder that could not be made. */
export async function makeDir(dir: string): Promise<void> {
  const target = resolve(dir);
  // the missing folders, deepest last
  const missing: string[] = [];
  for (let d = target; ; d = dirname(d)) {
    const kind = await stat(d).then((s) => (s.isDirectory() ? 'dir' : 'file'), (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? 'none' : e));
    if (kind === 'dir') break;
    if (kind === 'file') throw refused(dir, d, d === target ? 'EEXIST' : 'ENOTDIR');
    if (kind !== 'none') throw refused(dir, d, kind.code ?? '', kind.message);
    missing.unshift(d);
    if (dirname(d) === d) break; // (the root itself is missing: mkdir says why below)
  }
  for (const d of missing) {
    try {
      await mkdir(d);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      // (made meanwhile by another process: fine)
      if (code === 'EEXIST' && (await stat(d).then((s) => s.isDirectory(), () => false))) continue;
      throw refused(dir, d, code, (e as Error).message);
    }
  }
}

function refused(dir: string, at: string, code: string, message = ''): ActorGraphError {
  const why = REASONS[code] ?? `${code || 'error'}${message ? `: ${message}` : ''}`;
  const where = resolve(dir) === at ? '' : ` (at ${at})`;
  return new ActorGraphError(`actorgraph/output: cannot create the folder ${dir}${where}: ${why}`, 'Choose an output folder you can write to (-o).');
}
