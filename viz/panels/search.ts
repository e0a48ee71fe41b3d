/**
 * viz/panels/search — autocomplete over actor names and aliases (keyboard and mouse).
 * Prefix matches rank before substring matches, bigger actors first.
 */
import type { App } from '../api.js';
import { el, clear } from '../dom.js';
import { typeName } from '../type-names.js';

interface Entry { node: string; name: string; lower: string; isAlias: boolean; degree: number }

export interface Match { node: string; label: string; via?: string; type: string }

export function searchIndex(app: App): Entry[] {
  const g = app.model.graph;
  const out: Entry[] = [];
  g.forEachNode((node, a) => {
    out.push({ node, name: a.label, lower: a.label.toLowerCase(), isAlias: false, degree: a.degree ?? 0 });
    for (const al of a.aliases ?? []) out.push({ node, name: al, lower: al.toLowerCase(), isAlias: true, degree: a.degree ?? 0 });
  });
  return out;
}

export function findMatches(app: App, index: Entry[], query: string, limit = 12): Match[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const scored: Array<{ e: Entry; score: number }> = [];
  for (const e of index) {
    const i = e.lower.indexOf(q);
    if (i < 0) continue;
    const score = (i === 0 ? 0 : /\W/.test(e.lower[i - 1]) ? 1 : 2) * 2 + (e.isAlias ? 1 : 0);
    scored.push({ e, score });
  }
  scored.sort((a, b) => a.score - b.score || b.e.degree - a.e.degree || a.e.name.localeCompare(b.e.name));
  const seen = new Set<string>();
  const out: Match[] = [];
  for (const { e } of scored) {
    if (seen.has(e.node)) continue;
    seen.add(e.node);
    const a = app.model.graph.getNodeAttributes(e.node);
    out.push({ node: e.node, label: a.label, via: e.isAlias ? e.name : undefined, type: a.type });
    if (out.length >= limit) break;
  }
  return out;
}

export function mountSearch(app: App, input: HTMLInputElement, list: HTMLElement): void {
  // Built on the first keystroke, and again when the model changes (a new graph, or the rest
  // of a split one): nothing to do before the first frame.
  let index: Entry[] | null = null;
  let model = app.model;
  let matches: Match[] = [];
  let active = -1;
  const close = () => { list.hidden = true; active = -1; input.setAttribute('aria-expanded', 'false'); };
  // The box shows the chosen actor's name until something else is selected or the panel closes.
  let chosen: string | null = null;
  const choose = (m: Match) => { input.value = m.label; chosen = m.node; close(); app.select(m.node, { focus: true }); };
  const paint = () => {
    clear(list);
    matches.forEach((m, i) => {
      const li = el('li', {
        class: i === active ? 'active' : '', attrs: { role: 'option', 'data-node': m.node },
        on: { mousedown: (e) => { e.preventDefault(); choose(m); } },
      }, [
        el('span', { class: `dot type-${m.type}` }),
        el('span', { class: 'name', text: m.label }),
        m.via ? el('span', { class: 'via', text: `“${m.via}”` }) : null,
        el('span', { class: 'kind', text: typeName(m.type) }),
      ]);
      list.append(li);
    });
    if (!matches.length && input.value.trim()) list.append(el('li', { class: 'empty', text: 'No actor matches' }));
    list.hidden = !input.value.trim();
    input.setAttribute('aria-expanded', String(!list.hidden));
  };
  input.addEventListener('input', () => {
    app.complete();
    if (model !== app.model) { model = app.model; index = null; }
    index ??= searchIndex(app);
    matches = findMatches(app, index, input.value);
    active = matches.length ? 0 : -1;
    paint();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!matches.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
      paint();
    } else if (e.key === 'Enter' && active >= 0) {
      choose(matches[active]);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  app.onChange(() => {
    if (model !== app.model) { model = app.model; index = null; }
    if (chosen && app.state.selected !== chosen && document.activeElement !== input) { input.value = ''; chosen = null; }
  });
}
