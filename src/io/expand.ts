/**
 * actorgraph/io/expand — command-line inputs → the list of sources to read: files as given,
 * folders walked recursively in sorted order (so two runs read in the same order), "-" as stdin.
 * Listed up front so progress can be measured against the total size.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { formatOf, KNOWN_EXTENSIONS, type Format } from './formats.js';
import { fsError } from './fs-error.js';
import { InputWarning } from './warning.js';

export type Source =
  | { kind: 'stdin'; name: string; size: 0 }
  /** `format` is undefined for an explicitly named file of unknown extension: its content is sniffed. */
  | { kind: 'file'; name: string; format?: Format; size: number };

export const STDIN_NAME = '<stdin>';

type Report = (e: InputError) => void;

async function walk(dir: string, out: Source[], report: Report, seen: Set<string>): Promise<void> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    names = (await readdir(dir)).sort();
  } catch (e) {
    const err = fsError(e, dir);
    if (!(err instanceof InputError)) throw err;
    return report(err);
  }
  if (seen.has(real)) return; // a symlink back up the tree
  seen.add(real);
  for (const name of names) {
    if (name.startsWith('.')) continue; // .git, .DS_Store: never content
    const path = join(dir, name);
    let st;
    try { st = await stat(path); } catch (e) { report(fsError(e, path) as InputError); continue; }
    if (st.isDirectory()) { await walk(path, out, report, seen); continue; }
    const format = formatOf(path);
    if (format && st.isFile()) out.push({ kind: 'file', name: path, format, size: st.size });
    else report(new InputWarning('skipped: not a format actorgraph reads', { file: path, hint: `Known extensions: ${KNOWN_EXTENSIONS}.` }));
  }
}

/**
 * Problems (missing file, empty folder) go to `report`; the rest of the inputs are still listed.
 * @example await expandInputs(['data/', '-'], console.error) // → [{kind:'file', name:'data/a.txt', …}, {kind:'stdin', …}]
 */
export async function expandInputs(inputs: string[], report: Report): Promise<Source[]> {
  const out: Source[] = [];
  const listed = new Set<string>();
  const seenDirs = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      if (!listed.has('-')) out.push({ kind: 'stdin', name: STDIN_NAME, size: 0 });
      listed.add('-');
      continue;
    }
    let st;
    try {
      st = await stat(input);
    } catch (e) {
      const err = fsError(e, input);
      if (!(err instanceof InputError)) throw err;
      report(err);
      continue;
    }
    if (st.isDirectory()) {
      const found: Source[] = [];
      await walk(input, found, report, seenDirs);
      if (found.length === 0) report(new InputError('folder has no files to read', { file: input, hint: `Known extensions: ${KNOWN_EXTENSIONS}.` }));
      for (const s of found) if (!listed.has(resolve(s.name))) { listed.add(resolve(s.name)); out.push(s); }
    } else if (!listed.has(resolve(input))) {
      listed.add(resolve(input));
      out.push({ kind: 'file', name: input, format: formatOf(input), size: st.isFile() ? st.size : 0 });
    }
  }
  return out;
}
