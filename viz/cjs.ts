/**
 * viz/cjs — graphology's CommonJS packages have `export default` typings; under NodeNext
 * TypeScript sees a namespace while esbuild and Node hand over module.exports. This picks
 * whichever actually holds the export.
 */
export function cjsDefault<T>(m: T): T extends { default: infer D } ? D : T {
  const x = m as unknown as { default?: unknown };
  return (x && typeof x === 'object' && 'default' in x && x.default ? x.default : m) as T extends { default: infer D } ? D : T;
}
