/**
 * actorgraph/store/server — start, stop and query the local development Neo4j (scripts/neo4j/).
 *
 * Why: the loader and its tests need a real Neo4j 5, and this machine has no Docker. The server is
 * embedded Neo4j with Bolt (Launcher.java, jars from Maven via pom.xml), run in the background.
 * One server per home directory: its pid file and log live in the home, so the user's server
 * (data/neo4j/dev, port 7687) and the test server (data/neo4j/test, port 7688) never meet.
 *
 * @example
 *   const s = await startServer({ port: 7688, home: 'data/neo4j/test' }); // BOLT READY …
 *   await stopServer({ home: 'data/neo4j/test' });
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreError } from '../errors.js';

/** Repository root (this file is src/store/server.ts). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const LAUNCHER_DIR = join(REPO_ROOT, 'scripts', 'neo4j');
const READY = /^BOLT READY (\S+)$/m;

export interface ServerOptions {
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Home directory: store, logs, pid file. */
  home: string;
  /** Initial password of user neo4j (used only when the store is new). */
  password: string;
  /** JVM heap, e.g. "1g". */
  heap: string;
  /** Page cache in MiB. */
  pageCacheMiB: number;
  /**
   * Memory one transaction may use (db.memory.transaction.max), e.g. "256m"; unset: a quarter of
   * the heap. A query past it fails with a clear error instead of ending the server.
   */
  txMemory?: string;
  /** How long to wait for the ready line. */
  timeoutMs: number;
}

export const DEFAULT_SERVER: ServerOptions = {
  port: 7687,
  home: join(REPO_ROOT, 'data', 'neo4j', 'dev'),
  password: 'actorgraph-dev',
  heap: '1g',
  pageCacheMiB: 512,
  timeoutMs: 180_000,
};

/** Server options from the environment (NEO4J_PORT, NEO4J_HOME, NEO4J_PASSWORD, NEO4J_HEAP, NEO4J_PAGECACHE, NEO4J_TX_MEMORY). */
export function serverFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<ServerOptions> {
  const out: Partial<ServerOptions> = {};
  if (env.NEO4J_PORT) out.port = Number(env.NEO4J_PORT);
  if (env.NEO4J_HOME) out.home = resolve(env.NEO4J_HOME);
  if (env.NEO4J_PASSWORD) out.password = env.NEO4J_PASSWORD;
  if (env.NEO4J_HEAP) out.heap = env.NEO4J_HEAP;
  if (env.NEO4J_PAGECACHE) out.pageCacheMiB = Number(env.NEO4J_PAGECACHE);
  if (env.NEO4J_TX_MEMORY) out.txMemory = env.NEO4J_TX_MEMORY;
  return out;
}

export interface ServerStatus {
  running: boolean;
  pid?: number;
  port?: number;
  home: string;
  log: string;
}

const pidFile = (home: string) => join(home, 'neo4j.pid');
const logFile = (home: string) => join(home, 'launcher.log');

// ---------------------------------------------------------------- fetch

function pomVersion(): string {
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(join(LAUNCHER_DIR, 'pom.xml'), 'utf8'));
  if (!m) throw new StoreError('scripts/neo4j/pom.xml names no <neo4j.version>');
  return m[1];
}

/** True when lib/ holds the jars of the version pom.xml asks for. */
export function jarsPresent(): boolean {
  const lib = join(LAUNCHER_DIR, 'lib');
  if (!existsSync(lib)) return false;
  const v = pomVersion();
  const files = new Set(readdirSync(lib));
  return files.has(`neo4j-kernel-${v}.jar`) && files.has(`neo4j-bolt-${v}.jar`);
}

