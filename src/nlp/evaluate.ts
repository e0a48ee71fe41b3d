/**
 * actorgraph/nlp/evaluate — the standard scores of a parse against gold trees, over word lines
 * with gold tokenisation (CoNLL 2018's definitions; punctuation counts like any word):
 *   UAS       head right
 *   LAS       head and universal relation right (the part before ":")
 *   LAS full  head and relation with its subtype right ("nsubj:pass", "obl:agent")
 *   UPOS      universal tag right
 */

export interface TreeScores {
  words: number;
  uas: number;
  las: number;
  lasFull: number;
  upos: number;
}

export interface ScoredSentence {
  upos: string[];
  /** Heads in the same convention for gold and prediction (any, as long as both agree). */
  heads: ArrayLike<number>;
  deprels: string[];
}

const universal = (rel: string) => rel.split(':')[0];

export class TreeScorer {
  private words = 0;
  private head = 0;
  private las = 0;
  private full = 0;
  private tag = 0;

  add(pred: ScoredSentence, gold: ScoredSentence): void {
    for (let i = 0; i < gold.deprels.length; i++) {
      this.words++;
      if (pred.upos[i] === gold.upos[i]) this.tag++;
      if (pred.heads[i] !== gold.heads[i]) continue;
      this.head++;
      if (universal(pred.deprels[i]) === universal(gold.deprels[i])) this.las++;
      if (pred.deprels[i] === gold.deprels[i]) this.full++;
    }
  }

  scores(): TreeScores {
    const d = Math.max(1, this.words);
    return { words: this.words, uas: this.head / d, las: this.las / d, lasFull: this.full / d, upos: this.tag / d };
  }
}

export function formatScores(s: TreeScores): string {
  return `UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)} LAS(sub) ${s.lasFull.toFixed(4)} UPOS ${s.upos.toFixed(4)}`;
}
