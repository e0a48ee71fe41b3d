/**
 * viz/state — what the user has chosen, and its round trip through the URL hash.
 *
 * Filters are stored as exclusions ("hide these relation types") so a shared link stays short
 * and a type that appears later in a bigger graph is shown by default.
 */
import { rangeFromParam, rangeToParam, type DayRange } from './timeline.js';

export type SizeBy = 'degree' | 'pagerank';
export type ColorBy = 'community' | 'type';
export type LayoutMode = 'force' | 'map';

export interface ViewState {
  selected: string | null;
  hiddenRelations: Set<string>;
  hiddenCategories: Set<string>;
  hiddenTypes: Set<string>;
  minDegree: number;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** Nodes added beyond the initial cap by "expand neighbours". */
  expanded: Set<string>;
  /** Timeline brush: only evidence dated in this range (null: all dates). */
  time: DayRange | null;
  /** Whether undated evidence stays in the view (the timeline's switch). */
  undated: boolean;
  /** Force-directed positions, or countries at their coordinates (viz/geo.ts). */
  layout: LayoutMode;
  /** The Show control: the top n actors by degree, or all; null: the page's default (config.show). */
  top: number | 'all' | null;
}

export function defaultState(): ViewState {
  return {
    selected: null, hiddenRelations: new Set(), hiddenCategories: new Set(), hiddenTypes: new Set(),
    minDegree: 0, sizeBy: 'degree', colorBy: 'community', expanded: new Set(), time: null, undated: true, layout: 'force', top: null,
  };
}

const list = (s: Set<string>) => [...s].sort().map(encodeURIComponent).join(',');

/**
 * decodeURIComponent that never throws: a hand-edited or truncated link ("#node=%") must not stop
 * the page with "URI malformed"; the raw text is kept instead (it then matches no node).
 */
export function safeDecode(v: string): string {
  try { return decodeURIComponent(v); } catch { return v; }
}

const parseList = (v: string | null) => new Set((v ?? '').split(',').filter(Boolean).map(safeDecode));

/** @example toHash(s) // "#node=BLR&hideRel=HOST&size=pagerank&time=1989-05-01..1989-08-31&layout=map" */
export function toHash(s: ViewState): string {
  const p: string[] = [];
  if (s.selected) p.push(`node=${encodeURIComponent(s.selected)}`);
  if (s.hiddenRelations.size) p.push(`hideRel=${list(s.hiddenRelations)}`);
  if (s.hiddenCategories.size) p.push(`hideCat=${list(s.hiddenCategories)}`);
  if (s.hiddenTypes.size) p.push(`hideType=${list(s.hiddenTypes)}`);
  if (s.minDegree > 0) p.push(`minDeg=${s.minDegree}`);
  if (s.sizeBy !== 'degree') p.push(`size=${s.sizeBy}`);
  if (s.colorBy !== 'community') p.push(`color=${s.colorBy}`);
  if (s.expanded.size) p.push(`expand=${list(s.expanded)}`);
  if (s.time) p.push(`time=${rangeToParam(s.time)}`);
  if (!s.undated) p.push('undated=0');
  if (s.layout !== 'force') p.push(`layout=${s.layout}`);
  if (s.top !== null) p.push(`top=${s.top}`);
  return p.length ? `#${p.join('&')}` : '';
}

export function fromHash(hash: string): ViewState {
  const s = defaultState();
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const i = part.indexOf('=');
    if (i > 0) params.set(part.slice(0, i), part.slice(i + 1));
  }
  const node = params.get('node');
  if (node) s.selected = safeDecode(node);
  s.hiddenRelations = parseList(params.get('hideRel') ?? null);
  s.hiddenCategories = parseList(params.get('hideCat') ?? null);
  s.hiddenTypes = parseList(params.get('hideType') ?? null);
  s.expanded = parseList(params.get('expand') ?? null);
  const d = Number(params.get('minDeg'));
  if (Number.isFinite(d) && d > 0) s.minDegree = Math.floor(d);
  if (params.get('size') === 'pagerank') s.sizeBy = 'pagerank';
  if (params.get('color') === 'type') s.colorBy = 'type';
  s.time = rangeFromParam(params.get('time'));
  if (params.get('undated') === '0') s.undated = false;
  if (params.get('layout') === 'map') s.layout = 'map';
  const top = params.get('top');
  if (top === 'all') s.top = 'all';
  else if (top && /^\d+$/.test(top) && Number(top) > 0) s.top = Number(top);
  return s;
}
