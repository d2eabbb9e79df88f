/**
 * What the wait estimator learns online (DESIGN.md §5), pure: no clock, no I/O — callers pass times in.
 *
 * - Handle times per skill set: log-normal fitted to the recent *finished* conversations, shrunk towards
 *   the primary skill's fit, which is shrunk towards the global fit, which is shrunk towards a prior.
 * - Patience (abandonment): Kaplan–Meier survival of "time in queue before leaving", from finished waits
 *   (served = censored, abandoned = event).
 * - Arrival rates per (skill set, priority) over a recent window, used to foresee priority arrivals.
 *
 * Durations are in seconds; timestamps are epoch ms like the rest of the domain.
 */
import { skillSetKey } from '../routing/selectAgents.js';

export interface LogNormal {
  /** Mean of ln(seconds). */
  mu: number;
  /** Standard deviation of ln(seconds). */
  sigma: number;
  /** Observations behind the fit (excluding the prior). */
  n: number;
}

export function logNormalMean(d: LogNormal): number {
  return Math.exp(d.mu + (d.sigma * d.sigma) / 2);
}

export function logNormalMedian(d: LogNormal): number {
  return Math.exp(d.mu);
}

/** A log-normal with the given mean and log-sd. */
export function logNormalWithMean(meanSeconds: number, sigma: number): LogNormal {
  return { mu: Math.log(Math.max(1, meanSeconds)) - (sigma * sigma) / 2, sigma, n: 0 };
}

class LogWindow {
  private values: number[] = [];
  private next = 0;
  sum = 0;
  sumSq = 0;
  constructor(private size: number) {}
  get n(): number {
    return this.values.length;
  }
  push(v: number): void {
    if (this.values.length < this.size) this.values.push(v);
    else {
      const old = this.values[this.next]!;
      this.sum -= old;
      this.sumSq -= old * old;
      this.values[this.next] = v;
      this.next = (this.next + 1) % this.size;
    }
    this.sum += v;
    this.sumSq += v * v;
  }
}

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Φ(z) via erf (Abramowitz–Stegun 7.1.26). */
function cdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

/**
 * Log-normal fit of one level: `k` prior pseudo-observations, the finished conversations of the window
 * (exact), and conversations still in progress (right-censored at their elapsed time, via EM) — without
 * the censored ones, early fits only see the short conversations and come out too low.
 */
function fitLevel(prior: LogNormal, w: LogWindow | undefined, censoredLogs: CensoredLogs | undefined, k: number, warm?: { mu: number; sigma: number }): LogNormal {
  const n = w?.n ?? 0;
  const cens = censoredLogs ?? EMPTY_CENSORED;
  if (n === 0 && !cens.total) return { ...prior, n: 0 };
  const baseN = k + n;
  const baseS1 = k * prior.mu + (w?.sum ?? 0);
  const baseS2 = k * (prior.sigma * prior.sigma + prior.mu * prior.mu) + (w?.sumSq ?? 0);
  let mu = baseS1 / baseN;
  let sigma = Math.sqrt(Math.max(0.0025, baseS2 / baseN - mu * mu));
  if (cens.total) {
    const N = baseN + cens.total;
    if (warm) {
      // EM converges to the same fixed point; starting from the previous fit saves most iterations
      mu = warm.mu;
      sigma = warm.sigma;
    }
    const values = [...cens.bins.keys()];
    const counts = [...cens.bins.values()];
    for (let it = 0; it < 12; it++) {
      let s1 = baseS1;
      let s2 = baseS2;
      for (let j = 0; j < values.length; j++) {
        const c = values[j]! * CENSOR_BIN;
        const cnt = counts[j]!;
        const a = (c - mu) / sigma;
        const tail = 1 - cdf(a);
        const lambda = tail > 1e-9 ? Math.exp(-0.5 * a * a) / SQRT_2PI / tail : a;
        const ex = mu + sigma * lambda;
        const v = sigma * sigma * Math.max(0.01, 1 + a * lambda - lambda * lambda);
        s1 += cnt * ex;
        s2 += cnt * (v + ex * ex);
      }
      const nmu = s1 / N;
      const nsigma = Math.sqrt(Math.max(0.0025, s2 / N - nmu * nmu));
      const done = Math.abs(nmu - mu) < 1e-3 && Math.abs(nsigma - sigma) < 1e-3;
      mu = nmu;
      sigma = nsigma;
      if (done) break;
    }
  }
  return { mu, sigma: Math.max(0.05, sigma), n: n + cens.total };
}

