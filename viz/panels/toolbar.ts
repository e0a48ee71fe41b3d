/**
 * viz/panels/toolbar — layout run/stop, spread (noverlap), fit, exports and the share link.
 */
import type { App } from '../api.js';
import type { LayoutControl } from '../layout-control.js';
import { el, clear } from '../dom.js';
import { viewToPng, graphToGexf, download } from '../export.js';

export function renderToolbar(app: App, root: HTMLElement, layout: () => LayoutControl): void {
  clear(root);
  const run = el('button', { class: 'primary', text: '▶ Layout', title: 'Run ForceAtlas2 (web worker)', attrs: { id: 'layout-toggle' } });
  const sync = () => {
    const on = layout().running();
    run.textContent = on ? '■ Stop layout' : '▶ Layout';
    run.classList.toggle('running', on);
  };
  // On the map, positions are the countries' own: nothing for a force layout to do.
  const onMap = app.state.layout === 'map';
  if (onMap) { run.disabled = true; run.title = 'The map layout places actors by country: switch to Force to run ForceAtlas2'; }
  run.addEventListener('click', () => { const l = layout(); if (l.running()) l.stop(); else l.start(); sync(); });
  const name = (app.model.graph.getAttribute('name') || 'actorgraph').replace(/[^\w.-]+/g, '_');
  const status = el('span', { class: 'status', attrs: { id: 'share-status', role: 'status' } });
  const flash = (text: string) => { status.textContent = text; setTimeout(() => { if (status.textContent === text) status.textContent = ''; }, 2500); };
  root.append(
    run,
    el('button', {
      text: 'Spread', title: 'Move overlapping nodes and labels apart (noverlap)', attrs: { id: 'spread', ...(onMap ? { disabled: '' } : {}) },
      on: { click: () => { if (!layout().spread()) flash('Too many nodes drawn to spread: filter first'); } },
    }),
    el('button', { text: 'Fit', title: 'Show the whole graph', attrs: { id: 'fit' }, on: { click: () => app.fit() } }),
    el('span', { class: 'sep' }),
    el('button', { text: 'PNG', title: 'Export the current view as PNG', attrs: { id: 'export-png' }, on: { click: () => download(`${name}.png`, viewToPng(app.sigma)) } }),
    el('button', {
      text: 'GEXF', title: 'Export the graph as GEXF (Gephi)', attrs: { id: 'export-gexf' },
      on: { click: () => { app.complete(); download(`${name}.gexf`, URL.createObjectURL(new Blob([graphToGexf(app.model.graph)], { type: 'application/xml' }))); } },
    }),
    el('button', {
      text: 'Share', title: 'Copy a link to this view (selection and filters)', attrs: { id: 'share' },
      on: {
        click: () => {
          const url = location.href;
          navigator.clipboard?.writeText(url).then(() => flash('Link copied'), () => flash('Link is in the address bar'));
        },
      },
    }),
    status,
  );
}
