/**
 * actorgraph/extract/tree — reading one sentence's dependency tree (our parser's UD relations on
 * the tokens: `head`, 0-based, -1 for the root; `deprel`). Children by relation, conjuncts,
 * subtree spans: everything the clause rules ask of a tree, in one place.
 */
import type { Token } from '../nlp/wink.js';
import { repairTree, xposOf } from './repairs/index.js';

export class Tree {
  readonly tokens: Token[];
  /** children[i]: dependents of token i, in sentence order. */
  private readonly kids: number[][];
  /** (open to extract/repairs/, which mends them before any rule reads them) */
  readonly heads: Int32Array;
  readonly rels: string[];
  /** rels without their subtypes ("nsubj:pass" → "nsubj"), cut once: childrenBy and span ask for every child. */
  private readonly bases: string[];

  constructor(tokens: Token[]) {
    this.tokens = tokens;
    // (heads and the walks' marks cut from one buffer, filled in a plain loop: a buffer an array
    // is an allocation outside V8's heap at a sentence's size, and Int32Array.from a slow path)
    const n = tokens.length, buf = new ArrayBuffer(8 * n);
    this.heads = new Int32Array(buf, 0, n);
    for (let i = 0; i < n; i++) this.heads[i] = tokens[i].head ?? -1;
    this.rels = tokens.map((t) => t.deprel ?? '');
    this.kids = tokens.map(() => []);
    this.seenIn = new Int32Array(buf, 4 * n, n);
    repairTree(this);
    this.bases = this.rels.map((r) => { const c = r.indexOf(':'); return c < 0 ? r : r.slice(0, c); });
    for (let i = 0; i < tokens.length; i++) {
      const h = this.heads[i];
      if (h >= 0 && h < tokens.length) this.kids[h].push(i);
    }
  }

  /** Verbs the headline repair read as past tense (extract/repairs/main-verb.ts). */
  readonly pastTense = new Set<number>();
  /** Verbs the reduced-relative repair read as participles. */
  readonly participles = new Set<number>();
  /** Adjectives the word-class repair read as nouns (extract/repairs/word-class.ts). */
  readonly nouns = new Set<number>();

  rel(i: number): string { return this.rels[i] ?? ''; }
  /** Relation without its subtype: "nsubj:pass" → "nsubj". */
  base(i: number): string { return this.bases[i] ?? ''; }
  head(i: number): number { return i >= 0 && i < this.heads.length ? this.heads[i] : -1; }
  upos(i: number): string { return this.nouns.has(i) ? 'NOUN' : this.tokens[i]?.upos ?? this.tokens[i]?.pos ?? ''; }
  xpos(i: number): string { return xposOf(this, i); }
  lower(i: number): string { return this.tokens[i]?.lower ?? ''; }
  lemma(i: number): string { return (this.tokens[i]?.lemma ?? '').toLowerCase(); }

  children(i: number): readonly number[] { return this.kids[i] ?? []; }

  /** Children whose relation is one of `rels` (full "nsubj:pass", or a base "obl" matching its subtypes). */
  childrenBy(i: number, ...rels: string[]): number[] {
    const out: number[] = [];
    for (const k of this.children(i)) if (this.relIn(k, rels)) out.push(k);
    return out;
  }

  /** The first of childrenBy(i, ...rels), found without building the list (the rules ask this very often). */
  child(i: number, ...rels: string[]): number | undefined {
    for (const k of this.children(i)) if (this.relIn(k, rels)) return k;
    return undefined;
  }

  /** Is k's relation, or its base, one of `rels`? (A relation without a subtype is its own base: one search then.) */
  private relIn(k: number, rels: readonly string[]): boolean {
    const r = this.rels[k], b = this.bases[k];
    return rels.includes(r) || (b !== r && rels.includes(b));
  }

  /** i and the words coordinated with it: "Russia and Belarus" → [Russia, Belarus]. */
  conjuncts(i: number): number[] {
    const out = [i];
    const nominal = isNominal(this.upos(i));
    for (let k = 0; k < out.length; k++) {
      for (const c of this.children(out[k])) {
        if (this.rel(c) !== 'conj' || out.includes(c)) continue;
        if (this.upos(c) === this.upos(i) || (nominal && isNominal(this.upos(c)))) out.push(c);
      }
    }
    // a list ends in "and"/"or" ("A, B and C"); one with no conjunction at all is a misread comma
    // ("burned five houses, police chief X said")
    if (out.length > 1 && !out.slice(1).some((c) => this.childrenBy(c, 'cc').length > 0)) return [i];
    return out;
  }

  /**
   * The words a case-marked nominal starts with: "with Belarus" → "with"; multiword cases keep
   * their fixed parts: "because of", "according to", "on behalf of", and a case word beside another
   * its neighbour: "out of".
   */
  caseWord(i: number): string {
    // (asked of the same word again and again by the clause and mention rules, and the tree no
    // longer changes once built: each word's answer is read once and kept)
    if (i < 0 || i >= this.tokens.length) return this.readCaseWord(i);
    return (this.caseWords[i] ??= this.readCaseWord(i));
  }

  private readonly caseWords: Array<string | undefined> = [];

  private readCaseWord(i: number): string {
    const c = this.childrenBy(i, 'case').filter((k) => k < i);
    if (!c.length) return '';
    // (two case words side by side are one preposition: "out of work", "up to 50 people")
    let j = c.length - 1;
    while (j > 0 && c[j - 1] === c[j] - 1) j--;
    const words: string[] = [];
    for (const k of c.slice(j)) words.push(this.lower(k), ...this.childrenBy(k, 'fixed').map((f) => this.lower(f)));
    return words.join(' ');
  }

  /** Token range [a, b) covered by i's subtree, leaving out children with the relations in `skip`. */
  span(i: number, skip: ReadonlySet<string> = NO_SKIP): [number, number] {
    let a = i, b = i + 1;
    const stack = [i];
    // (words seen in this walk carry its number: no Set made and filled per call, the rules ask for
    // spans all the time; a word outside the sentence has no slot and is seen once anyway, as its
    // children are none)
    const walk = ++this.walks, seen = this.seenIn;
    while (stack.length) {
      const x = stack.pop()!;
      if (x >= 0 && x < seen.length) {
        if (seen[x] === walk) continue;
        seen[x] = walk;
      }
      if (x < a) a = x;
      if (x + 1 > b) b = x + 1;
      for (const c of this.children(x)) if (!(x === i && (skip.has(this.rels[c]) || skip.has(this.bases[c])))) stack.push(c);
    }
    return [a, b];
  }

  /** span's marks: seenIn[x] === walks when word x was reached in the current walk. */
  private walks = 0;
  private readonly seenIn: Int32Array;

  /** Is a an ancestor of b (or b itself)? */
  dominates(a: number, b: number): boolean {
    for (let x = b, n = 0; x >= 0 && n <= this.tokens.length; x = this.head(x), n++) if (x === a) return true;
    return false;
  }
}

const NO_SKIP: ReadonlySet<string> = new Set();

export const isNominal = (upos: string): boolean => upos === 'NOUN' || upos === 'PROPN' || upos === 'PRON' || upos === 'NUM' || upos === 'X' || upos === 'SYM';
