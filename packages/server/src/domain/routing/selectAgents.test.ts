import { describe, expect, it } from 'vitest';
import { isEligible, planOffers, relaxedRequirement, skillRarity, skillSetKey, type AgentLoad, type Offer, type RoutingPolicy, type WaitingConversation } from './selectAgents.js';
import { nextShiftBoundary, onShift } from './shifts.js';

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
const skills = (...pairs: [string, number][]) => pairs.map(([skill, proficiency]) => ({ skill, proficiency }));

/** Tiny seeded PRNG for property-style tests. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function loadAfter(agents: AgentLoad[], offers: Offer[]): Map<string, number> {
  const load = new Map(agents.map((a) => [a.id, a.load]));
  for (const o of offers) load.set(o.agentId, load.get(o.agentId)! + 1);
  return load;
}

describe('planOffers', () => {
  it('serves priority first, then the oldest', () => {
    const offers = planOffers(
      [conv('old', { queuedAt: 1 }), conv('new', { queuedAt: 5 }), conv('vip', { queuedAt: 9, priority: 2 })],
      [agent('a', { capacity: 2 })],
      100,
    );
    expect(offers.map((o) => o.conversationId)).toEqual(['vip', 'old']);
  });

  it('a VIP arriving behind standard customers takes the next free slot', () => {
    const agents = [agent('a', { capacity: 1, load: 1 }), agent('b', { capacity: 1, load: 1 })];
    const waiting = [conv('s1', { queuedAt: 10 }), conv('s2', { queuedAt: 20 }), conv('s3', { queuedAt: 30 })];
    // full house: nobody is offered anything
    expect(planOffers(waiting, agents, 40)).toEqual([]);
    // a VIP joins last; then agent b frees a slot
    waiting.push(conv('vip', { queuedAt: 50, priority: 10 }));
    agents[1]!.load = 0;
    expect(planOffers(waiting, agents, 60)).toEqual([{ conversationId: 'vip', agentId: 'b' }]);
  });

  it('never exceeds capacity and skips offline agents, missing skills and decliners', () => {
    const offers = planOffers(
      [conv('c1'), conv('c2', { declinedBy: ['a'] }), conv('c3', { skill: 'billing' })],
      [agent('a', { capacity: 1 }), agent('off', { online: false }), agent('full', { load: 2 })],
      100,
    );
    expect(offers).toEqual([{ conversationId: 'c1', agentId: 'a' }]);
  });

  it('an agent going offline mid-queue gets nothing more; the others keep serving the queue', () => {
    const agents = [agent('a', { capacity: 1 }), agent('b', { capacity: 1, load: 1 })];
    const waiting = [conv('c1', { queuedAt: 1 }), conv('c2', { queuedAt: 2 })];
    expect(planOffers(waiting, agents, 10)).toEqual([{ conversationId: 'c1', agentId: 'a' }]);
    // a goes offline (while holding c1); b finishes: c2 goes to b, never to a
    agents[0] = { ...agents[0]!, online: false, load: 0 };
    agents[1]!.load = 0;
    expect(planOffers([waiting[1]!], agents, 20)).toEqual([{ conversationId: 'c2', agentId: 'b' }]);
    // with b busy again, the queue waits rather than going to the offline agent
    agents[1]!.load = 1;
    expect(planOffers([conv('c3', { queuedAt: 21 })], agents, 30)).toEqual([]);
  });

  it('follows a decline chain: each decliner is skipped, and nobody left means no offer', () => {
    const agents = [
      agent('best', { skills: skills(['orders', 1]) }),
      agent('good', { skills: skills(['orders', 0.8]) }),
      agent('ok', { skills: skills(['orders', 0.5]) }),
    ];
    const c = conv('c');
    expect(planOffers([c], agents, 0)[0]!.agentId).toBe('best');
    c.declinedBy.push('best');
    expect(planOffers([c], agents, 0)[0]!.agentId).toBe('good');
    c.declinedBy.push('good');
    expect(planOffers([c], agents, 0)[0]!.agentId).toBe('ok');
    c.declinedBy.push('ok');
    expect(planOffers([c], agents, 0)).toEqual([]);
  });

  it('respects shifts: no new conversations from `end` on, none before `start`', () => {
    const a = agent('a', { shifts: [[1000, 2000]] });
    expect(planOffers([conv('c')], [a], 999)).toEqual([]);
    expect(planOffers([conv('c')], [a], 1000)).toHaveLength(1);
    expect(planOffers([conv('c')], [a], 1999)).toHaveLength(1);
    expect(planOffers([conv('c')], [a], 2000)).toEqual([]);
    // at shift end the late agent is skipped, the on-shift one serves
    const b = agent('b', { shifts: [[0, 5000]], skills: skills(['orders', 0.4]) });
    expect(planOffers([conv('c')], [a, b], 2000)).toEqual([{ conversationId: 'c', agentId: 'b' }]);
    expect(onShift(a.shifts, 1500)).toBe(true);
    expect(nextShiftBoundary(a.shifts, 1500)).toBe(2000);
    expect(nextShiftBoundary(a.shifts, 0)).toBe(1000);
  });

  it('requires ALL skills (intent + language) and rates an agent by the weakest one', () => {
    const es = conv('es', { skill: 'billing', skills: ['billing', 'es'] });
    const agents = [
      agent('billingOnly', { skills: skills(['billing', 1]) }),
      agent('esOnly', { skills: skills(['es', 1], ['orders', 1]) }),
      agent('bothWeakEs', { skills: skills(['billing', 1], ['es', 0.3]) }),
      agent('bothGood', { skills: skills(['billing', 0.7], ['es', 0.9]) }),
    ];
    expect(planOffers([es], agents, 0)).toEqual([{ conversationId: 'es', agentId: 'bothGood' }]);
    expect(planOffers([es], agents.slice(0, 3), 0)).toEqual([{ conversationId: 'es', agentId: 'bothWeakEs' }]);
    expect(planOffers([es], agents.slice(0, 2), 0)).toEqual([]);
    expect(skillSetKey(['es', 'billing'])).toBe(skillSetKey(['billing', 'es']));
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

  it('among equal matches, keeps the agent with rarer skills free (the only Spanish speaker waits for Spanish customers)', () => {
    // gen has one slot left and was just assigned; es has both slots and never was: load and idle time both point at es
    const gen = () => agent('gen', { skills: skills(['orders', 1], ['billing', 1]), load: 1, lastAssignedAt: 900 });
    const es = () => agent('es', { skills: skills(['orders', 1], ['billing', 1], ['es', 1]), capacity: 1 });
    const orders = conv('orders', { queuedAt: 10 });
    const spanish = conv('spanish', { queuedAt: 20, skills: ['orders', 'es'] });
    // same round: the older customer does not take the only agent the newer one can use
    expect(planOffers([orders, spanish], [gen(), es()], 1000)).toEqual([
      { conversationId: 'orders', agentId: 'gen' },
      { conversationId: 'spanish', agentId: 'es' },
    ]);
    // next round: the Spanish customer who arrives after the first was served still finds es free
    const [first] = planOffers([orders], [gen(), es()], 1000);
    expect(first).toEqual({ conversationId: 'orders', agentId: 'gen' });
    const after = [agent('gen', { ...gen(), load: 2, lastAssignedAt: 1000 }), es()];
    expect(planOffers([spanish], after, 1100)).toEqual([{ conversationId: 'spanish', agentId: 'es' }]);
    // proficiency still comes first: a better match for the customer wins over rarity
    const weakGen = agent('gen', { skills: skills(['orders', 0.8], ['billing', 1]) });
    expect(planOffers([orders], [weakGen, es()], 1000)[0]!.agentId).toBe('es');
    // and when gen is full, es serves the orders customer (work-conserving)
    expect(planOffers([orders], [agent('gen', { ...gen(), load: 2 }), es()], 1000)[0]!.agentId).toBe('es');
  });

  it('skill rarity: 1 / capacity on shift per skill, summed over the agent; same skills in another order tie', () => {
    const agents = [
      agent('a', { skills: skills(['orders', 1], ['billing', 1]), capacity: 2 }),
      agent('b', { skills: skills(['billing', 1], ['orders', 1]), capacity: 2, load: 1 }),
      agent('c', { skills: skills(['orders', 1], ['de', 1]), capacity: 1 }),
      agent('off', { skills: skills(['orders', 1], ['de', 1]), capacity: 3, shifts: [[5000, 9000]] }),
      agent('away', { skills: skills(['de', 1], ['zero', 0]), capacity: 3, online: false }),
    ];
    const r = skillRarity(agents, 1000);
    // on shift and online: orders 2+2+1 = 5, billing 2+2 = 4, de 1 (off shift and offline agents do not count)
    expect(r[0]).toBeCloseTo(1 / 5 + 1 / 4);
    expect(r[1]).toBeCloseTo(r[0]!);
    expect(r[2]).toBeCloseTo(1 / 5 + 1);
    expect(r[4]).toBeCloseTo(1);
    // a and b have the same skills: least load decides between them as before
    expect(planOffers([conv('x')], agents.slice(0, 2).reverse(), 1000)[0]!.agentId).toBe('a');
  });

  it('is work-conserving: every free eligible slot takes a waiting conversation', () => {
    const waiting = Array.from({ length: 10 }, (_, i) => conv(`c${i}`, { queuedAt: i }));
    const offers = planOffers(waiting, [agent('a', { capacity: 3 }), agent('b', { capacity: 2 })], 0);
    expect(offers).toHaveLength(5);
    expect(new Set(offers.map((o) => o.conversationId)).size).toBe(5);
  });

  it('random situations: capacity never exceeded, each conversation offered once, nobody eligible left idle', () => {
    const rand = rng(7);
    const pool = ['orders', 'billing', 'technical', 'es', 'de'];
    for (let round = 0; round < 300; round++) {
      const agents = Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, i) => {
        const capacity = 1 + Math.floor(rand() * 3);
        return agent(`a${i}`, {
          skills: pool.filter(() => rand() < 0.5).map((skill) => ({ skill, proficiency: Math.ceil(rand() * 10) / 10 })),
          capacity,
          load: Math.floor(rand() * (capacity + 1)),
          online: rand() < 0.85,
          lastAssignedAt: rand() < 0.5 ? null : Math.floor(rand() * 100),
          shifts: rand() < 0.5 ? [[0, Math.floor(rand() * 200)]] : undefined,
        });
      });
      const waiting = Array.from({ length: Math.floor(rand() * 12) }, (_, i) => {
        const req = [pool[Math.floor(rand() * 3)]!, ...(rand() < 0.4 ? [pool[3 + Math.floor(rand() * 2)]!] : [])];
        return conv(`c${i}`, {
          skill: req[0]!,
          skills: req,
          priority: rand() < 0.2 ? 5 : 0,
          queuedAt: Math.floor(rand() * 100),
          declinedBy: rand() < 0.2 ? [`a${Math.floor(rand() * agents.length)}`] : [],
        });
      });
      const now = 100;
      const offers = planOffers(waiting, agents, now);
      const load = loadAfter(agents, offers);
      for (const a of agents) expect(load.get(a.id)!).toBeLessThanOrEqual(Math.max(a.capacity, a.load));
      expect(new Set(offers.map((o) => o.conversationId)).size).toBe(offers.length);
      for (const o of offers) {
        const a = agents.find((x) => x.id === o.agentId)!;
        expect(isEligible(a, waiting.find((c) => c.id === o.conversationId)!, now)).toBe(true);
      }
      // work-conserving: no unoffered conversation has an eligible agent with a slot left
      const offered = new Set(offers.map((o) => o.conversationId));
      for (const c of waiting.filter((w) => !offered.has(w.id))) {
        for (const a of agents) expect(isEligible({ ...a, load: load.get(a.id)! }, c, now)).toBe(false);
      }
    }
  });
});

describe('skill relaxation (overflow)', () => {
  const policy: RoutingPolicy = {
    minProficiency: 0.6,
    relax: [
      { afterMs: 60_000, minProficiency: 0.3 },
      { afterMs: 180_000, useRelated: true },
    ],
    related: { 'es-MX': [{ skill: 'es', factor: 0.9 }] },
  };

  it('lowers the bar step by step as the conversation waits', () => {
    expect(relaxedRequirement(policy, 0)).toEqual({ minProficiency: 0.6, useRelated: false });
    expect(relaxedRequirement(policy, 60_000)).toEqual({ minProficiency: 0.3, useRelated: false });
    expect(relaxedRequirement(policy, 200_000)).toEqual({ minProficiency: 0.3, useRelated: true });
    expect(relaxedRequirement(undefined, 1e9)).toEqual({ minProficiency: 0, useRelated: false });
  });

  it('a low-proficiency agent only takes the conversation after the relaxation wait', () => {
    const novice = agent('novice', { skills: skills(['orders', 0.4]) });
    const c = conv('c', { queuedAt: 0 });
    expect(planOffers([c], [novice], 30_000, policy)).toEqual([]);
    expect(planOffers([c], [novice], 60_000, policy)).toEqual([{ conversationId: 'c', agentId: 'novice' }]);
    // without a policy any positive proficiency is enough (the default)
    expect(planOffers([c], [novice], 0)).toHaveLength(1);
  });

  it('related skills count only after their step, scaled by the factor', () => {
    const spanish = agent('spanish', { skills: skills(['orders', 1], ['es', 1]) });
    const c = conv('mx', { skills: ['orders', 'es-MX'], queuedAt: 0 });
    expect(planOffers([c], [spanish], 100_000, policy)).toEqual([]);
    expect(planOffers([c], [spanish], 180_000, policy)).toEqual([{ conversationId: 'mx', agentId: 'spanish' }]);
  });
});
