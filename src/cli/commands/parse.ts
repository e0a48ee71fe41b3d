/**
 * actorgraph parse <inputs..> — dependency trees, tags and names as CoNLL-U.
 *
 *   actorgraph parse article.txt                      our tokenisation of the text, one tree per sentence
 *   actorgraph parse --input conllu gold.conllu       the file's own words, re-analysed in place
 *
 * With `--input conllu` every line but the word lines' UPOS, HEAD, DEPREL and MISC NE is written
 * back as it was read (comments, multiword-token ranges, empty nodes), so the output scores
 * against the gold file with any CoNLL-U evaluator. That is how parse quality is measured.
 *
 * Exit codes: 0 all inputs read; 1 some input could not be read (named file:line on stderr; the
 * others are still written); 2 usage error.
 */
import type { Argv, CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { restoreDash } from './extract.js';
import { InputError } from '../../errors.js';

export interface ParseArgs {
  inputs: string[];
  input: 'text' | 'conllu';
  output?: string;
  quiet: boolean;
}

function builder(y: Argv): Argv<ParseArgs> {
  return y
    .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'Text files, folders or JSONL (as extract reads them); with --input conllu, CoNLL-U files or - for stdin' })
    .option('input', { choices: ['text', 'conllu'] as const, default: 'text' as const, describe: 'text: tokenise and split sentences ourselves; conllu: keep the file\'s tokenisation exactly' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write CoNLL-U here instead of stdout' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'No summary line on stderr' })
    .example('$0 parse data/seed', 'trees for the seed article')
    .example('$0 parse --input conllu ../shared/data/ud/en_ewt-ud-dev.conllu -o dev.parsed.conllu', 're-analyse a treebank, same words');
}

async function handler(args: ParseArgs): Promise<void> {
  if (process.exitCode === 2) return;
  // (yargs drops a lone "-": put stdin back among the inputs, as extract does)
  const inputs = restoreDash(args.inputs ?? [], hideBin(process.argv), 'parse', new Set(['-o', '--output', '--input']));
  if (inputs.length === 0) return;
  const { runParse } = await import('../parse-run.js');
  const count = await runParse({ ...args, inputs });
  if (!args.quiet) process.stderr.write(`actorgraph parse: ${count.sentences} sentences, ${count.words} words, ${count.errors} errors\n`);
  if (count.sentences === 0 && count.errors > 0) throw new InputError('nothing could be read from the inputs', { hint: 'See the messages above.' });
  if (count.errors > 0) process.exitCode = 1;
}

export const parse: CommandModule<object, ParseArgs> = {
  command: 'parse <inputs..>',
  describe: 'Tag and parse text or CoNLL-U into Universal Dependencies trees with entity names (CoNLL-U out)',
  builder,
  handler,
};
