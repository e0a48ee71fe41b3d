/**
 * actorgraph/store/bulk/bulk-load — `actorgraph load --bulk`: a new or empty database of the
 * LOCAL server filled by Neo4j's bulk importer instead of transactions, then given the same
 * constraints as `load`. The graph is the one `load` of the same inputs leaves (bulk/merge.ts).
 *
 * Why only the local server: the importer writes store files, so it must run on the machine and
 * in the home of the server (data/neo4j/dev, or NEO4J_HOME), and that server must not hold the
 * store open. A remote server, a cluster or Aura are loaded with plain `load`.
 *
 * Steps (the database is down only for step 4):
 *   1. refuse unless the URI is this home's server (127.0.0.1, its port) and its default database;
 *   2. refuse unless the database is new or empty (a running server is asked over Bolt; a stopped
 *      one with a store is started to be asked): the importer replaces a store whole, so
 *      importing into data would lose it;
 *   3. write the import files (bulk/export.ts) into <home>/bulk-import, server still up;
 *   4. ask again (a load may have started meanwhile), stop the server, run the importer
 *      (bulk/import-tool.ts; on failure the half-written store is removed, so the database is the
 *      empty one it was), start the server;
 *   5. create load's constraints (store/write.ts ensureSchema), give actors with no alias the
 *      empty list load gives them (cypher.ts EMPTY_ALIASES), and leave the server as found:
 *      running if it was, stopped if it was not. The import files are deleted.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { StoreError, type InputError } from '../../errors.js';
import type { Settings } from '../../settings.js';
import { closeStore, openStore } from '../connection.js';
import { ensureSchema } from '../write.js';
import { EMPTY_ALIASES } from '../cypher.js';
import { readSources, type SourceItem } from '../sources.js';
import { portOpen, serverStatus, startServer, stopServer, type ServerOptions } from '../server.js';
import { writeAdminCsv, type AdminCsvCounts } from './export.js';
import { runImportTool } from './import-tool.js';

export interface BulkLoadOptions {
  /** The local server whose store is written (home, port, password of a new store, heap). */
  server: ServerOptions;
  settings?: Settings;
  onInputError?: (e: InputError) => void;
  /** Chunk boundaries of the merge (load's by default; a test may move them, and load with the same). */
  chunkTriples?: number;
  /** One line per step, for the CLI's stderr. */
  log?: (line: string) => void;
}

export interface BulkSummary extends AdminCsvCounts {
  /** Wall seconds of each step, and in all. */
  seconds: { check: number; csv: number; import: number; schema: number; total: number };
  /** Whether the server was running before (and so is again). */
  wasRunning: boolean;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Step 1: the URI must be this home's server, and the database its default one. */
export function checkTarget(cfg: Settings['neo4j'], server: ServerOptions): void {
  let url: URL;
  try { url = new URL(cfg.uri); } catch { throw new StoreError(`--bulk: ${cfg.uri} is not a URI`); }
  const port = Number(url.port || 7687);
  if (!LOCAL_HOSTS.has(url.hostname) || port !== server.port) {
    throw new StoreError(`--bulk imports into the store of the local server (${server.home}, bolt://127.0.0.1:${server.port}), not into ${cfg.uri}`, {
      hint: 'Point NEO4J_HOME and NEO4J_PORT at the local server you mean, or load a remote server, a cluster or Aura without --bulk.',
    });
  }
  if (cfg.database !== 'neo4j') {
    throw new StoreError(`--bulk writes the server's default database "neo4j", not "${cfg.database}"`, { hint: 'Leave --database out (Neo4j Community serves one database).' });
  }
}

/** How many nodes the database holds (0: empty). */
async function nodeCount(cfg: Settings['neo4j']): Promise<number> {
  const store = await openStore(cfg);
  try {
    const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ });
    try {
      const res = await session.executeRead((tx) => tx.run('MATCH (n) RETURN count(n) AS n'));
      return (res.records[0].get('n') as { toNumber(): number }).toNumber();
    } finally { await session.close(); }
  } finally { await closeStore(store); }
}

