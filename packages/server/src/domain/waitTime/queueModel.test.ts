import { describe, expect, it } from 'vitest';
import { ArrivalModel, HandleTimeModel, PatienceModel, logNormalMean, samplePatience, survivalAt } from './queueModel.js';
import { normalCdf, normalQuantile, seededRandom, weightedQuantiles } from './random.js';

function logNormalSamples(n: number, mean: number, sigma: number, seed = 1): number[] {
  const rand = seededRandom(seed);
  const mu = Math.log(mean) - (sigma * sigma) / 2;
  return Array.from({ length: n }, () => Math.exp(mu + sigma * normalQuantile(Math.min(1 - 1e-9, Math.max(1e-9, rand())))));
}

describe('HandleTimeModel', () => {
  it('starts from the prior and learns the mean per skill', () => {
    const m = new HandleTimeModel({ defaultSeconds: 300, perSkillSeconds: { technical: 600 } });
    expect(logNormalMean(m.distribution(['orders']))).toBeCloseTo(300, 0);
    expect(logNormalMean(m.distribution(['technical']))).toBeCloseTo(600, 0);
    for (const h of logNormalSamples(400, 420, 0.7)) m.observe(['billing'], h);
    const billing = logNormalMean(m.distribution(['billing']));
    expect(billing).toBeGreaterThan(370);
    expect(billing).toBeLessThan(470);
    expect(m.distribution(['billing']).sigma).toBeGreaterThan(0.6);
  });

  it('falls back from a skill set to its primary skill, and learns the set once seen', () => {
    const m = new HandleTimeModel({ defaultSeconds: 300 });
    for (let i = 0; i < 100; i++) m.observe(['billing'], 400);
    expect(logNormalMean(m.distribution(['billing', 'es']))).toBeGreaterThan(350);
    for (let i = 0; i < 100; i++) m.observe(['billing', 'es'], 800);
    expect(logNormalMean(m.distribution(['billing', 'es']))).toBeGreaterThan(650);
    expect(logNormalMean(m.distribution(['es', 'billing']))).toBeLessThan(logNormalMean(m.distribution(['billing', 'es'])));
  });

  it('counts conversations still in progress as censored: the early estimate is not biased to the short ones', () => {
    const all = logNormalSamples(200, 400, 0.7, 3);
    const m = new HandleTimeModel({ defaultSeconds: 100, priorWeight: 1 });
    // after 400 s only the conversations shorter than 400 s have finished
    const finished = all.filter((h) => h < 400);
    for (const h of finished) m.observe(['orders'], h);
    const naive = logNormalMean(m.distribution(['orders']));
    const censored = logNormalMean(m.withInProgress(all.filter((h) => h >= 400).map(() => ({ skills: ['orders'], elapsedSeconds: 400 })))(['orders']));
    expect(naive).toBeLessThan(300);
    expect(censored).toBeGreaterThan(330);
    expect(censored).toBeLessThan(500);
  });
});

describe('PatienceModel', () => {
  it('has no curve until someone abandons', () => {
    const p = new PatienceModel();
    p.observe(30, false);
    expect(p.survival()).toBeUndefined();
    expect(survivalAt(undefined, 1000)).toBe(1);
  });

  it('Kaplan–Meier with censoring', () => {
    const p = new PatienceModel();
    // 4 at risk: one leaves at 10, one is served at 20 (censored), one leaves at 30, one served at 40
    p.observe(10, true);
    p.observe(20, false);
    p.observe(30, true);
    p.observe(40, false);
    const s = p.survival()!;
    expect(survivalAt(s, 5)).toBe(1);
    expect(survivalAt(s, 10)).toBeCloseTo(0.75);
    expect(survivalAt(s, 30)).toBeCloseTo(0.375);
    // conditional sampling never returns a patience below what was already waited
    for (const u of [0.01, 0.3, 0.6, 0.99]) expect(samplePatience(s, 15, u)).toBeGreaterThanOrEqual(15);
    expect(samplePatience(s, 0, 0.9)).toBe(10);
    expect(samplePatience(s, 0, 0.1)).toBe(Infinity);
  });

  it('samples patience exactly as the inverse of the conditional survival curve (against a plain scan)', () => {
    const naive = (c: { times: number[]; survival: number[] }, waited: number, u: number): number => {
      const target = survivalAt(c, waited) * u;
      for (let i = 0; i < c.times.length; i++) if (c.times[i]! > waited && c.survival[i]! <= target) return c.times[i]!;
      return Infinity;
    };
    let seed = 12345;
    const r = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
    for (let trial = 0; trial < 50; trial++) {
      const p = new PatienceModel();
      for (let i = 0; i < 5 + trial * 3; i++) p.observe(Math.round(r() * 300), r() < 0.4);
      p.observe(Math.round(r() * 300), true);
      const s = p.survival()!;
      for (const waited of [0, 5, 50, 150, 299, 400]) for (const u of [0, 0.05, 0.3, 0.5, 0.77, 0.999, 1]) expect(samplePatience(s, waited, u)).toBe(naive(s, waited, u));
    }
  });
});

describe('ArrivalModel', () => {
  it('estimates recent rates per skill set and priority', () => {
    const a = new ArrivalModel(30 * 60_000);
    expect(a.rates(0)).toEqual([]);
    for (let t = 0; t < 3_600_000; t += 30_000) a.observe(['orders'], 0, t);
    for (let t = 0; t < 3_600_000; t += 120_000) a.observe(['orders'], 10, t);
    const r = a.rates(3_600_000);
    expect(r.find((x) => x.priority === 0)!.ratePerSecond).toBeCloseTo(1 / 30, 2);
    expect(r.find((x) => x.priority === 10)!.ratePerSecond).toBeCloseTo(1 / 120, 2);
  });
});

describe('random helpers', () => {
  it('normal CDF and quantile invert each other', () => {
    for (const p of [0.001, 0.1, 0.5, 0.8, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 5);
  });
  it('weighted quantiles', () => {
    expect(weightedQuantiles([5, 1, 3], [1, 1, 1], [0.5])).toEqual([3]);
    expect(weightedQuantiles([1, 2, 3], [0, 0, 10], [0.5])).toEqual([3]);
    expect(weightedQuantiles([1, 2, 3], [0, 0, 0], [0.1, 0.9])).toEqual([1, 3]);
  });
});
