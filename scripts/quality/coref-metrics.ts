/**
 * scripts/quality/coref-metrics — the CoNLL-2012 coreference metrics (MUC, B³, CEAFe and their
 * mean, the "CoNLL F1"), as the reference scorer defines them (Pradhan et al. 2014). A
 * partition is a list of entities, each a list of mention keys; keys that appear on one side only
 * are twinless mentions and count against that side, as with predicted mentions.
 */

export interface PRF { p: number; r: number; f: number }
type Partition = string[][];

const prf = (pn: number, pd: number, rn: number, rd: number): PRF => {
  const p = pd ? pn / pd : 0, r = rd ? rn / rd : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** entity index of each mention key */
function owners(part: Partition): Map<string, number> {
  const m = new Map<string, number>();
  part.forEach((e, i) => { for (const x of e) m.set(x, i); });
  return m;
}

/** MUC recall numerator/denominator of `key` against `resp` (links kept; Vilain et al. 1995). */
function mucSide(key: Partition, resp: Partition): [number, number] {
  const own = owners(resp);
  let num = 0, den = 0;
  for (const e of key) {
    // parts of e under the response partition; a twinless mention is a part of its own
    const parts = new Set<string>();
    for (const x of e) parts.add(own.has(x) ? `e${own.get(x)}` : `m${x}`);
    num += e.length - parts.size;
    den += e.length - 1;
  }
  return [num, den];
}

export function muc(gold: Partition, sys: Partition): PRF {
  const [rn, rd] = mucSide(gold, sys), [pn, pd] = mucSide(sys, gold);
  return prf(pn, pd, rn, rd);
}

/** B³ recall sum over mentions of `key` (Bagga & Baldwin 1998). */
function b3Side(key: Partition, resp: Partition): [number, number] {
  const own = owners(resp);
  let num = 0, den = 0;
  for (const e of key) {
    const count = new Map<number, number>();
    for (const x of e) if (own.has(x)) count.set(own.get(x)!, (count.get(own.get(x)!) ?? 0) + 1);
    for (const c of count.values()) num += (c * c) / e.length;
    den += e.length;
  }
  return [num, den];
}

export function b3(gold: Partition, sys: Partition): PRF {
  const [rn, rd] = b3Side(gold, sys), [pn, pd] = b3Side(sys, gold);
  return prf(pn, pd, rn, rd);
}

/** CEAFe (Luo 2005): the best one-to-one entity alignment under φ4 = 2|K∩R| / (|K|+|R|). */
export function ceafe(gold: Partition, sys: Partition): PRF {
  const own = owners(sys);
  const sim: number[][] = gold.map(() => sys.map(() => 0));
  gold.forEach((e, i) => {
    for (const x of e) if (own.has(x)) sim[i][own.get(x)!] += 1;
    sim[i].forEach((c, j) => { sim[i][j] = (2 * c) / (e.length + sys[j].length); });
  });
  const total = maxAssignment(sim);
  return prf(total, sys.length, total, gold.length);
}

/** Maximum-weight assignment of rows to columns (Hungarian algorithm on the negated matrix). */
export function maxAssignment(w: number[][]): number {
  const n = w.length, m = w[0]?.length ?? 0;
  if (!n || !m) return 0;
  const size = Math.max(n, m);
  // square cost matrix, 1-based as in the classic O(n³) potentials formulation
  const cost = (i: number, j: number) => (i <= n && j <= m ? -w[i - 1][j - 1] : 0);
  const u = new Float64Array(size + 1), v = new Float64Array(size + 1);
  const p = new Int32Array(size + 1), way = new Int32Array(size + 1);
  for (let i = 1; i <= size; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(size + 1).fill(Infinity);
    const used = new Uint8Array(size + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity, j1 = 0;
      for (let j = 1; j <= size; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0] - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (let j = 0; j <= size; j++) {
        if (used[j]) { u[p[j]] += delta; v[j] -= delta; } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do { const j1 = way[j0]; p[j0] = p[j1]; j0 = j1; } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= size; j++) if (p[j] >= 1 && p[j] <= n && j <= m) total += w[p[j] - 1][j - 1];
  return total;
}

/** All three and the CoNLL F1 (their unweighted mean). */
export function conll(gold: Partition, sys: Partition) {
  const m = muc(gold, sys), b = b3(gold, sys), c = ceafe(gold, sys);
  return { muc: m, b3: b, ceafe: c, conll: (m.f + b.f + c.f) / 3 };
}
