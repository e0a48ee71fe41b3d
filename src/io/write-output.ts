/**
 * actorgraph/io/write-output — an output file written whole, or refused at once with the reason.
 *
 * Its folder is made first (io/make-dir.ts: never hangs, names the folder it could not make);
 * then the text is streamed out with back-pressure, so a large export never sits twice in
 * memory. A file that cannot be written (a folder in the way, no permission, a full disk) is an
 * ActorGraphError naming the file, not a stack trace; `-` is standard output.
 *
 * @example await writeOutput('out/graph.graphml', [toGraphml(g)]);
 */
import { createWriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { ActorGraphError } from '../errors.js';
import { makeDir, REASONS } from './make-dir.js';

function refused(file: string, e: unknown): ActorGraphError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const why = REASONS[code] ?? `${code || 'error'}: ${(e as Error).message}`;
  return new ActorGraphError(`actorgraph/output: cannot write ${file}: ${why}`, 'Choose an output path you can write to (-o).');
}

/** Writes the pieces, in order, to `file` (or to stdout for "-"). */
export async function writeOutput(file: string, pieces: Iterable<string>): Promise<void> {
  if (file === '-') {
    for (const p of pieces) if (!process.stdout.write(p)) await once(process.stdout, 'drain');
    return;
  }
  await makeDir(dirname(file));
  const out = createWriteStream(file);
  let failure: unknown;
  out.on('error', (e) => { failure ??= e; });
  try {
    await once(out, 'open');
    for (const p of pieces) {
      if (failure) break;
      if (!out.write(p)) await Promise.race([once(out, 'drain'), once(out, 'error')]);
    }
    out.end();
    if (!failure) await once(out, 'finish');
  } catch (e) {
    failure ??= e;
  } finally {
    out.destroy();
  }
  if (failure) throw refused(file, failure);
}
