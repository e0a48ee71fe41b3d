/**
 * actorgraph/extract/time — the time of a sentence's event: a date wink-nlp found, made ISO
 * (yyyy-mm-dd or yyyy-mm) when it names day, month and year; else the expression as written.
 */
import { MONTH_NAMES } from '../lexicon.js';

const MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));
const pad = (n: number) => String(n).padStart(2, '0');
/** yyyy-mm-dd from a year, a 0-based month and a day. */
const ymd = (y: number, mo: number, d: number) => `${y}-${pad(mo + 1)}-${pad(d)}`;

export function normalizeDate(expr: string): string {
  const s = expr.toLowerCase().replace(/,/g, ' ');
  let m = s.match(/\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})\b/);
  let d: number | undefined, mo: number | undefined, y: number | undefined;
  if (m) { d = +m[1]; mo = MONTHS.indexOf(m[2]); y = +m[3]; }
  else if ((m = s.match(/\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s+(\d{4})\b/))) { mo = MONTHS.indexOf(m[1]); d = +m[2]; y = +m[3]; }
  else if ((m = s.match(/\b(\d{4})-(\d{2})-(\d{2})\b/))) return m[0];
  else if ((m = s.match(/\b([a-z]{3})[a-z]*\s+(\d{4})\b/)) && MONTHS.includes(m[1])) return `${m[2]}-${pad(MONTHS.indexOf(m[1]) + 1)}`;
  if (mo === undefined || mo < 0 || y === undefined || d === undefined || d < 1 || d > 31) return expr.trim();
  if (y < 100) y += y > 30 ? 1900 : 2000;
  return ymd(y, mo, d);
}

/** The days of the week, Sunday first (Date's getUTCDay order); extract/clause-time.ts reads them too. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const iso = (d: Date) => d.toISOString().slice(0, 10);
const WEEKDAY_PART = new RegExp(`^((?:last |this |next )?(?:${WEEKDAYS.join('|')})) (?:morning|afternoon|evening|night)$`);
const WEEKDAY_BEFORE_DATE = new RegExp(`^(?:${WEEKDAYS.join('|')}) (?=\\d{1,2}(?:st|nd|rd|th)? [a-z]{3}|[a-z]{3,} \\d)`);

/**
 * A relative expression made absolute from the document's date ("Monday", "yesterday", "last
 * year", "December") — news writes time relative to its dateline. Past and present events look
 * back from the date, future ones ahead ("will meet on Monday"). Returns the expression unchanged
 * when it is already absolute, or the document has no date, or the expression is not one we read.
 */
export function anchorDate(expr: string, docDate: string | undefined, future: boolean): string {
  const day = docDate && /^\d{4}-\d{2}-\d{2}/.test(docDate) ? new Date(`${docDate.slice(0, 10)}T00:00:00Z`) : undefined;
  if (!day || Number.isNaN(day.getTime()) || /^\d{4}(-\d{2}){0,2}$/.test(expr)) return expr;
  // ("Friday night", "Monday, 3 March": a part of the day after a weekday, or a weekday before
  // its date, says no more than the day; extract/clause-time.ts joinDates makes them one expression)
  const s = expr.toLowerCase().replace(/[.,]/g, '').trim().replace(/^(on|in|since|until|by)\s+/, '')
    .replace(WEEKDAY_PART, '$1').replace(WEEKDAY_BEFORE_DATE, '');
  const y = day.getUTCFullYear(), m = day.getUTCMonth();
  const shift = (days: number) => { const d = new Date(day); d.setUTCDate(d.getUTCDate() + days); return iso(d); };
  if (/^(today|tonight|this (morning|afternoon|evening))$/.test(s)) return iso(day);
  if (/^yesterday( (morning|afternoon|evening))?$/.test(s) || s === 'last night') return shift(-1);
  if (/^tomorrow( (morning|afternoon|evening))?$/.test(s)) return shift(1);
  let w = WEEKDAYS.indexOf(s.replace(/^(last|this|next) /, ''));
  if (w >= 0) {
    const back = (day.getUTCDay() - w + 7) % 7 || 7, ahead = (w - day.getUTCDay() + 7) % 7 || 7;
    return shift(future || s.startsWith('next ') ? ahead : -back);
  }
  const rel = s.match(/^(last|this|next|previous|coming) (year|month)$/);
  if (rel) {
    const k = rel[1] === 'last' || rel[1] === 'previous' ? -1 : rel[1] === 'this' ? 0 : 1;
    if (rel[2] === 'year') return String(y + k);
    const d = new Date(Date.UTC(y, m + k, 1));
    return iso(d).slice(0, 7);
  }
  // "3 Jan", "September 28": the year is the dateline's, or the one before/after it
  const dm = s.match(/^(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3})[a-z]*$/) ?? s.match(/^([a-z]{3})[a-z]* (\d{1,2})(?:st|nd|rd|th)?$/);
  if (dm) {
    const [dd, mon] = /^\d/.test(dm[1]) ? [+dm[1], dm[2]] : [+dm[2], dm[1]];
    const mo = MONTHS.indexOf(mon);
    if (mo >= 0 && dd >= 1 && dd <= 31) {
      const at = (year: number) => Date.UTC(year, mo, dd);
      const year = future ? (at(y) < day.getTime() ? y + 1 : y) : (at(y) > day.getTime() ? y - 1 : y);
      return ymd(year, mo, dd);
    }
  }
  w = MONTH_NAMES.indexOf(s.replace(/^(last|this|next) /, ''));
  if (w >= 0) {
    // "in December" written in March is last December for a past event, next for a future one
    const year = future ? (w < m ? y + 1 : y) : (w > m ? y - 1 : y);
    return `${year}-${pad(w + 1)}`;
  }
  return expr;
}
