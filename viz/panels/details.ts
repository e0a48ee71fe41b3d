/**
 * viz/panels/details — the side panel of the selected actor: who it is, its relations grouped
 * by type, and under each relation the sentences that support it with the document title/date
 * and the triple's words marked. Every document string goes through textContent (dom.ts).
 */
import type { App } from '../api.js';
import type { EvidenceRecord } from '../../src/graph/build.js';
import { el, clear, append, type Child } from '../dom.js';
import { highlightRuns } from '../highlight.js';
import { hiddenNeighbours } from '../model.js';
import { evidenceOf } from '../evidence.js';
import { typeName } from '../type-names.js';
import { dayPasses } from '../timeline.js';
import { docLabel } from '../../src/graph/headline.js';

/**
 * `shownDocs`: documents already named in this relation. A document's title, date and source go
 * under the first of its sentences only (repeated under every one they read as a second quote),
 * and never under a sentence that is the headline itself.
 */
function evidenceItem(app: App, id: string, src: string, tgt: string, shownDocs: Set<string>): HTMLElement {
  const g = app.model.graph;
  const attrs = g.getAttributes();
  const ev: EvidenceRecord | undefined = evidenceOf(g, id);
  if (!ev) return el('li', { class: 'evidence missing', text: document.readyState === 'loading' ? 'Loading evidence…' : `evidence ${id} not in this graph` });
  const s = g.getNodeAttributes(src), t = g.getNodeAttributes(tgt);
  // Records from Neo4j lack the mentions: fall back to the actors' names and aliases.
  const runs = highlightRuns(ev.text, {
    subject: ev.subject ? [ev.subject] : [s.label, ...(s.aliases ?? [])],
    relation: ev.relation ? [ev.relation] : [],
    object: ev.object ? [ev.object] : [t.label, ...(t.aliases ?? [])],
  });
  const doc = attrs.docs?.[ev.doc] ?? {};
  const title = doc.title || docLabel(ev.doc);
  const isHeadline = !!doc.title && ev.text.trim().replace(/\s+/g, ' ') === doc.title.trim().replace(/\s+/g, ' ');
  const showDoc = !isHeadline && !shownDocs.has(ev.doc);
  if (showDoc) shownDocs.add(ev.doc);
  // (the place goes under the document's first sentence, headline or not: it is no second quote)
  const firstOfDoc = !shownDocs.has(`\u0000place:${ev.doc}`);
  shownDocs.add(`\u0000place:${ev.doc}`);
  const meta: Child[] = [
    showDoc ? el('span', { class: 'doc-title', text: title, title: `${title} (${ev.doc})` }) : null,
    showDoc && doc.date ? el('span', { class: 'doc-date', text: doc.date }) : null,
    showDoc && doc.source ? el('span', { class: 'doc-source', text: doc.source }) : null,
    firstOfDoc && doc.place ? el('span', { class: 'doc-place', text: doc.place.name, title: `the document's place${doc.place.country ? ` (${doc.place.country})` : ''}` }) : null,
    ev.attribution ? el('span', { class: 'attrib', text: `said ${ev.attribution}` }) : null,
    ev.time ? el('span', { class: 'time', text: ev.time }) : null,
  ];
  return el('li', { class: 'evidence' }, [
    el('blockquote', {}, runs.map((r) => (r.role ? el('mark', { class: r.role, text: r.text }) : r.text))),
    el('div', { class: 'meta' }, meta),
  ]);
}

