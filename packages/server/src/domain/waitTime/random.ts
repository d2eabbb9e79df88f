/** Deterministic randomness and distribution helpers for the estimator's forward simulation, pure. */

export { seededRandom } from '../common/random.js';

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 via erf, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

// Acklam's coefficients (module constants: no arrays allocated per call in the simulation's hot loop)
const QA = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239] as const;
const QB = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572] as const;
const QC = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
const QD = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416] as const;

/** Inverse standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = QA;
  const b = QB;
  const c = QC;
  const d = QD;
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lo) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/**
 * Weighted quantiles of `values` (ascending `qs` in [0, 1]). Zero total weight falls back to equal weights.
 * Infinity values are allowed (they sort last).
 */
export function weightedQuantiles(values: number[], weights: number[], qs: number[]): number[] {
  const idx = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
  let total = 0;
  for (const w of weights) total += w;
  const useEqual = !(total > 0);
  if (useEqual) total = values.length;
  const out: number[] = [];
  let acc = 0;
  let k = 0;
  for (const q of qs) {
    const target = q * total;
    while (k < idx.length - 1) {
      const w = useEqual ? 1 : weights[idx[k]!]!;
      if (acc + w >= target) break;
      acc += w;
      k++;
    }
    out.push(values[idx[k]!]!);
  }
  return out;
}

/**
 * In-place variant for hot loops: sorts the first `k` entries of `values` (with their `weights`) by
 * insertion sort, then writes the weighted quantiles `qs` into `out`. Zero total weight = equal weights.
 */
export function sortedWeightedQuantiles(values: Float64Array, weights: Float64Array, k: number, qs: readonly number[], out: Float64Array): void {
  for (let i = 1; i < k; i++) {
    const v = values[i]!;
    const w = weights[i]!;
    let j = i - 1;
    while (j >= 0 && values[j]! > v) {
      values[j + 1] = values[j]!;
      weights[j + 1] = weights[j]!;
      j--;
    }
    values[j + 1] = v;
    weights[j + 1] = w;
  }
  let total = 0;
  for (let i = 0; i < k; i++) total += weights[i]!;
  const equal = !(total > 0);
  if (equal) total = k;
  let acc = 0;
  let i = 0;
  for (let qi = 0; qi < qs.length; qi++) {
    const target = qs[qi]! * total;
    while (i < k - 1) {
      const w = equal ? 1 : weights[i]!;
      if (acc + w >= target) break;
      acc += w;
      i++;
    }
    out[qi] = values[i]!;
  }
}
