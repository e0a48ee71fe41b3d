/**
 * viz/panels/filters — appearance (size by, colour by) and the filters: actor type, PLOVER
 * category, relation type, minimum degree. Checkboxes list every value with its count.
 */
import type { App } from '../api.js';
import { topLimit, type Facet } from '../model.js';
import { el, clear, append } from '../dom.js';
import { TYPE_COLORS } from '../palette.js';

function facetList(app: App, id: string, title: string, facets: Facet[], hidden: Set<string>, opts: { swatch?: (k: string) => string; code?: boolean } = {}): HTMLElement | null {
  if (!facets.length) return null;
  const box = el('details', { class: 'facet', attrs: { id, ...(facets.length <= 12 ? { open: '' } : {}) } });
  const all = el('button', { class: 'link', text: 'all', on: { click: (e) => { e.preventDefault(); hidden.clear(); app.update(); } } });
  const none = el('button', { class: 'link', text: 'none', on: { click: (e) => { e.preventDefault(); facets.forEach((f) => hidden.add(f.key)); app.update(); } } });
  box.append(el('summary', {}, [el('span', { text: title }), el('span', { class: 'count', text: `${facets.length - facets.filter((f) => hidden.has(f.key)).length}/${facets.length}` }), all, none]));
  const ul = el('ul', { class: 'checks' });
  for (const f of facets) {
    const cb = el('input', { attrs: { type: 'checkbox', 'data-key': f.key } });
    cb.checked = !hidden.has(f.key);
    cb.addEventListener('change', () => { if (cb.checked) hidden.delete(f.key); else hidden.add(f.key); app.update(); });
    ul.append(el('li', {}, [el('label', { title: f.key }, [
      cb,
      opts.swatch ? el('span', { class: 'swatch', attrs: { style: `background:${opts.swatch(f.key)}` } }) : null,
      el('span', { class: 'name', text: f.label }),
      el('span', { class: 'count', text: String(f.count) }),
    ])]));
  }
  box.append(ul);
  return box;
}

function radio(app: App, name: string, options: Array<[string, string]>, current: string, set: (v: string) => void): HTMLElement {
  return el('div', { class: 'segmented', attrs: { role: 'radiogroup', id: `${name}-mode` } }, options.map(([v, label]) => {
    const b = el('button', { class: v === current ? 'on' : '', text: label, attrs: { 'data-value': v, 'aria-pressed': String(v === current) } });
    b.addEventListener('click', () => { set(v); app.update(); });
    return b;
  }));
}

/** Steps of the Show control past the page's default, when the graph has more actors. */
const TOP_STEPS = [300, 1000, 3000];

/**
 * Show: the top n actors by degree, or all of them. A big graph opens on its top actors
 * (settings.initialShown); the others stay in the page (search, "expand", this control).
 * Nothing to choose when the graph is no bigger than the default.
 */
function showControl(app: App): HTMLElement | null {
  const m = app.model, s = app.state;
  if (m.order <= m.show) return null;
  const steps = [...new Set([m.show, ...TOP_STEPS.filter((n) => n > m.show && n < m.order)])];
  const now = topLimit(m, s);
  const button = (value: number | 'all', text: string, title: string) => {
    const on = value === 'all' ? now === Infinity : now === value;
    return el('button', { class: on ? 'on' : '', text, attrs: { 'data-value': String(value), 'aria-pressed': String(on), title }, on: { click: () => app.setTop(value) } });
  };
  return el('div', { class: 'row show' }, [
    el('span', { class: 'label', text: 'Show top' }),
    el('div', { class: 'segmented', attrs: { role: 'radiogroup', id: 'top-mode', 'aria-label': 'Actors shown, by degree' } }, [
      ...steps.map((n) => button(n, n.toLocaleString(), `the ${n.toLocaleString()} actors of highest degree`)),
      button('all', `all ${m.order.toLocaleString()}`, `all ${m.order.toLocaleString()} actors (a big graph is slow to draw whole)`),
    ]),
  ]);
}

export function renderFilters(app: App, root: HTMLElement): void {
  const open = new Set([...root.querySelectorAll('details[open]')].map((d) => d.id));
  // Re-rendering replaces the controls: keep keyboard focus on the one being used (the slider).
  const focused = root.contains(document.activeElement) ? document.activeElement?.id : undefined;
  const known = new Set([...root.querySelectorAll('details')].map((d) => d.id));
  clear(root);
  const { state: s, model: m } = app;
  const deg = el('input', { attrs: { type: 'range', id: 'min-degree', min: '0', max: String(Math.max(1, Math.min(m.maxDegree, 50))), step: '1' } });
  deg.value = String(s.minDegree);
  const degOut = el('output', { text: String(s.minDegree) });
  deg.addEventListener('input', () => { degOut.textContent = deg.value; });
  deg.addEventListener('change', () => { s.minDegree = Number(deg.value); app.update(); });
  append(root, [
    el('h3', { text: 'Appearance' }),
    el('div', { class: 'row' }, [el('span', { class: 'label', text: 'Layout' }), radio(app, 'layout', [['force', 'Force'], ['map', 'Map']], s.layout, (v) => app.setLayout(v as typeof s.layout))]),
    el('div', { class: 'row' }, [el('span', { class: 'label', text: 'Size' }), radio(app, 'size', [['degree', 'Degree'], ['pagerank', 'PageRank']], s.sizeBy, (v) => { s.sizeBy = v as typeof s.sizeBy; })]),
    el('div', { class: 'row' }, [el('span', { class: 'label', text: 'Colour' }), radio(app, 'color', [['community', 'Community'], ['type', 'Type']], s.colorBy, (v) => { s.colorBy = v as typeof s.colorBy; })]),
    // Filled by panels/legend.ts right after this render (app.update calls both).
    el('div', { attrs: { id: 'legend', 'aria-label': 'Legend' } }),
    el('h3', { text: 'Filters' }),
    showControl(app),
    el('div', { class: 'row' }, [el('label', { class: 'label', text: 'Min degree', attrs: { for: 'min-degree' } }), deg, degOut]),
    facetList(app, 'filter-types', 'Actor types', m.types, s.hiddenTypes, { swatch: (k) => TYPE_COLORS[k as keyof typeof TYPE_COLORS] ?? '#888' }),
    facetList(app, 'filter-categories', 'PLOVER events', m.categories, s.hiddenCategories),
    facetList(app, 'filter-relations', 'Relation types', m.relations, s.hiddenRelations),
  ]);
  // Keep the user's open/closed choice across re-renders.
  for (const d of root.querySelectorAll('details')) if (known.has(d.id)) (d as HTMLDetailsElement).open = open.has(d.id);
  if (focused) document.getElementById(focused)?.focus();
}
