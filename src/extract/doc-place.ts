/**
 * actorgraph/extract/doc-place — the document's place, kept with each piece of its evidence:
 * where it was filed (its dateline, Doc.place from io/dateline.ts or the record's own field),
 * else the first place its text names ("Iraq", "Baghdad"), with the country that place lies in.
 */
import type { Doc, Place } from '../types.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import type { Analysed } from './analyse.js';
import { countryOf } from './dateline.js';
import { PLACE_PREPOSITIONS } from '../lexicon.js';

/** Endpoint types that are places. */
const PLACE_TYPES = new Set(['country', 'location']);
/** Prepositions that use the name after them as a place. */
const LOCATIVE = new RegExp(`^(${[...PLACE_PREPOSITIONS, 'from'].join('|')})$`);

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
      // (the actor after coreference: "Rio" in "Rio Ferdinand" is no place once the name is joined)
      const x = a.resolved.get(k)?.[0] ?? m.actor;
      if (m.kind !== 'actor' || m.unnamed || !x || !PLACE_TYPES.has(x.type)) continue;
      // a country or a capital anywhere; any other place only where the text uses it as one ("in
      // Halifax", "from Houston"): a town's name is also a bank's, a firm's or a county's ("Halifax
      // said", "Fiat Auto", "McLennan")
      const kind = g.entries.get(x.name.toLowerCase())?.kind;
      if (x.type !== 'country' && kind !== 'capital' && !LOCATIVE.test(a.s.tokens[m.start - 1]?.lower ?? '')) continue;
      const country = x.type === 'country' ? x.id : x.country;
      return { name: x.name, ...(country ? { country } : {}), from: 'text' };
    }
  }
  return undefined;
}
