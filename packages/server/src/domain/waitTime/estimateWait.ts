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
import { matchProficiency, type AgentLoad, type RoutingPolicy, type WaitingConversation } from '../routing/selectAgents.js';
import { onShift } from '../routing/shifts.js';
import { forwardSimulate } from './forwardSim.js';
import { HandleTimeModel, logNormalMean, survivalAt, type InProgress, type QueueModel } from './queueModel.js';
import { weightedQuantiles } from './random.js';

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
  /** Simulated events allowed per call; runs shrink for very long queues (default 60,000). */
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

export function estimateWaits(waiting: WaitingConversation[], agents: AgentLoad[], opts: EstimateOptions): Map<string, WaitEstimate> {
  const out = new Map<string, WaitEstimate>();
  if (!waiting.length) return out;
  const now = opts.now ?? waiting.reduce((t, c) => Math.max(t, c.queuedAt), -Infinity);
  const handleModel = opts.model?.handle ?? priorModel(opts);
  const inProgress: InProgress[] = [];
  for (const a of agents) for (const act of a.active ?? []) inProgress.push({ skills: act.skills, elapsedSeconds: (now - act.startedAt) / 1000 });
  const handle = handleModel.withInProgress(inProgress);
  const patience = opts.model?.patience.survival();
  const arrivals = opts.model?.arrivals.rates(now) ?? [];

  const slots = agents.reduce((s, a) => s + Math.max(a.load, 0) + (a.online ? a.capacity : 0), 0);
  const budget = opts.eventBudget ?? 30_000;
  const runs = Math.max(1, Math.min(opts.runs ?? 101, Math.floor(budget / (waiting.length + slots + 1))));
  const sim = forwardSimulate({ now, waiting, agents, handle, patience, arrivals, runs, seed: opts.seed, horizonSeconds: opts.horizonSeconds, policy: opts.policy });
  const n = sim.order.length;
  const [qLow, qHigh] = opts.range ?? [0.1, 0.9];

  // per skill set: positions, agents online, monotone estimates
  const sets = sim.skillSets.length;
  const positions = new Int32Array(sets);
  const online = new Int32Array(sets).fill(-1);
  const lastEst: ([number, number, number] | undefined)[] = new Array(sets);
  const values: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = sim.order[i]!;
    const si = sim.skillSetOf[i]!;
    const skills = sim.skillSets[si]!;
    const position = ++positions[si]!;
    if (online[si]! < 0) online[si] = agents.filter((a) => a.online && onShift(a.shifts, now) && matchProficiency(a, skills) > 0).length;
    const agentsOnline = online[si]!;
    const waited = Math.max(0, (now - c.queuedAt) / 1000);
    const stay0 = patience ? survivalAt(patience, waited) : 1;
    // conditional on being served: runs where nobody serves the customer within the horizon are left out
    values.length = 0;
    weights.length = 0;
    for (let r = 0; r < sim.runs; r++) {
      const w = sim.waits[r * n + i]!;
      if (!Number.isFinite(w)) continue;
      values.push(w);
      weights.push(patience && stay0 > 0 ? survivalAt(patience, waited + w) / stay0 : 1);
    }
    const finite = values.length;
    let est: number;
    let low: number;
    let high: number;
    let p = opts.pickupSeconds;
    if (finite === 0) {
      // nobody can serve this in the horizon: honest but long
      const h = logNormalMean(handle(skills));
      est = h * position;
      low = est * 0.5;
      high = est * 2;
      p = 0;
    } else {
      [low, est, high] = weightedQuantiles(values, weights, [qLow, 0.5, qHigh]) as [number, number, number];
    }
    // never promise less than someone ahead in the same line
    const prev = lastEst[si];
    if (prev) {
      est = Math.max(est, prev[1]);
      low = Math.max(low, prev[0]);
      high = Math.max(high, prev[2]);
    }
    lastEst[si] = [low, est, high];
    out.set(c.id, {
      position,
      estimateSeconds: Math.round(est + p),
      lowSeconds: Math.round(Math.min(low, est) + p),
      highSeconds: Math.round(Math.max(high, est) + p),
      agentsOnline,
    });
  }
  return out;
}
