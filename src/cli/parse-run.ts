/**
 * actorgraph/cli/parse-run — the work behind `actorgraph parse`: read, analyse, write CoNLL-U.
 *
 * Text goes through the same reader and sentence splitter as `extract` (so the trees are over the
 * very tokens the extractor reads); CoNLL-U files are read whole, one at a time, and a malformed
 * file is reported by file:line and skipped, the other inputs still written.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { ActorGraphError, InputError } from '../errors.js';
import { readInputs, isWarning } from '../io/index.js';
import { analyser } from '../nlp/analyser.js';
import { fill, fromTokens } from '../nlp/annotate.js';
import { readConllu, writeSentence } from '../nlp/conllu.js';
import { segment, writtenForms } from '../extract/segment.js';
import type { ParseArgs } from './commands/parse.js';

export interface ParseCount {
  sentences: number;
  words: number;
  errors: number;
}

async function put(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

function report(e: unknown, count: ParseCount): void {
  count.errors++;
  const err = e as ActorGraphError;
  process.stderr.write(`${err.message ?? String(e)}\n${err.hint ? `  hint: ${err.hint}\n` : ''}`);
}

export async function runParse(args: ParseArgs): Promise<ParseCount> {
  const out: Writable = args.output ? createWriteStream(args.output) : process.stdout;
  const count: ParseCount = { sentences: 0, words: 0, errors: 0 };
  const a = analyser();
  if (args.input === 'conllu') {
    for (const file of args.inputs) {
      let text: string;
      try {
        text = readFileSync(file === '-' ? 0 : file, 'utf8');
      } catch (e) {
        report(new InputError(`cannot read: ${(e as Error).message}`, { file }), count);
        continue;
      }
      let sentences;
      try {
        sentences = readConllu(text, file === '-' ? '<stdin>' : file);
      } catch (e) {
        report(e, count);
        continue;
      }
      a.startDocument();
      for (const s of sentences) {
        if (s.comments.some((c) => c.startsWith('# newdoc'))) a.startDocument();
        await put(out, writeSentence(fill(s, a.analyse(s.words.map((w) => w.form)))));
        count.sentences++;
        count.words += s.words.length;
      }
    }
  } else {
    const onError = (e: InputError) => { if (!isWarning(e)) report(e, count); };
    for await (const doc of readInputs(args.inputs, { onError })) {
      let first = true;
      // segment() has already tagged, parsed and named each sentence's words, as the extractor reads them
      for (const s of segment(doc.text)) {
        const forms = writtenForms(s.tokens, doc.text);
        const toks = s.tokens.map((t, i) => ({ text: forms[i], lemma: t.lemma, start: t.start, end: t.end }));
        const comments = [...(first ? [`# newdoc id = ${doc.id}`] : []), `# sent_id = ${doc.id}#${s.index}`, `# text = ${s.text.replace(/\s+/g, ' ')}`];
        first = false;
        await put(out, writeSentence(fromTokens(toks, s.analysis, comments)));
        count.sentences++;
        count.words += toks.length;
      }
    }
  }
  if (args.output) {
    out.end();
    await once(out, 'finish');
  }
  return count;
}
