/**
 * actorgraph/nlp/perceptron — the multi-class averaged perceptron (Collins 2002) that every model
 * here (tagger, parser moves, parser labels, entities) is made of.
 *
 * Weights live in typed arrays, one dense row of K class weights per feature, found through an
 * open-addressing table keyed by the 32-bit feature hash (nlp/hash.ts): scoring a parser step is
 * ~70 table probes and 70 × K additions, no objects, no strings. Training keeps the weights and the
 * sums needed for averaging with Daumé's trick (w − u / c), so an update touches two numbers per
 * class and averaging is one pass at the end. Everything is deterministic: the same updates in the
 * same order give the same bytes.
 */

/**
 * Open-addressing hash table: non-zero uint32 feature → row number. Each slot is the key and its
 * row side by side (one cache miss a lookup, not two: the models are bound by memory).
 */
export class FeatureTable {
  /** slots[2i] the key (0 = empty), slots[2i + 1] its row. */
  slots: Uint32Array;
  size = 0;
  private mask: number;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.slots = new Uint32Array(2 * cap);
    this.mask = cap - 1;
  }

  /** The row of a feature, or -1. */
  get(key: number): number {
    const slots = this.slots;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const k = slots[2 * i];
      if (k === key) return slots[2 * i + 1];
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /**
   * rows[f] = get(feats[f]) for f < n. Every home slot is read first with no branch between the
   * reads, so their cache misses overlap instead of waiting one after another behind mispredicted
   * "found?" branches; the lookups proper then hit the cache.
   */
  rowsOf(feats: Uint32Array, n: number, rows: Int32Array): void {
    const slots = this.slots, mask = this.mask;
    for (let f = 0; f < n; f++) rows[f] = slots[2 * ((Math.imul(feats[f], 0x9e3779b1) >>> 0) & mask)];
    for (let f = 0; f < n; f++) rows[f] = this.get(feats[f]);
  }

  /** The row of a feature, made (numbered `size`) when new. */
  add(key: number): number {
    if ((this.size + 1) * 2 > this.slots.length >> 1) this.grow();
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const k = this.slots[2 * i];
      if (k === key) return this.slots[2 * i + 1];
      if (k === 0) {
        this.slots[2 * i] = key;
        this.slots[2 * i + 1] = this.size;
        return this.size++;
      }
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    // re-insert in row order so that row numbers stay the same
    const byRow = this.keysByRow();
    this.slots = new Uint32Array(this.slots.length * 2);
    this.mask = (this.slots.length >> 1) - 1;
    this.size = 0;
    for (let r = 0; r < byRow.length; r++) this.add(byRow[r]);
  }

  /** Keys in row order. */
  keysByRow(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let i = 0; i < this.slots.length; i += 2) if (this.slots[i] !== 0) out[this.slots[i + 1]] = this.slots[i];
    return out;
  }
}

/**
 * A trained model: scores the classes for a bag of features.
 *
 * `table` and `weights` (row-major; as saved) hold the model. Loaded models keep their weights as
 * the file's int16 values with one `scale` (half the memory of float32, no conversion at load;
 * sums of int16 are exact, so decisions are those of the saved model). At run time the parser is
 * bound by memory, not arithmetic, so a loaded model with few classes (the parser's 3 moves, the
 * 7 entity labels) also gets each feature's key and weights packed side by side in one
 * open-addressing array: one cache miss a lookup instead of three (key, row number, weights).
 */
export class LinearModel {
  private readonly stride: number = 0;
  private readonly mask: number = 0;
  private readonly slotKeys?: Uint32Array;
  private readonly slotWeights?: Int16Array;
  /** Scratch: the key in each feature's home slot (see score). */
  private home = new Uint32Array(256);

