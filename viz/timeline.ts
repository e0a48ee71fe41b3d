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
  /** Per edge with any dated evidence: its days, sorted; and its undated evidence count. */
  edges: Map<string, { days: Int32Array; undated: number }>;
  /** Edges with no dated evidence at all. */
  undatedOnly: Map<string, number>;
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
  const edges = new Map<string, { days: Int32Array; undated: number }>();
  const undatedOnly = new Map<string, number>();
  let dated = 0, undated = 0, min = Infinity, max = -Infinity;
  g.forEachEdge((e, a) => {
    const list = a.days ?? a.evidence.map(() => null);
    const days = list.filter((d): d is number => d !== null);
    const none = list.length - days.length;
    undated += none;
    if (!days.length) { undatedOnly.set(e, none); return; }
    const arr = Int32Array.from(days).sort();
    dated += arr.length;
    if (arr[0] < min) min = arr[0];
    if (arr[arr.length - 1] > max) max = arr[arr.length - 1];
    edges.set(e, { days: arr, undated: none });
  });
  if (!dated) return null;
  // A wrongly read date years away would squeeze every other bar into one: percentiles bound the span.
  const all = new Int32Array(dated);
  let k = 0;
  for (const { days } of edges.values()) { all.set(days, k); k += days.length; }
  all.sort();
  const cut = Math.floor(dated * OUTLIERS);
  const lo = all[cut], hi = all[dated - 1 - cut];
  const span = hi - lo + 1;
  const unit: BinUnit = span <= DAY_BINS_UP_TO ? 'day' : span <= MONTH_BINS_UP_TO ? 'month' : 'year';
  const bins: Bin[] = [];
  for (let s = binStart(lo, unit); s <= hi; s = nextBin(s, unit)) bins.push({ start: s, end: nextBin(s, unit), count: 0 });
  let before = 0, after = 0;
  for (const d of all) {
    if (d < bins[0].start) before++;
    if (d >= bins[bins.length - 1].end) after++;
  }
  let b = 0;
  for (const d of all) { while (b < bins.length - 1 && bins[b].end <= d) b++; bins[b].count++; }
  return { edges, undatedOnly, dated, undated, unit, bins, min, max, before, after };
}

/** First index in sorted `a` with a[i] >= x. */
function lowerBound(a: Int32Array, x: number): number {
  let lo = 0, hi = a.length;
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
  for (const [e, { days, undated }] of tl.edges) {
    const n = (range ? lowerBound(days, range.to + 1) - lowerBound(days, range.from) : days.length) + (withUndated ? undated : 0);
    if (n > 0) out.set(e, n);
  }
  if (withUndated) for (const [e, n] of tl.undatedOnly) out.set(e, n);
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
