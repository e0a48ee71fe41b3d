/**
 * viz/highlight — split an evidence sentence into plain and marked runs: the subject mention,
 * the relation words and the object mention. Pure (no DOM) so it is testable in node; the
 * panel turns runs into text nodes and <mark>s.
 *
 * The relation label is normalised ("strengthen military cooperation with") and may not occur
 * verbatim, so when the phrase is absent its content words are marked one by one.
 */
export type Role = 'subject' | 'relation' | 'object';
export interface Run { text: string; role?: Role }

const STOP = new Set(['the', 'a', 'an', 'of', 'with', 'to', 'in', 'on', 'at', 'for', 'by', 'and', 'be', 'not', 'may', 'from', 'as']);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Span { start: number; end: number; role: Role }

function findAll(text: string, needle: string, role: Role, wordPrefix = false): Span[] {
  if (!needle.trim()) return [];
  const re = new RegExp(wordPrefix ? `\\b${escapeRe(needle)}\\w*` : escapeRe(needle), 'gi');
  const out: Span[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, role });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * @example
 *   highlightRuns('Russia met Belarus.', { subject: 'Russia', relation: 'meet', object: 'Belarus' })
 *   // [{text:'Russia',role:'subject'},{text:' '},{text:'met',role:'relation'}, …]
 */
export function highlightRuns(text: string, terms: Partial<Record<Role, string | string[]>>): Run[] {
  const spans: Span[] = [];
  for (const role of ['subject', 'object'] as const) {
    const list = ([] as string[]).concat(terms[role] ?? []).filter(Boolean).sort((a, b) => b.length - a.length);
    for (const t of list) {
      const found = findAll(text, t, role);
      if (found.length) { spans.push(...found); break; }
    }
  }
  for (const rel of ([] as string[]).concat(terms.relation ?? [])) {
    const whole = findAll(text, rel, 'relation', true);
    if (whole.length) { spans.push(...whole); break; }
    const words = rel.split(/\s+/).filter((w) => w.length > 2 && !STOP.has(w.toLowerCase()));
    // Stem-ish: "strengthen" also marks "strengthens", "meet" cannot mark "met" (irregular forms stay plain).
    const found = words.flatMap((w) => findAll(text, w.length > 5 ? w.slice(0, -1) : w, 'relation', true));
    if (found.length) { spans.push(...found); break; }
  }
  // Earlier and longer spans win; overlapping later ones are dropped.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: Run[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    if (s.start > pos) runs.push({ text: text.slice(pos, s.start) });
    runs.push({ text: text.slice(s.start, s.end), role: s.role });
    pos = s.end;
  }
  if (pos < text.length) runs.push({ text: text.slice(pos) });
  return runs;
}
