/**
 * Linear models over sparse vectors, weights stored feature-major (W[f * K + k]) so
 * scoring one text is one pass over its non-zeros.
 *
 * trainOvrSvm: one-vs-rest L2-regularised squared-hinge SVM solved in the dual by
 * coordinate descent with shrinking (Hsieh et al. 2008, the algorithm behind
 * liblinear's default solver). Exact, fast on sparse text, and deterministic given the seed.
 */
import type { SparseVector } from './features.js';
import type { Rng } from '../common/random.js';

/** Rows in compressed sparse row form. */
export interface Csr {
  rows: number;
  ptr: Int32Array;
  idx: Int32Array;
  val: Float64Array;
}

export function toCsr(rows: readonly SparseVector[]): Csr {
  let nnz = 0;
  for (const r of rows) nnz += r.idx.length;
  const ptr = new Int32Array(rows.length + 1);
  const idx = new Int32Array(nnz);
  const val = new Float64Array(nnz);
  let p = 0;
  rows.forEach((r, i) => {
    idx.set(r.idx, p);
    val.set(r.val, p);
    p += r.idx.length;
    ptr[i + 1] = p;
  });
  return { rows: rows.length, ptr, idx, val };
}

export interface LinearModel {
  classes: number;
  dimension: number;
  /** (dimension + 1) × classes, feature-major; row `dimension` is the bias. */
  weights: Float32Array;
}

export function linearScores(m: LinearModel, x: SparseVector, out = new Float64Array(m.classes)): Float64Array {
  const K = m.classes;
  const W = m.weights;
  const b = m.dimension * K;
  for (let k = 0; k < K; k++) out[k] = W[b + k]!;
  for (let j = 0; j < x.idx.length; j++) {
    const v = x.val[j]!;
    const o = x.idx[j]! * K;
    for (let k = 0; k < K; k++) out[k] = out[k]! + v * W[o + k]!;
  }
  return out;
}

export interface SvmOptions {
  /** Inverse regularisation strength. */
  C: number;
  /** Per-class multiplier of C for that class's positive examples (class balancing). */
  positiveWeight?: (k: number) => number;
  /** Value of the constant bias feature (liblinear's -B). */
  bias: number;
  maxEpochs: number;
  /** Stopping tolerance on the projected-gradient gap. */
  tolerance: number;
  /**
   * NB-SVM (Wang & Manning 2012): scale each feature, per class, by its smoothed log-count
   * ratio in that class vs the rest, so the SVM starts from naive Bayes evidence. 0 disables;
   * otherwise the smoothing count.
   */
  nbAlpha?: number;
}

/** Fisher–Yates over the first `length` entries (the solvers visit examples in a fresh order each epoch). */
export function shufflePrefix(order: Int32Array, length: number, rng: Rng): void {
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}

export function trainOvrSvm(X: Csr, y: Int32Array, classes: number, dimension: number, o: SvmOptions, rng: Rng): LinearModel {
  const n = X.rows;
  const K = classes;
  const weights = new Float32Array((dimension + 1) * K);
  const sqNorm = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = o.bias * o.bias;
    for (let p = X.ptr[i]!; p < X.ptr[i + 1]!; p++) s += X.val[p]! * X.val[p]!;
    sqNorm[i] = s;
  }
  const w = new Float64Array(dimension + 1);
  const alpha = new Float64Array(n);
  const order = new Int32Array(n);
  const { ptr, idx, val } = X;
  const nb = o.nbAlpha ? new Float64Array(dimension) : null;
  const total = nb ? new Float64Array(dimension) : null;
  const perClass = nb ? new Float64Array(dimension * K) : null;
  let totalMass = 0;
  const classMass = new Float64Array(K);
  if (nb && total && perClass) {
    for (let i = 0; i < n; i++)
      for (let p = ptr[i]!; p < ptr[i + 1]!; p++) {
        const j = idx[p]!;
        const v = Math.abs(val[p]!);
        total[j] = total[j]! + v;
        perClass[j * K + y[i]!] = perClass[j * K + y[i]!]! + v;
        classMass[y[i]!] = classMass[y[i]!]! + v;
        totalMass += v;
      }
  }
  const scaled = nb ? new Float64Array(val.length) : val;
  for (let k = 0; k < K; k++) {
    if (nb && total && perClass) {
      const a = o.nbAlpha!;
      const pm = classMass[k]! + a * dimension;
      const qm = totalMass - classMass[k]! + a * dimension;
      for (let j = 0; j < dimension; j++) {
        const pk = perClass[j * K + k]!;
        nb[j] = Math.log((pk + a) / pm / ((total[j]! - pk + a) / qm));
      }
      for (let i = 0; i < n; i++) {
        let s = o.bias * o.bias;
        for (let p = ptr[i]!; p < ptr[i + 1]!; p++) {
          const v = val[p]! * nb[idx[p]!]!;
          scaled[p] = v;
          s += v * v;
        }
        sqNorm[i] = s;
      }
    }
    const xv = scaled;
    w.fill(0);
    alpha.fill(0);
    const cPos = o.C * (o.positiveWeight ? o.positiveWeight(k) : 1);
    const dPos = 1 / (2 * cPos);
    const dNeg = 1 / (2 * o.C);
    for (let i = 0; i < n; i++) order[i] = i;
    let active = n;
    let pgMaxOld = Infinity;
    for (let epoch = 0; epoch < o.maxEpochs; epoch++) {
      shufflePrefix(order, active, rng);
      let pgMax = -Infinity;
      let pgMin = Infinity;
      for (let s = 0; s < active; s++) {
        const i = order[s]!;
        const yi = y[i] === k ? 1 : -1;
        const dii = yi > 0 ? dPos : dNeg;
        let dot = w[dimension]! * o.bias;
        const end = ptr[i + 1]!;
        for (let p = ptr[i]!; p < end; p++) dot += w[idx[p]!]! * xv[p]!;
        const a = alpha[i]!;
        const G = yi * dot - 1 + dii * a;
        let PG = 0;
        if (a === 0) {
          if (G > pgMaxOld) {
            // Shrink: this example is comfortably outside the margin.
            active--;
            order[s] = order[active]!;
            order[active] = i;
            s--;
            continue;
          }
          if (G < 0) PG = G;
        } else {
          PG = G;
        }
        if (PG > pgMax) pgMax = PG;
        if (PG < pgMin) pgMin = PG;
        if (Math.abs(PG) > 1e-12) {
          const na = Math.max(a - G / (sqNorm[i]! + dii), 0);
          alpha[i] = na;
          const d = (na - a) * yi;
          for (let p = ptr[i]!; p < end; p++) {
            const j = idx[p]!;
            w[j] = w[j]! + d * xv[p]!;
          }
          w[dimension] = w[dimension]! + d * o.bias;
        }
      }
      if (pgMax - pgMin <= o.tolerance) {
        if (active === n) break;
        active = n;
        pgMaxOld = Infinity;
        continue;
      }
      pgMaxOld = pgMax <= 0 ? Infinity : pgMax;
    }
    for (let f = 0; f < dimension; f++) weights[f * K + k] = nb ? w[f]! * nb[f]! : w[f]!;
    weights[dimension * K + k] = w[dimension]! * o.bias;
  }
  return { classes: K, dimension, weights };
}
