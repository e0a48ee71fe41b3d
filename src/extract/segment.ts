/**
 * actorgraph/extract/segment — document text → sentences of tokens with character offsets.
 *
 * Paragraphs (blank lines) and headline lines are hard boundaries: news copy puts a headline
 * without a full stop above the first paragraph, and the tagger would glue them together.
 * wink-nlp tokens keep the exact text (value + preceding spaces), so each token's offset is a
 * running sum; the normalised text has the same length as the original (normalize.ts), so
 * offsets found on it are offsets of the original.
 */
import { nlp, its, nounLemma, pastBase, unclipped, verbLemma, type Token } from '../nlp/wink.js';
import { normalizeText, isCapsCopy } from './normalize.js';
import { gazetteer, type Gazetteer } from '../resolve/gazetteer.js';
import { foundersPossessive } from './founder-names.js';
import { recaseOfficeBodies } from './recase-office-bodies.js';
import { recaseBodyHeads } from './recase-body-heads.js';
import { recaseNames, spreadNames, type DocumentNames } from './recase.js';
import { analyser, type Analysis } from '../nlp/analyser.js';
import { markAcronyms, type AcronymDefinition } from './acronym-definitions.js';
import { joinDates } from './clause-time.js';

export interface Sentence {
  /** Index within the document. */
  index: number;
  /** Original text of the sentence. */
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  /** Date and time expressions wink found: [first token, last token, text]. */
  dates: Array<[number, number, string]>;
  /** A Title Case Headline: capitals carry no information about names here. */
  titleCase: boolean;
  /** Our tagger, parser and entity recogniser's reading of `writtenForms(tokens)`; each token also carries its part. */
  analysis: Analysis;
}

/** Words after which a verb stands in its base form: "to found", "will lay". */
const BASE_BEFORE = /^(to|will|would|shall|should|can|could|may|might|must)$/;
/** Splits at blank lines and at single line breaks that end a line without final punctuation. */
function blocks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\n\s*\n|\n(?=\s*\S)(?<![.!?:;,"'\])]\s*\n)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    out.push([last, m.index!]);
    last = m.index! + m[0].length;
  }
  out.push([last, text.length]);
  return out.filter(([a, b]) => text.slice(a, b).trim().length > 0);
}

/** Cuts a block longer than maxChars at a space so tagging stays linear on a 10 MB line. */
function pieces(text: string, a: number, b: number, maxChars: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  while (b - a > maxChars * 4) {
    let cut = text.lastIndexOf(' ', a + maxChars * 4);
    if (cut <= a) cut = a + maxChars * 4;
    out.push([a, cut]);
    a = cut;
  }
  out.push([a, b]);
  return out;
}

/** Groups blocks into pieces of up to ~64k characters: one tagger call each (calls have a fixed cost). */
function batches(norm: string, maxSentenceChars: number): Array<{ a: number; b: number; cuts: number[] }> {
  const out: Array<{ a: number; b: number; cuts: number[] }> = [];
  let cur: { a: number; b: number; cuts: number[] } | undefined;
  for (const [ba, bb] of blocks(norm)) {
    for (const [a, b] of pieces(norm, ba, bb, maxSentenceChars)) {
      if (cur && b - cur.a <= 65536) { cur.cuts.push(a); cur.b = b; continue; }
      cur = { a, b, cuts: [] };
      out.push(cur);
    }
  }
  return out;
}

/**
 * `g`: the run's gazetteer, whose names are re-capitalised in wire copy (default: the built-in one).
 * `display`: the text a sentence's `text` is cut from, when `original` has spans blanked for
 * reading (same length: extract/dateline.ts, extract/editorial.ts).
 * `defined`: the acronyms wire copy in capitals spells out (kept in capitals, their names capitalised).
 */
