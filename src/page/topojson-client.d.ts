/** The one function of topojson-client we call (page/world-outline.ts); the package ships no types. */
declare module 'topojson-client' {
  export function mesh(topology: unknown, object?: unknown, filter?: (a: unknown, b: unknown) => boolean): unknown;
}
