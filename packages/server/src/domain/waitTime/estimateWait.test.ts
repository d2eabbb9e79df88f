import { describe, expect, it } from 'vitest';
import { estimateAt, estimateWaitTable, estimateWaits } from './estimateWait.js';
import { QueueModel } from './queueModel.js';
import type { AgentLoad, WaitingConversation } from '../routing/selectAgents.js';

const opts = { handleSeconds: { orders: 300 }, defaultHandleSeconds: 600, pickupSeconds: 20 };
const agent = (id: string, load: number, capacity = 1, patch: Partial<AgentLoad> = {}): AgentLoad => ({
  id,
  skills: [{ skill: 'orders', proficiency: 1 }],
  capacity,
  load,
  online: true,
  lastAssignedAt: null,
  ...patch,
});
const conv = (id: string, queuedAt: number, priority = 0, patch: Partial<WaitingConversation> = {}): WaitingConversation => ({
  id,
  skill: 'orders',
  priority,
  queuedAt,
  declinedBy: [],
  ...patch,
});

/** A model that has seen many ~300 s conversations (tight spread). */
function trainedModel(seconds = 300, spread = 0.02, n = 300): QueueModel {
  const m = new QueueModel({ defaultSeconds: 300 });
  for (let i = 0; i < n; i++) m.finished(['orders'], seconds * (1 + spread * Math.sin(i)));
  return m;
}