/** Width of the bins (in ln seconds) that censored observations are grouped into. */
const CENSOR_BIN = 0.02;
/** Right-censored ln(elapsed) values, binned: bin index -> count. */
interface CensoredLogs {
  bins: Map<number, number>;
  total: number;
}
const EMPTY_CENSORED: CensoredLogs = { bins: new Map(), total: 0 };
function addCensored(map: Map<string, CensoredLogs>, key: string, bin: number): void {
  let c = map.get(key);
  if (!c) map.set(key, (c = { bins: new Map(), total: 0 }));
  c.bins.set(bin, (c.bins.get(bin) ?? 0) + 1);
  c.total++;
}

/** A conversation still in progress: its required skills and how long it has been handled so far. */
export interface InProgress {
  skills: readonly string[];
  elapsedSeconds: number;
}

export interface HandleModelOptions {
  /** Prior mean handle time when nothing is known (seconds). */
  defaultSeconds: number;
  /** Optional configured mean per skill (seconds), used as that skill's prior. */
  perSkillSeconds?: Record<string, number>;
  /** Prior log-sd (chat handle times are right-skewed; ~0.7 is typical). */
  priorSigma?: number;
  /** Pseudo-observations given to each prior level. */
  priorWeight?: number;
  /** Recent finished conversations kept per key. */
  window?: number;
}

interface Censored {
  global: CensoredLogs | undefined;
  bySkill: Map<string, CensoredLogs>;
  bySet: Map<string, CensoredLogs>;
}

/** Online handle-time statistics per skill set, learned only from conversations that finished. */
export class HandleTimeModel {
  private global: LogWindow;
  private bySkill = new Map<string, LogWindow>();
  private bySet = new Map<string, LogWindow>();
  private cache = new Map<string, LogNormal>();
  private readonly priorSigma: number;
  private readonly priorWeight: number;
  private readonly window: number;

  constructor(private opts: HandleModelOptions) {
    this.priorSigma = opts.priorSigma ?? 0.7;
    this.priorWeight = opts.priorWeight ?? 5;
    this.window = opts.window ?? 400;
    this.global = new LogWindow(this.window * 4);
  }

  /** A conversation needing `skills` finished after `handleSeconds` of handling. */
  observe(skills: readonly string[], handleSeconds: number): void {
    if (!(handleSeconds > 0) || !skills.length) return;
    const v = Math.log(handleSeconds);
    this.global.push(v);
    const primary = skills[0]!;
    let w = this.bySkill.get(primary);
    if (!w) this.bySkill.set(primary, (w = new LogWindow(this.window)));
    w.push(v);
    if (skills.length > 1) {
      const key = skillSetKey(skills);
      let s = this.bySet.get(key);
      if (!s) this.bySet.set(key, (s = new LogWindow(this.window)));
      s.push(v);
    }
    this.cache.clear();
  }

  /** Handle-time distribution for a conversation needing `skills` (the first is the primary/intent skill). */
  distribution(skills: readonly string[]): LogNormal {
    return this.fit(skills, undefined, this.cache);
  }