/** Resolve org.neo4j:neo4j + neo4j-bolt with Maven into scripts/neo4j/lib (a fresh lib, no mixed versions). */
export function fetchJars(opts: { force?: boolean; quiet?: boolean } = {}): void {
  if (!opts.force && jarsPresent()) return;
  rmSync(join(LAUNCHER_DIR, 'lib'), { recursive: true, force: true });
  const r = spawnSync('mvn', ['-q', '-B', 'dependency:copy-dependencies', '-DoutputDirectory=lib'], {
    cwd: LAUNCHER_DIR, stdio: opts.quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  if (r.error || r.status !== 0) {
    throw new StoreError(`could not fetch the Neo4j jars with Maven (${r.error?.message ?? `exit ${r.status}`})`, {
      hint: 'Install JDK 17 and Maven 3 (apt-get install openjdk-17-jdk-headless maven), then run `npm run neo4j:fetch`.',
    });
  }
}

// ---------------------------------------------------------------- status

function alive(pid: number): boolean {
  try {
    // Why /proc and not only kill(0): a stale pid file may name a pid the OS gave to another program.
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes('Launcher.java');
  } catch {
    try { process.kill(pid, 0); return true; } catch { return false; }
  }
}

function readPid(home: string): { pid: number; port: number } | undefined {
  try {
    const [pid, port] = readFileSync(pidFile(home), 'utf8').trim().split(/\s+/).map(Number);
    return Number.isInteger(pid) ? { pid, port } : undefined;
  } catch { return undefined; }
}

export function serverStatus(opts: Partial<ServerOptions> = {}): ServerStatus {
  const home = resolve(opts.home ?? DEFAULT_SERVER.home);
  const rec = readPid(home);
  const running = !!rec && alive(rec.pid);
  return { running, pid: running ? rec!.pid : undefined, port: running ? rec!.port : undefined, home, log: logFile(home) };
}

/** Resolves true when something accepts TCP connections on 127.0.0.1:port. */
export function portOpen(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((done) => {
    const sock = connect({ host: '127.0.0.1', port });
    const finish = (ok: boolean) => { sock.destroy(); done(ok); };
    sock.setTimeout(timeoutMs, () => finish(false));
    sock.once('connect', () => finish(true));
    sock.once('error', () => finish(false));
  });
}

// ---------------------------------------------------------------- start / stop

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function logTail(home: string, lines = 15): string {
  try { return readFileSync(logFile(home), 'utf8').trim().split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

/**
 * `running`: whether the server process is still there. For a server this process just spawned it
 * is the child's own exit event: right after the fork, before java is exec'd, /proc/<pid>/cmdline
 * still shows this node process, which alive() would read as "exited" (seen on a loaded machine).
 */
async function waitReady(home: string, pid: number, timeoutMs: number, running: () => boolean = () => alive(pid)): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (READY.test(readFileSync(logFile(home), 'utf8'))) return;
    if (!running()) {
      throw new StoreError(`the local Neo4j exited before it was ready:\n${logTail(home)}`, {
        hint: `See ${logFile(home)}. A port in use or a store locked by another process are the usual causes.`,
      });
    }
    await sleep(200);
  }
  throw new StoreError(`the local Neo4j was not ready after ${Math.round(timeoutMs / 1000)} s`, { hint: `See ${logFile(home)}.` });
}

/**
 * Start the server in the background and wait for its ready line. Idempotent: a server already
 * running on this home is left alone (and waited for, if it is still starting).
 */
export async function startServer(partial: Partial<ServerOptions> = {}): Promise<ServerStatus & { started: boolean }> {
  const o = { ...DEFAULT_SERVER, ...partial, home: resolve(partial.home ?? DEFAULT_SERVER.home) };
  const now = serverStatus(o);
  if (now.running) {
    await waitReady(o.home, now.pid!, o.timeoutMs);
    return { ...now, started: false };
  }
  if (await portOpen(o.port)) {
    throw new StoreError(`port ${o.port} is already in use by another program`, {
      hint: `Stop that program, or pick another port: NEO4J_PORT=7690 npm run neo4j:start (and NEO4J_URI=bolt://127.0.0.1:7690).`,
    });
  }
  fetchJars();
  mkdirSync(o.home, { recursive: true });
  const out = openSync(logFile(o.home), 'w');
  // Why a fixed heap and the parallel collector: a load allocates transaction state at a high rate,
  // and on 2 cores G1 (with a heap grown from 256 MB) spent more CPU than the throughput collector
  // with its heap sized once: server CPU per warm BBC load ~2.2–3.0 s with G1, ~1.7 s with
  // ParallelGC (scripts/bench-load.ts figures; the pauses do not matter for a local dev server).
  const child = spawn('java', [
    `-Xms${o.heap}`, `-Xmx${o.heap}`, '-XX:+UseParallelGC', '-XX:+ExitOnOutOfMemoryError',
    '-cp', 'lib/*', 'Launcher.java',
  ], {
    cwd: LAUNCHER_DIR,
    detached: true, // its own process group: survives the CLI that started it
    stdio: ['ignore', out, out],
    env: { ...process.env, NEO4J_PORT: String(o.port), NEO4J_HOME: o.home, NEO4J_PASSWORD: o.password, NEO4J_PAGECACHE: String(o.pageCacheMiB), ...(o.txMemory ? { NEO4J_TX_MEMORY: o.txMemory } : {}) },
  });
  closeSync(out);
  let exited = false;
  child.once('exit', () => { exited = true; });
  child.unref();
  if (!child.pid) throw new StoreError('could not start java', { hint: 'Install JDK 17: apt-get install openjdk-17-jdk-headless' });
  writeFileSync(pidFile(o.home), `${child.pid} ${o.port}\n`);
  await waitReady(o.home, child.pid, o.timeoutMs, () => !exited);
  return { ...serverStatus(o), started: true };
}

/** SIGTERM (clean shutdown through the launcher's hook), SIGKILL if it is still there after timeoutMs. */
export async function stopServer(partial: Partial<ServerOptions> & { signal?: NodeJS.Signals } = {}): Promise<{ stopped: boolean; pid?: number }> {
  const home = resolve(partial.home ?? DEFAULT_SERVER.home);
  const now = serverStatus({ home });
  if (!now.running) {
    rmSync(pidFile(home), { force: true });
    return { stopped: false };
  }
  const pid = now.pid!;
  process.kill(pid, partial.signal ?? 'SIGTERM');
  const until = Date.now() + (partial.timeoutMs ?? 60_000);
  while (alive(pid) && Date.now() < until) await sleep(100);
  if (alive(pid)) {
    process.kill(pid, 'SIGKILL');
    while (alive(pid)) await sleep(100);
  }
  rmSync(pidFile(home), { force: true });
  return { stopped: true, pid };
}
