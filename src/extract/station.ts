/**
 * actorgraph/extract/station — the broadcaster a wire dateline names as a text's source, as an actor:
 *
 *   "CLANDESTINE, 18 DEC 89 (RADIO VENCEREMOS) -- [TEXT] … WE HAVE ALREADY INFORMED THE PEOPLE …"
 *
 * A broadcast that no tag gives a speaker is the station's own voice: its "we" and "our", outside
 * anyone's words and any transcript turn, are the station's, or the armed group's a clandestine
 * station is the voice of (lexicon.ts STATION_VOICES: "WE AMBUSHED AN ARMY CONVOY" is the FMLN's,
 * not Radio Venceremos's) (extract/analyse.ts). An agency's or a
 * paper's source ("(AFP)", "(EL DIARIO DE HOY)") is no station: its copy rarely says "we", and when
 * it does it quotes someone.
 */
import type { Actor } from '../types.js';
import { slug } from '../resolve/names.js';
import { STATION_VOICES } from '../lexicon.js';
// (a word of wire copy no one could say as written is an acronym: "YSKL", "TCS")
import { UNSAYABLE } from './recase.js';

/** Words that make a dateline's source a broadcaster: "RADIO CADENA NACIONAL", "INRAVISION TELEVISION CADENA 1", "EMISORAS CARACOL NETWORK". */
const STATION_WORDS = /\b(radio|television|tv|channel|canal|cadena|network|emisoras)\b/i;


/**
 * The station a dateline's source names ("RADIO CADENA YSKL" → Radio Cadena YSKL, an organisation),
 * or undefined when the source is no broadcaster. Named as the station calls itself: the text's own
 * mentions of it ("RADIO VENCEREMOS REPORTED") read to the same id.
 */
export function stationActor(source: string | undefined): Actor | undefined {
  if (!source || !STATION_WORDS.test(source)) return undefined;
  const name = source.trim().split(/\s+/).map((w) => (UNSAYABLE.test(w.toLowerCase()) || /\d/.test(w) ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1).toLowerCase())).join(' ');
  return { id: slug(name), name, type: 'organization', mention: source };
}

/** The gazetteer id of the armed group a clandestine station is the voice of ("RADIO VENCEREMOS" → FMLN), if a known one. */
export const stationVoice = (source: string | undefined): string | undefined => (source ? STATION_VOICES[source.trim().toLowerCase().replace(/\s+/g, ' ')] : undefined);