  constructor(
    readonly nClasses: number,
    readonly table: FeatureTable,
    readonly weights: Float32Array | Int16Array,
    readonly scale = 1,
  ) {
    const K = nClasses;
    if (K > PACK_MAX_CLASSES || !(weights instanceof Int16Array)) return;
    // a slot: the key (two int16 places), then K weights, padded to keep keys 4-byte aligned
    this.stride = 2 + K + (K % 2);
    let cap = 2;
    while (cap < table.size * 2) cap <<= 1;
    this.mask = cap - 1;
    const buf = new ArrayBuffer(cap * this.stride * 2);
    this.slotKeys = new Uint32Array(buf);
    this.slotWeights = new Int16Array(buf);
    const kstride = this.stride >> 1;
    const slotKeys = this.slotKeys, slotWeights = this.slotWeights, stride = this.stride, mask = this.mask;
    if (table.slots.length >> 1 === cap) {
      // The table has this very size and hash, so its layout is a valid one here: each key goes to
      // the same slot, read and written in order (row order jumped about 25 MB for the parser's
      // moves, a cache miss per row: most of the model's load time). Lookups find the same keys.
      const slots = table.slots;
      for (let i = 0; i < cap; i++) {
        const key = slots[2 * i];
        if (key === 0) continue;
        slotKeys[i * kstride] = key;
        for (let k = 0, from = slots[2 * i + 1] * K, to = i * stride + 2; k < K; k++) slotWeights[to + k] = weights[from + k];
      }
      return;
    }
    const keys = table.keysByRow();
    for (let r = 0; r < keys.length; r++) {
      let i = (Math.imul(keys[r], 0x9e3779b1) >>> 0) & mask;
      while (slotKeys[i * kstride] !== 0) i = (i + 1) & mask;
      slotKeys[i * kstride] = keys[r];
      // (a plain copy: set(subarray()) made a typed-array view per row, most of the parser's load time)
      for (let k = 0, from = r * K, to = i * stride + 2; k < K; k++) slotWeights[to + k] = weights[from + k];
    }
  }

  /** The weight of class k for the feature in row r. */
  weightAt(r: number, k: number): number {
    return this.weights[r * this.nClasses + k] * this.scale;
  }

  /** out[k] = Σ weights of the features for class k (out is overwritten). */
  score(feats: Uint32Array, n: number, out: Float64Array): void {
    const K = this.nClasses;
    for (let k = 0; k < K; k++) out[k] = 0;
    this.addRaw(feats, n, out);
    if (this.scale !== 1) for (let k = 0; k < K; k++) out[k] *= this.scale;
  }

  /**
   * out[k] += Σ stored weights of the features for class k, before `scale`: int16 sums are exact,
   * so sums of parts taken apart and added (the parser's per-word parts) equal the sum of the whole.
   */
  addRaw(feats: Uint32Array, n: number, out: Float64Array): void {
    const K = this.nClasses;
    if (!this.slotKeys) addRows(this.table, this.weights, K, feats, n, out);
    else {
      const S = this.stride, KS = S >> 1, mask = this.mask;
      const keys = this.slotKeys, w = this.slotWeights!;
      // First touch every feature's home slot with no branch between the loads, so the memory
      // fetches overlap instead of waiting one after another behind mispredicted branches.
      const home = this.home;
      for (let f = 0; f < n; f++) home[f] = keys[((Math.imul(feats[f], 0x9e3779b1) >>> 0) & mask) * KS];
      // (the found slots' weights are then summed class by class, as in addRows: see BASES)
      let nb = 0;
      for (let f = 0; f < n; f++) {
        const key = feats[f];
        let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
        let k0 = home[f];
        while (k0 !== key && k0 !== 0) {
          i = (i + 1) & mask;
          k0 = keys[i * KS];
        }
        if (k0 !== 0) BASES[nb++] = i * S + 2;
      }
      for (let k = 0; k < K; k++) out[k] = sumColumn(w, nb, k, out[k]);
    }
  }
}

/**
 * Like score(), but only for the classes in `cands` (out[c] for c in cands; the rest untouched):
 * a word whose possible tags are known, or an arc whose dependent can only bear a few relations,
 * needs a handful of sums, not one per class.
 */
export function scoreSome(m: LinearModel, feats: Uint32Array, n: number, cands: ArrayLike<number>, out: Float64Array): void {
  const K = m.nClasses, w = m.weights, nc = cands.length, rows = ROWS;
  m.table.rowsOf(feats, n, rows);
  if (nc) touchRows(w, rows, n, K, cands[0], cands[nc - 1]);
  const nb = foundBases(rows, n, K);
  // (class by class, the features in the same order as before: each sum is the same sequence of
  // additions from 0, so the same double; cands are distinct, as the model files hold them)
  for (let j = 0; j < nc; j++) {
    const c = cands[j];
    out[c] = m.scale !== 1 ? sumColumn(w, nb, c, 0) * m.scale : sumColumn(w, nb, c, 0);
  }
}

/**
 * Why class by class: a parser arc scores ~25 candidate labels over 32 features, a tag ~93 classes
 * over 37. Summed feature by feature, every addition loaded and stored out[k] (and, for
 * candidates, cands[j] too); summed class by class, the running sum stays in a register and the
 * inner loop is two loads and an add. The rows were just touched (touchRows), so reading them by
 * column costs no extra cache misses.
 */
const BASES = new Int32Array(256);

