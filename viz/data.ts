/**
 * viz/data — where the page's graph comes from: the JSON embedded by `actorgraph build`
 * (static, file://) or the `serve` API. A big static graph is embedded in two parts
 * (graph/page-data.ts): the head before the script, drawn first, and the rest after it.
 */
import { fromJSON, type GraphJSON } from '../src/graph/serialize.js';
import type { ActorGraph } from '../src/graph/build.js';
import { addPageRest, fromPageGraph, type PageGraph, type PageRest, type WholeGraph } from '../src/graph/page-data.js';

export interface PageConfig {
  mode: 'static' | 'serve';
  cap: number;
  /** Actors drawn at first (settings.initialShown); absent: `cap`. */
  show?: number;
  title?: string;
}

export function readJsonScript<T>(id: string): T | null {
  const e = document.getElementById(id);
  if (!e || !e.textContent?.trim()) return null;
  return JSON.parse(e.textContent) as T;
}

export interface Embedded {
  graph: ActorGraph;
  /** Set while a rest is still to be added: the whole graph's extent, ranking and totals. */
  whole?: WholeGraph;
  /** Adds the rest block to `graph` (once the page is parsed); false when there is none. */
  addRest(): boolean;
}

export function embeddedGraph(): Embedded | null {
  const data = readJsonScript<GraphJSON | PageGraph>('ag-graph');
  if (!data) return null;
  if (!('format' in data && data.format === 'actorgraph-page/1')) return { graph: fromJSON(data as GraphJSON), addRest: () => false };
  const graph = fromPageGraph(data);
  let done = !data.whole;
  return {
    graph, whole: data.whole,
    addRest() {
      if (done || document.readyState === 'loading') return false;
      done = true;
      const rest = readJsonScript<PageRest>('ag-graph-rest');
      if (rest) addPageRest(graph, data, rest);
      return !!rest;
    },
  };
}

export async function fetchGraph(limit: number): Promise<ActorGraph> {
  const res = await fetch(`api/graph?limit=${limit}`);
  const body = await res.json();
  if (!res.ok) throw new Error([body?.error?.message ?? `HTTP ${res.status}`, body?.error?.hint].filter(Boolean).join(' — '));
  return fromJSON(body as GraphJSON);
}
