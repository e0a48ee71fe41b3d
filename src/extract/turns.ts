/**
 * actorgraph/extract/turns — the turns of a transcript, as a monitoring service's wire copy tags
 * them (an interview, a news conference, a recording played in a report):
 *
 *   "… -- [INTERVIEW WITH PRESIDENT TOM VALE BY REPORTERS] [TEXT] [VALE] YES, I THINK WE …
 *    [REPORTER] AND THE ARMY? [VALE] WE ARE THERE TO …"
 *   "… THE MINISTER SAID: [BEGIN RECORDING] [VALE] WE WILL NOT … [END RECORDING]"
 *
 * A bracketed name that opens a line, the text or a run of tags (and is the last of its run: the
 * words follow it) opens a turn that lasts to the next such tag: "I" and "we" in it are that
 * speaker's, and so is what it says (extract/analyse.ts resolves the name). An interviewer's tag
 * ("[REPORTER]", "[MODERATOR]") opens a turn of no one the text names; "[END RECORDING]" ends the
 * turn of the speaker recorded. The tags themselves are no part of any sentence.
 *
 * The header of the transcript names its speakers in full ("INTERVIEW WITH SALVADORAN PRESIDENT
 * TOM VALE BY ANA RUIZ"): the tag after it gives a surname only.
 */

export interface Turn {
  /** The speaker as the tag names them, notes after a comma dropped ("VALE" of "[VALE, IN ENGLISH]"); none for an interviewer's turn. */
  name?: string;
  /** Characters [start, end) of the text are the turn, from after its tag to the next turn's tag. */
  start: number;
  end: number;
}

/** A tag and the characters it spans. */
interface Tag { words: string; at: number; end: number }

/** Interviewers, hosts and readers, and anyone unidentified: whoever asks or links, no speaker the text names. */
const ASKER = /^UNIDENTIFIED\b|^(?:(?:STUDIO|FIRST|SECOND|THIRD|ANOTHER|FOREIGN|STATION)\s+)*(?:REPORTERS?|MODERATOR|ANNOUNCER|CORRESPONDENT|INTERVIEWER|JOURNALIST|HOST|QUESTION|SPEAKER|VOICE)\b/;
/** An editor's words about the text, not a speaker: "[TEXT]", "[WORDS INDISTINCT]", "[PASSAGE OMITTED]". */
const EDITORIAL = /^(TEXT|CONTINUED|EXCERPTS?|SIGNED|DATED|APPLAUSE|LAUGHTER|IN PROGRESS|AS READ|AS HEARD|BEGIN RECORDING|RECORDING|TRANSLATION|SUMMARY|REPORT|COMMENTARY|EDITORIAL|COMMUNIQUE|STATEMENT|SPEECH|MESSAGE|LETTER|DOCUMENT|THE)$|INDISTINCT|OMITTED|AS HEARD|\bWORDS?\b|\bPASSAGE\b|\bINTERVIEW\b|\bCONFERENCE\b|\bWITH\b|\bBY\b|\d/;
/** A name: a few words in capitals, no more than a title and a full name ("PRESIDENT TOM VALE"). */
const NAME = /^[A-Z][A-Z'.\- ]{1,50}$/;

/** Every bracketed tag of the text that opens a line, follows the dateline's dash or another such tag. */
function lineTags(text: string): Tag[][] {
  const runs: Tag[][] = [];
  let last = -1;
  for (const m of text.matchAll(/\[([^[\]\n]{1,160})\]/g)) {
    const at = m.index!;
    const before = text.slice(Math.max(0, at - 200), at);
    const follows = last >= 0 && /^\s*$/.test(text.slice(last, at));
    const opens = /(^|\n)[ \t]*$/.test(before) || /--\s*$/.test(before);
    if (!follows && !opens) continue;
    const tag = { words: m[1].trim(), at, end: at + m[0].length };
    if (follows) runs[runs.length - 1].push(tag);
    else runs.push([tag]);
    last = tag.end;
  }
  return runs;
}

/** The speaker a tag names, or none when it is an interviewer's; undefined when it opens no turn. */
function tagSpeaker(words: string): { name?: string } | undefined {
  const name = words.split(/\s*,\s*/)[0];
  if (ASKER.test(name)) return {};
  return NAME.test(name) && !EDITORIAL.test(name) && name.split(/\s+/).length <= 5 ? { name } : undefined;
}

/**
 * The turns of a text and the spans of their tags (to blank for reading); none when the text is
 * no transcript. A turn is opened by the last tag of a run; "[END RECORDING]" closes one.
 */
export function readTurns(text: string): { turns: Turn[]; tags: Array<[number, number]> } {
  const turns: Turn[] = [], tags: Array<[number, number]> = [];
  // ("… WE WILL WIN. [END RECORDING]": the end of a recording closes its turn wherever it stands)
  const ends = [...text.matchAll(/\[END (?:OF )?RECORDING\]/g)].map((m) => ({ words: 'END RECORDING', at: m.index!, end: m.index! + m[0].length }));
  const runs = [...lineTags(text).filter((r) => !ends.some((e) => e.at === r[r.length - 1].at)), ...ends.map((e) => [e])].sort((a, b) => a[0].at - b[0].at);
  for (const run of runs) {
    const last = run[run.length - 1];
    const close = last.words === 'END RECORDING';
    const who = close ? undefined : tagSpeaker(last.words);
    if (!who && !close) continue;
    if (turns.length) turns[turns.length - 1].end = Math.min(turns[turns.length - 1].end, last.at);
    tags.push([last.at, last.end]);
    if (who) turns.push({ ...who, start: last.end, end: text.length });
  }
  return { turns, tags };
}

/**
 * The speakers a transcript's header names, interviewees and interviewers apart: "INTERVIEW WITH
 * PRESIDENT TOM VALE BY ANA RUIZ" gives "PRESIDENT TOM VALE" and "ANA RUIZ"; "NEWS CONFERENCE WITH
 * THE MINISTER" the minister alone.
 */
export function headerSpeakers(tags: string[]): string[] {
  const h = tags.map((t) => /^(?:REPORT ON )?(?:[A-Z]+ )?(?:INTERVIEW|CONFERENCE|DEBATE|ROUNDTABLE)\b[^\]]*?\bWITH\s+(.+)$/.exec(t)?.[1]).find(Boolean);
  if (!h) return [];
  return h.split(/,?\s+BY\s+/).slice(0, 2).map((p) => p.replace(/,?\s+(?:IN PROGRESS|AT|IN|ON|FOLLOWING|DURING)\b.*$/, '').trim()).filter(Boolean);
}

/** Does the tag's name stand in the full name, as its surname or part of it ("PAZ" in "Jaime Paz Zamora")? */
export function namesWithin(tag: string, full: string): boolean {
  const t = tag.toLowerCase().split(/\s+/), f = full.toLowerCase().split(/\s+/);
  return f.some((_, i) => t.every((w, j) => f[i + j] === w));
}
