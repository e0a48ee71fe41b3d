/**
 * actorgraph/extract/indian — "Indian" in news of the Americas: the gazetteer reads the word as
 * India's demonym, but wire copy from Latin America uses it for the continent's indigenous peoples
 * ("Indian peasants" near La Paz, "the Indian-Marxist organization"). Where the document's home
 * country is in the Americas and India itself is never named, an "Indian" phrase is a group of the
 * home country, not India's.
 */
import worldCountries, { type Country } from 'world-countries';
import type { Actor, Mention } from '../types.js';
import { slug } from '../resolve/names.js';

/** ISO alpha-3 codes of the countries in the Americas (world-countries' region). */
const AMERICAS = new Set((worldCountries as unknown as Country[]).filter((c) => c.region === 'Americas').map((c) => c.cca3));

/** India named in its own right: the country, its capital or its largest cities and states. */
const INDIA_NAMED = /\b(India|Delhi|Mumbai|Bombay|Calcutta|Kolkata|Madras|Chennai|Bangalore|Kashmir|Punjab|Hyderabad)\b/i;

/** Does the document read "Indian" as indigenous: home in the Americas, India never named? */
export function indigenousReading(text: string, homeId: string | undefined): boolean {
  return homeId !== undefined && AMERICAS.has(homeId) && !INDIA_NAMED.test(text);
}

/** The mention's actor or concept moved from India to the home country, when "Indian" put it there. */
export function rehome(m: Mention, homeId: string): void {
  if (!/\bindians?\b/i.test(m.text)) return;
  const x = m.actor;
  if (x?.country === 'IND' && x.type !== 'country') m.actor = { ...x, id: slug(`${homeId} ${x.name}`), country: homeId } satisfies Actor;
  if (m.kind === 'concept' && m.country === 'IND') m.country = homeId;
  if (m.owner?.country === 'IND' && m.owner.type !== 'country') m.owner = { ...m.owner, id: slug(`${homeId} ${m.owner.name}`), country: homeId };
}
