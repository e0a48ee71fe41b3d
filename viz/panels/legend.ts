/**
 * viz/panels/legend — what the colours and sizes mean right now. It sits in the sidebar under
 * the colour switch, not over the canvas, so it never hides nodes.
 */
import type { App } from '../api.js';
import { el, clear, append } from '../dom.js';
import { COMMUNITY_COLORS, OTHER_COLOR, TYPE_COLORS } from '../palette.js';

export function renderLegend(app: App, root: HTMLElement): void {
  clear(root);
  const { state: s, model: m } = app;
  const items: Array<[string, string, number]> = s.colorBy === 'type'
    ? m.types.map((t) => [TYPE_COLORS[t.key as keyof typeof TYPE_COLORS] ?? OTHER_COLOR, t.label, t.count])
    : m.communities.slice(0, COMMUNITY_COLORS.length).map((c, i) => [COMMUNITY_COLORS[i], c.label, c.count]);
  const rest = m.communities.slice(COMMUNITY_COLORS.length);
  if (s.colorBy === 'community' && rest.length) items.push([OTHER_COLOR, `${rest.length} smaller communities`, rest.reduce((n, c) => n + c.count, 0)]);
  append(root, [
    el('div', { class: 'legend-title', text: s.colorBy === 'type' ? 'Actor types' : 'Louvain communities, named after their biggest actor' }),
    el('ul', {}, items.map(([c, label, count]) => el('li', {}, [
      el('span', { class: 'swatch', attrs: { style: `background:${c}` } }),
      el('span', { class: 'name', text: label, title: label }),
      el('span', { class: 'count', text: String(count) }),
    ]))),
    el('div', { class: 'legend-foot' }, [
      el('span', { text: `Node size: ${s.sizeBy === 'pagerank' ? 'PageRank' : 'degree'}` }),
      el('span', { class: 'edge-key' }, [el('span', { class: 'line neg' }), 'negated']),
    ]),
  ]);
}
