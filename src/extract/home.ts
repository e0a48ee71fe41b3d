/**
 * actorgraph/extract/home — the document's home country: the country whose state "the army",
 * "the government" and "police" are when the text names none ("SAN SALVADOR, 3 JAN 90 -- THE
 * ARMY SHELLED …" is the Salvadoran army). Read per document, never carried to the next one.
 *
 * Two sources, in order:
 *  1. the wire dateline's country (extract/dateline.ts), unless the story is plainly about
 *     another country: another country dominates the body and the dateline country is never
 *     named there ("MADRID (SPAIN), 18 NOV 89 -- THE SALVADORAN GOVERNMENT …"), or named a
 *     quarter as often at most;
 *  2. a country that dominates the document's mentions: at least `homeShare` of the mentions
 *     that carry a country (countries, demonym-made bodies, cities and bodies of a country) and
 *     at least `homeMinMentions` of them, and more than any other country (a tie names no home);
 *  3. the same count with the countries that own phrases added ("the French economy", "France's
 *     industrial output": they tell whose "the government" is as surely as "France" does), when
 *     the actors name no other country more than once nor more often. (Where they do, the story
 *     is between two countries, and "US aid" or "American advisers" in wire copy from Latin
 *     America is a topic, not the home.)
 * Otherwise there is none, and unnamed state agents stay concepts.
 *
 * `viaDateline` tells the caller how sure it is: personnel nouns ("troops", "soldiers") take only
 * a dateline's country (see extract/unnamed.ts).
 */
import type { Settings } from '../settings.js';
import type { Dateline } from './dateline.js';

/**
 * `namedBy`: each country the document's mentions carry, with the ids of the actors (or owned
 * phrases) that carry it, so a caller can ask whether a place's country is named by anything but
 * that place (extract/unattributed.ts).
 */
export interface Home { country: string; viaDateline: boolean; namedBy?: ReadonlyMap<string, ReadonlySet<string>> }

/** How many times as often as the dateline's country another must be named to be the story's home. */
const OUTWEIGH = 4;

/**
 * `countries`: the country of every actor mention in the document that carries one, in order;
 * `owned`: the country of every other phrase that names one as its owner.
 */
export function homeCountry(dateline: Dateline | undefined, countries: string[], settings: Pick<Settings, 'homeShare' | 'homeMinMentions'>, owned: string[] = []): Home | undefined {
  const home = byMentions(dateline, countries, settings);
  if (home || !owned.length) return home;
  const wider = byMentions(undefined, [...countries, ...owned], settings);
  return wider && !contested(countries, wider.country) ? wider : undefined;
}

/** Another country the actors name more than once, or as often as `c`: then the actors disagree. */
function contested(countries: string[], c: string): boolean {
  const n = tally(countries);
  return [...n].some(([x, k]) => x !== c && (k > 1 || k > (n.get(c) ?? 0)));
}

/** How often each country is named. */
function tally(countries: string[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const c of countries) n.set(c, (n.get(c) ?? 0) + 1);
  return n;
}

function byMentions(dateline: Dateline | undefined, countries: string[], settings: Pick<Settings, 'homeShare' | 'homeMinMentions'>): Home | undefined {
  const n = tally(countries);
  let top: string | undefined, best = 0, second = 0;
  for (const [c, k] of n) {
    if (k > best) { second = best; best = k; top = c; } else if (k > second) second = k;
  }
  const dominant = top && best > second && best >= settings.homeMinMentions && best >= settings.homeShare * countries.length ? top : undefined;
  // (a dateline country named in passing, "visited Czechoslovakia" once in a Prague interview about
  // Colombia, yields too when the dominant country is named OUTWEIGH times as often)
  const yields = dominant && dominant !== dateline?.country && (n.get(dateline?.country ?? '') ?? 0) * OUTWEIGH <= best;
  if (dateline?.country && !yields) return { country: dateline.country, viaDateline: true };
  return dominant ? { country: dominant, viaDateline: false } : undefined;
}
