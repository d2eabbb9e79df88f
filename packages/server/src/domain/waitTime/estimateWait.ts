/**
 * Wait-time estimate for each waiting conversation (DESIGN.md §5), pure.
 *
 * A seeded Monte-Carlo forward simulation from the current state (see forwardSim.ts): eligible agents'
 * free and busy slots, elapsed time of the conversations in progress, handle-time distributions learned
 * per skill set from finished conversations, shift starts/ends, abandonment of those ahead and
 * higher-priority arrivals. The score that matters is absolute error, so the point estimate is the median
 * of the simulated waits — weighted by the chance that the customer is still there to be served at that
 * wait (we only ever compare estimates with waits of customers who were served). The range is the
 * weighted 10th–90th percentile. Deterministic: the same input gives the same output.
 */
import type { AgentLoad, RoutingPolicy, WaitingConversation } from '../routing/selectAgents.js';
import { forwardSimulate } from './forwardSim.js';
import { HandleTimeModel, logNormalMean, survivalAt, type InProgress, type QueueModel } from './queueModel.js';
import { sortedWeightedQuantiles } from './random.js';

export interface WaitEstimate {
  /** 1-based position among waiting conversations needing the same skills. */
  position: number;
  estimateSeconds: number;
  lowSeconds: number;
  highSeconds: number;
  /** Agents online (and on shift) who have all the required skills. */
  agentsOnline: number;
}

export interface EstimateOptions {
  /** Mean handle time per skill in seconds (prior); falls back to defaultHandleSeconds. */
  handleSeconds: Record<string, number>;
  defaultHandleSeconds: number;
  /** Time for an offered agent to pick up (added to every estimate). */
  pickupSeconds: number;
  /** Epoch ms. Defaults to the latest queuedAt (the newest customer just joined). */
  now?: number;
  /** Learned statistics (handle times, patience, arrivals); without it only the priors are used. */
  model?: QueueModel;
  /** Most Monte-Carlo runs (default 101). */
  runs?: number;
  /**
   * Simulated customers+slots allowed per call (default 12,000): runs shrink for very long queues, down to one
   * run (one sample path — far back in a long queue the wait is a sum of many services, so little noise).
   */
  eventBudget?: number;
  seed?: number;
  /** Range quantiles (default [0.1, 0.9]). */
  range?: [number, number];
  policy?: RoutingPolicy;
  /** Longest simulated future (seconds, default 12 h). */
  horizonSeconds?: number;
}

const priorCache = new Map<string, HandleTimeModel>();
function priorModel(opts: EstimateOptions): HandleTimeModel {
  const key = `${opts.defaultHandleSeconds}|${JSON.stringify(opts.handleSeconds)}`;
  let m = priorCache.get(key);
  if (!m) {
    if (priorCache.size > 32) priorCache.clear();
    priorCache.set(key, (m = new HandleTimeModel({ defaultSeconds: opts.defaultHandleSeconds, perSkillSeconds: opts.handleSeconds })));
  }
  return m;
}

/**
 * The estimates as columns, one row per waiting conversation in queue order (`order[i]` is row i): no object
 * per customer, for callers that walk the queue anyway (the live publisher, benchmarks). Same values as estimateWaits.
 */
export interface WaitEstimateTable {
  order: readonly WaitingConversation[];
  position: Int32Array;
  estimateSeconds: Float64Array;
  lowSeconds: Float64Array;
  highSeconds: Float64Array;
  agentsOnline: Int32Array;
}

/** Row i of a table as a WaitEstimate. */
export function estimateAt(t: WaitEstimateTable, i: number): WaitEstimate {
  return { position: t.position[i]!, estimateSeconds: t.estimateSeconds[i]!, lowSeconds: t.lowSeconds[i]!, highSeconds: t.highSeconds[i]!, agentsOnline: t.agentsOnline[i]! };
}

/** Estimates keyed by conversation id. */
export function estimateWaits(waiting: WaitingConversation[], agents: AgentLoad[], opts: EstimateOptions): Map<string, WaitEstimate> {
  const t = estimateWaitTable(waiting, agents, opts);
  const out = new Map<string, WaitEstimate>();
  for (let i = 0; i < t.order.length; i++) out.set(t.order[i]!.id, estimateAt(t, i));
  return out;
}

const EMPTY_TABLE: WaitEstimateTable = {
  order: [],
  position: new Int32Array(0),
  estimateSeconds: new Float64Array(0),
  lowSeconds: new Float64Array(0),
  highSeconds: new Float64Array(0),
  agentsOnline: new Int32Array(0),
};

