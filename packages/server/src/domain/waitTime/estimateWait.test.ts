import { describe, expect, it } from 'vitest';
import { estimateWaits } from './estimateWait.js';
import type { AgentLoad, WaitingConversation } from '../routing/selectAgents.js';

const opts = { handleSeconds: { orders: 300 }, defaultHandleSeconds: 600, pickupSeconds: 20 };
const agent = (id: string, load: number, capacity = 1): AgentLoad => ({
  id, skills: [{ skill: 'orders', proficiency: 1 }], capacity, load, online: true, lastAssignedAt: null,
});
const conv = (id: string, queuedAt: number, priority = 0): WaitingConversation => ({ id, skill: 'orders', priority, queuedAt, declinedBy: [] });

describe('estimateWaits', () => {
  it('grows with position and orders VIPs first', () => {
    const est = estimateWaits([conv('a', 1), conv('b', 2), conv('vip', 3, 5)], [agent('x', 1), agent('y', 1)], opts);
    expect(est.get('vip')!.position).toBe(1);
    expect(est.get('a')!.position).toBe(2);
    expect(est.get('b')!.estimateSeconds).toBeGreaterThan(est.get('a')!.estimateSeconds);
    for (const e of est.values()) {
      expect(e.lowSeconds).toBeLessThanOrEqual(e.estimateSeconds);
      expect(e.highSeconds).toBeGreaterThanOrEqual(e.estimateSeconds);
    }
  });
  it('is just the pickup time when a slot is free', () => {
    expect(estimateWaits([conv('a', 1)], [agent('x', 0)], opts).get('a')!.estimateSeconds).toBe(20);
  });
  it('reports zero agents online', () => {
    expect(estimateWaits([conv('a', 1)], [], opts).get('a')).toMatchObject({ agentsOnline: 0, estimateSeconds: 300 });
  });
});