export function segment(original: string, maxSentenceChars = 1000, g?: Gazetteer, display = original, defined: readonly AcronymDefinition[] = []): Sentence[] {
  const norm = normalizeText(original, g, defined);
  const caps = isCapsCopy(original);
  const names: DocumentNames = new Map();
  const entries = (g ?? gazetteer()).entries;
  const known = (lower: string) => entries.has(lower);
  const sentences: Sentence[] = [];
  analyser().startDocument();
  for (const { a, b, cuts } of batches(norm, maxSentenceChars)) {
    {
      const doc = nlp.readDoc(norm.slice(a, b));
      const values: string[] = doc.tokens().out(its.value);
      const pos: string[] = doc.tokens().out(its.pos);
      const lemma: string[] = doc.tokens().out(its.lemma as never);
      const spaces: string[] = doc.tokens().out(its.precedingSpaces);
      const offs: number[] = [];
      let at = a;
      for (let i = 0; i < values.length; i++) { at += spaces[i].length; offs.push(at); at += values[i].length; }
      // breakBefore[i]: a block boundary lies between token i-1 and token i
      const breakBefore = new Uint8Array(values.length);
      for (let i = 1, c = 0; i < values.length && c < cuts.length; i++) {
        while (c < cuts.length && cuts[c] <= offs[i - 1]) c++;
        if (c < cuts.length && offs[i] >= cuts[c]) { breakBefore[i] = 1; c++; }
      }
      const found: Array<[number, number]> = [];
      doc.entities().each((e: any) => {
        const t = e.out(its.type);
        if (t === 'DATE' || t === 'TIME') found.push(e.out(its.span));
      });
      const dateSpans = joinDates(found, values);
      doc.sentences().each((s: any) => {
        const [s0, s1] = s.out(its.span) as [number, number];
        for (let c0 = s0; c0 <= s1; ) {
          // Over-long sentences (no full stops) are cut into chunks of at most maxSentenceChars,
          // and no sentence crosses a block boundary (blank line, headline end).
          let c1 = c0;
          while (c1 < s1 && offs[c1 + 1] + values[c1 + 1].length - offs[c0] <= maxSentenceChars && !breakBefore[c1 + 1]) c1++;
          const tokens: Token[] = [];
          // (wink's index → ours: line breaks are dropped, so a date's tokens are found through this)
          const ours = new Map<number, number>();
          for (let i = c0; i <= c1; i++) {
            if (!values[i].trim()) continue; // line breaks are tokens in wink; never part of a sentence
            ours.set(i, tokens.length);
            if (i < c1 && foundersPossessive(values, pos, lemma, spaces, i, known)) {
              // ("Sainsbury's said": the firm's name is one token, extract/founder-names.ts)
              const text = values[i] + values[i + 1];
              ours.set(i + 1, tokens.length);
              tokens.push({ text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: 'PROPN', start: offs[i], end: offs[i + 1] + values[i + 1].length, i: tokens.length });
              i++;
              continue;
            }
            // Rules read the normalised form (straight quotes, truecased wire copy); evidence keeps the original.
            const text = values[i];
            tokens.push({ text, lower: values[i].toLowerCase(), lemma: fixLemma(values[i].toLowerCase(), lemma[i], pos[i]), pos: pos[i], start: offs[i], end: offs[i] + values[i].length, i: tokens.length });
          }
          if (!tokens.length) { c0 = c1 + 1; continue; }
          const analysis = addParse(tokens, original);
          // (copy in capitals: the names the recogniser found get back the capitals truecasing took)
          if (caps) recaseNames(tokens, analysis.entities, names);
          // (and the kind of body the recogniser left out of a name: "the velox bank", extract/recase-body-heads.ts)
          if (caps) recaseBodyHeads(tokens, analysis.entities);
          // (and the body a post is held in: "leader of the popular social christian movement")
          if (caps) recaseOfficeBodies(tokens);
          if (defined.length) markAcronyms(tokens, defined);
          const start = tokens[0].start, end = tokens[tokens.length - 1].end;
          const dates = dateSpans.filter(([d0, d1]) => d0 >= c0 && d1 <= c1)
            .map(([d0, d1]) => [ours.get(d0) ?? d0 - c0, ours.get(d1) ?? d1 - c0, original.slice(offs[d0], offs[d1] + values[d1].length)] as [number, number, string]);
          // Title Case: most words capitalised, including function words ("And", "To") past the first word.
          const words = tokens.filter((t) => /^[A-Za-z]{3,}/.test(t.text));
          const titleCase = words.length >= 4 && words.filter((t) => /^[A-Z]/.test(t.text)).length / words.length > 0.75
            && tokens.slice(1).some((t) => /^(And|To|Of|In|For|With|On|At|From|By|As|Is|Are|The)$/.test(t.text));
          sentences.push({ index: sentences.length, text: display.slice(start, end), start, end, tokens, dates, titleCase, analysis });
          c0 = c1 + 1;
        }
      });
    }
  }
  if (caps) spreadNames(sentences.map((s) => s.tokens), names);
  return sentences;
}

