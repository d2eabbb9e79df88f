import { describe, expect, it } from 'vitest';
import { matchProficiency, planOffers, type AgentLoad, type WaitingConversation } from '../routing/selectAgents.js';
import { onShift } from '../routing/shifts.js';
import { forwardSimulate, skillSetMatches } from './forwardSim.js';
import { logNormalWithMean } from './queueModel.js';
import { seededRandom } from './random.js';

const SKILLS = ['orders', 'billing', 'tech', 'en', 'es', 'de'];

function randomAgents(rand: () => number, count: number): AgentLoad[] {
  return Array.from({ length: count }, (_, i) => {
    const skills = SKILLS.filter(() => rand() < 0.5).map((skill) => ({ skill, proficiency: rand() < 0.15 ? 0 : Math.round(rand() * 10) / 10 }));
    // duplicates: the first entry of a skill counts
    if (skills.length && rand() < 0.2) skills.push({ skill: skills[0]!.skill, proficiency: 1 });
    return { id: `a${i}`, skills, capacity: 1 + (i % 3), load: i % 2, online: rand() < 0.8, lastAssignedAt: null, shifts: rand() < 0.5 ? [[0, 60_000]] : undefined };
  });
}

describe('skillSetMatches', () => {
  it('equals matchProficiency for every agent and skill set (duplicates, zero proficiency, missing skills)', () => {
    const rand = seededRandom(3);
    const agents = randomAgents(rand, 60);
    const sets = [['orders'], ['orders', 'en'], ['en', 'orders'], ['billing', 'es'], ['tech', 'de', 'en'], ['nobody'], ['es', 'es']];
    const m = skillSetMatches(agents, sets);
    agents.forEach((a, i) => sets.forEach((s, k) => expect(m[i * sets.length + k]).toBe(matchProficiency(a, s))));
  });
});

describe('forwardSimulate', () => {
  const handle = () => logNormalWithMean(300, 0.5);
  const conv = (id: string, queuedAt: number, skills: string[], priority = 0): WaitingConversation => ({ id, skill: skills[0]!, skills, priority, queuedAt, declinedBy: [] });

  it('counts agents online and on shift per skill set, and is deterministic', () => {
    const rand = seededRandom(9);
    const agents = randomAgents(rand, 40);
    const now = 120_000; // after the shifts [0, 60 s) ended
    const waiting = [conv('c1', 1000, ['orders', 'en']), conv('c2', 2000, ['billing']), conv('c3', 3000, ['tech', 'de', 'en'], 5)];
    const a = forwardSimulate({ now, waiting, agents, handle, runs: 5 });
    a.skillSets.forEach((s, k) =>
      expect(a.agentsOnline[k]).toBe(agents.filter((ag) => ag.online && onShift(ag.shifts, now) && matchProficiency(ag, s) > 0).length),
    );
    const b = forwardSimulate({ now, waiting, agents, handle, runs: 5 });
    expect([...b.waits]).toEqual([...a.waits]);
    expect(a.order.map((c) => c.id)).toEqual(['c3', 'c1', 'c2']);
  });

  it('serves a queue of one skill at the rate of its agents (customers of another skill do not take their slots)', () => {
    const agents: AgentLoad[] = [
      { id: 'x', skills: [{ skill: 'orders', proficiency: 1 }], capacity: 1, load: 0, online: true, lastAssignedAt: null },
      { id: 'y', skills: [{ skill: 'billing', proficiency: 1 }], capacity: 1, load: 0, online: true, lastAssignedAt: null },
    ];
    const waiting = Array.from({ length: 10 }, (_, i) => conv(`o${i}`, i, ['orders'])).concat(Array.from({ length: 3 }, (_, i) => conv(`b${i}`, 100 + i, ['billing'])));
    const sim = forwardSimulate({ now: 1000, waiting, agents, handle: () => ({ mu: Math.log(300), sigma: 0.01, n: 100 }), runs: 1 });
    const wait = (id: string) => sim.waits[sim.order.findIndex((c) => c.id === id)]!;
    expect(wait('o0')).toBe(0);
    expect(wait('b0')).toBe(0);
    expect(wait('o9')).toBeGreaterThan(9 * 290);
    expect(wait('o9')).toBeLessThan(9 * 310);
    expect(wait('b2')).toBeGreaterThan(2 * 290);
    expect(wait('b2')).toBeLessThan(2 * 310);
  });
});

describe('Mulberry32', () => {
  it('is the same sequence as seededRandom (the simulation switched to it without changing any estimate)', async () => {
    const { Mulberry32, seededRandom: closureRng } = await import('../common/random.js');
    for (const seed of [0, 1, 42, 0x2545f491, 0xffffffff]) {
      const a = new Mulberry32(seed);
      const b = closureRng(seed);
      for (let i = 0; i < 200; i++) expect(a.next()).toBe(b());
    }
  });
});

describe('forwardSimulate: agents who start their shift together', () => {
  it('chooses between them as dispatch does (rare skills kept for the customer who needs them)', () => {
    const shift: [number, number][] = [[60_000, 10_000_000]];
    const mk = (id: string, skills: string[]): AgentLoad => ({ id, skills: skills.map((skill) => ({ skill, proficiency: 1 })), capacity: 1, load: 0, online: true, lastAssignedAt: null, shifts: shift });
    const agents = [mk('a-es', ['orders', 'es']), mk('b-gen', ['orders'])];
    const waiting: WaitingConversation[] = [
      { id: 'o1', skill: 'orders', skills: ['orders'], priority: 0, queuedAt: -2000, declinedBy: [] },
      { id: 's1', skill: 'orders', skills: ['orders', 'es'], priority: 0, queuedAt: -1000, declinedBy: [] },
    ];
    // Dispatch at the shift start gives the generalist the plain chat and the Spanish speaker the Spanish one.
    expect(planOffers(waiting, agents, 60_000)).toEqual([
      { conversationId: 'o1', agentId: 'b-gen' },
      { conversationId: 's1', agentId: 'a-es' },
    ]);
    const sim = forwardSimulate({ now: 0, waiting, agents, handle: () => ({ mu: Math.log(300), sigma: 0.01, n: 100 }), runs: 1 });
    // So both wait for the shift (60 s), not the Spanish customer for a whole chat after it (360 s).
    sim.order.forEach((c, i) => expect([c.id, Math.round(sim.waits[i]!)]).toEqual([c.id, 60]));
  });
});
