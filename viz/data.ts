/**
 * viz/data — where the page's graph comes from: the JSON embedded by `actorgraph build`
 * (static, file://) or the `serve` API.
 */
import { fromJSON, type GraphJSON } from '../src/graph/serialize.js';
import type { ActorGraph } from '../src/graph/build.js';
import { fromPageGraph, type PageGraph } from '../src/graph/page-data.js';

export interface PageConfig {
  mode: 'static' | 'serve';
  cap: number;
  title?: string;
}

export function readJsonScript<T>(id: string): T | null {
  const e = document.getElementById(id);
  if (!e || !e.textContent?.trim()) return null;
  return JSON.parse(e.textContent) as T;
}

export function embeddedGraph(): ActorGraph | null {
  const data = readJsonScript<GraphJSON | PageGraph>('ag-graph');
  if (!data) return null;
  return 'format' in data && data.format === 'actorgraph-page/1' ? fromPageGraph(data) : fromJSON(data as GraphJSON);
}

export async function fetchGraph(limit: number): Promise<ActorGraph> {
  const res = await fetch(`api/graph?limit=${limit}`);
  const body = await res.json();
  if (!res.ok) throw new Error([body?.error?.message ?? `HTTP ${res.status}`, body?.error?.hint].filter(Boolean).join(' — '));
  return fromJSON(body as GraphJSON);
}
