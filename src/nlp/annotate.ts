/**
 * actorgraph/nlp/annotate — analyses as CoNLL-U sentences: what `actorgraph parse` writes.
 *
 * Two directions: `fromTokens` makes a sentence from our own tokenisation of a text (the words
 * the extractor reads, with their character offsets kept in MISC as UDPipe does,
 * `TokenRange=start:end`), and `fill` re-analyses a CoNLL-U sentence in place, keeping its words,
 * ranges, empty nodes and comments exactly, and replacing UPOS, HEAD, DEPREL and the NE entry of
 * MISC (`NE=B-person`, `NE=I-organization`, …; words outside names get none).
 */
import type { Analysis } from './analyser.js';
import { miscSet, type ConlluSentence, type ConlluWord } from './conllu.js';

export interface TextToken {
  text: string;
  lemma: string;
  start: number;
  end: number;
}

/** BIO tags of the entity spans, one per word ("B-person", "I-person", or undefined). */
export function bioTags(a: Analysis): (string | undefined)[] {
  const out: (string | undefined)[] = new Array(a.upos.length).fill(undefined);
  for (const e of a.entities) for (let i = e.start; i < e.end; i++) out[i] = `${i === e.start ? 'B' : 'I'}-${e.type}`;
  return out;
}

export function fromTokens(tokens: TextToken[], a: Analysis, comments: string[]): ConlluSentence {
  const ne = bioTags(a);
  const words: ConlluWord[] = tokens.map((t, i) => {
    let misc = miscSet('_', 'TokenRange', `${t.start}:${t.end}`);
    if (i + 1 < tokens.length && tokens[i + 1].start === t.end) misc = miscSet(misc, 'SpaceAfter', 'No');
    if (ne[i]) misc = miscSet(misc, 'NE', ne[i]);
    return {
      id: i + 1, form: t.text, lemma: t.lemma || '_', upos: a.upos[i], xpos: a.xpos[i], feats: '_',
      head: a.heads[i], deprel: a.deprels[i], deps: '_', misc, line: 0,
    };
  });
  return { comments, words, order: words.map((_, i) => i), line: 0 };
}

/** Replaces UPOS, HEAD, DEPREL and MISC's NE of every word line; everything else is kept. */
export function fill(s: ConlluSentence, a: Analysis): ConlluSentence {
  const ne = bioTags(a);
  s.words.forEach((w, i) => {
    w.upos = a.upos[i];
    w.head = a.heads[i];
    w.deprel = a.deprels[i];
    w.misc = miscSet(w.misc, 'NE', ne[i]);
  });
  return s;
}

