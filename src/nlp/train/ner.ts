/**
 * actorgraph/nlp/train/ner — training and scoring the entity recogniser (nlp/ner.ts) on GUM.
 *
 * Gold names and their scoring are defined in nlp/entity-gold.ts. The model learns BIO labels on
 * the name inside each gold span (nameRun). Training follows Ratinov & Roth 2009's greedy setup with the averaged
 * perceptron; ~30% of sentences are added again in capitals so that wire copy set in capitals works.
 */
import seedrandom from 'seedrandom';
import type { ConlluSentence } from '../conllu.js';
import { evaluateEntities, goldEntities, type EntityScores, type GoldEntity } from '../entity-gold.js';
import { Perceptron, type LinearModel } from '../perceptron.js';
import { foldWord, sentenceWords } from '../word-features.js';
import { nerGazetteer, type NerGazetteer } from '../ner-gazetteer.js';
import {
  ENTITY_TYPES, MAX_NER_FEATURES, NER_CLASSES, NER_FEATURES_VERSION, NerTagger, bestAllowed, nerFeatures, nerInput, remember,
  type DocumentHistory, type EntitySpan, type NerMeta,
} from '../ner.js';

export interface NerSentence {
  /** The document it belongs to (`# newdoc id`): the recogniser remembers names within one. */
  doc: string;
  forms: string[];
  upos: string[];
  /** Penn tags: GUM tags "United" in "United States" VERB but NNP. */
  xpos: string[];
  gold: GoldEntity[];
}

