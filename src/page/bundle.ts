/**
 * actorgraph/page/bundle — the browser app (viz/) bundled by esbuild into one script and one
 * stylesheet, to be inlined: the page must open from file:// with no network.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';
import { countryCoords } from './country-coords.js';
import { worldOutline } from './world-outline.js';

export type PageMode = 'static' | 'serve';

/** viz/ next to src/ in the checkout. */
export const VIZ_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'viz');

const cache = new Map<PageMode, Promise<{ js: string; css: string; template: string }>>();

/**
 * `actorgraph:geo` (viz/modules.d.ts): the map layout's country coordinates and world outline,
 * made from their packages here so the page carries ~90 KB of them, not the packages.
 */
const geoModule: Plugin = {
  name: 'actorgraph-geo',
  setup(b) {
    b.onResolve({ filter: /^actorgraph:geo$/ }, (a) => ({ path: a.path, namespace: 'actorgraph-geo' }));
    b.onLoad({ filter: /.*/, namespace: 'actorgraph-geo' }, () => ({
      contents: `export const coords = ${JSON.stringify(countryCoords())};\nexport const outline = ${JSON.stringify(worldOutline())};`,
      loader: 'js',
    }));
  },
};

async function bundleOnce(mode: PageMode): Promise<{ js: string; css: string; template: string }> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(VIZ_DIR, `${mode}-entry.ts`)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins: [geoModule],
  });
  const js = result.outputFiles[0].text;
  const [css, template] = await Promise.all([readFile(join(VIZ_DIR, 'styles.css'), 'utf8'), readFile(join(VIZ_DIR, 'index.html'), 'utf8')]);
  return { js, css, template };
}

/** Bundles once per process and mode (about 0.3 s each). */
export function bundleApp(mode: PageMode): Promise<{ js: string; css: string; template: string }> {
  let p = cache.get(mode);
  if (!p) { p = bundleOnce(mode); cache.set(mode, p); p.catch(() => cache.delete(mode)); }
  return p;
}
