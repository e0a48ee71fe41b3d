/**
 * viz/console/table — query rows as a table. Nodes print as (:Label {name}), relationships as
 * [:TYPE], like Neo4j Browser's text view; every cell is text (textContent).
 */
import { el } from '../dom.js';

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v !== 'object') return typeof v === 'string' ? v : JSON.stringify(v);
  const o = v as Record<string, unknown>;
  if (o.kind === 'node') {
    const p = o.properties as Record<string, unknown>;
    const name = p.name ?? p.title ?? p.id;
    return `(${(o.labels as string[]).map((l) => `:${l}`).join('')}${name !== undefined ? ` {${JSON.stringify(name)}}` : ''})`;
  }
  if (o.kind === 'relationship') return `[:${o.type}]`;
  if (o.kind === 'path') {
    // (Belarus)-[:HOST]->(NATO): arrows follow each relationship's own direction.
    const nodes = o.nodes as Array<{ id: string; properties: Record<string, unknown> }>;
    const rels = o.relationships as Array<{ type: string; start: string }>;
    const name = (n: { properties: Record<string, unknown> }) => String(n.properties.name ?? n.properties.title ?? n.properties.id ?? '');
    let out = `(${name(nodes[0])})`;
    rels.forEach((r, i) => { const fwd = r.start === nodes[i].id; out += `${fwd ? '-' : '<-'}[:${r.type}]${fwd ? '->' : '-'}(${name(nodes[i + 1])})`; });
    return out;
  }
  if (Array.isArray(v)) return `[${v.map(cellText).join(', ')}]`;
  return JSON.stringify(v);
}

export function resultTable(columns: string[], rows: Record<string, unknown>[], max = 500): HTMLTableElement {
  return el('table', { class: 'results' }, [
    el('thead', {}, [el('tr', {}, columns.map((c) => el('th', { text: c })))]),
    el('tbody', {}, rows.slice(0, max).map((r) => el('tr', {}, columns.map((c) => el('td', { text: cellText(r[c]) }))))),
  ]);
}
