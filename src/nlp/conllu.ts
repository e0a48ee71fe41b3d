/**
 * actorgraph/nlp/conllu — reading and writing CoNLL-U (https://universaldependencies.org/format.html).
 *
 * A sentence keeps every line it was read from (comments, multiword-token ranges `1-2`, empty
 * nodes `8.1`, word lines) so that `parse --input conllu` can fill columns and write the file back
 * with the tokenisation exactly as it was. The analysers only ever see `words`: the word lines,
 * whose ID is 1..n in order.
 */
import { InputError } from '../errors.js';

/** One word line: the ten columns, HEAD as a number (0 = root), and where it was read. */
export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  deps: string;
  misc: string;
  /** 1-based line in the file it came from (0 when made in memory). */
  line: number;
}

/** A line that is not a word: a multiword-token range or an empty node, passed through untouched. */
export interface ConlluOther {
  kind: 'range' | 'empty';
  text: string;
}

export interface ConlluSentence {
  /** Comment lines, with their leading "#". */
  comments: string[];
  words: ConlluWord[];
  /** The lines in file order: a word's index into `words`, or a line kept as it was. */
  order: (number | ConlluOther)[];
  /** 1-based line of the sentence's first line. */
  line: number;
}

const WORD_ID = /^[1-9][0-9]*$/;
const RANGE_ID = /^[1-9][0-9]*-[1-9][0-9]*$/;
const EMPTY_ID = /^[0-9]+\.[1-9][0-9]*$/;

/**
 * Parses CoNLL-U text. Throws InputError naming `file:line` for a malformed line (wrong column
 * count, a word ID out of sequence, a HEAD that is not a number or points outside the sentence).
 * @example readConllu('1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n', 'a.conllu')[0].words[0].form // 'Hi'
 */
export function readConllu(text: string, file = '<conllu>'): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence | undefined;
  const lines = text.split('\n');
  const fail = (line: number, msg: string): never => {
    throw new InputError(msg, { file, line, hint: 'CoNLL-U word lines have 10 tab-separated columns: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC' });
  };
  const finish = () => {
    if (!cur) return;
    for (const w of cur.words) if (w.head > cur.words.length) fail(w.line, `HEAD ${w.head} points outside the sentence (${cur.words.length} words)`);
    if (cur.words.length) out.push(cur);
    cur = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    const lineNo = i + 1;
    if (raw.trim() === '') { finish(); continue; }
    cur ??= { comments: [], words: [], order: [], line: lineNo };
    if (raw.startsWith('#')) {
      if (cur.words.length || cur.order.length) fail(lineNo, 'a comment line inside a sentence (comments come before the first word line)');
      cur.comments.push(raw);
      continue;
    }
    const cols = raw.split('\t');
    if (cols.length !== 10) fail(lineNo, `expected 10 tab-separated columns, found ${cols.length}`);
    const id = cols[0];
    if (RANGE_ID.test(id)) { cur.order.push({ kind: 'range', text: raw }); continue; }
    if (EMPTY_ID.test(id)) { cur.order.push({ kind: 'empty', text: raw }); continue; }
    if (!WORD_ID.test(id)) fail(lineNo, `ID "${id}" is not a word number, a range (1-2) or an empty node (1.1)`);
    const n = Number(id);
    if (n !== cur.words.length + 1) fail(lineNo, `word ID ${n} out of sequence (expected ${cur.words.length + 1})`);
    if (cols[1] === '') fail(lineNo, 'empty FORM');
    const head = cols[6] === '_' ? -1 : Number(cols[6]);
    if (!Number.isInteger(head)) fail(lineNo, `HEAD "${cols[6]}" is not a number`);
    cur.order.push(cur.words.length);
    cur.words.push({
      id: n, form: cols[1], lemma: cols[2], upos: cols[3], xpos: cols[4], feats: cols[5],
      head, deprel: cols[7], deps: cols[8], misc: cols[9], line: lineNo,
    });
  }
  finish();
  return out;
}

/** One word as its CoNLL-U line (HEAD -1 is written "_"). */
export function wordLine(w: ConlluWord): string {
  return [w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head < 0 ? '_' : w.head, w.deprel, w.deps, w.misc].join('\t');
}

/** Writes one sentence: comments, then its lines in their original order, then a blank line. */
export function writeSentence(s: ConlluSentence): string {
  const lines = [...s.comments];
  for (const o of s.order) lines.push(typeof o === 'number' ? wordLine(s.words[o]) : o.text);
  return lines.join('\n') + '\n\n';
}

export function writeConllu(sentences: ConlluSentence[]): string {
  return sentences.map(writeSentence).join('');
}

/** Reads `Key=Value` pairs of a MISC (or FEATS) column; `_` is empty. */
export function miscGet(misc: string, key: string): string | undefined {
  if (misc === '_' || misc === '') return undefined;
  for (const part of misc.split('|')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === key) return part.slice(eq + 1);
  }
  return undefined;
}

/** Sets (or, with undefined, removes) one `Key=Value` pair of a MISC column, keeping the others in order. */
export function miscSet(misc: string, key: string, value: string | undefined): string {
  const parts = misc === '_' || misc === '' ? [] : misc.split('|').filter((p) => !p.startsWith(`${key}=`));
  if (value !== undefined) parts.push(`${key}=${value}`);
  return parts.length ? parts.join('|') : '_';
}
