/**
 * actorgraph/store/batches — the parameters of each write transaction of one step.
 *
 * Two shapes: plain (`$rows`, one map per row: documents, actors, concepts) and grouped
 * (evidence by document, edges by subject): the rows are sorted by their group key and cut every
 * `size` rows; each batch then sends its distinct keys once (`$keys` under the statement's name)
 * with `$starts`, and its rows as joined columns (store/columns.ts). A group may straddle two
 * batches; each batch then names that key once.
 *
 * Params are built lazily, batch by batch, so the driver packs batch n+1 while the server writes
 * batch n (store/write.ts runs two transactions at a time).
 *
 * @example
 *   groupedBatches(evidence, (e) => e.doc, (e) => [e.id, …], 17, 2000, 'docs')[0].params()
 *   // { docs: ['doc-a', 'doc-b'], starts: [0, 6, 9], cols: [...], sep: '\u001f', sep2: '\u001e' }
 */
import { packColumns, separators } from './columns.js';

export interface Batch {
  /** Rows (triples' evidence, edges, nodes) this batch writes: for progress. */
  rows: number;
  params: () => Record<string, unknown>;
}

export function plainBatches(rows: readonly unknown[], size: number): Batch[] {
  const out: Batch[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const batch = rows.slice(i, i + size);
    out.push({ rows: batch.length, params: () => ({ rows: batch }) });
  }
  return out;
}

export function groupedBatches<R>(rows: readonly R[], key: (r: R) => string, tuple: (r: R) => unknown[], width: number,
  size: number, keysParam: string): Batch[] {
  // A stable sort by key keeps input order inside a group (evidence in sentence order).
  const sorted = rows.map((r, i) => ({ r, k: key(r), i })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i));
  const out: Batch[] = [];
  for (let i = 0; i < sorted.length; i += size) {
    const batch = sorted.slice(i, i + size);
    out.push({
      rows: batch.length,
      params: () => {
        const keys: string[] = [], starts: number[] = [];
        batch.forEach((x, j) => { if (j === 0 || x.k !== batch[j - 1].k) { keys.push(x.k); starts.push(j); } });
        starts.push(batch.length);
        return { [keysParam]: keys, starts, cols: packColumns(batch.map((x) => tuple(x.r)), width), ...separators() };
      },
    });
  }
  return out;
}
