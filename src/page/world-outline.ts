/**
 * actorgraph/page/world-outline — the coastlines and borders drawn under the map layout, from
 * world-atlas' Natural Earth 1:110m countries (TopoJSON) meshed by topojson-client at bundle
 * time: one list of [lng, lat, lng, lat, …] polylines, to 0.1°, embedded in the page (no tiles,
 * no network: the page stays one offline file), Antarctica left out.
 */
import { createRequire } from 'node:module';
import { mesh } from 'topojson-client';

/** Polylines as flat [lng, lat, …] arrays, tenths of a degree. */
export function worldOutline(): number[][] {
  const require = createRequire(import.meta.url);
  const topo = require('world-atlas/countries-110m.json');
  const geom = mesh(topo, topo.objects.countries) as { coordinates: number[][][] };
  const out: number[][] = [];
  for (const line of geom.coordinates) {
    let flat: number[] = [];
    let px = NaN, py = NaN;
    for (const [x, y] of line) {
      const rx = Math.round(x * 10) / 10, ry = Math.round(y * 10) / 10;
      // Points that round onto the previous one add bytes and nothing to see.
      if (rx === px && ry === py) continue;
      // A step across the antimeridian (Chukotka, Fiji, Antarctica) would be drawn across the
      // whole map: the line is cut there.
      if (Math.abs(rx - px) > 180) { out.push(flat); flat = []; }
      flat.push(rx, ry); px = rx; py = ry;
    }
    out.push(flat);
  }
  // Antarctica is left out: no news actor stands there, and its latitudes are where the map
  // layout puts the actors it cannot place (viz/geo.ts), which its coast was drawn over.
  return out.filter((l) => l.length >= 4 && !southOf(l, ANTARCTIC));
}

/** Latitude (degrees) south of which a line is Antarctica's (its coast reaches ~63°S at most; Tierra del Fuego ends at 56°S). */
const ANTARCTIC = -60;
const southOf = (line: number[], lat: number) => { for (let i = 1; i < line.length; i += 2) if (line[i] > lat) return false; return true; };