  /**
   * Distributions that also count the conversations in progress as right-censored observations
   * (they have lasted at least their elapsed time). Returns a memoised lookup.
   */
  withInProgress(inProgress: readonly InProgress[]): (skills: readonly string[]) => LogNormal {
    if (!inProgress.length) return (skills) => this.distribution(skills);
    const global = new Map<string, CensoredLogs>();
    const bySkill = new Map<string, CensoredLogs>();
    const bySet = new Map<string, CensoredLogs>();
    for (const p of inProgress) {
      if (!(p.elapsedSeconds >= 1) || !p.skills.length) continue;
      const bin = Math.round(Math.log(p.elapsedSeconds) / CENSOR_BIN);
      addCensored(global, '', bin);
      addCensored(bySkill, p.skills[0]!, bin);
      if (p.skills.length > 1) addCensored(bySet, skillSetKey(p.skills), bin);
    }
    const cens: Censored = { global: global.get(''), bySkill, bySet };
    const cache = new Map<string, LogNormal>();
    return (skills) => this.fit(skills, cens, cache);
  }

  /** Last fit per level, to warm-start the next EM (a cache only: results do not depend on it beyond EM tolerance). */
  private warm = new Map<string, { mu: number; sigma: number }>();
  private remember(level: string, d: LogNormal): LogNormal {
    if (this.warm.size > 10_000) this.warm.clear();
    this.warm.set(level, { mu: d.mu, sigma: d.sigma });
    return d;
  }

  private fit(
    skills: readonly string[],
    cens: Censored | undefined,
    cache: Map<string, LogNormal>,
  ): LogNormal {
    const key = skills.length > 1 ? skillSetKey(skills) + '|' + skills[0] : (skills[0] ?? '');
    const hit = cache.get(key);
    if (hit) return hit;
    const k = this.priorWeight;
    let g = cache.get('\u0000global');
    if (!g) {
      g = this.remember('', fitLevel(logNormalWithMean(this.opts.defaultSeconds, this.priorSigma), this.global, cens?.global, k, this.warm.get('')));
      cache.set('\u0000global', g);
    }
    const primary = skills[0];
    let d = g;
    if (primary !== undefined) {
      const configured = this.opts.perSkillSeconds?.[primary];
      const prior = configured !== undefined ? { ...logNormalWithMean(configured, g.sigma), n: 0 } : g;
      d = this.remember(primary, fitLevel(prior, this.bySkill.get(primary), cens?.bySkill.get(primary), k, this.warm.get(primary)));
      if (skills.length > 1) {
        const setKey = skillSetKey(skills);
        d = this.remember('+' + setKey, fitLevel(d, this.bySet.get(setKey), cens?.bySet.get(setKey), k, this.warm.get('+' + setKey)));
      }
    }
    cache.set(key, d);
    return d;
  }
}

/** Survival curve of patience: S(t) = P(customer still willing to wait after t seconds). */
export interface PatienceCurve {
  /** Increasing event times (seconds). */
  times: number[];
  /** S just after each time. */
  survival: number[];
}

export function survivalAt(curve: PatienceCurve | undefined, t: number): number {
  if (!curve || !curve.times.length) return 1;
  // last index with times[i] <= t
  let lo = 0;
  let hi = curve.times.length - 1;
  if (t < curve.times[0]!) return 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (curve.times[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return curve.survival[lo]!;
}

/**
 * A patience drawn from the curve given the customer already waited `waited` seconds, from uniform `u`.
 * Beyond the last observed abandonment the curve is flat: the customer waits forever (Infinity).
 */
export function samplePatience(curve: PatienceCurve, waited: number, u: number): number {
  const { times, survival } = curve;
  const len = times.length;
  let lo = 0;
  let hi = len;
  // first index with times[i] > waited
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= waited) lo = mid + 1;
    else hi = mid;
  }
  const target = (lo > 0 ? survival[lo - 1]! : 1) * u;
  // survival is non-increasing: the first index at or after lo with survival[i] <= target
  hi = len;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (survival[mid]! <= target) hi = mid;
    else lo = mid + 1;
  }
  return lo < len ? times[lo]! : Infinity;
}

/** Kaplan–Meier estimate of how long customers are willing to wait, from recent finished waits. */
export class PatienceModel {
  private obs: { t: number; left: boolean }[] = [];
  private curve: PatienceCurve | null = null;
  private abandons = 0;
  constructor(private window = 1000) {}