function refuseData(n: number, server: ServerOptions): never {
  throw new StoreError(`--bulk needs a new or empty database, and this one holds ${n} nodes: the importer replaces the whole store, which would lose them`, {
    hint: `Load into it without --bulk (incremental), or empty it first (stop the server and remove ${join(server.home, 'data')}).`,
  });
}

const storeExists = (server: ServerOptions, db: string) => existsSync(join(server.home, 'data', 'databases', db, 'neostore'));

/**
 * @example
 *   await bulkLoad(settings.neo4j, readSources(['out/triples.jsonl']), { server: { ...DEFAULT_SERVER, ...serverFromEnv() } });
 */
export async function bulkLoad(cfg: Settings['neo4j'], items: AsyncIterable<SourceItem> | Iterable<SourceItem>, opts: BulkLoadOptions): Promise<BulkSummary> {
  const log = opts.log ?? (() => {});
  const server = opts.server;
  const t0 = performance.now();
  let t = t0;
  const lap = () => { const now = performance.now(); const s = (now - t) / 1000; t = now; return s; };
  checkTarget(cfg, server);

  // 2. new or empty
  const wasRunning = serverStatus(server).running;
  if (!wasRunning && await portOpen(server.port)) {
    throw new StoreError(`--bulk: port ${server.port} is served by another program, not by the local server of ${server.home}`, {
      hint: 'A Neo4j in Docker or elsewhere is loaded without --bulk; or set NEO4J_HOME to the home of the server on that port.',
    });
  }
  if (wasRunning) {
    const n = await nodeCount(cfg);
    if (n > 0) refuseData(n, server);
  } else if (storeExists(server, cfg.database)) {
    log('starting the local server to check that its database is empty');
    await startServer(server);
    try {
      const n = await nodeCount(cfg);
      if (n > 0) refuseData(n, server);
    } finally { await stopServer(server); }
  }
  const check = lap();

  // 3. the import files, with the server still up
  const dir = join(server.home, 'bulk-import');
  rmSync(dir, { recursive: true, force: true });
  try {
    const files = await writeAdminCsv(items, dir, { chunkTriples: opts.chunkTriples });
    const csv = lap();
    log(`wrote the import files: ${files.rows.nodes} nodes, ${files.rows.relationships} relationships from ${files.rows.triples} triples (${csv.toFixed(2)} s)`);

    // 4. down, import, up
    if (wasRunning) {
      const n = await nodeCount(cfg);
      if (n > 0) refuseData(n, server);
      await stopServer(server);
    }
    try {
      await runImportTool({ home: server.home, database: cfg.database, args: files.importArgs, heap: server.heap });
    } catch (err) {
      // The store was empty: leave an empty one (a new database at the next start), not half a store.
      for (const d of ['databases', 'transactions']) rmSync(join(server.home, 'data', d, cfg.database), { recursive: true, force: true });
      if (wasRunning) await startServer(server).catch(() => undefined);
      throw err;
    }
    const imported = lap();
    log(`imported (${imported.toFixed(2)} s)`);

    // 5. constraints, as load makes them; then the server as it was
    await startServer(server);
    const store = await openStore(cfg);
    try {
      await ensureSchema(store);
      const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.WRITE });
      try { await session.run(EMPTY_ALIASES); } finally { await session.close(); }
    } finally { await closeStore(store); }
    if (!wasRunning) await stopServer(server);
    const schema = lap();
    return { ...files.rows, wasRunning, seconds: { check, csv, import: imported, schema, total: (performance.now() - t0) / 1000 } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Read (and extract) the inputs as `load` does, then bulk-load them. */
export function bulkLoadInputs(cfg: Settings['neo4j'], inputs: string[], opts: BulkLoadOptions): Promise<BulkSummary> {
  return bulkLoad(cfg, readSources(inputs, { settings: opts.settings, onInputError: opts.onInputError }), opts);
}
