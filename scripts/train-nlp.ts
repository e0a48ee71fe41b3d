/**
 * npm run train:nlp — trains the tagger, the parser and the entity recogniser from
 * ../shared/data/ud/ and writes them to data/models/. Users never run this: the models ship.
 *
 *   npm run train:nlp                      all three
 *   npm run train:nlp -- --only tagger,parser
 *   npm run train:nlp -- --parser-epochs 4 --out /tmp/models   (quick try)
 *
 * Deterministic: fixed seeds, seeded shuffles, no time or machine in the model; a rerun writes
 * the same bytes (checked by `sha256sum data/models/*.bin` before and after).
 *
 * Steps: (1) a 5-fold jackknife gives every training sentence the tags a tagger that never saw
 * it would give, so the parser learns on run-time tags with their errors; (2) the final tagger
 * on all the training data; (3) the parser on the jackknifed tags with a dynamic oracle, scored
 * on EWT dev and GUM dev with our own tags after every epoch; (4) the entity recogniser on
 * GUM's entity layer, scored on GUM dev and an upper-cased copy.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatScores, TreeScorer } from '../src/nlp/evaluate.js';
import { saveModels } from '../src/nlp/model-file.js';
import { parserInput, type Parser, type ParserMeta } from '../src/nlp/parser.js';
import { tagIndex, type Tagger } from '../src/nlp/tagger.js';
import { readTreebank, upperCased, type TreeSentence } from '../src/nlp/train/corpus.js';
import { trainParser, type ParserExample } from '../src/nlp/train/parser.js';
import { jackknife, tagClasses, trainTagger } from '../src/nlp/train/tagger.js';
import { sentenceWords } from '../src/nlp/word-features.js';
import { Analyser } from '../src/nlp/analyser.js';
import { readConllu } from '../src/nlp/conllu.js';
import { NerTagger } from '../src/nlp/ner.js';
import { nameLexicon, nerSentences, scoreNer, trainNer, upperCase } from '../src/nlp/train/ner.js';
import { readFileSync } from 'node:fs';

const UD = process.env.ACTORGRAPH_UD ?? join('..', 'shared', 'data', 'ud');
const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const OUT = arg('out', join('data', 'models'));
const ONLY = new Set(arg('only', 'tagger,parser,ner').split(','));
const TAGGER_EPOCHS = Number(arg('tagger-epochs', '6'));
const PARSER_EPOCHS = Number(arg('parser-epochs', '15'));
const NER_EPOCHS = Number(arg('ner-epochs', '8'));
const SEED = 'actorgraph-ud-1';
const log = (s: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);

if (!existsSync(join(UD, 'en_ewt-ud-train.conllu'))) {
  process.stderr.write(`train-nlp: ${UD} has no en_ewt-ud-train.conllu; set ACTORGRAPH_UD to the folder of the UD treebanks\n`);
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });

const ewtTrain = readTreebank(join(UD, 'en_ewt-ud-train.conllu'));
const gumTrain = readTreebank(join(UD, 'en_gum-ccby-train.conllu'));
const train = [...ewtTrain, ...gumTrain];
const devs: [string, TreeSentence[]][] = [
  ['EWT dev', readTreebank(join(UD, 'en_ewt-ud-dev.conllu'))],
  ['GUM dev', readTreebank(join(UD, 'en_gum-ccby-dev.conllu'))],
];
log(`read ${train.length} training sentences (EWT ${ewtTrain.length}, GUM ${gumTrain.length})`);

const tagOpts = { epochs: TAGGER_EPOCHS, seed: SEED, prune: 0.75, upperEvery: 7, log };
const classes = tagClasses(train);

function parseAll(tagger: Tagger, parser: Parser, data: TreeSentence[]): TreeScorer {
  const a = new Analyser(tagger, parser);
  const sc = new TreeScorer();
  for (const s of data) {
    const out = a.analyse(s.forms);
    sc.add(out, { upos: s.upos, heads: Array.from(s.heads, (h) => (h === s.forms.length ? 0 : h + 1)), deprels: s.deprels });
  }
  return sc;
}

let tagger: Tagger | undefined;
if (ONLY.has('tagger') || ONLY.has('parser')) {
  log('tagger: final model on all training sentences');
  tagger = trainTagger(train, { ...tagOpts, dev: devs[0][1] }, classes);
  const bytes = saveModels(join(OUT, 'tagger.bin'), tagger.meta, { tagger: tagger.model });
  log(`tagger: ${tagger.model.table.size} features, ${(bytes / 1e6).toFixed(2)} MB`);
}

if (ONLY.has('parser') && tagger) {
  log('parser: 5-fold jackknife tags for the training sentences');
  const jk = jackknife(train, 5, tagOpts);
  const index = tagIndex(classes.tags);
  const labels = [...new Set(train.flatMap((s) => s.deprels))].sort();
  const meta: ParserMeta = { labels };
  const labelOf = new Map(labels.map((l, i) => [l, i]));
  const examples: ParserExample[] = train.map((s, k) => {
    const tags = jk[k].map((t) => classes.tags.indexOf(t));
    const u = Int32Array.from(tags, (t) => index.uposOf[t]);
    const x = Int32Array.from(tags, (t) => index.xposOf[t]);
    return { input: parserInput(sentenceWords(s.forms), u, x), heads: s.heads, labels: Int32Array.from(s.deprels, (d) => labelOf.get(d)!) };
  });
  const t = tagger;
  const parser = trainParser(examples, meta, {
    epochs: PARSER_EPOCHS, seed: SEED, explore: 0.9, prune: { moves: 1, labels: 2 }, log,
    onEpoch: (p) => devs.map(([name, d]) => `${name} ${formatScores(parseAll(t, p, d).scores())}`).join('; '),
  });
  const bytes = saveModels(join(OUT, 'parser.bin'), meta, { moves: parser.moves, labels: parser.labeller });
  log(`parser: ${parser.moves.table.size} move / ${parser.labeller.table.size} label features, ${(bytes / 1e6).toFixed(2)} MB`);
  for (const [name, d] of devs) {
    log(`final (pruned) ${name}: ${formatScores(parseAll(t, parser, d).scores())}`);
    log(`final (pruned) ${name} upper-cased: ${formatScores(parseAll(t, parser, d.map(upperCased)).scores())}`);
  }
}

if (ONLY.has('ner')) {
  // GUM's entity layer; gold UPOS in training (the tagger's on dev, as users get them).
  // The name lexicon (how often a word is a proper noun) is read from EWT train, NOT from the
  // entity training text: built from the same text it is right on every word and over-trusted.
  const read = (f: string) => nerSentences(readConllu(readFileSync(join(UD, f), 'utf8'), f));
  const nerTrain = read('en_gum-ccby-train.conllu');
  const nerDev = read('en_gum-ccby-dev.conllu');
  const lexicon = nameLexicon(ewtTrain.map((s) => ({ forms: s.forms, upos: s.upos })));
  log(`ner: ${nerTrain.length} GUM sentences, ${nerTrain.reduce((a, s) => a + s.gold.length, 0)} names`);
  const { model, meta } = trainNer(nerTrain, nerDev, { epochs: NER_EPOCHS, upos: 'gold', prune: 0.5, lexicon, seed: SEED, log });
  const bytes = saveModels(join(OUT, 'ner.bin'), meta, { ner: model });
  log(`ner: ${model.table.size} features, ${(bytes / 1e6).toFixed(2)} MB`);
  if (tagger) {
    const t = tagger;
    const ix = tagIndex(t.meta.tags);
    const ours = (forms: string[]) => Array.from(t.tag(sentenceWords(forms)), (k) => ix.upos[ix.uposOf[k]]);
    const ner = new NerTagger(model, meta);
    for (const [name, d] of [['GUM dev', nerDev], ['GUM dev upper-cased', nerDev.map(upperCase)]] as const) {
      const e = scoreNer(ner, d, ours);
      log(`final ner ${name} (our tags): P ${e.p.toFixed(4)} R ${e.r.toFixed(4)} F1 ${e.f1.toFixed(4)}`);
    }
  }
}
