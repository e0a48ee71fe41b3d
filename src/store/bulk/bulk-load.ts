/**
 * actorgraph/store/bulk/bulk-load — `actorgraph load --bulk`: a new or empty database of the
 * LOCAL server filled by Neo4j's bulk importer instead of transactions, then given the same
 * constraints as `load`. The graph is the one `load` of the same inputs leaves (bulk/merge.ts).
 *
 * Why only the local server: the importer writes store files, so it must run on the machine and
 * in the home of the server (data/neo4j/dev, or NEO4J_HOME); the server runs it itself, in its
 * own JVM, with the database stopped (bulk/import-tool.ts). A remote server, a cluster or Aura
 * are loaded with plain `load`.
 *
 * Steps (the database is down only during the import itself; the server never restarts):
 *   1. refuse unless the URI is this home's server (127.0.0.1, its port) and its default database;
 *   2. a server that is not running is started (the import runs in it): at once, and, when its
 *      home holds no store yet, while step 4 writes the files, so its start costs no extra time;
 *   3. refuse unless the database is new or empty (asked over Bolt): the importer replaces a
 *      store whole, so importing into data would lose it;
 *   4. write the import files (bulk/export.ts) into <home>/bulk-import;
 *   5. the server imports them (it checks once more that the database is empty, stops only that
 *      database, imports, starts it; on failure the half-written store is removed, so the
 *      database is the empty one it was);
 *   6. create load's constraints (store/write.ts ensureSchema), give actors with no alias the
 *      empty list load gives them (cypher.ts EMPTY_ALIASES), and leave the server as found:
 *      running if it was, stopped if it was not. The import files are deleted.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { StoreError, type InputError } from '../../errors.js';
import type { Settings } from '../../settings.js';
import type { Shard } from '../../parallel/shard.js';
import { closeStore, openStore } from '../connection.js';
import { ensureSchema } from '../write.js';
import { EMPTY_ALIASES } from '../cypher.js';
import { readSources, type SourceItem } from '../sources.js';
import { portOpen, serverStatus, startServer, stopServer, type ServerOptions } from '../server.js';
import { writeAdminCsv, type AdminCsvCounts } from './export.js';
import { importInServer, RefusedImport } from './import-tool.js';

export interface BulkLoadOptions {
  /** The local server whose store is written (home, port, password of a new store, heap). */
  server: ServerOptions;
  settings?: Settings;
  onInputError?: (e: InputError) => void;
  /** Chunk boundaries of the merge (load's by default; a test may move them, and load with the same). */
  chunkTriples?: number;
  /** Threads extracting documents, and the shard kept (of documents, and of triples by their document). */
  workers?: number;
  shard?: Shard;
  /** One line per step, for the CLI's stderr. */
  log?: (line: string) => void;
}

export interface BulkSummary extends AdminCsvCounts {
  /**
   * Wall seconds of each step, and in all: check (and the server's start when there was a store
   * to check), csv (the import files), start (waiting for a server started beside the files),
   * import, schema (constraints and empty alias lists), stop (a server that was not running).
   */
  seconds: { check: number; csv: number; start: number; import: number; schema: number; stop: number; total: number };
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

  // 2. the server, started if need be (its error kept for the await, not left unhandled meanwhile)
  const wasRunning = serverStatus(server).running;
  if (!wasRunning && await portOpen(server.port)) {
    throw new StoreError(`--bulk: port ${server.port} is served by another program, not by the local server of ${server.home}`, {
      hint: 'A Neo4j in Docker or elsewhere is loaded without --bulk; or set NEO4J_HOME to the home of the server on that port.',
    });
  }
  const hadStore = storeExists(server, cfg.database);
  if (!wasRunning) log(`starting the local server of ${server.home}${hadStore ? ' to check that its database is empty' : ' (beside writing the import files)'}`);
  const starting = wasRunning ? Promise.resolve(undefined) : startServer(server).then(() => undefined, (e: unknown) => e);
  const started = async () => { const e = await starting; if (e) throw e; };
  const dir = join(server.home, 'bulk-import');
  const seconds = { check: 0, csv: 0, start: 0, import: 0, schema: 0, stop: 0, total: 0 };
  try {
    // 3. new or empty (a new store is: no need to wait for the server before writing the files)
    if (wasRunning || hadStore) {
      await started();
      const n = await nodeCount(cfg);
      if (n > 0) refuseData(n, server);
    }
    seconds.check = lap();

    // 4. the import files
    rmSync(dir, { recursive: true, force: true });
    const files = await writeAdminCsv(items, dir, { chunkTriples: opts.chunkTriples });
    seconds.csv = lap();
    log(`wrote the import files: ${files.rows.nodes} nodes, ${files.rows.relationships} relationships from ${files.rows.triples} triples (${seconds.csv.toFixed(2)} s)`);
    await started();
    seconds.start = lap();

    // 5. the import, in the server (which checks that the database is still empty)
    try {
      await importInServer({ home: server.home, database: cfg.database, args: files.importArgs });
    } catch (err) {
      if (err instanceof RefusedImport) refuseData(err.nodes, server);
      throw err;
    }
    seconds.import = lap();
    log(`imported (${seconds.import.toFixed(2)} s)`);

    // 6. constraints, as load makes them
    const store = await openStore(cfg);
    try {
      await ensureSchema(store);
      const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.WRITE });
      try { await session.run(EMPTY_ALIASES); } finally { await session.close(); }
    } finally { await closeStore(store); }
    seconds.schema = lap();
    return { ...files.rows, wasRunning, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    // the server as it was found
    if (!wasRunning) { await starting; await stopServer(server); seconds.stop = lap(); }
    seconds.total = (performance.now() - t0) / 1000;
  }
}

/** Read (and extract) the inputs as `load` does, then bulk-load them. */
export function bulkLoadInputs(cfg: Settings['neo4j'], inputs: string[], opts: BulkLoadOptions): Promise<BulkSummary> {
  return bulkLoad(cfg, readSources(inputs, { settings: opts.settings, onInputError: opts.onInputError, workers: opts.workers, shard: opts.shard }), opts);
}
