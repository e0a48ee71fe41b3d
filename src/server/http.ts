/**
 * actorgraph/server/http — `actorgraph serve`: the page, `GET /api/graph?limit=` and
 * `POST /api/cypher`, on 127.0.0.1 only.
 *
 * Credentials stay here: the page only ever sees query results. Cypher runs through
 * store/read.ts runQuery: a READ session, its plan checked against an allow-list first (no LOAD
 * CSV, no administration, no writes), a transaction timeout, a row cap and parameter limits from
 * settings.console, and the query terminated on the server when the client goes away. Two browser-side
 * attacks on a localhost API are closed too: a foreign Host header (DNS rebinding) gets 421,
 * and /api/cypher takes only application/json (an HTML form on another site can't send that).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Store } from '../store/connection.js';
import { runQuery } from '../store/read.js';
import { ActorGraphError, QueryRefusedError, messageOf } from '../errors.js';
import type { Settings } from '../settings.js';
import { enrichGraph } from '../graph/enrich.js';
import { layoutGraph } from '../graph/layout.js';
import { toJSON } from '../graph/serialize.js';
import { renderPage } from '../page/render.js';
import { readGraph } from './graph-query.js';
import { forConsole } from './console-errors.js';

export interface ServeOptions {
  store: Store;
  settings: Settings;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  log?: (line: string) => void;
}

const MAX_BODY = 1 << 20;

/** "Neo4j" for the default database (not "neo4j neo4j"), "Neo4j: news" for another. */
export function servedTitle(database: string): string {
  return database === 'neo4j' ? 'Neo4j' : `Neo4j: ${database}`;
}
const MAX_LIMIT = 50_000;

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, err: unknown): void {
  const e = err as ActorGraphError & { code?: string };
  // One line, never a stack: the page shows it to whoever opened it.
  send(res, status, JSON.stringify({ error: { message: messageOf(err), code: e?.code, hint: e?.hint } }));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) throw new ActorGraphError('actorgraph/serve: request body over 1 MiB', 'Send a shorter query or fewer parameters.');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function localHost(host: string | undefined): boolean {
  return !!host && /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i.test(host);
}

export function createApiServer(opts: ServeOptions): Server {
  const log = opts.log ?? (() => {});
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!localHost(req.headers.host)) return sendError(res, 421, new ActorGraphError('actorgraph/serve: unexpected Host header', 'Open the page as http://127.0.0.1:<port>/.'));
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      return send(res, 200, await renderPage({ mode: 'serve', title: servedTitle(opts.store.database), cap: opts.settings.initialNodeCap, show: opts.settings.initialShown }), 'text/html; charset=utf-8');
    }
    if (req.method === 'GET' && url.pathname === '/api/graph') {
      const limit = Math.min(MAX_LIMIT, Math.max(1, Number(url.searchParams.get('limit')) || opts.settings.initialNodeCap));
      const g = await readGraph(opts.store, limit);
      enrichGraph(g, { seed: opts.settings.seed });
      layoutGraph(g, { seed: opts.settings.seed, core: opts.settings.initialShown });
      return send(res, 200, JSON.stringify(toJSON(g)));
    }
    if (req.method === 'POST' && url.pathname === '/api/cypher') {
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return sendError(res, 415, new ActorGraphError('actorgraph/serve: POST /api/cypher takes application/json'));
      let body: { query?: unknown; params?: unknown };
      try { body = JSON.parse(await readBody(req)); } catch (e) { return sendError(res, 400, e instanceof ActorGraphError ? e : new ActorGraphError(`actorgraph/serve: body is not JSON: ${(e as Error).message}`)); }
      if (typeof body.query !== 'string' || !body.query.trim()) return sendError(res, 400, new ActorGraphError('actorgraph/serve: "query" must be a non-empty string'));
      const params = body.params ?? {};
      if (typeof params !== 'object' || Array.isArray(params) || params === null) return sendError(res, 400, new ActorGraphError('actorgraph/serve: "params" must be a JSON object', 'Example: {"name": "Belarus"}'));
      // A client that goes away (tab closed, fetch aborted) must not leave its query running.
      const gone = new AbortController();
      res.once('close', () => { if (!res.writableFinished) gone.abort(); });
      const c = opts.settings.console;
      try {
        const t = performance.now();
        const result = await runQuery(opts.store, body.query, params as Record<string, unknown>, {
          timeoutMs: c.timeoutMs, maxRows: c.maxRows, signal: gone.signal,
          paramLimits: { maxDepth: c.maxParamDepth, maxItems: c.maxParamItems },
        });
        const note = result.truncated ? `first ${c.maxRows} rows: the query returned more (add LIMIT or narrow it)` : undefined;
        return send(res, 200, JSON.stringify({ ...result, ...(note ? { note } : {}), ms: Math.round(performance.now() - t) }));
      } catch (e) {
        if (gone.signal.aborted) return;
        // A refused query (LOAD CSV, administration, a write) is 403; Neo4j's own messages
        // (syntax error, timeout…) go to the console, with advice worded for the console rather than the CLI.
        return sendError(res, e instanceof QueryRefusedError ? 403 : 400, forConsole(e));
      }
    }
    return sendError(res, 404, new ActorGraphError(`actorgraph/serve: no route ${req.method} ${url.pathname}`));
  };
  return createServer((req, res) => {
    const t = performance.now();
    handle(req, res).catch((e) => { if (!res.headersSent) sendError(res, 500, e); else res.end(); })
      .finally(() => log(`${req.method} ${req.url} ${res.statusCode} ${Math.round(performance.now() - t)} ms`));
  });
}

/** Starts listening; resolves with the URL to open. */
export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      resolve(`http://${host}:${typeof addr === 'object' && addr ? addr.port : port}/`);
    });
  });
}
