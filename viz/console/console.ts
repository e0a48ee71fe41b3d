/**
 * viz/console/console — the Cypher console of `serve`: CodeMirror (legacy cypher mode) with
 * JSON parameters, Ctrl/⌘+Enter to run, a result table, and graph-shaped results drawn in
 * place of the graph (with "Show full graph" to go back). Neo4j errors are shown verbatim.
 */
import { EditorView, basicSetup } from 'codemirror';
import { StreamLanguage } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { darkTheme } from './theme.js';
import type { App } from '../api.js';
import type { ActorGraph } from '../../src/graph/build.js';
import { el, clear } from '../dom.js';
import { resultGraph } from './result-graph.js';
import { resultTable } from './table.js';
import { layoutGraph } from '../../src/graph/layout.js';
import { enrichGraph } from '../../src/graph/enrich.js';

const EXAMPLE = 'MATCH p = (a:Actor {name: $name})-[r]-(b)\nRETURN p LIMIT 50';

export function mountConsole(app: App, root: HTMLElement, full: ActorGraph): void {
  const out = el('div', { class: 'console-out', attrs: { id: 'console-out', 'aria-live': 'polite' } });
  const params = el('textarea', { attrs: { id: 'console-params', spellcheck: 'false', 'aria-label': 'Parameters (JSON)' } });
  params.value = '{"name": "Belarus"}';
  // ⌘ on Apple keyboards, Ctrl elsewhere (both work everywhere: see the keydown handlers).
  const mac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
  const runBtn = el('button', { class: 'primary', text: mac ? 'Run ⌘↵' : 'Run Ctrl+↵', title: `Run the query (${mac ? '⌘' : 'Ctrl'}+Enter)`, attrs: { id: 'console-run' } });
  const editorBox = el('div', { class: 'editor' });
  let editor: EditorView;

  const run = async () => {
    clear(out);
    let p: unknown;
    try { p = params.value.trim() ? JSON.parse(params.value) : {}; } catch (e) {
      out.append(el('div', { class: 'error', text: `Parameters are not JSON: ${(e as Error).message}` }));
      return;
    }
    runBtn.disabled = true;
    out.append(el('div', { class: 'summary', text: 'Running…' }));
    try {
      const res = await fetch('api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: editor.state.doc.toString(), params: p }) });
      const body = await res.json();
      clear(out);
      if (!res.ok) {
        const e = body.error ?? {};
        out.append(el('div', { class: 'error', attrs: { id: 'console-error' }, text: [e.code, e.message, e.hint && `hint: ${e.hint}`].filter(Boolean).join('\n') }));
        return;
      }
      const g = resultGraph(body.rows, full.getAttributes());
      out.append(el('div', { class: 'summary', attrs: { id: 'console-summary' }, text: `${body.truncated ? `first ${body.rows.length} rows (the query returned more: add LIMIT or narrow it)` : `${body.rows.length} rows`} · ${body.columns.length} columns · ${g.order} nodes, ${g.size} relationships drawn · ${body.ms} ms` }));
      out.append(resultTable(body.columns, body.rows));
      if (g.order > 0) {
        layoutGraph(enrichGraph(g), { iterations: 200 });
        app.setGraph(g, { banner: `Query result: ${g.order} nodes, ${g.size} relationships` });
      }
    } catch (e) {
      clear(out);
      out.append(el('div', { class: 'error', text: `Request failed: ${(e as Error).message}` }));
    } finally {
      runBtn.disabled = false;
    }
  };

  editor = new EditorView({
    doc: EXAMPLE,
    parent: editorBox,
    extensions: [
      // Before basicSetup's keymaps see it: Ctrl/⌘+Enter runs instead of inserting a line.
      EditorView.domEventHandlers({ keydown: (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void run(); return true; } return false; } }),
      basicSetup, StreamLanguage.define(cypher), darkTheme,
    ],
  });
  runBtn.addEventListener('click', () => void run());
  params.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void run(); } });
  document.getElementById('banner-reset')?.addEventListener('click', () => app.setGraph(full));

  root.append(
    el('div', { class: 'console-bar' }, [el('span', { class: 'title', text: 'Cypher (read-only)' }), runBtn]),
    el('div', { class: 'console-edit' }, [editorBox, el('div', { class: 'params' }, [el('label', { text: 'Parameters (JSON)', attrs: { for: 'console-params' } }), params])]),
    out,
  );
  (window as unknown as { actorgraphConsole: unknown }).actorgraphConsole = { editor, run };
}
