/**
 * actorgraph/extract/tree — reading one sentence's dependency tree (our parser's UD relations on
 * the tokens: `head`, 0-based, -1 for the root; `deprel`). Children by relation, conjuncts,
 * subtree spans: everything the clause rules ask of a tree, in one place.
 */
import type { Token } from '../nlp/wink.js';
import { MODAL_NOUNS, TIME_NOUNS } from '../lexicon.js';

export class Tree {
  readonly tokens: Token[];
  /** children[i]: dependents of token i, in sentence order. */
  private readonly kids: number[][];
  private readonly heads: Int32Array;
  private readonly rels: string[];
  /** rels without their subtypes ("nsubj:pass" → "nsubj"), cut once: childrenBy and span ask for every child. */
  private readonly bases: string[];

  constructor(tokens: Token[]) {
    this.tokens = tokens;
    this.heads = Int32Array.from(tokens, (t) => t.head ?? -1);
    this.rels = tokens.map((t) => t.deprel ?? '');
    this.kids = tokens.map(() => []);
    this.repairHeadline();
    this.repairNominalComplement();
    this.repairThatComplement();
    this.repairBareContentClause();
    this.repairOfClause();
    this.repairCoordinatedParticiple();
    this.repairObjectConjunct();
    this.repairReducedRelative();
    this.repairClauseConjunct();
    this.repairTimeModifier();
    this.repairNeighbouring();
    this.bases = this.rels.map((r) => { const c = r.indexOf(':'); return c < 0 ? r : r.slice(0, c); });
    for (let i = 0; i < tokens.length; i++) {
      const h = this.heads[i];
      if (h >= 0 && h < tokens.length) this.kids[h].push(i);
    }
  }

  /**
   * "Israeli jets bombed Lebanon": when the tagger reads a past tense as a participle, the parser
   * makes the subject the root and the verb its modifier. A participle with a direct object and
   * no auxiliary, modifying a root noun that has no verb of its own, is the sentence's main verb
   * (a passive participle takes no direct object), so the tree is turned back the right way.
   */
  private repairHeadline(): void {
    const n = this.heads.indexOf(-1);
    if (n < 0 || !(isNominal(this.tokens[n].upos ?? '') || this.tokens[n].upos === 'ADJ')) return;
    let v = -1;
    for (let i = n + 1; i < this.tokens.length; i++) {
      if (this.heads[i] !== n || this.rels[i] !== 'acl' || this.tokens[i].upos !== 'VERB' || !/^VB[DN]$/.test(this.tokens[i].xpos ?? '')) continue;
      let obj = false, aux = false;
      for (let k = 0; k < this.tokens.length; k++) {
        if (this.heads[k] !== i) continue;
        if (this.rels[k] === 'obj') obj = true;
        if (this.rels[k].startsWith('aux') || this.rels[k] === 'nsubj' || this.rels[k] === 'nsubj:pass' || this.rels[k] === 'mark') aux = true;
      }
      if (obj && !aux) { v = i; break; }
    }
    if (v < 0) return;
    for (let k = 0; k < this.tokens.length; k++) if (this.heads[k] === n && k > v && !this.below(v, k)) this.heads[k] = v;
    this.heads[v] = -1; this.rels[v] = 'root';
    this.heads[n] = v; this.rels[n] = 'nsubj';
    this.pastTense.add(v);
  }

  /**
   * "TROOPS BURNED FIVE HOUSES, …": a noun the parser made a clausal complement (ccomp) is no
   * clause; when it follows a verb that has no object, with only its own modifiers between, it is
   * that verb's object (common in capitals, where the tagger sees fewer cues).
   */
  private repairNominalComplement(): void {
    for (let x = 1; x < this.tokens.length; x++) {
      if (this.rels[x] !== 'ccomp' || !isNominal(this.tokens[x].upos ?? '')) continue;
      let v = x - 1;
      while (v >= 0 && this.heads[v] === x) v--;
      if (v < 0 || this.tokens[v].upos !== 'VERB' || v === this.heads[x]) continue;
      let hasObj = false;
      for (let k = 0; k < this.tokens.length; k++) if (this.heads[k] === v && (this.rels[k] === 'obj' || this.rels[k] === 'ccomp')) hasObj = true;
      // (never under its own dependent: the tree must stay a tree)
      if (hasObj || this.below(v, x)) continue;
      this.heads[x] = v; this.rels[x] = 'obj';
    }
  }

