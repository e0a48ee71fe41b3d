/**
 * actorgraph/store/bulk/import-tool — runs Neo4j's own bulk importer (`neo4j-admin database
 * import full`) inside the local server, on one of its databases, without restarting it.
 *
 * Why inside the server: the project's Neo4j is embedded (scripts/neo4j/Launcher.java, no
 * tarball, no bin/neo4j-admin), and the importer is a library on its classpath like the rest
 * (org.neo4j:neo4j-import-tool, pinned in scripts/neo4j/pom.xml; org.neo4j.cli.AdminTool is
 * neo4j-admin's entry point). It needs the store to itself, so it used to run as a second JVM
 * between a server stop and a server start: 105–134 s of a bulk load on this 2-core machine went
 * to stopping, starting (a fresh JVM compiling Neo4j's code again) and the importer's own JVM
 * start. The launcher now stops only the database, imports in its own JVM, and starts the
 * database again (Launcher.java, watchBulkImports): about a second besides the import itself.
 *
 * The request is a file in the server's home (bulk-import.request: the database name, then one
 * importer argument per line), written whole and renamed into place; the answer comes back in
 * bulk-import.result. The importer's output goes to `import.log` in the home; a failure shows
 * its end. The server refuses (and this throws) unless the database is empty when it stops it.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../../errors.js';
import { serverStatus } from '../server.js';

export interface ImportToolOptions {
  /** The server's home (NEO4J_HOME). */
  home: string;
  database: string;
  /** The importer's file and format options (store/bulk/export.ts importArgs). */
  args: string[];
}

export const importLog = (home: string) => join(home, 'import.log');
const requestFile = (home: string) => join(home, 'bulk-import.request');
const resultFile = (home: string) => join(home, 'bulk-import.result');
/** The launcher's line saying it serves import requests (Launcher.java). */
const WATCHER = /^BOLT BULK IMPORT bulk-import\.request$/m;

/** The importer's arguments after the database name (its report file beside its log, not in the current folder). */
function importArguments(o: ImportToolOptions): string[] {
  return ['--overwrite-destination=true', `--report-file=${join(o.home, 'import.report')}`, ...o.args];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Thrown when the server found data in the database (it then imported nothing). */
export class RefusedImport extends StoreError {
  constructor(readonly nodes: number) { super(`the database holds ${nodes} nodes`); }
}

/**
 * Has the running server of `home` import the files into its (empty) database; resolves when the
 * database is back up with the imported store, or throws with the end of the importer's log.
 */
export async function importInServer(o: ImportToolOptions, pollMs = 100): Promise<void> {
  const status = serverStatus({ home: o.home });
  if (!status.running) throw new StoreError(`the local server of ${o.home} is not running`, { hint: 'npm run neo4j:start' });
  if (!WATCHER.test(readFileSync(status.log, 'utf8'))) {
    throw new StoreError('the local server was started by an older actorgraph, which cannot import in bulk', { hint: 'Restart it: npm run neo4j:stop && npm run neo4j:start' });
  }
  rmSync(resultFile(o.home), { force: true });
  const tmp = `${requestFile(o.home)}.tmp`;
  writeFileSync(tmp, [o.database, ...importArguments(o)].join('\n') + '\n');
  renameSync(tmp, requestFile(o.home));
  // Polling: a stat call every 100 ms, and the server's own liveness checked on each.
  while (!existsSync(resultFile(o.home))) {
    if (!serverStatus({ home: o.home }).running) {
      throw new StoreError(`the local server stopped during the bulk import`, { hint: `See ${status.log} and ${importLog(o.home)}.` });
    }
    await sleep(pollMs);
  }
  const outcome = readFileSync(resultFile(o.home), 'utf8').trim();
  rmSync(resultFile(o.home), { force: true });
  if (outcome === 'ok') return;
  const refused = /^refused (\d+)$/.exec(outcome);
  if (refused) throw new RefusedImport(Number(refused[1]));
  let tail = '';
  try { tail = readFileSync(importLog(o.home), 'utf8').trim().split('\n').filter((l) => !/^[.\-]+.*%/.test(l)).slice(-12).join('\n'); } catch { /* no log: the error says why */ }
  throw new StoreError(`neo4j-admin database import full failed (${outcome}):\n${tail}`, { hint: `See ${importLog(o.home)}.` });
}
