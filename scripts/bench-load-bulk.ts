/**
 * The bulk rows of `npm run bench:load` (scripts/bench-load.ts calls benchBulk): `load --bulk`
 * (store/bulk/) beside the transactional `load`, in the same run, on the corpus and on a corpus
 * `scale` times larger made by repeating its triples with new ids (and new document ids), so the
 * bigger graph has as many more evidence nodes and edges' evidence, and the same actors.
 *
 * Each corpus is written once as a triples file in a temp folder; both loaders read that file
 * (the parse is in both times). For each:
 *   load       a fresh database of the bench server (wiped), loadInputs of the file;
 *   load --bulk a new home (data/neo4j/bench-bulk) whose server is started first (`npm run
 *               neo4j:start`, as a user would; its start and its stop are timed apart), then the
 *               command: import files written, neo4j-admin import run inside the server (the
 *               "end to end" time of the target: CSV written and imported), load's constraints.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Triple } from '../src/types.ts';
import { DEFAULT_SETTINGS } from '../src/settings.ts';
import type { Store } from '../src/store/connection.ts';
import { loadInputs } from '../src/store/load.ts';
import { DEFAULT_SERVER, REPO_ROOT, startServer, stopServer } from '../src/store/server.ts';
import { bulkLoadInputs } from '../src/store/bulk/bulk-load.ts';

export interface BulkRow { name: string; triples: number; seconds: number; note: string }

/** The triples, `times` times over, each copy with new triple and document ids. */
async function writeCorpus(file: string, triples: Triple[], times: number): Promise<number> {
  const out = createWriteStream(file);
  let n = 0;
  for (let k = 0; k < times; k++) {
    const suffix = k === 0 ? '' : `#r${k}`;
    for (const t of triples) {
      const line = JSON.stringify({ ...t, id: `${t.id}${suffix}`, evidence: { ...t.evidence, doc: `${t.evidence.doc}${suffix}` } });
      if (!out.write(`${line}\n`)) await once(out, 'drain');
      n++;
    }
  }
  out.end();
  await once(out, 'finish');
  return n;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export async function benchBulk(store: Store, wipe: () => Promise<unknown>, triples: Triple[], scales: number[], opts: { heap: string; port: number }): Promise<BulkRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-bench-bulk-'));
  const home = join(REPO_ROOT, 'data', 'neo4j', 'bench-bulk');
  const rows: BulkRow[] = [];
  try {
    for (const scale of scales) {
      const file = join(dir, `corpus-${scale}x.jsonl`);
      const n = await writeCorpus(file, triples, scale);
      const label = scale === 1 ? 'the corpus' : `${scale}x the corpus (repeated, new ids)`;

      await wipe();
      let t0 = performance.now();
      const loaded = await loadInputs(store, [file]);
      const loadS = (performance.now() - t0) / 1000;
      rows.push({ name: `actorgraph load, ${label}, fresh DB, from the triples file`, triples: n, seconds: loadS, note: `${fmt(loaded.evidenceCreated)} evidence, ${fmt(loaded.edgesCreated)} edges created` });
      process.stderr.write(`bench:load: load of ${label}: ${loadS.toFixed(2)} s\n`);

      await stopServer({ home });
      rmSync(home, { recursive: true, force: true });
      const password = 'actorgraph-bench';
      const server = { ...DEFAULT_SERVER, home, port: opts.port, password, heap: opts.heap, pageCacheMiB: 512 };
      t0 = performance.now();
      await startServer(server);
      const startS = (performance.now() - t0) / 1000;
      const s = await bulkLoadInputs({ ...DEFAULT_SETTINGS.neo4j, uri: `bolt://127.0.0.1:${server.port}`, password }, [file], { server });
      t0 = performance.now();
      await stopServer({ home });
      const stopS = (performance.now() - t0) / 1000;
      const endToEnd = s.seconds.csv + s.seconds.import;
      rows.push({ name: `actorgraph load --bulk, ${label}, empty DB: import files + neo4j-admin import (in the server)`, triples: n, seconds: endToEnd,
        note: `files ${s.seconds.csv.toFixed(2)} s + import ${s.seconds.import.toFixed(2)} s; ${(loadS / endToEnd).toFixed(1)}x load` });
      rows.push({ name: `actorgraph load --bulk, ${label}, whole command (+ check, constraints)`, triples: n, seconds: s.seconds.total,
        note: `check ${s.seconds.check.toFixed(2)} s, constraints ${s.seconds.schema.toFixed(2)} s; ${(loadS / s.seconds.total).toFixed(1)}x load; server start before it ${startS.toFixed(2)} s, stop after ${stopS.toFixed(2)} s (not in the row)` });
      process.stderr.write(`bench:load: load --bulk of ${label}: ${s.seconds.total.toFixed(2)} s (files ${s.seconds.csv.toFixed(2)}, import ${s.seconds.import.toFixed(2)}, constraints ${s.seconds.schema.toFixed(2)}); server start ${startS.toFixed(2)} s, stop ${stopS.toFixed(2)} s\n`);
      rmSync(file, { force: true });
    }
  } finally {
    await stopServer({ home });
    rmSync(home, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