/**
 * Our tagger, parser and entity recogniser over the sentence's tokens: each token gets its UPOS,
 * XPOS, head, relation and entity type. wink's `pos` stays what the rules read until they are
 * rebuilt on the tree; the entity types already type names no dictionary knows (mentions.ts).
 */
function addParse(tokens: Token[], original: string): Analysis {
  const a = analyser().analyse(writtenForms(tokens, original));
  tokens.forEach((t, i) => {
    t.upos = a.upos[i];
    t.xpos = a.xpos[i];
    t.head = a.heads[i] - 1;
    t.deprel = a.deprels[i];
    // (wink lemmatised by its own tag: "after contracting/NOUN the illness" kept "contracting";
    // where our tagger reads an inflected verb, the lemma is re-read as a verb's)
    // (so also an irregular form wink read as no verb: "shot/NOUN by rebels" kept "shot")
    if (t.upos === 'VERB' && t.lemma === t.lower && /^VB[DGNZ]$/.test(t.xpos ?? '') && (/[a-z]{3}(ed|ing|s)$/.test(t.lower) || (t.pos !== 'VERB' && t.pos !== 'AUX'))) t.lemma = verbLemma(t.lower);
    // (and "Lawmakers", "Farmers" first in a sentence, read as names by wink, kept their plural:
    // where our tagger reads a plural common noun, the lemma is re-read as a noun's)
    else if (t.xpos === 'NNS' && t.lemma === t.lower && /[a-z]{2}s$/.test(t.lower)) t.lemma = nounLemma(t.lower);
    // ("will lay the groundwork", "to found a party": a verb in its base form is its own lemma;
    // wink read them as the pasts of "lie" and "find")
    // (also when the tagger missed the base form right after "to" or a modal: "to found/VBD")
    // (wink's American spelling of a base form is kept: "favour" → favor, "criticise" → criticize)
    // (and after "rather than", which takes the base form: "rather than lay a wreath")
    else if (t.upos === 'VERB' && t.lemma !== t.lower && /^[a-z]+$/.test(t.lower) && (t.xpos === 'VB' || (/^VB[DN]$/.test(t.xpos ?? '') && (BASE_BEFORE.test(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lower === 'than' && tokens[i - 2]?.lower === 'rather'))))
      && t.lower.replace(/our/g, 'or').replace(/ise$/, 'ize').replace(/yse$/, 'yze') !== t.lemma) t.lemma = t.lower;
  });
  for (const e of a.entities) for (let i = e.start; i < e.end; i++) tokens[i].ne = e.type;
  return a;
}

/**
 * The words as written, which is what the models read: wire copy in capitals stays in capitals
 * (they were trained on upper-cased sentences too), where the rules' truecased text would show
 * them unknown names in lower case ("san miguel").
 */
export function writtenForms(tokens: Token[], original: string): string[] {
  // ("Sainsbury's said": a firm's possessive name, one token here, is shown to the models as the
  // bare name they know how to read, extract/founder-names.ts)
  return tokens.map((t) => {
    const form = original.slice(t.start, t.end).replace(/\s+/g, '') || t.text;
    return t.pos === 'PROPN' && /^[A-Z][A-Za-z]+['\u2019][sS]$/.test(form) ? form.slice(0, -2) : form;
  });
}

/**
 * wink cuts "-ed", "-es" or "-ing" off some verbs whose base ends in "e" ("staged" → "stag", "based"
 * → "bas", "rates" → "rat", "riding" → "rid"): a lemma that is not itself read as a verb gets its
 * "e" back when that is one.
 */
function fixLemma(lower: string, lemma: string | undefined, pos: string): string {
  if (!lemma) return lower;
  if (pos !== 'VERB') return lemma;
  // ("cordoned", "re-elected": a past form the model does not know comes back whole)
  return lemma === lower ? pastBase(lower) : unclipped(lower, lemma);
}