  /**
   * "reports that Chile had closed the border": the parser often reads a noun's "that"-clause as a
   * relative clause with "that" as its object or subject. When the clause already has that
   * argument of its own, "that" is no pronoun but the complementiser, and the clause says what the
   * report (claim, fear, demand …) is about.
   */
  private repairThatComplement(): void {
    for (let w = 0; w < this.tokens.length; w++) {
      if (this.tokens[w].lower !== 'that' || (this.rels[w] !== 'obj' && this.rels[w] !== 'nsubj')) continue;
      const x = this.heads[w];
      if (x < 0 || this.rels[x] !== 'acl:relcl') continue;
      let other = false;
      for (let k = 0; k < this.tokens.length; k++) if (k !== w && this.heads[k] === x && this.rels[k] === this.rels[w]) other = true;
      if (!other) continue;
      this.rels[w] = 'mark';
      this.rels[x] = 'acl';
    }
  }

  /**
   * "failed to confirm rumours he was starting a party": a clause right after a noun of report or
   * suspicion, its subject first, with no "that", says what the rumour is; the parser tends to hang
   * it on a verb further up. It goes back under the noun (scope.ts then reads it as unconfirmed).
   */
  private repairBareContentClause(): void {
    for (let n = 0; n + 2 < this.tokens.length; n++) {
      if (MODAL_NOUNS[this.tokens[n].lower] !== 'possible' || this.tokens[n].upos !== 'NOUN') continue;
      const v = this.heads[n + 1];
      if (!/^nsubj/.test(this.rels[n + 1]) || v <= n + 1 || this.tokens[v].upos !== 'VERB' || this.heads[v] === n || this.heads[v] < 0) continue;
      if (!/^(advcl|ccomp|parataxis|conj|dep)$/.test(this.rels[v]) || this.below(n, v)) continue;
      this.heads[v] = n; this.rels[v] = 'acl';
    }
  }

  /**
   * "a former executive at the offices of Merrill Lynch has lost her case": "of" opens no clause in
   * English; when the parser makes it a subordinator before a subject, the subject is the noun
   * "of" governs, hung on the noun before it, and the verb keeps no subject of its own (no fact
   * is better than Merrill Lynch losing the case).
   */
  private repairOfClause(): void {
    for (let o = 1; o + 1 < this.tokens.length; o++) {
      if (this.tokens[o].lower !== 'of' || this.rels[o] !== 'mark') continue;
      const v = this.heads[o];
      const s = this.tokens.findIndex((_, k) => k > o && k < v && this.heads[k] === v && /^nsubj/.test(this.rels[k]));
      const n = o - 1;
      if (v < 0 || s < 0 || !isNominal(this.tokens[n].upos ?? '') || this.below(n, s)) continue;
      this.heads[s] = n; this.rels[s] = 'nmod';
      this.heads[o] = s; this.rels[o] = 'case';
    }
  }

  /** Is token a inside the subtree of token b (a walk up the heads meets b)? Bounded: safe on any input. */
  private below(a: number, b: number): boolean {
    for (let x = a, n = 0; x >= 0 && n <= this.heads.length; x = this.heads[x], n++) if (x === b) return true;
    return false;
  }

  /**
   * "a group based in Lima and led by X": a participle coordinated with a participle that modifies
   * a noun is often attached to the noun itself as its conjunct, which would make the group and
   * its leader one list. A participle (VBN/VBG) with its own "and"/"or", conjoined to a noun that
   * already has a participle modifier before it, is that modifier's conjunct.
   */
  private repairCoordinatedParticiple(): void {
    for (let w = 0; w < this.tokens.length; w++) {
      const x = this.xpos(w);
      if (this.rels[w] !== 'conj' || (x !== 'VBN' && x !== 'VBG')) continue;
      const n = this.heads[w];
      if (n < 0 || (this.tokens[n].upos !== 'NOUN' && this.tokens[n].upos !== 'PROPN')) continue;
      let cc = false, acl = -1;
      for (let k = 0; k < this.tokens.length; k++) {
        if (this.heads[k] === w && this.rels[k] === 'cc') cc = true;
        if (this.heads[k] === n && this.rels[k] === 'acl' && k < w && k > n) acl = k;
      }
      if (cc && acl >= 0) this.heads[w] = acl;
    }
  }

  /**
   * "is providing photographs and intelligence to Macedonia": a noun coordinated with the object is
   * sometimes attached to the verb as its conjunct, which loses it as an object (and the PP it
   * carries). A noun conjunct of a verb, with its own "and"/"or", after the verb's direct object
   * and with no subject or verb of its own, is the object's conjunct.
   */
  private repairObjectConjunct(): void {
    for (let w = 0; w < this.tokens.length; w++) {
      if (this.rels[w] !== 'conj' || this.tokens[w].upos !== 'NOUN') continue;
      const v = this.heads[w];
      if (v < 0 || this.tokens[v].upos !== 'VERB') continue;
      let cc = false, own = false, obj = -1;
      for (let k = 0; k < this.tokens.length; k++) {
        if (this.heads[k] === w && this.rels[k] === 'cc') cc = true;
        if (this.heads[k] === w && /^(nsubj|cop|aux)/.test(this.rels[k])) own = true;
        if (this.heads[k] === v && this.rels[k] === 'obj' && k < w) obj = k;
      }
      if (cc && !own && obj >= 0) this.heads[w] = obj;
    }
  }

