/**
 * actorgraph/resolve/user-actors — actor dictionaries the user gives with `--actors FILE`, in
 * PETRARCH/Phoenix format (petrarch-actors.ts) or as CSV `name,id,type,country` (actor-csv.ts).
 *
 * A loaded dictionary is an immutable value carried by Settings (`settings.actors`), never a
 * process-wide table: two runs with different dictionaries in one process (tests, a server)
 * cannot see each other's actors. gazetteer(settings.actors) merges it over the built-in
 * gazetteer (memoised per dictionary object), and a user entry beats a built-in one.
 *
 * @example
 *   const actors = loadUserActors(['my-actors.csv']);
 *   extractTriples(doc, resolveSettings({ actors }));
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from '../errors.js';
import { fsError } from '../io/fs-error.js';
import { parseActorCsv } from './actor-csv.js';
import { parsePetrarchActors } from './petrarch-actors.js';
import type { UserActor } from './actor-codes.js';

export type { UserActor } from './actor-codes.js';

export interface UserActors {
  /** The files read, in order: an earlier file's entry wins over a later one for the same phrase. */
  readonly files: readonly string[];
  readonly actors: readonly UserActor[];
}

/** CSV when the extension says so, or when the first non-blank line is a header starting "name,". */
export function isActorCsv(file: string, text: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return true;
  if (ext === '.txt' || ext === '.actors') return false;
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim()) ?? '';
  return /^\s*"?name"?\s*,/i.test(first);
}

/** Parses one dictionary's text (format detected from the name and the content). */
export function parseUserActors(text: string, file: string): UserActor[] {
  return isActorCsv(file, text) ? parseActorCsv(text, file) : parsePetrarchActors(text, file);
}

/** Reads and parses the given files; an unreadable file or a bad line throws InputError. */
export function loadUserActors(files: readonly string[]): UserActors {
  const actors: UserActor[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw fsError(e, file);
    }
    const parsed = parseUserActors(text, file);
    if (!parsed.length) throw new InputError('no actor entries found', { file, hint: 'An actor dictionary is PETRARCH format ("GONDOR [GON]" lines) or a CSV with a header name,id,type,country.' });
    actors.push(...parsed);
  }
  return Object.freeze({ files: Object.freeze([...files]), actors: Object.freeze(actors) });
}
