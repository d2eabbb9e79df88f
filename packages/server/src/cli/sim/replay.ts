/**
 * Replays a queue scenario through the real routing (planOffers) and estimator (estimateWaits) on a
 * virtual clock. Times inside are integer milliseconds from the scenario start; output is in seconds.
 * The estimator only learns from what a live server would know at that moment: arrivals so far,
 * finished conversations' handle times, waits that ended (served or abandoned). Customers' own handle
 * times and patience are the "world" and are never shown to it.
 */
import { planOffers, type AgentLoad, type RoutingPolicy, type WaitingConversation } from '../../domain/routing/selectAgents.js';
import { estimateWaits, type EstimateOptions } from '../../domain/waitTime/estimateWait.js';
import { QueueModel } from '../../domain/waitTime/queueModel.js';
import { MinHeap } from './heap.js';
import type { Scenario, ScenarioCustomer } from './scenario.js';

export interface SimRow {
  id: string;
  enqueuedAt: number;
  estimate: number;
  estimateLow: number;
  estimateHigh: number;
  assignedAt: number | null;
  abandonedAt: number | null;
  agentId: string | null;
}

export interface ReplayOptions {
  policy?: RoutingPolicy;
  /** Priority per tier (default vip 10, others 0). */
  tierPriority?: Record<string, number>;
  /** Prior mean handle time before anything finished (seconds, default 300). */
  defaultHandleSeconds?: number;
  /** Extra estimator options (runs, range, …). */
  estimator?: Partial<EstimateOptions>;
}

const COMPLETE = 0;
const SHIFT = 1;
const ARRIVE = 2;
const ABANDON = 3;

interface SimEvent {
  t: number;
  kind: number;
  seq: number;
  ref: number;
}

const ms = (s: number): number => Math.round(s * 1000);
const sec = (m: number): number => Math.round(m / 100) / 10;

export function replay(sc: Scenario, opts: ReplayOptions = {}): SimRow[] {
  const tierPriority = opts.tierPriority ?? { vip: 10 };
  const model = new QueueModel({ defaultSeconds: opts.defaultHandleSeconds ?? 300 });
  const agents: AgentLoad[] = sc.agents.map((a) => ({
    id: a.id,
    skills: Object.entries(a.skills).map(([skill, proficiency]) => ({ skill, proficiency })),
    capacity: a.capacity,
    load: 0,
    online: true,
    lastAssignedAt: null,
    shifts: a.shifts.map(([s, e]) => [ms(s), ms(e)] as [number, number]),
    active: [],
  }));
  const agentIdx = new Map(agents.map((a, i) => [a.id, i]));
  const customers: ScenarioCustomer[] = sc.customers;
  const rows: SimRow[] = customers.map((c) => ({
    id: c.id,
    enqueuedAt: sec(ms(c.arrival)),
    estimate: 0,
    estimateLow: 0,
    estimateHigh: 0,
    assignedAt: null,
    abandonedAt: null,
    agentId: null,
  }));
  const waiting = new Map<string, { conv: WaitingConversation; idx: number }>();
  const running = new Map<number, { agent: number; active: { skills: string[]; startedAt: number } }>();

  let seq = 0;
  const heap = new MinHeap<SimEvent>((a, b) => (a.t - b.t || a.kind - b.kind || a.seq - b.seq) < 0);
  const push = (t: number, kind: number, ref: number) => heap.push({ t, kind, seq: seq++, ref });
  customers.forEach((c, i) => {
    push(ms(c.arrival), ARRIVE, i);
    if (c.patience !== undefined) push(ms(c.arrival) + ms(c.patience), ABANDON, i);
  });
  agents.forEach((a, i) => {
    for (const [s, e] of a.shifts ?? []) {
      push(s, SHIFT, i);
      push(e, SHIFT, i);
    }
  });

  const dispatch = (now: number) => {
    if (!waiting.size) return;
    const offers = planOffers(
      [...waiting.values()].map((w) => w.conv),
      agents,
      now,
      opts.policy,
    );
    for (const o of offers) {
      const w = waiting.get(o.conversationId)!;
      waiting.delete(o.conversationId);
      const ai = agentIdx.get(o.agentId)!;
      const agent = agents[ai]!;
      const c = customers[w.idx]!;
      const active = { skills: c.skills, startedAt: now };
      agent.load += 1;
      agent.lastAssignedAt = now;
      agent.active!.push(active);
      running.set(w.idx, { agent: ai, active });
      rows[w.idx]!.assignedAt = sec(now);
      rows[w.idx]!.agentId = agent.id;
      model.assigned((now - ms(c.arrival)) / 1000);
      push(now + ms(c.handle), COMPLETE, w.idx);
    }
  };

  for (let ev = heap.pop(); ev; ev = heap.pop()) {
    const now = ev.t;
    if (ev.kind === COMPLETE) {
      const r = running.get(ev.ref)!;
      running.delete(ev.ref);
      const agent = agents[r.agent]!;
      agent.load -= 1;
      agent.active = agent.active!.filter((a) => a !== r.active);
      const c = customers[ev.ref]!;
      model.finished(c.skills, c.handle);
    } else if (ev.kind === ARRIVE) {
      const c = customers[ev.ref]!;
      const priority = tierPriority[c.tier] ?? 0;
      const conv: WaitingConversation = { id: c.id, skill: c.skills[0]!, skills: c.skills, priority, queuedAt: now, declinedBy: [] };
      waiting.set(c.id, { conv, idx: ev.ref });
      model.joined(c.skills, priority, now);
      const est = estimateWaits(
        [...waiting.values()].map((w) => w.conv),
        agents,
        { handleSeconds: {}, defaultHandleSeconds: opts.defaultHandleSeconds ?? 300, pickupSeconds: 0, now, model, seed: ev.ref + 1, policy: opts.policy, ...opts.estimator },
      ).get(c.id)!;
      const row = rows[ev.ref]!;
      row.estimate = est.estimateSeconds;
      row.estimateLow = est.lowSeconds;
      row.estimateHigh = est.highSeconds;
    } else if (ev.kind === ABANDON) {
      const c = customers[ev.ref]!;
      if (waiting.has(c.id)) {
        waiting.delete(c.id);
        rows[ev.ref]!.abandonedAt = sec(now);
        model.abandoned((now - ms(c.arrival)) / 1000);
      }
      continue; // leaving frees nothing
    }
    // SHIFT and everything else: the state changed, dispatch
    dispatch(now);
  }
  return rows;
}
