/**
 * actorgraph/resolve/petrarch-actors — reads a PETRARCH / Phoenix actor dictionary (the format
 * of openeventdata's `*.actors.txt`, documented in petrarch2's docs/source/dictionaries.rst and
 * chapter 5 of the TABARI manual) into user actors:
 *
 *   GONDOR [GON]                 a primary phrase, words joined by "_" or spaces, with its code
 *   +MINAS_TIRITH                a synonym of the record above
 *   SAM_GAMGEE [HOB]             a default code, then date-restricted codes on indented lines:
 *   	[HOBMIL 20080120-20121109]  between two dates (yymmdd or yyyymmdd)
 *   	[HOBELI >20130119]          after a date ("<date": before it)
 *   # comment, ; legacy comment, <!-- XML comment, possibly over several lines -->
 *
 * Which code: documents carry no reliable date here, so an entry takes its undated (default)
 * code, else the restriction that runs latest. The null code "---" (and the legacy "+++",
 * "###") means "recognised but not coded" (Phoenix uses it for "INDIAN_OCEAN", a footballer who
 * shares a minister's name): such entries are left to actorgraph's own reading of the name.
 * A compound code "ELR/GAL" keeps its first code. TABARI's stem matching ("ARGENTIN" matching
 * "Argentina") is not done: phrases match whole words, as in PETRARCH.
 */
import { InputError } from '../errors.js';
import { codeActor, isOfficeCode, type UserActor } from './actor-codes.js';

interface DatedCode { code: string; from?: number; to?: number }

/** A code inside brackets, then an optional date restriction: "HOBMIL 20080120-20121109", "HOB < 950601". */
const CODE = /^([^\s<>\-\d][^\s<>]*|---)\s*(.*)$/;
const RANGE = /^(?:([<>])\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8}))$/;
const NULL_CODE = /^(---|\+\+\+|###)/;
const CODE_HINT = 'A code is written [CODE] or [CODE yymmdd-yymmdd], [CODE <yymmdd], [CODE >yymmdd].';

/** yymmdd → yyyymmdd (a two-digit year below 40 is 20xx, as in the Phoenix files' 2000s dates). */
function fullDate(d: string): number {
  if (d.length === 8) return Number(d);
  const yy = Number(d.slice(0, 2));
  return Number(`${yy < 40 ? 20 : 19}${d}`);
}

/**
 * The codes in a line's brackets; throws on an unclosed bracket or a code that does not start
 * with a letter. A restriction whose dates are misprinted (Phoenix has "[IRQOCC
 * 1920030320-20060520]", "[GBRGOV >201005011]") is skipped: its code's period is unknown.
 */
function bracketCodes(text: string, file: string, line: number): DatedCode[] {
  const out: DatedCode[] = [];
  if (/\[[^\]]*(\[|$)/.test(text)) throw new InputError(`unbalanced brackets in "${text.trim()}"`, { file, line, hint: CODE_HINT });
  for (const m of text.matchAll(/\[([^\]]*)\]/g)) {
    const c = CODE.exec(m[1].trim());
    if (!c) throw new InputError(`not a code: [${m[1]}]`, { file, line, hint: CODE_HINT });
    const code = c[1].toUpperCase();
    if (!c[2]) { out.push({ code }); continue; }
    const d = RANGE.exec(c[2]);
    if (!d) continue;
    if (d[1] === '<') out.push({ code, to: fullDate(d[2]) });
    else if (d[1] === '>') out.push({ code, from: fullDate(d[2]) });
    else out.push({ code, from: fullDate(d[3]), to: fullDate(d[4]) });
  }
  return out;
}

/** The phrase as words: "MINAS_TIRITH_" → "MINAS TIRITH" (a stray "]", a typo in Phoenix's
 * "+FAEROYENE]_", is dropped rather than failing a 54,000-line file). */
const phrase = (s: string) => s.replace(/[_\]]/g, ' ').replace(/\s+/g, ' ').trim();

/** Undated code first; else the restriction that ends last (an open end counts as latest). */
function chooseCode(codes: DatedCode[]): DatedCode | undefined {
  const undated = codes.filter((c) => c.from === undefined && c.to === undefined);
  if (undated.length) return undated[undated.length - 1];
  let best: DatedCode | undefined;
  for (const c of codes) if (!best || (c.to ?? Infinity) >= (best.to ?? Infinity)) best = c;
  return best;
}

interface RawRecord { names: string[]; codes: DatedCode[]; line: number }

/** Parses the text of a PETRARCH/Phoenix actor dictionary. Bad lines throw InputError(file:line). */
export function parsePetrarchActors(text: string, file: string): UserActor[] {
  const records: RawRecord[] = [];
  let cur: RawRecord | undefined;
  let inComment = false;
  let commentLine = 0;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    const n = i + 1;
    // XML comments, possibly over several lines; "<! --" (a typo in the PETR validation file) too
    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) continue;
      inComment = false;
      line = ' '.repeat(end + 3) + line.slice(end + 3);
    }
    line = line.replace(/<!\s*--.*?-->/g, '');
    const open = line.search(/<!\s*--/);
    if (open >= 0) { inComment = true; commentLine = n; line = line.slice(0, open); }
    line = line.replace(/[#;].*$/, '').trimEnd();
    if (!line.trim()) continue;
    const indented = /^\s/.test(line);
    const body = line.trim();
    if (body.startsWith('+')) {
      if (!cur) throw new InputError(`synonym "${body}" before any actor`, { file, line: n, hint: 'A "+" line adds a synonym to the actor line above it.' });
      const name = phrase(body.slice(1).replace(/\[.*$/, ''));
      if (name) cur.names.push(name);
      cur.codes.push(...bracketCodes(body, file, n));
      continue;
    }
    if (indented && body.startsWith('[')) {
      if (!cur) throw new InputError(`code ${body} before any actor`, { file, line: n, hint: 'An indented [CODE …] line belongs to the actor line above it.' });
      cur.codes.push(...bracketCodes(body, file, n));
      continue;
    }
    const name = phrase(body.replace(/\[.*$/, ''));
    if (!name) throw new InputError(`a code with no actor phrase: "${body}"`, { file, line: n, hint: 'Start a line with the phrase (words joined by "_"), then [CODE].' });
    cur = { names: [name], codes: bracketCodes(body, file, n), line: n };
    records.push(cur);
  }
  if (inComment) throw new InputError('this XML comment "<!--" is never closed', { file, line: commentLine, hint: 'Close it with "-->".' });

  const out: UserActor[] = [];
  for (const r of records) {
    const chosen = chooseCode(r.codes);
    if (!chosen || NULL_CODE.test(chosen.code)) continue;
    const code = chosen.code.split('/')[0];
    // Office holders change codes over time (HOBMIL, then HOBGOV): a dated code for an office
    // marks a person, in the Phoenix files as in the PETRARCH validation set (a country's dated
    // codes, "[YUGSRB <920427] [SRB >060605]", name no office).
    const person = r.codes.some((c) => (c.from !== undefined || c.to !== undefined) && isOfficeCode(c.code));
    out.push(codeActor(r.names, code, person, `${file}:${r.line}`));
  }
  return out;
}
