/** Modules the page bundle gets from page/bundle.ts at bundle time (not files). */
declare module 'actorgraph:geo' {
  /** ISO alpha-3 → [lat, lng] (page/country-coords.ts). */
  export const coords: Record<string, [number, number]>;
  /** Coastlines and borders, flat [lng, lat, …] polylines (page/world-outline.ts). */
  export const outline: number[][];
}
