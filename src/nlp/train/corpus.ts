/**
 * actorgraph/nlp/train/corpus — UD treebanks as training sentences for the tagger and the parser.
 *
 * Word lines only (multiword-token ranges and empty nodes are not words the analysers see).
 * Heads become 0-based with ROOT = n, the arc-hybrid convention (nlp/arc-hybrid.ts).
 */
import { readFileSync } from 'node:fs';
import { readConllu, type ConlluSentence } from '../conllu.js';

export interface TreeSentence {
  forms: string[];
  upos: string[];
  xpos: string[];
  /** 0-based heads, n = ROOT. */
  heads: Int32Array;
  deprels: string[];
}

export function toTree(s: ConlluSentence): TreeSentence {
  const n = s.words.length;
  const heads = new Int32Array(n);
  s.words.forEach((w, i) => { heads[i] = w.head === 0 ? n : w.head - 1; });
  return {
    forms: s.words.map((w) => w.form),
    upos: s.words.map((w) => w.upos),
    xpos: s.words.map((w) => (w.xpos === '_' ? w.upos : w.xpos)),
    heads,
    deprels: s.words.map((w) => w.deprel),
  };
}

export function readTreebank(path: string): TreeSentence[] {
  return readConllu(readFileSync(path, 'utf8'), path).map(toTree);
}

/** True when no two arcs cross (the parser can build the tree exactly). */
export function isProjective(heads: Int32Array): boolean {
  const n = heads.length;
  for (let d = 0; d < n; d++) {
    const h = heads[d];
    const lo = Math.min(d, h), hi = Math.max(d, h);
    for (let k = lo + 1; k < hi; k++) {
      // every word strictly between must descend from h
      let a = k;
      while (a !== h && a < n) a = heads[a];
      if (a !== h) return false;
    }
  }
  return true;
}

/** An upper-cased copy (wire copy in capitals), same tags and tree. */
export function upperCased(s: TreeSentence): TreeSentence {
  return { ...s, forms: s.forms.map((f) => f.toUpperCase()) };
}
