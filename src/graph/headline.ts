/**
 * actorgraph/graph/headline — a title for documents that carry none (plain .txt files).
 *
 * News copy saved as text usually opens with its headline on a line of its own, followed by a
 * blank line. Only that shape counts: a first line that runs into the body is not a title, and
 * the page then shows the file name instead.
 */

/** Longest line taken as a headline; longer first lines are body text. */
const MAX_HEADLINE = 160;

/**
 * @example
 *   headline('Belousov: Russia And Belarus Continue\n\nChanges in …') // 'Belousov: Russia And Belarus Continue'
 *   headline('One paragraph with no title line.')                      // undefined
 */
export function headline(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = /^\s*([^\n]{3,})\r?\n\s*\r?\n/.exec(text);
  const line = m?.[1].trim();
  if (!line || line.length > MAX_HEADLINE || /[.;,]$/.test(line)) return undefined;
  return line;
}

/**
 * Documents known only through their evidence (a triples file, or Neo4j Document nodes loaded
 * from one: no title) are named by their headline where a piece of evidence is the document's
 * first sentence in headline shape (the seed's "Belousov: Russian Federation And Belarus
 * Continue To …"); the page otherwise names them by their id's base name (docLabel), not by a
 * path like data/seed/belousov-union-state.txt.
 */
export function titleFromEvidence(attrs: { evidence: Record<string, { doc: string; sentence: number; text: string }>; docs: Record<string, { title?: string }> }): void {
  for (const ev of Object.values(attrs.evidence)) {
    if (ev.sentence !== 0 || !ev.doc) continue;
    const doc = (attrs.docs[ev.doc] ??= {});
    if (doc.title) continue;
    const line = ev.text.trim().replace(/\s+/g, ' ');
    if (line.length >= 3 && line.length <= MAX_HEADLINE && !/[.;,]$/.test(line)) doc.title = line;
  }
}

/**
 * What the page calls a document with no title: its id less any folders and extension.
 * @example docLabel('data/seed/belousov-union-state.txt') // 'belousov-union-state'
 * @example docLabel('DEV-MUC3-0001') // 'DEV-MUC3-0001'
 */
export function docLabel(id: string): string {
  const base = id.split(/[\\/]/).filter(Boolean).pop() ?? id;
  return base.replace(/\.(txt|md|markdown|html?|jsonl?|xml)$/i, '') || id;
}
