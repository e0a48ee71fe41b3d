/**
 * viz/api — the surface panels use to read and change the app, so no panel imports another.
 */
import type Sigma from 'sigma';
import type { ActorGraph } from '../src/graph/build.js';
import type { Model } from './model.js';
import type { LayoutMode, ViewState } from './state.js';

export interface App {
  sigma: Sigma;
  state: ViewState;
  model: Model;
  /** Nodes currently drawn (filters + cap + expanded). */
  shown: Set<string>;
  /** Per edge, its evidence in the timeline's range; null when no time filter is on. */
  timeCounts: Map<string, number> | null;
  /** Switch between the force layout and the map (camera reset to the new drawing). */
  setLayout(mode: LayoutMode): void;
  /** Re-apply state: recompute shown nodes, reducers, panels and the URL hash. */
  update(opts?: { reducers?: boolean }): void;
  select(node: string | null, opts?: { focus?: boolean }): void;
  expand(node: string): void;
  /** Adds the rest of a graph embedded in two parts now (search, exports); true when whole. */
  complete(): boolean;
  /** The camera back to the whole drawing (Fit): on the map, to where the actors are. */
  fit(): void;
  /** The Show control: the top n actors by degree, or all (the camera frames them). */
  setTop(top: number | 'all'): void;
  /** Swap the whole graph (a Cypher result, or back to the full graph). */
  setGraph(g: ActorGraph, opts?: { banner?: string }): void;
  onChange(listener: () => void): void;
}