  /** A wait ended after `waitedSeconds`: the customer left (`abandoned`) or was served (censored). */
  observe(waitedSeconds: number, abandoned: boolean): void {
    this.obs.push({ t: Math.max(0, waitedSeconds), left: abandoned });
    if (abandoned) this.abandons++;
    if (this.obs.length > this.window) {
      const old = this.obs.shift()!;
      if (old.left) this.abandons--;
    }
    this.curve = null;
  }

  /** The survival curve, or undefined when nobody has abandoned in the window. */
  survival(): PatienceCurve | undefined {
    if (this.abandons === 0) return undefined;
    if (this.curve) return this.curve;
    const sorted = [...this.obs].sort((a, b) => a.t - b.t || Number(b.left) - Number(a.left));
    const times: number[] = [];
    const survival: number[] = [];
    let atRisk = sorted.length;
    let s = 1;
    let i = 0;
    while (i < sorted.length) {
      const t = sorted[i]!.t;
      let d = 0;
      let c = 0;
      while (i < sorted.length && sorted[i]!.t === t) {
        if (sorted[i]!.left) d++;
        else c++;
        i++;
      }
      if (d > 0 && atRisk > 0) {
        s *= 1 - d / atRisk;
        times.push(t);
        survival.push(s);
      }
      atRisk -= d + c;
    }
    this.curve = { times, survival };
    return this.curve;
  }
}

export interface ArrivalRate {
  skills: string[];
  priority: number;
  /** Arrivals per second. */
  ratePerSecond: number;
}

/** Recent arrival rates per (skill set, priority). */
export class ArrivalModel {
  private byClass = new Map<string, { skills: string[]; priority: number; times: number[] }>();
  private first: number | null = null;
  /** @param windowMs how far back rates look. */
  constructor(private windowMs = 30 * 60_000) {}

  observe(skills: readonly string[], priority: number, at: number): void {
    if (this.first === null) this.first = at;
    const key = `${priority}|${skillSetKey(skills)}`;
    let c = this.byClass.get(key);
    if (!c) this.byClass.set(key, (c = { skills: [...skills], priority, times: [] }));
    c.times.push(at);
  }

  /** Rates at `now` (epoch ms); empty until at least `minSpanMs` of history exists. */
  rates(now: number, minSpanMs = 5 * 60_000): ArrivalRate[] {
    if (this.first === null) return [];
    const span = Math.min(this.windowMs, now - this.first);
    if (span < minSpanMs) return [];
    const from = now - span;
    const out: ArrivalRate[] = [];
    for (const c of this.byClass.values()) {
      let k = 0;
      while (k < c.times.length && c.times[k]! < from) k++;
      if (k > 0) c.times.splice(0, k);
      if (c.times.length) out.push({ skills: c.skills, priority: c.priority, ratePerSecond: c.times.length / (span / 1000) });
    }
    return out;
  }
}

/** Everything the estimator learns, fed by the caller as conversations arrive, start, finish or leave. */
export class QueueModel {
  readonly handle: HandleTimeModel;
  readonly patience: PatienceModel;
  readonly arrivals: ArrivalModel;

  constructor(opts: HandleModelOptions & { arrivalWindowMs?: number; patienceWindow?: number }) {
    this.handle = new HandleTimeModel(opts);
    this.patience = new PatienceModel(opts.patienceWindow);
    this.arrivals = new ArrivalModel(opts.arrivalWindowMs);
  }

  /** A customer joined the queue at `at` (epoch ms). */
  joined(skills: readonly string[], priority: number, at: number): void {
    this.arrivals.observe(skills, priority, at);
  }
  /** A waiting customer was assigned after `waitedSeconds`. */
  assigned(waitedSeconds: number): void {
    this.patience.observe(waitedSeconds, false);
  }
  /** A waiting customer left the queue after `waitedSeconds`. */
  abandoned(waitedSeconds: number): void {
    this.patience.observe(waitedSeconds, true);
  }
  /** A conversation needing `skills` finished after `handleSeconds` with an agent. */
  finished(skills: readonly string[], handleSeconds: number): void {
    this.handle.observe(skills, handleSeconds);
  }
}
