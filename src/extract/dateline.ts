/**
 * actorgraph/extract/dateline — the wire dateline at the head of an agency story:
 *
 *   "SAN SALVADOR, 3 JAN 90 (RADIO CADENA YSKL) -- [REPORT] [TEXT] THE ARMY …"
 *   "CARACAS (VENEZUELA), 30 AUG 89 (DPA) -- [TEXT] …"
 *   "LIMA, 12 MAR 90 -- …"   "LONDON (Reuters) - …"
 *
 * It says where the story was filed, which is the country a story's unnamed state agents belong
 * to ("the army", "the government": extract/home.ts), and it is no part of the first sentence:
 * read as one it makes "San Salvador" the subject of "the army shelled the town". So the reader
 * returns the country and the span to leave out of sentence reading (the dateline and the
 * editorial tags in square brackets after it, "[REPORT] [TEXT]").
 */
import { phraseTokens } from '../nlp/wink.js';
import { matchDateline } from '../io/dateline.js';
import { blankSpans } from './editorial.js';
import type { Gazetteer } from '../resolve/gazetteer.js';

export interface Dateline {
  /** The place as written ("SAN SALVADOR"). */
  place: string;
  /** ISO alpha-3 of the place's country, when the gazetteer knows the place (or the dateline names the country). */
  country?: string;
  /** Characters [0, end) of the text are the dateline and its editorial tags. */
  end: number;
  /** Who speaks the whole text, as its tags name them: "[COMMUNIQUE] [THE EXTRADITABLES] [TEXT]". */
  author?: string;
  /** The editorial tags after the dash, without their brackets ("INTERVIEW WITH …", "TEXT"). */
  tags?: string[];
  /** Who sent the story, from the brackets after the date ("RADIO VENCEREMOS", "AFP"). */
  source?: string;
}

/** Tags of a text that someone speaks or issues; the tag after one names them (a report's or an article's names its writer). */
const SPOKEN = /^(COMMUNIQUE|SPEECH|STATEMENT|MESSAGE|LETTER|DECLARATION|PROCLAMATION|ANNOUNCEMENT|ADDRESS|COMMUNICATION)$/;

/**
 * The speaker an editor's tags give a text: the tag after a spoken kind, unless it is another
 * editorial word. Its own commas end it ("HERNAN BUCHI, IN PROGRESS"), except before the body's
 * acronym ("SALVADORAN ARMED FORCES PRESS COMMITTEE, COPREFA" is COPREFA).
 */
export function authorOf(tags: string[]): string | undefined {
  const k = tags.findIndex((t) => SPOKEN.test(t));
  const who = k >= 0 ? tags[k + 1] : undefined;
  if (!who || /^(TEXT|CONTINUED|EXCERPTS?|IN PROGRESS|AS READ|RECORDING)$/.test(who)) return undefined;
  const [head, ...rest] = who.split(/\s*,\s*/);
  return rest.length && /^[A-Z]{2,7}$/.test(rest[0]) ? rest[0] : head;
}

/** The country a place name stands in: a country's own name, or a capital's or city's country. */
export function countryOf(place: string, g: Gazetteer): string | undefined {
  const e = g.entries.get(phraseTokens(place).join(' '));
  if (!e) return undefined;
  if (e.type === 'country') return e.id;
  return e.kind === 'capital' || e.kind === 'place' || e.kind === 'seat' ? e.country : undefined;
}

/** Reads the dateline at the start of `text`; undefined when the text opens with none. */
export function readDateline(text: string, g: Gazetteer): Dateline | undefined {
  // (the pattern lives in io/dateline.ts, which gives documents their place)
  const m = matchDateline(text);
  if (!m) return undefined;
  const country = (m.qualifier && countryOf(m.qualifier, g)) || countryOf(m.place, g);
  const author = m.tags ? authorOf(m.tags) : undefined;
  return { place: m.place, end: m.end, ...(country ? { country } : {}), ...(author ? { author } : {}), ...(m.tags ? { tags: m.tags } : {}), ...(m.source ? { source: m.source } : {}) };
}

/** The text with its first `end` characters blanked (line breaks kept): offsets stay those of the original. */
export function blankPrefix(text: string, end: number): string {
  return blankSpans(text, [[0, end]]);
}
