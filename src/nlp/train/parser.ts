/**
 * actorgraph/nlp/train/parser — training the arc-hybrid parser with a dynamic oracle.
 *
 * Goldberg & Nivre (COLING 2012, TACL 2013): at each step the model's best legal move is compared
 * with the cheapest moves by the oracle's cost; when it costs more, the perceptron moves towards
 * the best-scoring cheapest move. From the second epoch on the parser then follows its OWN move
 * with probability `explore` (0.9 in the paper), so it learns to recover from the states its
 * mistakes lead to, which a static oracle never shows it. The label model learns on every arc
 * the parser makes that is in the gold tree. Sentences are taken in a seeded random order: the
 * same data and seed give the same model bytes.
 */
import seedrandom from 'seedrandom';
import { Config, moveCosts, N_MOVES, SHIFT } from '../arc-hybrid.js';
import { Perceptron } from '../perceptron.js';
import { labelFeatures, MAX_LABEL_FEATURES, MAX_MOVE_FEATURES, moveFeatures, type ParserInput } from '../parser-features.js';
import { candKey, Parser, type ParserMeta } from '../parser.js';
import { shuffle } from './tagger.js';

export interface ParserExample {
  input: ParserInput;
  /** Gold heads (n = ROOT) and label numbers. */
  heads: Int32Array;
  labels: Int32Array;
}

export interface ParserTraining {
  epochs: number;
  seed: string;
  /** Probability of following the model's own (wrong) move, from epoch 2. */
  explore: number;
  prune: { moves: number; labels: number };
  log?: (line: string) => void;
  /** Called with the averaged parser after each epoch (dev scores). */
  onEpoch?: (parser: Parser, epoch: number) => string;
}

/** The relations each (dependent XPOS, side) bore in the training trees (see ParserMeta.labelCands). */
export function labelCandidates(data: ParserExample[], rootLabel: number): Record<string, number[]> {
  const seen = new Map<number, Set<number>>();
  for (const { input, heads, labels } of data) {
    for (let d = 0; d < input.n; d++) {
      if (heads[d] === input.n || labels[d] === rootLabel) continue;
      const k = candKey(input.x[d], d < heads[d] ? 1 : 2);
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)!.add(labels[d]);
    }
  }
  const out: Record<string, number[]> = {};
  for (const k of [...seen.keys()].sort((a, b) => a - b)) out[k] = [...seen.get(k)!].sort((a, b) => a - b);
  return out;
}

export function trainParser(data: ParserExample[], meta: ParserMeta, opts: ParserTraining): Parser {
  const moves = new Perceptron(N_MOVES);
  const labeller = new Perceptron(meta.labels.length);
  const rootLabel = meta.labels.indexOf('root');
  const mf = new Uint32Array(MAX_MOVE_FEATURES + 8);
  const lf = new Uint32Array(MAX_LABEL_FEATURES + 8);
  const ms = new Float64Array(N_MOVES);
  const ls = new Float64Array(meta.labels.length);
  const costs = new Float64Array(N_MOVES);
  const rng = seedrandom(opts.seed);
  const order = data.map((_, i) => i);
  meta.labelCands = labelCandidates(data, rootLabel);
  const cands = new Parser(moves.average(), labeller.average(), meta);

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, rng);
    const t0 = Date.now();
    let steps = 0, wrong = 0, arcs = 0, labelWrong = 0;
    for (const k of order) {
      const { input, heads: gold, labels: goldLabels } = data[k];
      const c = new Config(input.n);
      while (!c.terminal()) {
        const nf = moveFeatures(c, input, mf);
        moves.score(mf, nf, ms);
        moveCosts(c, gold, costs);
        let pred = -1, best = -1, min = Infinity;
        for (let m = 0; m < N_MOVES; m++) if (costs[m] < min) min = costs[m];
        for (let m = 0; m < N_MOVES; m++) {
          if (costs[m] === Infinity) continue;
          if (pred < 0 || ms[m] > ms[pred]) pred = m;
          if (costs[m] === min && (best < 0 || ms[m] > ms[best])) best = m;
        }
        if (costs[pred] > min) {
          moves.update(mf, nf, best, pred);
          wrong++;
        }
        moves.tick();
        steps++;
        const follow = costs[pred] > min && epoch > 1 && rng() < opts.explore ? pred : best;
        let label = 0;
        if (follow !== SHIFT) {
          const [head, dep] = c.arc(follow);
          if (head === input.n) label = rootLabel;
          else {
            const n = labelFeatures(c, input, head, dep, lf);
            labeller.score(lf, n, ls);
            const allowed = cands.candidates(input, head, dep);
            let guess = allowed[0];
            for (let j = 1; j < allowed.length; j++) if (ls[allowed[j]] > ls[guess]) guess = allowed[j];
            if (gold[dep] === head) {
              arcs++;
              if (guess !== goldLabels[dep]) { labeller.update(lf, n, goldLabels[dep], guess); labelWrong++; }
              labeller.tick();
            }
            label = guess;
          }
        }
        c.apply(follow, label);
      }
    }
    let line = `parser epoch ${epoch}/${opts.epochs}: move errors ${(wrong / steps).toFixed(4)}, label errors ${(labelWrong / Math.max(1, arcs)).toFixed(4)} (${((Date.now() - t0) / 1000).toFixed(1)} s, ${moves.table.size} move / ${labeller.table.size} label features)`;
    if (opts.onEpoch) line += `; ${opts.onEpoch(new Parser(moves.average(), labeller.average(), meta), epoch)}`;
    opts.log?.(line);
  }
  return new Parser(moves.average(opts.prune.moves), labeller.average(opts.prune.labels), meta);
}
