/**
 * actorgraph/graph/evidence-day — when a piece of evidence happened, as a day number (days since
 * 1970-01-01, UTC), for the page's timeline.
 *
 * The triple's own `time` counts when it is a full ISO date (extract/time.ts anchors "Monday",
 * "3 Jan" to the document's date); a bare year or month ("1989") or an unresolved expression is
 * less precise than the document's date, so the document's `date` is used then. Partial document
 * dates ("1990-01") fall on the first day of their month or year.
 */

const FULL = /^(\d{4})-(\d{2})-(\d{2})/;
const PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;
const DAY_MS = 86_400_000;

function toDay(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  // Date.UTC rolls 1990-02-31 over to March: such a date is not a date.
  return new Date(t).getUTCDate() === d ? Math.floor(t / DAY_MS) : null;
}

/** @example dayOf('1990-01-03') // 7307; dayOf('1990') // 7305; dayOf('Monday') // null */
export function dayOf(s: string | undefined, fullOnly = false): number | null {
  if (!s) return null;
  const m = (fullOnly ? FULL : PARTIAL).exec(s.trim());
  if (!m) return null;
  return toDay(Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1));
}

/** The evidence's day: its triple's full ISO `time`, else its document's date, else null. */
export function evidenceDay(time: string | undefined, docDate: string | undefined): number | null {
  return dayOf(time, true) ?? dayOf(docDate);
}

/** @example isoDay(7307) // '1990-01-03' */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
