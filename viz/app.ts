/**
 * viz/app — the page's orchestrator: one Sigma renderer, the view state, and the panels that
 * read and change it. Sections: setup · state changes · events · public API.
 */
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { CameraState } from 'sigma/types';
import type { ActorGraph } from '../src/graph/build.js';
import type { App } from './api.js';
import type { WholeGraph } from '../src/graph/page-data.js';
import { buildModel, shownNodes, topLimit, type Model } from './model.js';
import { edgePasses, makeReducers, PLAIN_EDGES_OVER, type Interaction, type ViewExtras } from './reducers.js';
import { countsInRange } from './timeline.js';
import { MAP_TOP, mapExtent, mapPositions, type Point } from './geo.js';
import { mountMapLayer } from './map-layer.js';
import { coords } from 'actorgraph:geo';
import { renderTimeline } from './panels/timeline.js';
import { scheduleRest } from './rest.js';
import { fromHash, toHash, type ViewState } from './state.js';
import { layoutControl, type LayoutControl } from './layout-control.js';
import { drawEdgeLabel, drawHover, drawLabel, drawnLabels, resetLabels, space } from './draw.js';
import { emptyView, extentOf, syncView } from './view-graph.js';
import { fitCamera, frameNodes, withLabelRoom } from './camera.js';
import { whenEvidenceReady } from './evidence.js';
import { byId } from './dom.js';
import { mountSearch } from './panels/search.js';
import { renderDetails } from './panels/details.js';
import { renderFilters } from './panels/filters.js';
import { renderLegend } from './panels/legend.js';
import { renderToolbar } from './panels/toolbar.js';

export interface AppConfig {
  cap: number;
  /** Actors drawn at first (the Show control's default); absent: `cap`. */
  show?: number;
  title?: string;
}

/** A graph embedded in two parts (data.ts): `graph` holds the head until `addRest` succeeds. */
export interface GraphSource {
  whole?: WholeGraph;
  addRest(): boolean;
}

/** Edge hover picking costs a second render pass; past this many edges we skip it. */
const EDGE_EVENTS_MAX = 20000;
/** Drawn edges past which panning and zooming hide them until the camera stops. */
const MOVE_WITHOUT_EDGES_OVER = 5000;

