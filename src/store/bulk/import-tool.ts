/**
 * actorgraph/store/bulk/import-tool — runs Neo4j's own bulk importer (`neo4j-admin database
 * import full`) on a local server's home, from the jars the server already runs on.
 *
 * Why the jars and not a neo4j-admin script: this project's Neo4j is embedded (no tarball, no
 * bin/), and the importer is a library of Maven Central like the rest: org.neo4j:neo4j-import-tool
 * (pinned in scripts/neo4j/pom.xml with the server's version) holds the command, and
 * org.neo4j.cli.AdminTool (neo4j-command-line) is neo4j-admin's entry point. NEO4J_HOME tells it
 * where the store is: the same `data/databases/<name>` layout the embedded server uses.
 *
 * The importer writes a new store and refuses to run on a store in use (its lock file): the
 * server of that home must be stopped first (store/bulk/bulk-load.ts does that). Its console
 * output goes to `import.log` in the home; a failure shows the end of it.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../../errors.js';
import { LAUNCHER_DIR, fetchJars } from '../server.js';

export interface ImportToolOptions {
  /** The server's home (NEO4J_HOME). */
  home: string;
  database: string;
  /** The importer's file and format options (store/bulk/export.ts importArgs). */
  args: string[];
  /** JVM heap of the importer, e.g. "1g" (its caches are off-heap, sized by the tool itself). */
  heap: string;
}

export const importLog = (home: string) => join(home, 'import.log');

/** The command line, for the log and for a user who wants to run it by hand. */
export function importCommand(o: ImportToolOptions): string[] {
  return ['java', `-Xmx${o.heap}`, '-cp', `${join(LAUNCHER_DIR, 'lib')}/*`, 'org.neo4j.cli.AdminTool',
    // The database name first: the file options are variadic and would take it as a file.
    'database', 'import', 'full', o.database, '--overwrite-destination=true',
    // (its report of skipped or bad rows goes beside its log, not into the current folder)
    `--report-file=${join(o.home, 'import.report')}`, ...o.args];
}

/** Runs the import; resolves when the store is written, or throws with the end of its log. */
export async function runImportTool(o: ImportToolOptions): Promise<void> {
  fetchJars({ quiet: true });
  const lib = join(LAUNCHER_DIR, 'lib');
  if (!existsSync(lib) || !readFileSync(join(LAUNCHER_DIR, 'pom.xml'), 'utf8').includes('neo4j-import-tool')) {
    throw new StoreError('the Neo4j import tool is not in scripts/neo4j/lib', { hint: 'Run `npm run neo4j:fetch`.' });
  }
  const [cmd, ...argv] = importCommand(o);
  const log = openSync(importLog(o.home), 'w');
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', log, log], env: { ...process.env, NEO4J_HOME: o.home } });
    child.once('error', (e) => fail(new StoreError(`could not start java for the import: ${e.message}`, { hint: 'Install JDK 17: apt-get install openjdk-17-jdk-headless' })));
    child.once('exit', (c) => done(c));
  }).finally(() => closeSync(log));
  if (code !== 0) {
    const tail = readFileSync(importLog(o.home), 'utf8').trim().split('\n').filter((l) => !/^[.\-]+.*%/.test(l)).slice(-12).join('\n');
    throw new StoreError(`neo4j-admin database import full failed (exit ${code}):\n${tail}`, { hint: `See ${importLog(o.home)}.` });
  }
}
