import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../domain/waitTime/random.js';
import { replay, type SimRow } from './replay.js';
import { parseScenario, type Scenario } from './scenario.js';

const AHT: Record<string, number> = { orders: 300, billing: 420 };

/** A small seeded scenario: Poisson arrivals, log-normal handle times, two skills, a shift change, some VIPs. */
function scenario(seed: number): Scenario {
  const rand = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const customers: Scenario['customers'] = [];
  let t = 0;
  for (let i = 1; ; i++) {
    t += -Math.log(1 - rand()) * 45;
    if (t > 5400) break;
    const skill = rand() < 0.6 ? 'orders' : 'billing';
    customers.push({
      id: `c${String(i).padStart(4, '0')}`,
      arrival: Math.round(t * 10) / 10,
      skills: rand() < 0.15 ? [skill, 'es'] : [skill],
      handle: Math.round(Math.exp(Math.log(AHT[skill]!) - 0.245 + 0.7 * normal()) * 10) / 10,
      tier: rand() < 0.1 ? 'vip' : 'standard',
      ...(rand() < 0.5 ? { patience: Math.round((60 + -Math.log(1 - rand()) * 600) * 10) / 10 } : {}),
    });
  }
  return parseScenario({
    name: `synthetic-${seed}`,
    agents: [
      { id: 'a1', skills: { orders: 1, billing: 1 }, capacity: 2, shifts: [[0, 3600]] },
      { id: 'a2', skills: { orders: 1, es: 1 }, capacity: 2, shifts: [[0, 6000]] },
      { id: 'a3', skills: { billing: 1, orders: 0.5, es: 0.8 }, capacity: 3, shifts: [[0, 6000]] },
      { id: 'a4', skills: { orders: 1, billing: 0.7 }, capacity: 2, shifts: [[1800, 6000]] },
    ],
    customers,
  });
}

/** The checks of the eval scorer, in miniature. */
function check(sc: Scenario, rows: SimRow[]) {
  const agents = new Map(sc.agents.map((a) => [a.id, a]));
  const cust = new Map(sc.customers.map((c) => [c.id, c]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  let violations = 0;
  const busy = new Map<string, [number, number][]>();
  for (const r of rows) {
    if (r.assignedAt === null) continue;
    const a = agents.get(r.agentId!)!;
    const c = cust.get(r.id)!;
    if (!c.skills.every((s) => s in a.skills)) violations++;
    if (!a.shifts.some(([s, e]) => s <= r.assignedAt! + 1e-6 && r.assignedAt! < e)) violations++;
    if (r.abandonedAt !== null || (c.patience !== undefined && r.assignedAt - r.enqueuedAt > c.patience + 1e-6)) violations++;
    busy.set(a.id, [...(busy.get(a.id) ?? []), [r.assignedAt, r.assignedAt + c.handle]]);
  }
  for (const [id, iv] of busy) {
    const pts = [...iv.map(([s]) => [s, 1] as const), ...iv.map(([, e]) => [e - 0.05, -1] as const)].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    let load = 0;
    for (const [, d] of pts) if ((load += d) > agents.get(id)!.capacity) violations++;
  }
  const loadAt = (id: string, t: number) => (busy.get(id) ?? []).filter(([s, e]) => s <= t && t < e).length;
  let idle = 0;
  let mae = 0;
  let qlMae = 0;
  const served = rows.filter((r) => r.assignedAt !== null);
  for (const r of served) {
    const c = cust.get(r.id)!;
    const t = r.enqueuedAt;
    const el = sc.agents.filter((a) => c.skills.every((s) => s in a.skills) && a.shifts.some(([s, e]) => s <= t && t < e));
    const slots = el.reduce((n, a) => n + a.capacity, 0);
    const free = el.reduce((n, a) => n + a.capacity - loadAt(a.id, t), 0);
    const ahead = rows.filter((q) => {
      if (q.id === r.id || q.enqueuedAt > t || (q.enqueuedAt === t && q.id > r.id)) return false;
      const end = q.assignedAt ?? q.abandonedAt;
      return (end === null || end > t) && el.some((a) => cust.get(q.id)!.skills.every((s) => s in a.skills));
    }).length;
    const wait = r.assignedAt! - t;
    let ql: number;
    if (free > ahead) {
      ql = 0;
      if (wait > 2) idle++;
    } else ql = slots === 0 ? 3600 : ((ahead + 1 - free) * AHT[c.skills[0]!]!) / slots;
    mae += Math.abs(r.estimate - wait);
    qlMae += Math.abs(ql - wait);
  }
  return { violations, idle, mae: mae / served.length, qlMae: qlMae / served.length, missing: sc.customers.filter((c) => !byId.has(c.id)).length, served: served.length };
}

describe('sim replay', () => {
  const sc = scenario(11);
  const rows = replay(sc);

  it('prints one row per customer in the eval format', () => {
    expect(rows).toHaveLength(sc.customers.length);
    expect(Object.keys(rows[0]!)).toEqual(['id', 'enqueuedAt', 'estimate', 'estimateLow', 'estimateHigh', 'assignedAt', 'abandonedAt', 'agentId']);
    for (const r of rows) {
      expect(r.estimateLow).toBeLessThanOrEqual(r.estimate);
      expect(r.estimateHigh).toBeGreaterThanOrEqual(r.estimate);
      expect(r.assignedAt === null || r.abandonedAt === null).toBe(true);
    }
  });

  it('keeps routing promises (skills, shifts, capacity, patience) and never idles with someone eligible waiting', () => {
    const res = check(sc, rows);
    expect(res.missing).toBe(0);
    expect(res.violations).toBe(0);
    expect(res.idle).toBe(0);
    expect(res.served).toBeGreaterThan(sc.customers.length * 0.6);
  });

  it('estimates beat the textbook queue-length estimate', () => {
    const res = check(sc, rows);
    expect(res.mae).toBeLessThan(res.qlMae * 0.9);
  });

  it('is deterministic', () => {
    expect(replay(sc)).toEqual(rows);
  });
});