/** The sentences of a CoNLL-U file, each with the document it is in. */
export function nerSentences(sents: ConlluSentence[]): NerSentence[] {
  let doc = '';
  return sents.map((s, i) => {
    const id = s.comments.find((c) => c.startsWith('# newdoc id'));
    if (id || i === 0) doc = id ? id.replace(/^# newdoc id\s*=\s*/, '') : 'doc';
    const w = s.words;
    return { doc, forms: w.map((x) => x.form), upos: w.map((x) => x.upos), xpos: w.map((x) => x.xpos), gold: goldEntities(s) };
  });
}

/** Words that join the parts of one name: "Bank of America", "Procter & Gamble", "Rolls-Royce". */
const JOINERS = new Set(['of', 'the', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'der', 'van', 'von', 'da', 'di', 'for', 'on', 'upon', '-', '&', "'s", 'al', 'bin', 'ibn']);

/**
 * The name inside a gold span: the run of PROPN words around its head, crossing at most two
 * joiner words between PROPNs. GUM spans hold appositions, coordinations and relative clauses
 * ("Groningen, in the Netherlands", "Niklaus and Johann II"), so trimming only the ends would
 * teach the model that commas and "in the" are part of names.
 */
export function nameRun(s: NerSentence, g: GoldEntity): [start: number, end: number] {
  const ok = (i: number) => i >= g.start && i < g.end;
  const step = (i: number, d: number): number => {
    for (let k = 1; k <= 3; k++) {
      const j = i + d * k;
      if (!ok(j)) return i;
      if (s.upos[j] === 'PROPN' || s.xpos[j].startsWith('NNP')) return j;
      if (!JOINERS.has(s.forms[j].toLowerCase())) return i;
    }
    return i;
  };
  let a = g.head, b = g.head;
  for (let j = step(a, -1); j !== a; j = step(a, -1)) a = j;
  for (let j = step(b, 1); j !== b; j = step(b, 1)) b = j;
  return [a, b + 1];
}

/** Training labels: the name run of each gold span as BIO class numbers. */
export function bioTargets(s: NerSentence): Int32Array {
  const y = new Int32Array(s.forms.length);
  for (const g of s.gold) {
    const [a, b] = nameRun(s, g);
    const B = 1 + 2 * ENTITY_TYPES.indexOf(g.type);
    for (let i = a; i < b; i++) y[i] = i === a ? B : B + 1;
  }
  return y;
}

/** Where UPOS comes from: the gold column, none (model without POS features), or a tagger. */
export type UposSource = 'gold' | 'none' | ((forms: string[]) => string[]);

export const upperCase = (s: NerSentence): NerSentence => ({ ...s, forms: s.forms.map((f) => f.toUpperCase()) });

function tagsOf(s: NerSentence, src: UposSource): string[] | null {
  return src === 'none' ? null : src === 'gold' ? s.upos : src(s.forms);
}

/**
 * Lower-cased word → bucket of how often it is tagged PROPN in treebank text (1 never … 4
 * always; +4 when seen once): lets the model know "Coron"-like words from "coronary" without
 * case. Read from training splits only.
 */
export function nameLexicon(treebanks: { forms: string[]; upos: string[] }[]): Record<string, number> {
  const seen = new Map<string, [number, number]>();
  for (const s of treebanks) {
    s.forms.forEach((f, i) => {
      const k = foldWord(f);
      const c = seen.get(k) ?? [0, 0];
      c[0]++;
      if (s.upos[i] === 'PROPN') c[1]++;
      seen.set(k, c);
    });
  }
  const out: Record<string, number> = {};
  for (const [k, [n, p]] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const r = p / n;
    out[k] = (r === 0 ? 1 : r < 0.5 ? 2 : r < 1 ? 3 : 4) + (n === 1 ? 4 : 0);
  }
  return out;
}

/** Sentences grouped into their documents, in order. */
function documents<T extends { doc: string }>(sents: T[]): T[][] {
  const out: T[][] = [];
  for (const s of sents) if (out.length && out[out.length - 1][0].doc === s.doc) out[out.length - 1].push(s); else out.push([s]);
  return out;
}

/** Scores a recogniser on sentences in document order (tags taken from `upos`). */
export function scoreNer(tagger: NerTagger, sents: NerSentence[], upos: UposSource): EntityScores {
  const pred = sents.map((s, i) => {
    if (i === 0 || s.doc !== sents[i - 1].doc) tagger.startDocument();
    return tagger.entities(sentenceWords(s.forms), tagsOf(s, upos) ?? undefined);
  });
  return evaluateEntities(sents.map((s) => s.gold), pred);
}

export interface TrainNerOptions {
  epochs?: number;
  upos?: UposSource;
  /** Share of training sentences added again in capitals. */
  capsShare?: number;
  /** average(prune): drop rows whose weights are all smaller. */
  prune?: number;
  seed?: string;
  log?: (line: string) => void;
  /**
   * From nameLexicon over text OTHER than `train` (EWT train): built from `train` itself it is
   * right on every training word and the model trusts it too much (−1 F1 on dev). Default none.
   */
  lexicon?: Record<string, number>;
  /** Use the document-history features (default true). */
  history?: boolean;
  gazetteer?: NerGazetteer;
}

const pct = (x: number) => (100 * x).toFixed(1);
const fmt = (e: EntityScores) => `P ${pct(e.p)} R ${pct(e.r)} F1 ${pct(e.f1)}`;

export function trainNer(train: NerSentence[], dev: NerSentence[], opts: TrainNerOptions = {}): { model: LinearModel; meta: NerMeta } {
  const { epochs = 8, upos = 'gold', capsShare = 0.3, prune = 0, seed = 'actorgraph-ner', log = console.log } = opts;
  const rng = seedrandom(seed);
  const gaz = opts.gazetteer ?? nerGazetteer();
  const useHistory = opts.history ?? true;
  // the capitals copies of a document's chosen sentences form a document of their own
  const caps = train.filter(() => rng() < capsShare).map((s) => ({ ...upperCase(s), doc: `${s.doc}/caps` }));
  const docs = documents([...train, ...caps]).map((d) => d.map((s) => ({ s, w: sentenceWords(s.forms), upos: tagsOf(s, upos), y: bioTargets(s) })));
  const K = NER_CLASSES.length;
  const pc = new Perceptron(K);
  const feats = new Uint32Array(MAX_NER_FEATURES);
  const scores = new Float64Array(K);
  const devCaps = dev.map(upperCase);
  const lexicon = opts.lexicon ?? {};
  const lexMap = new Map(Object.entries(lexicon));
  const meta: NerMeta = { classes: NER_CLASSES, usePos: upos !== 'none', features: NER_FEATURES_VERSION, lexicon, history: useHistory };
  for (let ep = 1; ep <= epochs; ep++) {
    // shuffle documents, not sentences: the history feature needs each document in order
    for (let i = docs.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [docs[i], docs[j]] = [docs[j], docs[i]];
    }
    let errors = 0, words = 0;
    for (const doc of docs) {
      const history: DocumentHistory = new Map();
      for (const { w, upos: tags, y } of doc) {
        const x = nerInput(w, tags, gaz, useHistory ? history : undefined, lexMap);
        const guesses = new Int32Array(w.n);
        let p1 = -1, p2 = -1;
        for (let i = 0; i < w.n; i++) {
          const n = nerFeatures(x, i, p1, p2, feats);
          pc.score(feats, n, scores);
          const guess = bestAllowed(scores, p1, K);
          pc.tick();
          pc.update(feats, n, y[i], guess);
          if (guess !== y[i]) errors++;
          words++;
          guesses[i] = guess;
          p2 = p1;
          p1 = guess;
        }
        remember(history, w, guesses);
      }
    }
    if (!dev.length) continue;
    const tagger = new NerTagger(pc.average(prune), meta, gaz);
    log(`epoch ${ep}: train word acc ${pct(1 - errors / words)}  dev ${fmt(scoreNer(tagger, dev, upos))}  dev-caps ${fmt(scoreNer(tagger, devCaps, upos))}`);
  }
  return { model: pc.average(prune), meta: { ...meta, epochs, capsShare, trainSentences: train.length } };
}
