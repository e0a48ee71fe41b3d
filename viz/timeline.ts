/**
 * viz/timeline — the evidence of the drawn graph by date (pure: no DOM, tested in node).
 *
 * Each edge carries its evidence days (graph/page-data.ts, server/graph-query.ts). From them:
 * a histogram (days, months or years by the span), and for a brushed range the evidence count
 * of every edge in it — the page draws an edge only when that count is above zero, with the
 * count as its weight, and fades actors left with no edge. Undated evidence counts apart and
 * passes a range only while the "undated" switch is on.
 */
import type { ActorGraph } from '../src/graph/build.js';
import { isoDay, dayOf } from '../src/graph/evidence-day.js';

export type BinUnit = 'day' | 'month' | 'year';
/** Inclusive day numbers (days since 1970-01-01 UTC). */
export interface DayRange { from: number; to: number }
/** One bar: days [start, end). */
export interface Bin { start: number; end: number; count: number }

export interface Timeline {
  /**
   * Edges with any evidence, and their evidence days in one flat array (edge i's days are
   * days[start[i]] … days[start[i + 1] − 1], sorted): one allocation for 250k evidence instead of
   * an array per edge, which made building this the slowest part of a 50k-edge page's model.
   */
  keys: string[];
  start: Int32Array;
  days: Int32Array;
  /** Undated evidence of each edge. */
  undatedOf: Int32Array;
  dated: number;
  undated: number;
  unit: BinUnit;
  /** The histogram spans the 1st to 99th percentile: dates beyond (a stray "1954") fall in the end bars. */
  bins: Bin[];
  /** Earliest and latest evidence day: the end bars reach them. */
  min: number;
  max: number;
  /** Evidence before the first bar's start and after the last bar's end. */
  before: number;
  after: number;
}

const DAY_MS = 86_400_000;
/** Share of dated evidence at each end that may fall outside the histogram's span. */
const OUTLIERS = 0.01;
/** Spans up to this many days are binned by day, up to the next by month, beyond by year. */
const DAY_BINS_UP_TO = 92, MONTH_BINS_UP_TO = 366 * 8;

function binStart(day: number, unit: BinUnit): number {
  if (unit === 'day') return day;
  const d = new Date(day * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear(), unit === 'month' ? d.getUTCMonth() : 0, 1) / DAY_MS);
}

function nextBin(start: number, unit: BinUnit): number {
  if (unit === 'day') return start + 1;
  const d = new Date(start * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear() + (unit === 'year' ? 1 : 0), d.getUTCMonth() + (unit === 'month' ? 1 : 0), 1) / DAY_MS);
}

/** Null when nothing in the graph is dated: the page then shows no timeline at all. */
export function buildTimeline(g: ActorGraph): Timeline | null {
  const keys: string[] = [], starts: number[] = [0], flat: number[] = [], undatedOf: number[] = [];
  let undated = 0;
  g.forEachEdge((e, a) => {
    const n = a.evidence.length;
    if (!n) return;
    let none = n;
    if (a.days) for (const d of a.days) if (d !== null) { flat.push(d); none--; }
    keys.push(e); starts.push(flat.length); undatedOf.push(none);
    undated += none;
  });
  const dated = flat.length;
  if (!dated) return null;
  const days = Int32Array.from(flat), start = Int32Array.from(starts);
  for (let i = 0; i < keys.length; i++) if (start[i + 1] - start[i] > 1) days.subarray(start[i], start[i + 1]).sort();
  // A wrongly read date years away would squeeze every other bar into one: percentiles bound the span.
  const all = days.slice().sort();
  const cut = Math.floor(dated * OUTLIERS);
  const lo = all[cut], hi = all[dated - 1 - cut];
  const span = hi - lo + 1;
  const unit: BinUnit = span <= DAY_BINS_UP_TO ? 'day' : span <= MONTH_BINS_UP_TO ? 'month' : 'year';
  const bins: Bin[] = [];
  for (let s = binStart(lo, unit); s <= hi; s = nextBin(s, unit)) bins.push({ start: s, end: nextBin(s, unit), count: 0 });
  let before = 0, after = 0, b = 0;
  for (const d of all) {
    if (d < bins[0].start) before++;
    if (d >= bins[bins.length - 1].end) after++;
    while (b < bins.length - 1 && bins[b].end <= d) b++;
    bins[b].count++;
  }
  return { keys, start, days, undatedOf: Int32Array.from(undatedOf), dated, undated, unit, bins, min: all[0], max: all[dated - 1], before, after };
}

/** First index in sorted a[lo, hi) with a[i] >= x. */
function lowerBound(a: Int32Array, x: number, lo: number, hi: number): number {
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * Evidence count of each edge within `range` (plus its undated evidence when `withUndated`);
 * edges absent from the map have none. Edges the timeline does not know (a Cypher result) pass.
 * @example countsInRange(tl, { from: dayOf('1989-05-01')!, to: dayOf('1989-05-31')! }, true).get('FMLN|ATTACK|SLV')
 */
export function countsInRange(tl: Timeline, range: DayRange | null, withUndated: boolean): Map<string, number> {
  const out = new Map<string, number>();
  const { keys, start, days, undatedOf } = tl;
  for (let i = 0; i < keys.length; i++) {
    const s = start[i], e = start[i + 1];
    const n = (range ? lowerBound(days, range.to + 1, s, e) - lowerBound(days, range.from, s, e) : e - s) + (withUndated ? undatedOf[i] : 0);
    if (n > 0) out.set(keys[i], n);
  }
  return out;
}

/** Whether the evidence of `day` (null: undated) is in the view. */
export function dayPasses(day: number | null | undefined, range: DayRange | null, withUndated: boolean): boolean {
  if (day === null || day === undefined) return withUndated;
  return !range || (day >= range.from && day <= range.to);
}

/** Bin label: "1990-01-03", "1990-01", "1990". */
export function binLabel(start: number, unit: BinUnit): string {
  const iso = isoDay(start);
  return unit === 'day' ? iso : unit === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** Range in the URL: "1989-05-01..1989-08-31". */
export function rangeToParam(r: DayRange): string {
  return `${isoDay(r.from)}..${isoDay(r.to)}`;
}

export function rangeFromParam(v: string | undefined | null): DayRange | null {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(v ?? '');
  if (!m) return null;
  const from = dayOf(m[1], true), to = dayOf(m[2], true);
  return from !== null && to !== null && from <= to ? { from, to } : null;
}

/** The range covering bins i..j (either order), inclusive; the end bars reach the earliest and latest dates. */
export function binsRange(tl: Timeline, i: number, j: number): DayRange {
  const [a, b] = i <= j ? [i, j] : [j, i];
  return { from: a === 0 ? Math.min(tl.min, tl.bins[0].start) : tl.bins[a].start, to: b === tl.bins.length - 1 ? Math.max(tl.max, tl.bins[b].end - 1) : tl.bins[b].end - 1 };
}

/** Index of the bin holding `day`, clamped to the ends. */
export function binAt(tl: Timeline, day: number): number {
  let i = 0;
  while (i < tl.bins.length - 1 && tl.bins[i].end <= day) i++;
  return i;
}
