import { describe, expect, it } from 'vitest';
import { planOffers, type AgentLoad, type WaitingConversation } from './selectAgents.js';

const agent = (id: string, patch: Partial<AgentLoad> = {}): AgentLoad => ({
  id,
  skills: [{ skill: 'orders', proficiency: 1 }],
  capacity: 2,
  load: 0,
  online: true,
  lastAssignedAt: null,
  ...patch,
});
const conv = (id: string, patch: Partial<WaitingConversation> = {}): WaitingConversation => ({
  id,
  skill: 'orders',
  priority: 0,
  queuedAt: 1000,
  declinedBy: [],
  ...patch,
});

describe('planOffers', () => {
  it('serves priority first, then the oldest', () => {
    const offers = planOffers(
      [conv('old', { queuedAt: 1 }), conv('new', { queuedAt: 5 }), conv('vip', { queuedAt: 9, priority: 2 })],
      [agent('a', { capacity: 2 })],
      100,
    );
    expect(offers.map((o) => o.conversationId)).toEqual(['vip', 'old']);
  });
  it('never exceeds capacity and skips offline agents, missing skills and decliners', () => {
    const offers = planOffers(
      [conv('c1'), conv('c2', { declinedBy: ['a'] }), conv('c3', { skill: 'billing' })],
      [agent('a', { capacity: 1 }), agent('off', { online: false }), agent('full', { load: 2 })],
      100,
    );
    expect(offers).toEqual([{ conversationId: 'c1', agentId: 'a' }]);
  });
  it('prefers proficiency, then load, then longest idle', () => {
    const skilled = agent('skilled', { skills: [{ skill: 'orders', proficiency: 1 }], load: 1 });
    const novice = agent('novice', { skills: [{ skill: 'orders', proficiency: 0.4 }] });
    expect(planOffers([conv('c')], [novice, skilled], 0)[0]!.agentId).toBe('skilled');
    const busy = agent('busy', { load: 1 });
    const idle = agent('idle');
    expect(planOffers([conv('c')], [busy, idle], 0)[0]!.agentId).toBe('idle');
    const recent = agent('recent', { lastAssignedAt: 50 });
    const longIdle = agent('longIdle', { lastAssignedAt: 10 });
    expect(planOffers([conv('c')], [recent, longIdle], 0)[0]!.agentId).toBe('longIdle');
  });
  it('is work-conserving: every free eligible slot takes a waiting conversation', () => {
    const waiting = Array.from({ length: 10 }, (_, i) => conv(`c${i}`, { queuedAt: i }));
    const offers = planOffers(waiting, [agent('a', { capacity: 3 }), agent('b', { capacity: 2 })], 0);
    expect(offers).toHaveLength(5);
    expect(new Set(offers.map((o) => o.conversationId)).size).toBe(5);
  });
});
