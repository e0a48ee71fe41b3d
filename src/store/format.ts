/**
 * actorgraph/store/format — query results as text: an aligned table, JSON, or CSV (RFC 4180).
 * Nodes print as (:Label {props}), relationships as [:TYPE {props}], so a table stays readable.
 */
import type { QueryResult } from './read.js';

export type QueryFormat = 'table' | 'json' | 'csv';
export const QUERY_FORMATS: readonly QueryFormat[] = ['table', 'json', 'csv'];

function props(p: Record<string, unknown>): string {
  const parts = Object.entries(p).map(([k, v]) => `${k}: ${cell(v)}`);
  return parts.length ? ` {${parts.join(', ')}}` : '';
}

/** One value as compact text. */
export function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map(cell).join(', ')}]`;
  const o = v as Record<string, unknown>;
  if (o.kind === 'node') return `(${(o.labels as string[]).map((l) => `:${l}`).join('')}${props(o.properties as Record<string, unknown>)})`;
  if (o.kind === 'relationship') return `[:${o.type}${props(o.properties as Record<string, unknown>)}]`;
  if (o.kind === 'path') {
    const nodes = o.nodes as unknown[], rels = o.relationships as unknown[];
    return nodes.map((n, i) => cell(n) + (i < rels.length ? `-${cell(rels[i])}->` : '')).join('');
  }
  return JSON.stringify(v);
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatResult(r: QueryResult, format: QueryFormat): string {
  if (format === 'json') return `${JSON.stringify(r.rows, null, 2)}\n`;
  if (format === 'csv') {
    const lines = [r.columns.map(csvField).join(','), ...r.rows.map((row) => r.columns.map((c) => csvField(cell(row[c]))).join(','))];
    return `${lines.join('\r\n')}\r\n`;
  }
  const grid = r.rows.map((row) => r.columns.map((c) => cell(row[c]).replace(/\s*\n\s*/g, ' ')));
  const width = r.columns.map((c, i) => Math.min(80, Math.max(c.length, ...grid.map((g) => g[i].length))));
  const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (cells: string[]) => cells.map((s, i) => fit(s, width[i])).join(' | ').trimEnd();
  const out = [line(r.columns), width.map((w) => '-'.repeat(w)).join('-+-'), ...grid.map(line)];
  out.push(`(${r.rows.length} row${r.rows.length === 1 ? '' : 's'})`);
  return `${out.join('\n')}\n`;
}
