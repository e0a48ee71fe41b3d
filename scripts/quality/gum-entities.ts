/**
 * scripts/quality/gum-entities — GUM's gold coreference from a CoNLL-U file: per document, the
 * text rebuilt from the sentences' `# text` lines (paragraphs as blank lines, sentences joined by
 * a space, so the extractor sees the layout it sees in news) and every `Entity=` bracket as a
 * mention with its character span, its syntactic head's span and its entity id and type.
 * Format: ../shared/data/ud/README.md (`(ID-TYPE-…` opens on a span's first word, `ID)` closes
 * on its last; one ID is one entity across its document).
 */

export interface GoldMention { entity: string; type: string; start: number; end: number; headStart: number; headEnd: number }
export interface GumDoc { id: string; text: string; mentions: GoldMention[] }

interface Word { id: number; form: string; head: number; misc: string; start: number; end: number }

/** Character offsets of each word in the sentence text (a multiword token's words share its span). */
function place(text: string, lines: string[][], at: number): { words: Word[]; misses: number } {
  const words: Word[] = [];
  let cur = 0, misses = 0, mwtEnd = 0, mwtSpan: [number, number] = [0, 0];
  const find = (form: string): [number, number] => {
    const k = text.indexOf(form, cur);
    // (a form that is not in the text here, e.g. a corrected typo, takes the next written word)
    if (k < 0 || text.slice(cur, k).trim()) {
      misses++;
      const s = cur + (text.slice(cur).length - text.slice(cur).trimStart().length);
      const e = text.indexOf(' ', s) < 0 ? text.length : text.indexOf(' ', s);
      cur = e;
      return [s, e];
    }
    cur = k + form.length;
    return [k, cur];
  };
  for (const c of lines) {
    const range = /^(\d+)-(\d+)$/.exec(c[0]);
    if (range) { mwtEnd = +range[2]; mwtSpan = find(c[1]); continue; }
    if (!/^\d+$/.test(c[0])) continue; // empty nodes
    const id = +c[0];
    const [s, e] = id <= mwtEnd ? mwtSpan : find(c[1]);
    words.push({ id, form: c[1], head: +c[6], misc: c[9], start: at + s, end: at + e });
  }
  return { words, misses };
}

/** The word of [i, j] whose head lies outside the span (the first such, for a fragment). */
function headOf(words: Word[], i: number, j: number): Word {
  const lo = words[i].id, hi = words[j].id;
  for (let k = i; k <= j; k++) if (words[k].head < lo || words[k].head > hi) return words[k];
  return words[i];
}

/** Gold mentions of one sentence from its words' Entity= brackets. */
function mentionsOf(words: Word[], doc: string): GoldMention[] {
  const out: GoldMention[] = [];
  const open = new Map<string, Array<{ i: number; type: string }>>();
  words.forEach((w, i) => {
    const ent = /(?:^|\|)Entity=([^|]*)/.exec(w.misc)?.[1];
    if (!ent) return;
    for (const m of ent.matchAll(/\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/g)) {
      const id = m[1] ?? m[4];
      const close = (k: number, type: string) => {
        const h = headOf(words, k, i);
        out.push({ entity: `${doc}#${id}`, type, start: words[k].start, end: w.end, headStart: h.start, headEnd: h.end });
      };
      if (m[1] && m[3]) close(i, m[2]);
      else if (m[1]) open.set(id, [...(open.get(id) ?? []), { i, type: m[2] }]);
      else {
        const o = open.get(id)?.pop();
        if (o) close(o.i, o.type);
      }
    }
  });
  return out;
}

/** Reads every document of a GUM CoNLL-U file. */
export function readGum(conllu: string): { docs: GumDoc[]; misses: number } {
  const docs: GumDoc[] = [];
  let doc: GumDoc | undefined, text = '', lines: string[][] = [], newpar = false, misses = 0;
  const flush = () => {
    if (!doc || !lines.length) return;
    const sep = doc.text ? (newpar ? '\n\n' : ' ') : '';
    doc.text += sep;
    const r = place(text, lines, doc.text.length);
    misses += r.misses;
    doc.text += text;
    // (mentions never cross sentences in GUM; one that did would stay open and be dropped)
    doc.mentions.push(...mentionsOf(r.words, doc.id));
    lines = [];
    newpar = false;
  };
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# newdoc id =')) {
      flush();
      doc = { id: line.slice(13).trim(), text: '', mentions: [] };
      docs.push(doc);
    } else if (line.startsWith('# newpar')) newpar = true;
    else if (line.startsWith('# text =')) text = line.slice(8).trim();
    else if (line && !line.startsWith('#')) lines.push(line.split('\t'));
    else if (!line) flush();
  }
  flush();
  return { docs, misses };
}
