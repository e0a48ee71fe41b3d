/**
 * viz/layout-control — ForceAtlas2 in a web worker (graphology's supervisor) with start/stop,
 * and a one-shot noverlap. Where a worker cannot be made (a locked-down file:// page), FA2 runs
 * a few iterations per animation frame on the main thread instead.
 */
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import fa2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import { cjsDefault } from './cjs.js';
import type { ActorGraph } from '../src/graph/build.js';

const FA2Layout = cjsDefault(FA2LayoutModule);
const forceAtlas2 = cjsDefault(fa2Module);
const noverlap = cjsDefault(noverlapModule);

export interface LayoutControl {
  running(): boolean;
  start(): void;
  stop(): void;
  spread(): void;
  kill(): void;
}

export function layoutControl(graph: ActorGraph, onTick: () => void = () => {}): LayoutControl {
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
    onTick();
    frame = requestAnimationFrame(loop);
  };
  return {
    running: () => running,
    start() {
      if (running || graph.order < 2) return;
      running = true;
      if (worker) worker.start(); else frame = requestAnimationFrame(loop);
    },
    stop() {
      running = false;
      worker?.stop();
      cancelAnimationFrame(frame);
    },
    spread() {
      noverlap.assign(graph, { maxIterations: 100, settings: { margin: 3, ratio: 1.3 } });
      onTick();
    },
    kill() { this.stop(); worker?.kill(); },
  };
}
