/**
 * actorgraph/extract/chunk-split — a noun-phrase chunk the tree shows to be two arguments.
 *
 * The chunker (chunks.ts) reads a run of nouns as one phrase, so "told reporters Britain would
 * keep the veto" makes "reporters Britain" one mention, resolved to Britain, and Blair "tells"
 * Britain. The tree knows better: "reporters" is the verb's indirect object and "Britain" the
 * subject of the clause it reports.
 *
 * A chunk is cut where the tree's phrases inside it change, when the first is the one spoken to
 * and the second the subject of what is reported. Any other disagreement is left alone: names,
 * titles, compounds and possessives inside a chunk are one phrase whatever the parser attached.
 */
import type { Chunk } from './chunks.js';
import type { Tree } from './tree.js';
import { ADDRESSEE } from './clauses.js';

/** The chunks with each straddling noun phrase cut into its arguments (a new array; the rest untouched). */
export function splitStraddlingChunks(chs: Chunk[], t: Tree): Chunk[] {
  if (!chs.some((c) => c.kind === 'NP' && c.end - c.start >= 2)) return chs;
  const out: Chunk[] = [];
  for (const c of chs) {
    const cuts = c.kind === 'NP' && c.end - c.start >= 2 ? cutsOf(c, t) : [];
    if (!cuts.length) { out.push(c); continue; }
    const bounds = [c.start, ...cuts, c.end];
    for (let p = 0; p + 1 < bounds.length; p++) {
      const [s, e] = [bounds[p], bounds[p + 1]];
      // (an NP chunk's head is its last word, as chunks.ts makes it)
      out.push({ kind: 'NP', start: s, end: e, head: e - 1, names: (c.names ?? []).filter(([a, b]) => a >= s && b <= e) });
    }
  }
  return out;
}

/**
 * The token index where c's two tree phrases meet, when the first is the addressee of a speech
 * verb before the chunk and the second the subject of the clause that verb reports ("told
 * [reporters][Peru] would …"); none otherwise. Only that straddle is cut: where the parser splits
 * a title from its name ("accepted referee Dallas had …", "to face leaders Chelsea was …") the
 * phrase is one, and the chunk's reading is the better.
 */
function cutsOf(c: Chunk, t: Tree): number[] {
  const tops: number[] = [];
  for (let i = c.start; i < c.end; i++) {
    const h = t.head(i);
    if (h < c.start || h >= c.end) tops.push(i);
  }
  if (tops.length !== 2) return [];
  const [a, b] = tops;
  const v = t.head(a), report = t.head(b);
  if (!/^(obj|iobj)$/.test(t.rel(a)) || !/^nsubj/.test(t.rel(b)) || v < 0 || v >= c.start || !ADDRESSEE.test(t.lemma(v))) return [];
  if (report < c.end || t.head(report) !== v || t.rel(report) !== 'ccomp') return [];
  // (the two phrases are contiguous, and no name the gazetteer matched is cut)
  const cut = firstOfPhrase(b, c, t);
  if (cut <= c.start || lastOfPhrase(a, c, t) !== cut - 1 || (c.names ?? []).some(([x, y]) => x < cut && cut < y)) return [];
  return [cut];
}

/** The first token of x's subtree inside chunk c. */
function firstOfPhrase(x: number, c: Chunk, t: Tree): number {
  let f = x;
  for (let i = c.start; i < x; i++) if (t.dominates(x, i)) { f = i; break; }
  return f;
}

/** The last token of x's subtree inside chunk c. */
function lastOfPhrase(x: number, c: Chunk, t: Tree): number {
  let l = x;
  for (let i = c.end - 1; i > x; i--) if (t.dominates(x, i)) { l = i; break; }
  return l;
}