export function estimateWaitTable(waiting: WaitingConversation[], agents: AgentLoad[], opts: EstimateOptions): WaitEstimateTable {
  if (!waiting.length) return EMPTY_TABLE;
  const now = opts.now ?? waiting.reduce((t, c) => Math.max(t, c.queuedAt), -Infinity);
  const handleModel = opts.model?.handle ?? priorModel(opts);
  const inProgress: InProgress[] = [];
  for (const a of agents) for (const act of a.active ?? []) inProgress.push({ skills: act.skills, elapsedSeconds: (now - act.startedAt) / 1000 });
  const handle = handleModel.withInProgress(inProgress);
  const patience = opts.model?.patience.survival();
  const arrivals = opts.model?.arrivals.rates(now) ?? [];

  const slots = agents.reduce((s, a) => s + Math.max(a.load, 0) + (a.online ? a.capacity : 0), 0);
  const budget = opts.eventBudget ?? 12_000;
  let runs = Math.max(1, Math.min(opts.runs ?? 101, Math.floor(budget / (waiting.length + slots + 1))));
  if (runs > 1 && runs % 2 === 0) runs--; // odd: a true median
  const sim = forwardSimulate({ now, waiting, agents, handle, patience, arrivals, runs, seed: opts.seed, horizonSeconds: opts.horizonSeconds, policy: opts.policy });
  const n = sim.order.length;
  const [qLow, qHigh] = opts.range ?? [0.1, 0.9];

  // per skill set: positions, agents online, monotone estimates
  const sets = sim.skillSets.length;
  const positions = new Int32Array(sets);
  // running max per skill set: never promise less than someone ahead in the same line
  const prevLow = new Float64Array(sets);
  const prevEst = new Float64Array(sets);
  const prevHigh = new Float64Array(sets);
  const values = new Float64Array(sim.runs);
  const weights = new Float64Array(sim.runs);
  const q = new Float64Array(3);
  const qs = [qLow, 0.5, qHigh];
  const out: WaitEstimateTable = {
    order: sim.order,
    position: new Int32Array(n),
    estimateSeconds: new Float64Array(n),
    lowSeconds: new Float64Array(n),
    highSeconds: new Float64Array(n),
    agentsOnline: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const c = sim.order[i]!;
    const si = sim.skillSetOf[i]!;
    const position = ++positions[si]!;
    // conditional on being served: runs where nobody serves the customer within the horizon are left out
    let k = 0;
    if (sim.runs === 1) {
      // one sample path (very long queues): weights cannot change a single value's quantiles
      const w = sim.waits[i]!;
      if (w !== Infinity) values[k++] = w;
    } else {
      const waited = Math.max(0, (now - c.queuedAt) / 1000);
      const stay0 = patience ? survivalAt(patience, waited) : 1;
      for (let r = 0; r < sim.runs; r++) {
        const w = sim.waits[r * n + i]!;
        if (w === Infinity) continue;
        values[k] = w;
        weights[k] = patience && stay0 > 0 ? survivalAt(patience, waited + w) / stay0 : 1;
        k++;
      }
    }
    let est: number;
    let low: number;
    let high: number;
    let p = opts.pickupSeconds;
    if (k === 0) {
      // nobody can serve this in the horizon: honest but long
      est = logNormalMean(handle(sim.skillSets[si]!)) * position;
      low = est * 0.5;
      high = est * 2;
      p = 0;
    } else if (k === 1) {
      low = est = high = values[0]!;
    } else {
      sortedWeightedQuantiles(values, weights, k, qs, q);
      low = q[0]!;
      est = q[1]!;
      high = q[2]!;
    }
    if (position > 1) {
      if (est < prevEst[si]!) est = prevEst[si]!;
      if (low < prevLow[si]!) low = prevLow[si]!;
      if (high < prevHigh[si]!) high = prevHigh[si]!;
    }
    // A customer some agents will not take (they transferred it away) may wait longer than those behind, whom those
    // agents will serve: their estimate does not raise the floor for the rest of the line.
    if (!c.excludedAgents?.length) {
      prevLow[si] = low;
      prevEst[si] = est;
      prevHigh[si] = high;
    }
    out.position[i] = position;
    out.estimateSeconds[i] = Math.round(est + p);
    out.lowSeconds[i] = Math.round(Math.min(low, est) + p);
    out.highSeconds[i] = Math.round(Math.max(high, est) + p);
    out.agentsOnline[i] = sim.agentsOnline[si]!;
  }
  return out;
}