/** BASES[0..nb) = row × K of each feature found (in feature order); returns nb. */
function foundBases(rows: Int32Array, n: number, K: number): number {
  let nb = 0;
  for (let f = 0; f < n; f++) { const r = rows[f]; if (r >= 0) BASES[nb++] = r * K; }
  return nb;
}

/** from + Σ w[BASES[b] + k] over b < nb, added in that order (the order the feature loop used). */
function sumColumn(w: ArrayLike<number>, nb: number, k: number, from: number): number {
  const bases = BASES;
  let s = from;
  for (let b = 0; b < nb; b++) s += w[bases[b] + k];
  return s;
}

/** Scratch for the rows of one bag of features (no model reads more than this many features). */
const ROWS = new Int32Array(256);

/**
 * Reads weights k0 and k1 of every found row once, with no branch between the reads, before the
 * rows are summed: the rows lie anywhere in a table of megabytes (the tagger's: 49 MB), and behind
 * the "row found?" branch their cache misses came one after another instead of together (as in
 * FeatureTable.rowsOf). Changes no sum; the reads go to TOUCHED so that they are not optimised away.
 */
function touchRows(w: ArrayLike<number>, rows: Int32Array, n: number, K: number, k0: number, k1: number): void {
  let x = 0;
  for (let f = 0; f < n; f++) { const r = rows[f]; const b = (r < 0 ? 0 : r) * K; x += w[b + k0] + w[b + k1]; }
  TOUCHED[0] = x;
}
const TOUCHED = new Float64Array(1);

/** out[k] += the weight of class k in each feature's row (row-major weights, K a row). */
function addRows(table: FeatureTable, w: ArrayLike<number>, K: number, feats: Uint32Array, n: number, out: Float64Array): void {
  const rows = ROWS;
  table.rowsOf(feats, n, rows);
  touchRows(w, rows, n, K, 0, K - 1);
  // (class by class, see BASES; starting from out[k], the very additions of the feature loop)
  const nb = foundBases(rows, n, K);
  for (let k = 0; k < K; k++) out[k] = sumColumn(w, nb, k, out[k]);
}

/** Models with at most this many classes get the packed layout (see LinearModel). */
const PACK_MAX_CLASSES = 7;

/** The model while it learns. */
export class Perceptron {
  readonly table = new FeatureTable();
  private w = new Float64Array(0);
  private u = new Float64Array(0);
  /** Number of examples seen: the averaging clock. */
  private c = 1;

  constructor(readonly nClasses: number) {}

  score(feats: Uint32Array, n: number, out: Float64Array): void {
    out.fill(0, 0, this.nClasses);
    addRows(this.table, this.w, this.nClasses, feats, n, out);
  }

  /** Counts one example (call once per prediction, updated or not). */
  tick(): void {
    this.c++;
  }

  /** Rewards the truth and penalises the guess for these features. */
  update(feats: Uint32Array, n: number, truth: number, guess: number, step = 1): void {
    if (truth === guess) return;
    const K = this.nClasses;
    for (let f = 0; f < n; f++) {
      const row = this.table.add(feats[f]);
      this.ensure(row);
      const base = row * K;
      this.w[base + truth] += step;
      this.u[base + truth] += this.c * step;
      this.w[base + guess] -= step;
      this.u[base + guess] -= this.c * step;
    }
  }

  private ensure(row: number): void {
    const need = (row + 1) * this.nClasses;
    if (need <= this.w.length) return;
    const len = Math.max(need, this.w.length * 2, 1024 * this.nClasses);
    const w = new Float64Array(len);
    w.set(this.w);
    const u = new Float64Array(len);
    u.set(this.u);
    this.w = w;
    this.u = u;
  }

  /**
   * The averaged weights as a model for running. Rows whose largest averaged weight is below
   * `prune` in absolute value are dropped: they change almost no decision and make up most of
   * the file.
   */
  average(prune = 0): LinearModel {
    const K = this.nClasses;
    const keys = this.table.keysByRow();
    const keep = new Uint8Array(keys.length);
    let kept = 0;
    for (let r = 0; r < keys.length; r++) {
      let max = 0;
      for (let k = 0; k < K; k++) max = Math.max(max, Math.abs(this.w[r * K + k] - this.u[r * K + k] / this.c));
      if (max > 0 && max >= prune) { keep[r] = 1; kept++; }
    }
    const table = new FeatureTable(kept);
    const out = new Float32Array(kept * K);
    for (let r = 0; r < keys.length; r++) {
      if (!keep[r]) continue;
      const row = table.add(keys[r]);
      for (let k = 0; k < K; k++) out[row * K + k] = this.w[r * K + k] - this.u[r * K + k] / this.c;
    }
    return new LinearModel(K, table, out);
  }
}