describe('estimateWaits', () => {
  it('grows with position and orders VIPs first', () => {
    const est = estimateWaits([conv('a', 1), conv('b', 2), conv('vip', 3, 5)], [agent('x', 1), agent('y', 1)], opts);
    expect(est.get('vip')!.position).toBe(1);
    expect(est.get('a')!.position).toBe(2);
    expect(est.get('b')!.estimateSeconds).toBeGreaterThan(est.get('a')!.estimateSeconds);
    expect(est.get('a')!.estimateSeconds).toBeGreaterThan(est.get('vip')!.estimateSeconds);
    for (const e of est.values()) {
      expect(e.lowSeconds).toBeLessThanOrEqual(e.estimateSeconds);
      expect(e.highSeconds).toBeGreaterThanOrEqual(e.estimateSeconds);
    }
  });

  it('is monotone in position along a long queue', () => {
    const waiting = Array.from({ length: 40 }, (_, i) => conv(`c${i}`, i * 1000));
    const agents = [agent('x', 2, 2), agent('y', 2, 2), agent('z', 1, 1)];
    const est = estimateWaits(waiting, agents, { ...opts, now: 40_000, model: trainedModel(300, 0.5) });
    const points = waiting.map((c) => est.get(c.id)!);
    points.forEach((e, i) => expect(e.position).toBe(i + 1));
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.estimateSeconds).toBeGreaterThanOrEqual(points[i - 1]!.estimateSeconds);
      expect(points[i]!.highSeconds).toBeGreaterThanOrEqual(points[i - 1]!.highSeconds);
    }
    // 40 customers, 5 slots, ~300 s each: the last waits roughly 40/5*300 s
    expect(points[39]!.estimateSeconds).toBeGreaterThan(1800);
    expect(points[39]!.estimateSeconds).toBeLessThan(3200);
  });

  it('is just the pickup time when a slot is free', () => {
    expect(estimateWaits([conv('a', 1)], [agent('x', 0)], opts).get('a')!.estimateSeconds).toBe(20);
  });

  it('reports zero agents online', () => {
    expect(estimateWaits([conv('a', 1)], [], opts).get('a')).toMatchObject({ agentsOnline: 0, estimateSeconds: 300 });
  });

  it('is deterministic', () => {
    const waiting = Array.from({ length: 10 }, (_, i) => conv(`c${i}`, i));
    const agents = [agent('x', 1), agent('y', 1)];
    const a = estimateWaits(waiting, agents, { ...opts, now: 100 });
    const b = estimateWaits(waiting, agents, { ...opts, now: 100 });
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it('uses the elapsed time of conversations in progress and beats the textbook (n+1)/(s·mu) on a tiny case', () => {
    // Two agents with one slot each, both busy; handle time ~300 s. Agent A's chat started 290 s ago, B's 10 s ago.
    const now = 1_000_000;
    const agents = [
      agent('A', 1, 1, { active: [{ skills: ['orders'], startedAt: now - 290_000 }] }),
      agent('B', 1, 1, { active: [{ skills: ['orders'], startedAt: now - 10_000 }] }),
    ];
    const waiting = [conv('c1', now - 3000), conv('c2', now - 2000), conv('c3', now - 1000)];
    const est = estimateWaits(waiting, agents, { ...opts, pickupSeconds: 0, now, model: trainedModel() });
    // what happens: c1 gets A at ~10 s, c2 gets B at ~290 s, c3 gets A again at ~310 s
    const truth = { c1: 10, c2: 290, c3: 310 };
    const textbook = { c1: (1 / 2) * 300, c2: (2 / 2) * 300, c3: (3 / 2) * 300 };
    let ours = 0;
    let ql = 0;
    for (const id of ['c1', 'c2', 'c3'] as const) {
      ours += Math.abs(est.get(id)!.estimateSeconds - truth[id]);
      ql += Math.abs(textbook[id] - truth[id]);
    }
    expect(ours / 3).toBeLessThan(30);
    expect(ours).toBeLessThan(ql / 4);
  });

  it('expects VIPs to overtake standard customers (priority arrivals)', () => {
    const model = trainedModel(300, 0.3);
    const now = 3_600_000;
    for (let t = 0; t < now; t += 60_000) model.joined(['orders'], 10, t); // one VIP a minute
    const waiting = Array.from({ length: 6 }, (_, i) => conv(`c${i}`, now - 1000 * (6 - i)));
    const agents = [agent('x', 2, 2), agent('y', 2, 2)];
    const withVips = estimateWaits(waiting, agents, { ...opts, now, model });
    const without = estimateWaits(waiting, agents, { ...opts, now, model: trainedModel(300, 0.3) });
    expect(withVips.get('c5')!.estimateSeconds).toBeGreaterThan(without.get('c5')!.estimateSeconds + 60);
  });

  it('knows that agents whose shift ends take no more customers, and that a starting shift helps', () => {
    const now = 0;
    const waiting = Array.from({ length: 4 }, (_, i) => conv(`c${i}`, -1000 * (4 - i)));
    const busy = (id: string, shifts: [number, number][]) => agent(id, 1, 1, { shifts, active: [{ skills: ['orders'], startedAt: -100_000 }] });
    const model = trainedModel();
    const allDay = estimateWaits(waiting, [busy('x', [[-1e7, 1e7]]), busy('y', [[-1e7, 1e7]])], { ...opts, now, model });
    const yLeaves = estimateWaits(waiting, [busy('x', [[-1e7, 1e7]]), busy('y', [[-1e7, 60_000]])], { ...opts, now, model });
    const zJoins = estimateWaits(waiting, [busy('x', [[-1e7, 1e7]]), busy('y', [[-1e7, 1e7]]), agent('z', 0, 2, { shifts: [[120_000, 1e7]] })], { ...opts, now, model });
    expect(yLeaves.get('c3')!.estimateSeconds).toBeGreaterThan(allDay.get('c3')!.estimateSeconds + 200);
    expect(zJoins.get('c3')!.estimateSeconds).toBeLessThan(allDay.get('c3')!.estimateSeconds);
    expect(zJoins.get('c3')!.agentsOnline).toBe(2); // z is not on shift yet
  });

  it('only counts agents with all required skills', () => {
    const now = 0;
    const es = conv('es', -1000, 0, { skills: ['orders', 'es'] });
    const plain = conv('plain', -500);
    const agents = [agent('x', 1, 1), agent('y', 1, 1, { skills: [{ skill: 'orders', proficiency: 1 }, { skill: 'es', proficiency: 1 }] })];
    const est = estimateWaits([es, plain], agents, { ...opts, now, model: trainedModel() });
    expect(est.get('es')!.agentsOnline).toBe(1);
    expect(est.get('plain')!.agentsOnline).toBe(2);
    expect(est.get('es')!.position).toBe(1);
    expect(est.get('plain')!.position).toBe(1);
  });

  it('accounts for customers ahead who give up', () => {
    const now = 0;
    const waiting = Array.from({ length: 8 }, (_, i) => conv(`c${i}`, -100 * (8 - i)));
    const agents = [agent('x', 1, 1), agent('y', 1, 1)];
    const patient = trainedModel(300, 0.3);
    const impatient = trainedModel(300, 0.3);
    for (let i = 0; i < 200; i++) impatient.abandoned(30 + i); // many leave within a few minutes
    for (let i = 0; i < 50; i++) impatient.assigned(10);
    const a = estimateWaits(waiting, agents, { ...opts, now, model: patient }).get('c7')!.estimateSeconds;
    const b = estimateWaits(waiting, agents, { ...opts, now, model: impatient }).get('c7')!.estimateSeconds;
    expect(b).toBeLessThan(a);
  });

  it('gives the same values as a table (rows in queue order) as keyed by id', () => {
    const now = 100_000;
    const waiting = Array.from({ length: 30 }, (_, i) => conv(`c${i}`, now - 1000 * (30 - i), i % 7 === 0 ? 5 : 0, i % 3 === 0 ? { skills: ['orders', 'es'] } : {}));
    const agents = [agent('x', 1, 2), agent('y', 2, 2, { skills: [{ skill: 'orders', proficiency: 1 }, { skill: 'es', proficiency: 0.5 }] }), agent('z', 0, 1)];
    const model = trainedModel(300, 0.4);
    model.abandoned(120);
    const opts2 = { ...opts, now, model };
    const table = estimateWaitTable(waiting, agents, opts2);
    const byId = estimateWaits(waiting, agents, opts2);
    expect(table.order.map((c) => c.id)).toEqual([...waiting].sort((a, b) => b.priority - a.priority || a.queuedAt - b.queuedAt).map((c) => c.id));
    expect(table.order.length).toBe(byId.size);
    table.order.forEach((c, i) => expect(estimateAt(table, i)).toEqual(byId.get(c.id)));
    expect(new Set(table.position).size).toBeGreaterThan(5);
    expect(estimateWaitTable([], agents, opts2).order).toEqual([]);
  });
});

describe('estimateWaits: agents who transferred the chat away', () => {
  it('leaves them out for that customer only: the transferred customer waits for the busy colleague, the one behind is served by the free agent', () => {
    // alex is free but sent "moved" to this team; sam holds one ~300 s chat.
    const agents = [agent('alex', 0), agent('sam', 1, 1, { active: [{ skills: ['orders'], startedAt: 0 }] })];
    const waiting = [conv('moved', 1_000, 0, { excludedAgents: ['alex'] }), conv('next', 2_000)];
    const est = estimateWaits(waiting, agents, { ...opts, now: 10_000, model: trainedModel() });
    expect(est.get('moved')!.estimateSeconds).toBeGreaterThan(200);
    expect(est.get('next')!.estimateSeconds).toBeLessThan(60);
    expect(est.get('next')!.position).toBe(2);
    // Without the exclusion the first customer is alex's at once.
    const plain = estimateWaits([conv('moved', 1_000), conv('next', 2_000)], agents, { ...opts, now: 10_000, model: trainedModel() });
    expect(plain.get('moved')!.estimateSeconds).toBeLessThan(60);
  });
});
