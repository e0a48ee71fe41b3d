/**
 * actorgraph/io/dateline — the wire dateline at the head of an agency story, read from the
 * text alone (the one home of its pattern; extract/dateline.ts adds the gazetteer's country):
 *
 *   "SAN SALVADOR, 3 JAN 90 (RADIO CADENA YSKL) -- [REPORT] [TEXT] THE ARMY …"
 *   "CARACAS (VENEZUELA), 30 AUG 89 (DPA) -- [TEXT] …"
 *   "LIMA, 12 MAR 90 -- …"   "LONDON (Reuters) - …"
 *
 * It says where the story was filed: the document's place (Doc.place), which the evidence
 * panel shows and the map layout uses.
 */

export interface DatelineMatch {
  /** The place as written ("SAN SALVADOR"). */
  place: string;
  /** What the parentheses after the place say, when anything ("VENEZUELA", "Reuters"). */
  qualifier?: string;
  /** Who sent the story, from the brackets after the date, when given ("RADIO VENCEREMOS", "AFP"). */
  source?: string;
  /** Characters [0, end) of the text are the dateline and the editorial tags after its dash. */
  end: number;
  /** The editorial tags after the dash, without their brackets ("REPORT", "ARMED FORCES PRESS COMMITTEE", "TEXT"). */
  tags?: string[];
}

// place in capitals; an optional "(COUNTRY)"; an optional ", date" (day month year, "NO DATE");
// an optional "(SOURCE)"; then a dash. A date or a bracket is required: "NATO - the alliance said"
// is a sentence, not a dateline.
// (the source's brackets may be mistyped: "BOGOTA, 27 APR 90 [INRAVISION TELEVISION CADENA 1) --")
// (every gap is bounded, and only the text's head is read: unbounded gaps side by side
// backtrack polynomially over a long run of spaces, and a fuzzed input hung here)
const DATELINE = /^\s{0,200}([A-Z][A-Z.'\- ]{1,40}?)[ \t]{0,4}(?:\(([A-Z][A-Za-z .'-]{1,30})\))?[ \t]{0,4}(,[ \t]{0,4}(?:\d{1,2}[ \t]{1,4}[A-Z][A-Za-z]{2,8}\.?[ \t]{1,4}\d{2,4}|[A-Z][a-z]{2,8}\.?[ \t]{1,4}\d{1,2}(?:,[ \t]{0,4}\d{4})?|NO DATE))?[ \t]{0,4}(\([^()\n]{1,60}\)|\[[^()[\]\n]{1,60}[)\]])?[ \t]{0,4}(?:--|-)\s+/;
const HEAD_CHARS = 600;
/** Editorial tags after the dash: "[REPORT] [ARMED FORCES PRESS COMMITTEE, COPREFA] [TEXT]". */
const TAGS = /^(?:\[[^\]\n]{0,100}\]\s*)+/;

/**
 * The dateline opening `text`, or undefined when it opens with none.
 * @example matchDateline('LIMA, 12 MAR 90 -- THE POLICE …') // { place: 'LIMA', end: 19 }
 */
export function matchDateline(text: string): DatelineMatch | undefined {
  const m = DATELINE.exec(text.slice(0, HEAD_CHARS));
  if (!m || (!m[2] && !m[3] && !m[4])) return undefined;
  let end = m[0].length;
  const tags = TAGS.exec(text.slice(end, end + HEAD_CHARS));
  if (tags) end += tags[0].length;
  const list = tags ? [...tags[0].matchAll(/\[([^\]\n]*)\]/g)].map((t) => t[1].trim()) : [];
  const source = m[4]?.slice(1, -1).trim();
  return { place: m[1].trim(), ...(m[2] ? { qualifier: m[2] } : {}), ...(source ? { source } : {}), end, ...(list.length ? { tags: list } : {}) };
}
