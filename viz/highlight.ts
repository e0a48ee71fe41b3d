/**
 * viz/highlight — split an evidence sentence into plain and marked runs: the subject mention,
 * the relation words and the object mention. Pure (no DOM) so it is testable in node; the
 * panel turns runs into text nodes and <mark>s.
 *
 * The relation label is normalised ("strengthen military cooperation with") and may not occur
 * verbatim, so when the phrase is absent its content words are marked one by one.
 *
 * Only the triple's own words are marked: whole words (the mention "Iran" never marks the
 * "Iran" of "Iranian", nor "missile" the "missile" of "missiles"), and one occurrence of each —
 * the one nearest the relation, where the sentence names an actor twice. Triples carry no
 * character offsets of their mentions (src/types.ts), so nearness stands in for them.
 */
export type Role = 'subject' | 'relation' | 'object';
export interface Run { text: string; role?: Role }

const STOP = new Set(['the', 'a', 'an', 'of', 'with', 'to', 'in', 'on', 'at', 'for', 'by', 'and', 'be', 'not', 'may', 'from', 'as']);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Span { start: number; end: number; role: Role }

/** Letters and digits of any script: a match must not continue a word on either side. */
const WORD_BEFORE = '(?<![\\p{L}\\p{N}])', WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** Whole-word occurrences of `needle`; `wordPrefix` lets the last word run on ("strengthen" → "strengthens"). */
function findAll(text: string, needle: string, role: Role, wordPrefix = false): Span[] {
  if (!needle.trim()) return [];
  const re = new RegExp(`${WORD_BEFORE}${escapeRe(needle)}${wordPrefix ? '[\\p{L}\\p{N}]*' : WORD_AFTER}`, 'giu');
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
/** The occurrence nearest `at` (the relation's position), the first when there is none. */
function nearest(found: Span[], at: number | null): Span {
  if (at === null) return found[0];
  return found.reduce((best, s) => (Math.abs(s.start - at) < Math.abs(best.start - at) ? s : best));
}

export function highlightRuns(text: string, terms: Partial<Record<Role, string | string[]>>): Run[] {
  const spans: Span[] = [];
  for (const rel of ([] as string[]).concat(terms.relation ?? [])) {
    const whole = findAll(text, rel, 'relation', true);
    if (whole.length) { spans.push(whole[0]); break; }
    const words = rel.split(/\s+/).filter((w) => w.length > 2 && !STOP.has(w.toLowerCase()));
    // Stem-ish: "strengthen" also marks "strengthens", "meet" cannot mark "met" (irregular forms stay plain).
    const found = words.map((w) => findAll(text, w.length > 5 ? w.slice(0, -1) : w, 'relation', true)[0]).filter(Boolean);
    if (found.length) { spans.push(...found); break; }
  }
  const at = spans.length ? spans[0].start : null;
  for (const role of ['subject', 'object'] as const) {
    const list = ([] as string[]).concat(terms[role] ?? []).filter(Boolean).sort((a, b) => b.length - a.length);
    for (const t of list) {
      // Not inside a span already marked (the object "Russia" inside the subject "Russia and Belarus").
      const found = findAll(text, t, role).filter((f) => !spans.some((s) => f.start < s.end && s.start < f.end));
      if (found.length) { spans.push(nearest(found, at)); break; }
    }
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
