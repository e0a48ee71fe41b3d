/**
 * viz/rest — when the rest of a split page graph (data.ts) joins the graph: in idle time once
 * the first frame is on screen and the page is parsed, or at once when something needs the
 * whole graph (a search, "expand neighbours", the GEXF export).
 */
import { whenEvidenceReady } from './evidence.js';

export interface Rest {
  /** True until the rest has been added (always false for a graph that came whole). */
  pending(): boolean;
  /** Adds the rest now if the page is parsed; true when the graph is whole afterwards. */
  ensure(): boolean;
}

/** `add` puts the rest into the graph (false: nothing to add yet); `onAdded` runs once after. */
export function scheduleRest(hasRest: boolean, add: () => boolean, onAdded: () => void): Rest {
  let pending = hasRest;
  const rest: Rest = {
    pending: () => pending,
    ensure() {
      if (pending && add()) { pending = false; onAdded(); }
      return !pending;
    },
  };
  if (!pending) return rest;
  // Two animation frames: the first picture has been presented (see app.ts), then the parser
  // finishes the blocks after the script, then the browser is idle.
  const idle = (f: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(f, { timeout: 300 }) : setTimeout(f, 0));
  requestAnimationFrame(() => requestAnimationFrame(() => whenEvidenceReady(() => idle(() => rest.ensure()))));
  return rest;
}