  /**
   * "The policy adapted to the new realities provides for …": a reduced relative read as the main
   * verb (the garden path), with the real main verb hung under it as a subjectless complement. A
   * past-tense root with a subject and no object whose clausal complement is a finite verb with no
   * subject and no "that" is a participle on that subject; the complement is the main verb.
   */
  private repairReducedRelative(): void {
    const r = this.heads.indexOf(-1);
    if (r < 0 || this.tokens[r].upos !== 'VERB' || !/^VB[DN]$/.test(this.xpos(r))) return;
    let subj = -1, obj = false, c = -1;
    for (let k = 0; k < this.tokens.length; k++) {
      if (this.heads[k] !== r) continue;
      if (this.rels[k] === 'nsubj' && k < r) subj = k;
      if (this.rels[k] === 'obj' || this.rels[k].startsWith('aux')) obj = true;
      if (this.rels[k] === 'ccomp' && k > r && c < 0) c = k;
    }
    if (subj < 0 || obj || c < 0 || this.tokens[c].upos !== 'VERB' || !/^VB[ZPD]$/.test(this.xpos(c))) return;
    for (let k = 0; k < this.tokens.length; k++) if (this.heads[k] === c && /^(nsubj|mark|expl)/.test(this.rels[k])) return;
    // (the comma of a reported-speech inversion, "X arrived, officials say", keeps its reading)
    for (let k = r + 1; k < c; k++) if (this.tokens[k].text === ',') return;
    this.heads[c] = -1; this.rels[c] = 'root';
    this.heads[subj] = c;
    this.heads[r] = subj; this.rels[r] = 'acl';
    this.participles.add(r);
    for (let k = 0; k < this.tokens.length; k++) if (this.heads[k] === r && k > c) this.heads[k] = c;
  }

  /**
   * "The Tories outlined plans and the Lib Dems gave details": the parser joins "the Lib Dems" to
   * the object ("plans and the Lib Dems") and the second verb to the first with no subject of its
   * own. A verb conjunct with no subject, right after a noun conjunct that opens with "and"/"or",
   * is a clause of its own and that noun is its subject ("and" goes with the clause).
   */
  private repairClauseConjunct(): void {
    const n = this.tokens.length;
    for (let v = 2; v < n; v++) {
      if (this.rels[v] !== 'conj' || this.tokens[v].upos !== 'VERB' || !/^VB[DZP]$/.test(this.xpos(v))) continue;
      let own = false;
      for (let k = 0; k < n; k++) if (this.heads[k] === v && /^(nsubj|expl|cc|mark|aux)/.test(this.rels[k]) && k < v) own = true;
      if (own) continue;
      // the noun just before the verb (its last word), a conjunct of some other noun
      const x = v - 1;
      if (!/^(NOUN|PROPN|PRON)$/.test(this.tokens[x].upos ?? '') || this.rels[x] !== 'conj' || this.heads[x] >= x) continue;
      const g = this.heads[x];
      if (!/^(NOUN|PROPN|PRON)$/.test(this.tokens[g].upos ?? '')) continue;
      let cc = -1;
      for (let k = g + 1; k < x; k++) if (this.heads[k] === x && this.rels[k] === 'cc' && /^(and|or|but)$/.test(this.tokens[k].lower)) cc = k;
      if (cc < 0) continue;
      // (every word between the "and" and the verb belongs to the noun: "and the Lib Dems gave")
      let inside = true;
      for (let k = cc + 1; k < x; k++) if (!this.below(k, x)) inside = false;
      if (!inside) continue;
      this.heads[x] = v; this.rels[x] = 'nsubj';
      this.heads[cc] = v;
    }
  }

  /**
   * "was involved in clashes within the past few hours with the FARC": a phrase of time holds no
   * party, yet the parser hangs the next prepositional phrase on its noun. A "with"/"against"/
   * "between"/"by" phrase under a time noun that is itself a prepositional or time modifier goes
   * up to what that phrase modifies (the clashes are with the FARC, not the hours).
   */
  private repairTimeModifier(): void {
    for (let x = 0; x < this.tokens.length; x++) {
      const tn = this.heads[x];
      if (tn < 0 || !/^(nmod|obl)/.test(this.rels[x]) || !TIME_NOUNS.has(this.tokens[tn].lower) || !/^(nmod|obl)/.test(this.rels[tn])) continue;
      const cw = this.tokens.findIndex((_, k) => this.heads[k] === x && this.rels[k] === 'case');
      if (cw < 0 || !/^(with|against|between|by)$/.test(this.tokens[cw].lower)) continue;
      const up = this.heads[tn];
      if (up < 0) continue;
      this.heads[x] = up;
      this.rels[x] = isNominal(this.tokens[up].upos ?? '') ? 'nmod' : 'obl';
    }
  }

