/**
 * actorgraph/extract/doc-place — the document's place, kept with each piece of its evidence:
 * where it was filed (its dateline, Doc.place from io/dateline.ts or the record's own field),
 * else the first place its text names ("Iraq", "Baghdad"), with the country that place lies in.
 */
import type { Doc, Place } from '../types.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import type { Analysed } from './analyse.js';
import { countryOf } from './dateline.js';

/** Endpoint types that are places. */
const PLACE_TYPES = new Set(['country', 'location']);

/**
 * @example documentPlace({ id: 'd', text: '…', place: 'SAN SALVADOR' }, an, g) // { name: 'SAN SALVADOR', country: 'SLV', from: 'dateline' }
 */
export function documentPlace(doc: Doc, an: Analysed[], g: Gazetteer): Place | undefined {
  if (doc.place) {
    const country = countryOf(doc.place, g);
    return { name: doc.place, ...(country ? { country } : {}), from: 'dateline' };
  }
  for (const a of an) {
    // mentions in the order written (keys are chunk indexes); only names, not pronouns or "the country"
    for (const k of [...a.mentions.keys()].sort((x, y) => x - y)) {
      const m = a.mentions.get(k)!;
      if (m.kind !== 'actor' || m.unnamed || !m.actor || !PLACE_TYPES.has(m.actor.type)) continue;
      const country = m.actor.type === 'country' ? m.actor.id : m.actor.country;
      return { name: m.actor.name, ...(country ? { country } : {}), from: 'text' };
    }
  }
  return undefined;
}