export function startApp(graph: ActorGraph, config: AppConfig, source: GraphSource = { addRest: () => false }): App {
  // ── setup ─────────────────────────────────────────────────────────────────────
  const t0 = performance.now();
  const listeners: Array<() => void> = [];
  const ui: Interaction = { hoveredNode: null, hoveredEdge: null, resultNodes: null };
  let state: ViewState = fromHash(location.hash);
  let model: Model = buildModel(graph, config.cap, source.whole, config.show);
  let shown = shownNodes(model, state);
  // Sigma draws `view` (shown nodes only), never the full graph: see view-graph.ts.
  const view = emptyView();
  syncView(graph, view, shown);
  // The rest of a split graph arrives after the first frame: rebuild the indexes, and redraw
  // only if it changes what is shown (a URL naming an actor or filter beyond the head).
  const rest = scheduleRest(!!source.whole, source.addRest, () => {
    model = buildModel(model.graph, config.cap, source.whole, config.show);
    app.model = model;
    const next = shownNodes(model, state);
    const same = next.size === shown.size && [...next].every((n) => shown.has(n));
    update({ reducers: !same });
    if (!same && state.selected) focusNode(state.selected);
    // For bench:viz: from here search, expand and exports see the whole graph.
    document.body.dataset.wholeAt = performance.now().toFixed(1);
  });
  // Map-layout positions, made when the map is first asked for and again for a new graph.
  let geo: { graph: ActorGraph; order: number; positions: Map<string, Point> } | null = null;
  const positions = () => {
    if (state.layout !== 'map') return null;
    if (geo?.graph !== model.graph || geo.order !== model.graph.order) geo = { graph: model.graph, order: model.graph.order, positions: mapPositions(model.graph, coords) };
    return geo.positions;
  };
  // Sigma 3.0 takes positions from the graph's attributes, not from reducers: on the map the
  // nodes' x/y are the map's, and each graph's force positions wait here to come back.
  const forcePositions = new WeakMap<ActorGraph, Map<string, Point>>();
  const placeNodes = () => {
    const g = model.graph, pos = positions();
    let saved = forcePositions.get(g);
    if (pos) {
      if (!saved) forcePositions.set(g, (saved = new Map()));
      g.forEachNode((n, a) => {
        if (!saved!.has(n)) saved!.set(n, { x: a.x ?? 0, y: a.y ?? 0 });
        const p = pos.get(n);
        if (p) { a.x = p.x; a.y = p.y; }
      });
    } else if (saved) {
      g.forEachNode((n, a) => { const p = saved!.get(n); if (p) { a.x = p.x; a.y = p.y; } });
      forcePositions.delete(g);
    }
  };
  placeNodes();
  // The frame is that of the actors drawn when the view was last framed (at first, after a
  // change of the Show control, the end of a layout): filters, the timeline and "expand" do
  // not move the drawing. A big graph opens on its top actors, not on the whole graph's extent
  // (where MUC-3's top hundred were a knot in the middle). On the map, the actors' region.
  let frame = extentOf(view);
  const extent = () => {
    const pos = positions();
    if (pos) return mapExtent(pos);
    const e = frame;
    // (sigma frames nodes, not the labels right of them: make room for those of the rightmost)
    return e && sigmaReady ? withLabelRoom(e, labelFootprints(), sigma.getDimensions().width, sigma.getDimensions().height, sigma.getSetting('stagePadding')) : e;
  };
  let sigmaReady = false;
  const measure = document.createElement('canvas').getContext('2d');
  const labelWidth = (n: string) => {
    if (!measure || !view.hasNode(n)) return 0;
    measure.font = `${sigma.getSetting('labelWeight')} ${sigma.getSetting('labelSize')}px ${sigma.getSetting('labelFont')}`;
    return measure.measureText(view.getNodeAttribute(n, 'label') ?? '').width;
  };
  const labelFootprints = () => {
    if (view.order > 300) return [];
    const out: Array<{ x: number; size: number; labelPx: number }> = [];
    view.forEachNode((n, a) => { out.push({ x: a.x ?? 0, size: sigma.getNodeDisplayData(n)?.size ?? a.size ?? 4, labelPx: labelWidth(n) }); });
    return out;
  };
  // The timeline brush: each edge's evidence in the range (null when every date passes).
  const timeCounts = () => ((state.time || !state.undated) && model.timeline ? countsInRange(model.timeline, state.time, state.undated) : null);
  // The timeline panel waits for the first frame (building it reads every edge's evidence days),
  // unless a link already asks for a time range.
  let timelineShown = !!(state.time || !state.undated);
  const showTimeline = () => {
    const box = byId('timeline'), had = !box.hidden;
    renderTimeline(app, box);
    // The timeline takes its height from the canvas: sigma sizes its layers only when told, and
    // resizing clears them, so it must draw again (a page once stayed blank here).
    if (had !== !box.hidden) { sigma.resize(); sigma.refresh(); }
    // For tests and bench:viz: the timeline (or its absence) is settled.
    document.body.dataset.timelineAt ??= performance.now().toFixed(1);
  };
  let extras: ViewExtras = { counts: timeCounts() };
  let layout: LayoutControl | null = null;
  // While FA2 runs, sigma re-frames to the moving drawing; at rest the frame is the full graph's.
  // (noverlap measures labels in the canvas's pixels: sigma fits the drawing's larger side to the
  // canvas's smaller one, less its padding)
  const getLayout = () => (layout ??= layoutControl(view, (running) => { if (!running) frame = extentOf(view); sigma.setCustomBBox(running ? null : extent()); },
    () => { const { width, height } = sigma.getDimensions(); return Math.max(200, Math.min(width, height) - 2 * sigma.getSetting('stagePadding')); }));

  performance.mark('ag:model');
  // Reducers from the start: our `type` attributes are not sigma program names.
  const initial = makeReducers(model, state, shown, ui, view.size > PLAIN_EDGES_OVER, extras);
  const sigma = new Sigma(view, byId('sigma'), {
    nodeReducer: initial.nodeReducer,
    edgeReducer: initial.edgeReducer,
    // Only highlighted edges carry a label (reducers.ts), so this draws hover/selection labels.
    renderEdgeLabels: true,
    enableEdgeEvents: model.size <= EDGE_EVENTS_MAX,
    // Thousands of long edges are most of a frame's fill (and all of it in software WebGL):
    // while the camera moves they are left out, and drawn again when it stops.
    hideEdgesOnMove: view.size > MOVE_WITHOUT_EDGES_OVER,
    zIndex: true,
    defaultEdgeType: 'arrow',
    labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#e6e9ef' },
    edgeLabelColor: { color: '#c9d3e0' },
    edgeLabelSize: 12,
    labelDensity: 1.5,
    labelGridCellSize: 60,
    labelRenderedSizeThreshold: 7,
    minEdgeThickness: 0.8,
    defaultDrawNodeLabel: drawLabel,
    defaultDrawNodeHover: drawHover,
    defaultDrawEdgeLabel: drawEdgeLabel,
    stagePadding: 60,
    // Plain edges (reducers.ts, past PLAIN_EDGES_OVER drawn) as 1-pixel GL lines, not sigma's
    // default quads: in software WebGL that halves the time to rasterise 13k edges (0.53 → 0.23 s).
    edgeProgramClasses: { line: EdgeLineProgram },
  });
  sigmaReady = true;
  // (labels crossing one already drawn are left out: draw.ts keeps the frame's boxes)
  sigma.on('beforeRender', resetLabels);
  // Sigma's label grid hands its candidates over cell by cell, so a small actor of an earlier
  // cell took the room a hub of a later one needed (MUC-3's FMLN, El Salvador and the United
  // States went unlabelled in the middle of their graph): the biggest go first. (The grid is
  // sigma's own, not in its typings' public part, and is made anew with the graph: wrapped on
  // each frame it is new.)
  sigma.on('beforeRender', () => {
    const grid = (sigma as unknown as { labelGrid: { getLabelsToDisplay(ratio: number, density: number): string[]; agSorted?: true } }).labelGrid;
    if (grid.agSorted) return;
    const pick = grid.getLabelsToDisplay.bind(grid);
    const size = (n: string) => sigma.getNodeDisplayData(n)?.size ?? 0;
    // (the selected and the hovered actor first of all: their labels are drawn whatever they meet)
    const must = () => [state.selected, ui.hoveredNode].filter((n): n is string => !!n && view.hasNode(n));
    grid.getLabelsToDisplay = (ratio, density) => [...must(), ...pick(ratio, density).sort((a, b) => size(b) - size(a))];
    grid.agSorted = true;
  });
  // Labels keep off the discs drawn in this frame: those on the canvas (and a margin), in pixels.
  space.setDiscSource(() => {
    const out: Array<{ key: string; x: number; y: number; r: number }> = [];
    const { width, height } = sigma.getDimensions();
    view.forEachNode((n) => {
      const d = sigma.getNodeDisplayData(n);
      if (!d || d.hidden) return;
      const v = sigma.framedGraphToViewport(d), r = sigma.scaleSize(d.size);
      if (v.x > -200 && v.y > -50 && v.x < width + 200 && v.y < height + 50) out.push({ key: n, x: v.x, y: v.y, r });
    });
    return out;
  });
  // On hover sigma redraws the edge labels alone (no beforeRender): their room is freed first.
  // (renderEdgeLabels is sigma's own pass, not in its typings' public part)
  const edgeLabelPass = sigma as unknown as { renderEdgeLabels(): unknown };
  const renderEdgeLabels = edgeLabelPass.renderEdgeLabels.bind(sigma);
  edgeLabelPass.renderEdgeLabels = () => { space.resetEdgeLabels(); return renderEdgeLabels(); };
  sigma.setCustomBBox(extent());
  // The side panel opening or closing (or the window) changes the canvas's width: the room the
  // labels need changes with it.
  sigma.on('resize', () => { if (!layout?.running()) sigma.setCustomBBox(extent()); });
  const mapLayer = mountMapLayer(sigma);
  // On the map the camera goes to where the actors are, filling the canvas (the frame is a
  // region of the world, fitted by its larger side only). Display data are those of the next
  // render: the camera moves after it.
  const fitMap = (animate: boolean) => {
    sigma.once('afterRender', () => {
      const cam = fitCamera(sigma, view.nodes(), labelWidth, { top: MAP_TOP });
      if (!cam) return;
      if (animate) sigma.getCamera().animate(cam, { duration: 300 }); else sigma.getCamera().setState(cam);
    });
    sigma.refresh();
  };
  // A custom frame takes effect at sigma's next processing, not its next render: on the map
  // (whose frame is the world's, not the nodes' extent) process again now.
  if (state.layout === 'map') fitMap(false);
  mapLayer.show(state.layout === 'map');
  // The constructor processes and renders synchronously: the first frame is on the canvas now.
  performance.mark('ag:sigma');
  document.body.dataset.firstFrameMs = (performance.now() - t0).toFixed(1);
  // From navigation start: includes parsing the embedded JSON (what users wait for).
  document.body.dataset.firstFrameAt = performance.now().toFixed(1);
  // WebGL work is queued, not done, when JS returns: two animation frames later the first
  // picture has been rasterised and presented.
  requestAnimationFrame(() => requestAnimationFrame(() => {
    document.body.dataset.firstPaintAt = performance.now().toFixed(1);
    setTimeout(() => { if (!timelineShown) { timelineShown = true; showTimeline(); } }, 0);
  }));

  // ── state changes ──────────────────────────────────────────────────────────────
  const applyReducers = () => {
    const { nodeReducer, edgeReducer } = makeReducers(model, state, shown, ui, view.size > PLAIN_EDGES_OVER, extras);
    sigma.setSetting('nodeReducer', nodeReducer);
    sigma.setSetting('edgeReducer', edgeReducer);
  };

  // Hover changes a node's or an edge's neighbourhood only: re-run the reducers for those
  // (the reducers read `ui` live) instead of all 50k items, which made panning across a big
  // graph stall for seconds whenever the pointer crossed a node.
  const refreshAround = (node: string | null, edge: string | null) => {
    const nodes: string[] = [], edges: string[] = [];
    if (node && view.hasNode(node)) { nodes.push(node, ...view.neighbors(node)); edges.push(...view.edges(node)); }
    if (edge && view.hasEdge(edge)) { edges.push(edge); nodes.push(...view.extremities(edge)); }
    if (nodes.length || edges.length) sigma.refresh({ partialGraph: { nodes, edges }, schedule: true });
  };

  const update = (opts: { reducers?: boolean } = {}) => {
    // "Show 3,000" or "all" on a page whose rest is not in yet: bring it in (it updates again).
    if (rest.pending() && topLimit(model, state) > model.graph.order) rest.ensure();
    // An actor beyond the head may be named before the rest is in: keep it until then.
    if (state.selected && !model.graph.hasNode(state.selected) && !rest.pending()) state.selected = null;
    shown = shownNodes(model, state);
    app.shown = shown;
    placeNodes();
    syncView(model.graph, view, shown);
    extras = { counts: timeCounts() };
    app.timeCounts = extras.counts ?? null;
    // Each reducer change makes sigma re-process every node and edge: skip it when unchanged.
    if (opts.reducers !== false) applyReducers();
    renderDetails(app, byId('details'), state.selected);
    renderFilters(app, byId('filters'));
    renderLegend(app, byId('legend'));
    if (timelineShown) showTimeline();
    // What is drawn now, of the whole: a filter or a time range shows in the counts.
    let drawn = 0;
    view.forEachEdge((e, a) => { if (edgePasses(a, state) && (!extras.counts || extras.counts.has(e))) drawn++; });
    byId('stats').textContent = `${shown.size.toLocaleString()} / ${model.order.toLocaleString()} actors · ${drawn.toLocaleString()} / ${model.size.toLocaleString()} relations`;
    const hash = toHash(state);
    if (hash !== location.hash && !(hash === '' && location.hash === '')) history.replaceState(null, '', hash || location.pathname + location.search);
    for (const l of listeners) l();
  };

  // Display data holds camera ("framed graph") coordinates only after sigma has processed the
  // new reducers, so wait for the render that update() scheduled.
  // The view before search or a link moved the camera: closing the panel goes back to it.
  let cameraBeforeFocus: CameraState | null = null;
  const focusNode = (node: string) => {
    cameraBeforeFocus ??= sigma.getCamera().getState();
    sigma.once('afterRender', () => frameNodes(sigma, [node, ...(view.hasNode(node) ? view.neighbors(node) : [])], 400, labelWidth));
    sigma.scheduleRender();
  };

  // ── events ─────────────────────────────────────────────────────────────────────
  sigma.on('clickNode', ({ node }) => app.select(node));
  sigma.on('clickStage', () => { if (state.selected) app.select(null); });
  // Sigma reports hovers while the canvas is dragged too; a pan is not a hover.
  const dragging = () => sigma.getMouseCaptor().isMouseDown;
  sigma.on('enterNode', ({ node }) => { if (dragging()) return; ui.hoveredNode = node; document.body.style.cursor = 'pointer'; refreshAround(node, null); });
  sigma.on('leaveNode', ({ node }) => { ui.hoveredNode = null; document.body.style.cursor = ''; refreshAround(node, null); });
  sigma.on('enterEdge', ({ edge }) => { if (dragging()) return; ui.hoveredEdge = edge; refreshAround(null, edge); });
  sigma.on('leaveEdge', ({ edge }) => { ui.hoveredEdge = null; refreshAround(null, edge); });
  window.addEventListener('hashchange', () => {
    if (location.hash === toHash(state)) return;
    const before = state.layout, beforeTop = state.top;
    state = fromHash(location.hash);
    app.state = state;
    update();
    if (state.top !== beforeTop) { frame = extentOf(view); sigma.setCustomBBox(extent()); sigma.refresh(); }
    if (state.layout !== before) {
      sigma.setCustomBBox(extent()); mapLayer.show(state.layout === 'map'); renderToolbar(app, byId('toolbar'), getLayout);
      if (state.layout === 'map') fitMap(false); else { sigma.refresh(); sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }); }
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.selected && !(e.target instanceof HTMLInputElement)) app.select(null);
  });

  // ── public API ───────────────────────────────────────────────────────────────────
  const app: App = {
    sigma, state, model, shown, timeCounts: extras.counts ?? null,
    update,
    setLayout(mode) {
      if (mode === state.layout) return;
      if (mode === 'map') layout?.stop();
      state.layout = mode;
      update();
      sigma.setCustomBBox(extent());
      mapLayer.show(mode === 'map');
      renderToolbar(app, byId('toolbar'), getLayout);
      if (mode === 'map') fitMap(true);
      else { sigma.refresh(); sigma.getCamera().animatedReset({ duration: 300 }); }
    },
    fit() {
      if (state.layout === 'map') fitMap(true);
      else sigma.getCamera().animatedReset({ duration: 300 });
    },
    complete: () => rest.ensure(),
    setTop(top) {
      state.top = top === model.show ? null : top;
      update();
      frame = extentOf(view);
      sigma.setCustomBBox(extent());
      sigma.refresh();
      sigma.getCamera().animatedReset({ duration: 300 });
    },
    select(node, opts = {}) {
      if (node && !model.graph.hasNode(node)) rest.ensure();
      state.selected = node && model.graph.hasNode(node) ? node : null;
      update();
      if (state.selected && opts.focus) focusNode(state.selected);
      if (!state.selected && cameraBeforeFocus) { sigma.getCamera().animate(cameraBeforeFocus, { duration: 300 }); cameraBeforeFocus = null; }
    },
    expand(node) {
      rest.ensure();
      for (const n of model.graph.neighbors(node)) state.expanded.add(n);
      update();
    },
    setGraph(g, opts = {}) {
      layout?.kill();
      layout = null;
      rest.ensure();
      // (a console result is drawn whole, up to the cap, not cut to the Show default; the full
      // graph again opens as at first)
      model = buildModel(g, config.cap, undefined, opts.banner ? config.cap : config.show);
      app.model = model;
      state.expanded.clear();
      state.selected = null;
      view.clear();
      cameraBeforeFocus = null;
      const banner = byId('banner');
      banner.hidden = !opts.banner;
      byId('banner-text').textContent = opts.banner ?? '';
      renderToolbar(app, byId('toolbar'), getLayout);
      update();
      frame = extentOf(view);
      sigma.setCustomBBox(extent());
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
  // A shared link may open the panel before the evidence block is parsed: fill it in then.
  whenEvidenceReady(() => { if (state.selected) renderDetails(app, byId('details'), state.selected); });
  (window as unknown as { actorgraph: unknown }).actorgraph = { app, view, Sigma, drawnLabels, labelSpace: space, get layout() { return layout; } };
  return app;
}
