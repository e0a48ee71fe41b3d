/**
 * viz/console/theme — CodeMirror colours for the dark panel.
 *
 * Why re-colour defaultHighlightStyle instead of defining tags: tags live in @lezer/highlight,
 * which is only a transitive dependency here; the default style already carries every tag.
 */
import { EditorView } from 'codemirror';
import { HighlightStyle, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';

const theme = EditorView.theme({
  '&': { backgroundColor: '#14171c', color: '#e6e9ef', height: '100%' },
  '.cm-content': { caretColor: '#8fb8ff', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' },
  '.cm-gutters': { backgroundColor: '#1b1f26', color: '#6b7482', border: 'none' },
  '.cm-activeLine': { backgroundColor: '#1d232c' },
  '.cm-activeLineGutter': { backgroundColor: '#1d232c' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: '#2d4a75 !important' },
  '&.cm-focused': { outline: 'none' },
  '&.cm-focused .cm-matchingBracket': { backgroundColor: '#2d3746' },
}, { dark: true });

/** Default (light-background) colour → dark-background colour. */
const DARK: Record<string, string> = {
  '#708': '#c792ea', '#219': '#82aaff', '#164': '#f78c6c', '#a11': '#c3e88d', '#e40': '#ff9d7a', '#00f': '#e6e9ef',
  '#30a': '#e6e9ef', '#085': '#ffcb6b', '#167': '#ffcb6b', '#256': '#82aaff', '#00c': '#89ddff', '#940': '#6b7482', '#404740': '#9aa4b2',
};

const dark = HighlightStyle.define(defaultHighlightStyle.specs.map((s) => ({ ...s, color: typeof s.color === 'string' ? DARK[s.color] ?? s.color : s.color })), { themeType: 'dark' });

export const darkTheme = [theme, syntaxHighlighting(dark)];
