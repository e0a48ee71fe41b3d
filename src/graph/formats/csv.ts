/**
 * actorgraph/graph/formats/csv — the graph as two RFC 4180 CSV files: a node list and an edge
 * list, each with a header row (graph/formats/flat.ts's columns). Spreadsheets, pandas, R,
 * Gephi's spreadsheet import (its Id/Label and Source/Target columns match ours, case aside)
 * and `LOAD CSV` read them.
 *
 * Quoting by csv-stringify (the maintained CSV writer of the node-csv project): a field is quoted
 * when it holds a comma, a quote (doubled) or a line break, so evidence ids and sentences travel
 * exactly. Booleans are written true/false (csv-stringify's default would be 1 and empty), a
 * missing value is an empty field. Lines end with CRLF, as RFC 4180 says.
 */
import { stringify } from 'csv-stringify/sync';
import type { ActorGraph } from '../build.js';
import { EDGE_COLUMNS, NODE_COLUMNS, edgeRecords, nodeRecords, type Scalar } from './flat.js';

const OPTIONS = { record_delimiter: 'windows', cast: { boolean: (v: boolean) => String(v) } } as const;

function table(columns: readonly (readonly [string, string])[], rows: Record<string, Scalar>[]): string {
  const names = columns.map(([n]) => n);
  return stringify([names, ...rows.map((r) => names.map((n) => r[n]))], OPTIONS);
}

/** The node list and the edge list, as CSV text. */
export function toCsv(g: ActorGraph): { nodes: string; edges: string } {
  return { nodes: table(NODE_COLUMNS, nodeRecords(g)), edges: table(EDGE_COLUMNS, edgeRecords(g)) };
}
