/**
 * viz/static-entry — the bundle of `actorgraph build`'s out/index.html: graph embedded, no server.
 */
import { startApp } from './app.js';
import { embeddedGraph, readJsonScript, type PageConfig } from './data.js';
import { showFatal } from './fatal.js';

try {
  const config = readJsonScript<PageConfig>('ag-config') ?? { mode: 'static', cap: 1500 };
  performance.mark('ag:start');
  const embedded = embeddedGraph();
  performance.mark('ag:graph');
  if (!embedded) throw new Error('No graph data embedded in this page. Rebuild it with `actorgraph build <inputs> -o out`.');
  startApp(embedded.graph, config, embedded);
} catch (e) {
  showFatal(e);
}
