/**
 * viz/layout-control — ForceAtlas2 in a web worker (graphology's supervisor) with start/stop,
 * and a one-shot noverlap. Where a worker cannot be made (a locked-down file:// page), FA2 runs
 * a few iterations per animation frame on the main thread instead.
 *
 * FA2 as the worker runs it does not keep nodes (let alone their labels) apart, so a graph of
 * 70 actors ended its run with labels printed over each other; stopping it now ends with the
 * label-aware noverlap of the build (graphology-layout-noverlap, src/graph/layout.ts).
 */
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import fa2Module from 'graphology-layout-forceatlas2';
import { layoutUnitsPerPx, spreadLabels, NOVERLAP_MAX_ORDER } from '../src/graph/layout.js';
import { cjsDefault } from './cjs.js';
import type { ActorGraph } from '../src/graph/build.js';

const FA2Layout = cjsDefault(FA2LayoutModule);
const forceAtlas2 = cjsDefault(fa2Module);

export interface LayoutControl {
  running(): boolean;
  /** True when FA2 runs in a web worker, false on the main-thread fallback. */
  inWorker(): boolean;
  start(): void;
  stop(): void;
  /** Label-aware noverlap; false (nothing done) past NOVERLAP_MAX_ORDER drawn nodes, where it takes minutes. */
  spread(): boolean;
  kill(): void;
}

/** `onChange` hears every start, stop and spread (the app lets sigma re-frame while nodes move). */
export function layoutControl(graph: ActorGraph, onChange: (running: boolean) => void = () => {}, viewPx: () => number = () => 700): LayoutControl {
  const settings = { ...forceAtlas2.inferSettings(graph), slowDown: 5 };
  let worker: InstanceType<typeof FA2Layout> | null = null;
  let frame = 0;
  let running = false;
  try {
    worker = new FA2Layout(graph, { settings, getEdgeWeight: null });
  } catch {
    worker = null;
  }
  const loop = () => {
    forceAtlas2.assign(graph, { iterations: 2, settings, getEdgeWeight: null });
    frame = requestAnimationFrame(loop);
  };
  // The build's label-aware noverlap: node sizes are pixels, positions layout units. Spreading
  // widens the drawing, which shrinks its labels' share of it: a second pass measures again.
  const spreadApart = () => {
    if (graph.order > NOVERLAP_MAX_ORDER) return;
    for (let pass = 0; pass < 2; pass++) spreadLabels(graph, 200, layoutUnitsPerPx(graph, viewPx()));
  };
  const halt = () => {
    running = false;
    worker?.stop();
    cancelAnimationFrame(frame);
  };
  return {
    running: () => running,
    inWorker: () => worker !== null,
    start() {
      if (running || graph.order < 2) return;
      running = true;
      onChange(true);
      if (worker) worker.start(); else frame = requestAnimationFrame(loop);
    },
    stop() {
      const was = running;
      halt();
      // (a run ends with labels apart, as the build's layout does)
      if (was) spreadApart();
      if (was) onChange(false);
    },
    spread() {
      if (graph.order > NOVERLAP_MAX_ORDER) return false;
      spreadApart();
      onChange(running);
      return true;
    },
    kill() { halt(); worker?.kill(); },
  };
}
