/**
 * viz/layout-control — ForceAtlas2 in a web worker (graphology's supervisor) with start/stop,
 * and a one-shot noverlap. Where a worker cannot be made (a locked-down file:// page), FA2 runs
 * a few iterations per animation frame on the main thread instead.
 */
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import fa2Module from 'graphology-layout-forceatlas2';
import { spreadLabels, NOVERLAP_MAX_ORDER } from '../src/graph/layout.js';
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
export function layoutControl(graph: ActorGraph, onChange: (running: boolean) => void = () => {}): LayoutControl {
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
      if (running) onChange(false);
      running = false;
      worker?.stop();
      cancelAnimationFrame(frame);
    },
    spread() {
      if (graph.order > NOVERLAP_MAX_ORDER) return false;
      // The build's label-aware noverlap: node sizes are pixels, positions layout units.
      spreadLabels(graph);
      onChange(running);
      return true;
    },
    kill() { this.stop(); worker?.kill(); },
  };
}
