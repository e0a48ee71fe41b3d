/**
 * viz/panels/legend — what the colours and sizes mean right now, in the canvas corner.
 */
import type { App } from '../api.js';
import { el, clear, append } from '../dom.js';
import { COMMUNITY_COLORS, OTHER_COLOR, TYPE_COLORS } from '../palette.js';

export function renderLegend(app: App, root: HTMLElement): void {
  clear(root);
  const { state: s, model: m } = app;
  const items: Array<[string, string]> = s.colorBy === 'type'
    ? m.types.map((t) => [TYPE_COLORS[t.key as keyof typeof TYPE_COLORS] ?? OTHER_COLOR, `${t.label} (${t.count})`])
    : m.communities.slice(0, COMMUNITY_COLORS.length).map((c, i) => [COMMUNITY_COLORS[i], c.count > 1 ? `${c.label} +${c.count - 1}` : c.label]);
  if (s.colorBy === 'community' && m.communities.length > COMMUNITY_COLORS.length) items.push([OTHER_COLOR, `${m.communities.length - COMMUNITY_COLORS.length} smaller communities`]);
  append(root, [
    el('div', { class: 'legend-title', text: s.colorBy === 'type' ? 'Colour: actor type' : 'Colour: community (Louvain), named by its largest actor' }),
    el('ul', {}, items.map(([c, label]) => el('li', {}, [el('span', { class: 'swatch', attrs: { style: `background:${c}` } }), el('span', { text: label })]))),
    el('div', { class: 'legend-foot' }, [
      el('span', { text: `Size: ${s.sizeBy === 'pagerank' ? 'PageRank' : 'degree'}` }),
      el('span', { class: 'edge-key' }, [el('span', { class: 'line neg' }), 'negated']),
      el('span', { text: `${app.shown.size}/${m.graph.order} actors shown` }),
    ]),
  ]);
}
