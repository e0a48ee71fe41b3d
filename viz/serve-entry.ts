/**
 * viz/serve-entry — the bundle `actorgraph serve` sends: graph from /api/graph, Cypher console.
 */
import { startApp } from './app.js';
import { fetchGraph, readJsonScript, type PageConfig } from './data.js';
import { showFatal } from './fatal.js';
import { mountConsole } from './console/console.js';

async function main(): Promise<void> {
  const config = readJsonScript<PageConfig>('ag-config') ?? { mode: 'serve', cap: 1500 };
  const graph = await fetchGraph(config.cap);
  const app = startApp(graph, config);
  mountConsole(app, document.getElementById('console')!, graph);
}

main().catch(showFatal);