function relationRow(app: App, node: string, edge: string): HTMLElement {
  const g = app.model.graph;
  const a = g.getEdgeAttributes(edge);
  const [src, tgt] = g.extremities(edge);
  const outgoing = src === node;
  const other = outgoing ? tgt : src;
  const otherLabel = g.getNodeAttribute(other, 'label');
  // In a time range: the evidence dated in it (and the undated, when kept), and its count.
  const { time, undated } = app.state;
  const shownDocs = new Set<string>();
  const ids = app.timeCounts && a.days ? a.evidence.filter((_, i) => dayPasses(a.days![i], time, undated)) : a.evidence;
  const count = app.timeCounts ? (app.timeCounts.get(edge) ?? 0) : a.count;
  const badges: Child[] = [
    a.negated ? el('span', { class: 'badge neg', text: 'negated' }) : null,
    a.modality && a.modality !== 'asserted' ? el('span', { class: 'badge', text: a.modality }) : null,
    a.category ? el('span', { class: 'badge cat', text: a.category }) : null,
    count > 1 ? el('span', { class: 'badge', text: `×${count}` }) : null,
  ];
  const link = el('a', { class: 'node-link', text: otherLabel, attrs: { href: '#', 'data-node': other }, on: { click: (e) => { e.preventDefault(); app.select(other, { focus: true }); } } });
  const ownLabel = g.getNodeAttribute(node, 'label');
  const sentence = outgoing ? [el('b', { text: ownLabel }), ` ${a.label} `, link] : [link, ` ${a.label} `, el('b', { text: ownLabel })];
  return el('li', { class: 'relation', attrs: { 'data-edge': edge } }, [
    el('div', { class: 'rel-line' }, [el('span', { class: `dir ${outgoing ? 'out' : 'in'}`, text: outgoing ? '→' : '←' }), ...sentence, ...badges]),
    el('ul', { class: 'evidence-list' }, ids.map((id) => evidenceItem(app, id, src, tgt, shownDocs))),
  ]);
}

export function renderDetails(app: App, root: HTMLElement, node: string | null): void {
  clear(root);
  const g = app.model.graph;
  root.hidden = !node || !g.hasNode(node);
  document.body.classList.toggle('with-details', !root.hidden);
  if (!node || root.hidden) return;
  const a = g.getNodeAttributes(node);
  const facts: Array<[string, string | undefined]> = [
    ['Type', typeName(a.type)], ['Country', a.country], ['Degree', String(a.degree ?? g.degree(node))],
    ['PageRank', a.pagerank !== undefined ? a.pagerank.toFixed(3) : undefined], ['Mentions', a.mentions ? String(a.mentions) : undefined],
  ];
  const hidden = hiddenNeighbours(app.model, app.shown, node);
  // Group edges by relation type, biggest groups first.
  const groups = new Map<string, string[]>();
  g.forEachEdge(node, (e, ea) => {
    // A time range leaves out the relations with no evidence in it.
    if (app.timeCounts && !app.timeCounts.has(e)) return;
    const k = ea.type;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  });
  const sorted = [...groups].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]));
  append(root, [
    el('div', { class: 'details-head' }, [
      el('h2', { text: a.label }),
      el('button', { class: 'icon close', text: '×', title: 'Close (Esc)', attrs: { 'aria-label': 'Close' }, on: { click: () => app.select(null) } }),
    ]),
    el('dl', { class: 'facts' }, facts.filter(([, v]) => v).flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])),
    a.aliases?.length ? el('div', { class: 'aliases' }, [el('span', { class: 'label', text: 'Also: ' }), ...a.aliases.map((x) => el('span', { class: 'alias', text: x }))]) : null,
    hidden.length
      ? el('button', { class: 'expand', text: `Expand neighbours (+${hidden.length})`, attrs: { id: 'expand-btn' }, on: { click: () => app.expand(node) } })
      : null,
    el('h3', { text: app.timeCounts ? `Relations in the time range (${[...groups.values()].reduce((k, x) => k + x.length, 0)} of ${g.degree(node)})` : `Relations (${g.degree(node)})` }),
    el('div', { class: 'groups' }, sorted.map(([type, edges]) => el('section', { class: 'rel-group', attrs: { 'data-type': type } }, [
      el('h4', {}, [el('span', { text: g.getEdgeAttribute(edges[0], 'label') }), el('code', { text: type }), el('span', { class: 'count', text: String(edges.length) })]),
      el('ul', {}, edges.map((e) => relationRow(app, node, e))),
    ]))),
  ]);
}
