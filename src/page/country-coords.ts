/**
 * actorgraph/page/country-coords — ISO alpha-3 → [latitude, longitude] of every country, from
 * world-countries (the package the gazetteer already uses). The page's map layout (viz/geo.ts)
 * gets this table at bundle time (page/bundle.ts), ~6 KB instead of the package's ~1 MB.
 */
import worldCountries, { type Country } from 'world-countries';
import type { Coords } from '../../viz/geo.js';

/** @example countryCoords().SLV // [13.83333333, -88.91666666] */
export function countryCoords(): Coords {
  const out: Coords = {};
  for (const c of worldCountries as unknown as Country[]) if (c.latlng?.length === 2) out[c.cca3] = [Math.round(c.latlng[0] * 100) / 100, Math.round(c.latlng[1] * 100) / 100];
  return out;
}