  /**
   * "withdraw its troops from neighbouring Lebanon", "entered neighbouring Chad": the tagger reads
   * "neighbouring" as a verb and the parser gives it the country for an object. It is the
   * country's modifier: the country takes its place in the tree (an adverbial clause becomes an
   * oblique, its "from" a case word) and "neighbouring" hangs on the country.
   */
  private repairNeighbouring(): void {
    for (let n = 0; n + 1 < this.tokens.length; n++) {
      const c = n + 1;
      if (!/^neighbou?ring$/.test(this.tokens[n].lower) || this.tokens[n].upos !== 'VERB' || this.heads[c] !== n || this.rels[c] !== 'obj' || this.tokens[c].upos !== 'PROPN') continue;
      const h = this.heads[n], r = this.rels[n];
      this.heads[c] = h;
      this.rels[c] = h < 0 ? 'root' : /^(advcl|obl)/.test(r) ? 'obl' : /^(acl|nmod)/.test(r) ? 'nmod' : 'obj';
      this.heads[n] = c; this.rels[n] = 'amod';
      for (let k = 0; k < this.tokens.length; k++) if (this.heads[k] === n && k !== c) { this.heads[k] = c; if (this.rels[k] === 'mark') this.rels[k] = 'case'; }
    }
  }

  /** Verbs the repair above read as past tense. */
  readonly pastTense = new Set<number>();
  /** Verbs the reduced-relative repair read as participles. */
  readonly participles = new Set<number>();

  rel(i: number): string { return this.rels[i] ?? ''; }
  /** Relation without its subtype: "nsubj:pass" → "nsubj". */
  base(i: number): string { return this.bases[i] ?? ''; }
  head(i: number): number { return i >= 0 && i < this.heads.length ? this.heads[i] : -1; }
  upos(i: number): string { return this.tokens[i]?.upos ?? this.tokens[i]?.pos ?? ''; }
  xpos(i: number): string { return this.pastTense.has(i) ? 'VBD' : this.participles.has(i) ? 'VBN' : this.tokens[i]?.xpos ?? ''; }
  lower(i: number): string { return this.tokens[i]?.lower ?? ''; }
  lemma(i: number): string { return (this.tokens[i]?.lemma ?? '').toLowerCase(); }

  children(i: number): readonly number[] { return this.kids[i] ?? []; }

  /** Children whose relation is one of `rels` (full "nsubj:pass", or a base "obl" matching its subtypes). */
  childrenBy(i: number, ...rels: string[]): number[] {
    const out: number[] = [];
    for (const k of this.children(i)) if (rels.includes(this.rels[k]) || rels.includes(this.bases[k])) out.push(k);
    return out;
  }

  child(i: number, ...rels: string[]): number | undefined { return this.childrenBy(i, ...rels)[0]; }

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
   * their fixed parts: "because of", "according to", "on behalf of".
   */
  caseWord(i: number): string {
    const c = this.childrenBy(i, 'case').filter((k) => k < i);
    if (!c.length) return '';
    const k = c[c.length - 1];
    const words = [this.lower(k)];
    for (const f of this.childrenBy(k, 'fixed')) words.push(this.lower(f));
    return words.join(' ');
  }

  /** Token range [a, b) covered by i's subtree, leaving out children with the relations in `skip`. */
  span(i: number, skip: ReadonlySet<string> = NO_SKIP): [number, number] {
    let a = i, b = i + 1;
    const stack = [i];
    const seen = new Set<number>();
    while (stack.length) {
      const x = stack.pop()!;
      if (seen.has(x)) continue;
      seen.add(x);
      if (x < a) a = x;
      if (x + 1 > b) b = x + 1;
      for (const c of this.children(x)) if (!(x === i && (skip.has(this.rels[c]) || skip.has(this.bases[c])))) stack.push(c);
    }
    return [a, b];
  }

  /** Is a an ancestor of b (or b itself)? */
  dominates(a: number, b: number): boolean {
    for (let x = b, n = 0; x >= 0 && n <= this.tokens.length; x = this.head(x), n++) if (x === a) return true;
    return false;
  }
}

const NO_SKIP: ReadonlySet<string> = new Set();

export const isNominal = (upos: string): boolean => upos === 'NOUN' || upos === 'PROPN' || upos === 'PRON' || upos === 'NUM' || upos === 'X' || upos === 'SYM';
