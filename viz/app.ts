/**
 * viz/app — the page's orchestrator: one Sigma renderer, the view state, and the panels that
 * read and change it. Sections: setup · state changes · events · public API.
 */
import Sigma from 'sigma';
import type { ActorGraph } from '../src/graph/build.js';
import type { App } from './api.js';
import { buildModel, shownNodes, type Model } from './model.js';
import { makeReducers, type Interaction } from './reducers.js';
import { fromHash, toHash, type ViewState } from './state.js';
import { layoutControl, type LayoutControl } from './layout-control.js';
import { drawHover, drawLabel } from './draw.js';
import { byId } from './dom.js';
import { mountSearch } from './panels/search.js';
import { renderDetails } from './panels/details.js';
import { renderFilters } from './panels/filters.js';
import { renderLegend } from './panels/legend.js';
import { renderToolbar } from './panels/toolbar.js';

export interface AppConfig {
  cap: number;
  title?: string;
}

/** Edge hover picking costs a second render pass; past this many edges we skip it. */
const EDGE_EVENTS_MAX = 20000;

export function startApp(graph: ActorGraph, config: AppConfig): App {
  // ── setup ─────────────────────────────────────────────────────────────────────
  const t0 = performance.now();
  const listeners: Array<() => void> = [];
  const ui: Interaction = { hoveredNode: null, hoveredEdge: null, resultNodes: null };
  let state: ViewState = fromHash(location.hash);
  let model: Model = buildModel(graph, config.cap);
  let shown = shownNodes(model, state);
  let layout: LayoutControl | null = null;
  const getLayout = () => (layout ??= layoutControl(model.graph));

  performance.mark('ag:model');
  // Reducers from the start: our `type` attributes are not sigma program names.
  const initial = makeReducers(model, state, shown, ui);
  const sigma = new Sigma(graph, byId('sigma'), {
    nodeReducer: initial.nodeReducer,
    edgeReducer: initial.edgeReducer,
    renderEdgeLabels: false,
    enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX,
    zIndex: true,
    defaultEdgeType: 'arrow',
    labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#e6e9ef' },
    edgeLabelColor: { color: '#c9d3e0' },
    edgeLabelSize: 12,
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    minEdgeThickness: 0.8,
    defaultDrawNodeLabel: drawLabel,
    defaultDrawNodeHover: drawHover,
    stagePadding: 60,
  });
  // The constructor processes and renders synchronously: the first frame is on the canvas now.
  performance.mark('ag:sigma');
  document.body.dataset.firstFrameMs = (performance.now() - t0).toFixed(1);
  // From navigation start: includes parsing the embedded JSON (what users wait for).
  document.body.dataset.firstFrameAt = performance.now().toFixed(1);
  // WebGL work is queued, not done, when JS returns: two animation frames later the first
  // picture has been rasterised and presented.
  requestAnimationFrame(() => requestAnimationFrame(() => { document.body.dataset.firstPaintAt = performance.now().toFixed(1); }));

  // ── state changes ──────────────────────────────────────────────────────────────
  const applyReducers = () => {
    const { nodeReducer, edgeReducer } = makeReducers(model, state, shown, ui);
    sigma.setSetting('nodeReducer', nodeReducer);
    sigma.setSetting('edgeReducer', edgeReducer);
    sigma.setSetting('renderEdgeLabels', Boolean(ui.hoveredEdge || ui.hoveredNode || state.selected));
  };

  const update = (opts: { reducers?: boolean } = {}) => {
    if (state.selected && !model.graph.hasNode(state.selected)) state.selected = null;
    shown = shownNodes(model, state);
    app.shown = shown;
    // Each reducer change makes sigma re-process every node and edge: skip it when unchanged.
    if (opts.reducers !== false) applyReducers();
    renderDetails(app, byId('details'), state.selected);
    renderFilters(app, byId('filters'));
    renderLegend(app, byId('legend'));
    byId('stats').textContent = `${shown.size.toLocaleString()} / ${model.graph.order.toLocaleString()} actors · ${model.graph.size.toLocaleString()} relations`;
    const hash = toHash(state);
    if (hash !== location.hash && !(hash === '' && location.hash === '')) history.replaceState(null, '', hash || location.pathname + location.search);
    for (const l of listeners) l();
  };

  // Display data holds camera ("framed graph") coordinates only after sigma has processed the
  // new reducers, so wait for the render that update() scheduled.
  const focusNode = (node: string) => {
    performance.mark('ag:sigma');
  sigma.once('afterRender', () => {
      const d = sigma.getNodeDisplayData(node);
      if (d) sigma.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(sigma.getCamera().ratio, 0.6) }, { duration: 400 });
    });
  };

  // ── events ─────────────────────────────────────────────────────────────────────
  sigma.on('clickNode', ({ node }) => app.select(node));
  sigma.on('clickStage', () => { if (state.selected) app.select(null); });
  sigma.on('enterNode', ({ node }) => { ui.hoveredNode = node; document.body.style.cursor = 'pointer'; applyReducers(); });
  sigma.on('leaveNode', () => { ui.hoveredNode = null; document.body.style.cursor = ''; applyReducers(); });
  sigma.on('enterEdge', ({ edge }) => { ui.hoveredEdge = edge; applyReducers(); });
  sigma.on('leaveEdge', () => { ui.hoveredEdge = null; applyReducers(); });
  window.addEventListener('hashchange', () => {
    if (location.hash === toHash(state)) return;
    state = fromHash(location.hash);
    app.state = state;
    update();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.selected && !(e.target instanceof HTMLInputElement)) app.select(null);
  });

  // ── public API ───────────────────────────────────────────────────────────────────
  const app: App = {
    sigma, state, model, shown,
    update,
    select(node, opts = {}) {
      state.selected = node && model.graph.hasNode(node) ? node : null;
      update();
      if (state.selected && opts.focus) focusNode(state.selected);
    },
    expand(node) {
      for (const n of model.graph.neighbors(node)) state.expanded.add(n);
      update();
    },
    setGraph(g, opts = {}) {
      layout?.kill();
      layout = null;
      model = buildModel(g, config.cap);
      app.model = model;
      state.expanded.clear();
      state.selected = null;
      sigma.setGraph(g);
      const banner = byId('banner');
      banner.hidden = !opts.banner;
      byId('banner-text').textContent = opts.banner ?? '';
      renderToolbar(app, byId('toolbar'), getLayout);
      update();
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    },
    onChange(l) { listeners.push(l); },
  };

  renderToolbar(app, byId('toolbar'), getLayout);
  performance.mark('ag:panels-start');
  mountSearch(app, byId<HTMLInputElement>('search'), byId('search-results'));
  update({ reducers: false });
  performance.mark('ag:panels');
  if (state.selected) focusNode(state.selected);
  (window as unknown as { actorgraph: unknown }).actorgraph = { app, Sigma, get layout() { return layout; } };
  return app;
}
