/**
 * Skill-based dispatch (DESIGN.md §5), pure. Work-conserving greedy:
 * conversations by priority then age; each goes to the best eligible agent with a free slot
 * (proficiency, then the agent whose skills are least rare, then least load, then longest idle; see
 * skillRarity). A conversation requires ALL of its skills (intent + language); an agent's match for it is
 * the weakest of the required proficiencies.
 * Optional skill relaxation (overflow) lowers the bar after configurable waits, see RoutingPolicy.
 */
import { onShift, type Shift } from './shifts.js';
import { RARITY_EPS, skillRarity } from './skillRarity.js';

export { RARITY_EPS, skillRarity };

export interface AgentLoad {
  id: string;
  skills: { skill: string; proficiency: number }[];
  capacity: number;
  /** Conversations offered to or held by the agent. */
  load: number;
  /** Presence: online agents take conversations (and, with `shifts`, only while on shift). */
  online: boolean;
  /** Epoch ms of the agent's last assignment; null means never (longest idle). */
  lastAssignedAt: number | null;
  /** Optional schedule, epoch ms `[start, end)`: outside every shift the agent takes no new conversations. */
  shifts?: Shift[];
  /**
   * Optional: the conversations the agent holds, with their required skills and start (epoch ms).
   * Used by the wait estimator (elapsed handle time); `load` stays authoritative for capacity.
   */
  active?: { skills: string[]; startedAt: number }[];
}

export interface WaitingConversation {
  id: string;
  /** Primary skill (intent). */
  skill: string;
  priority: number;
  /** Epoch ms. */
  queuedAt: number;
  declinedBy: string[];
  /** All required skills (e.g. ["billing", "es"]); defaults to [skill]. */
  skills?: string[];
  /**
   * Agents who will not take it again whatever happens (they transferred it away); the wait estimate leaves them out.
   * Dispatch keeps them out through `declinedBy`.
   */
  excludedAgents?: readonly string[];
}

export interface Offer {
  conversationId: string;
  agentId: string;
}

/** One overflow step: once a conversation has waited `afterMs`, the bar is lowered. */
export interface RelaxStep {
  afterMs: number;
  /** Lowest proficiency accepted from this step on. */
  minProficiency?: number;
  /** From this step on, proficiency in a related skill counts (scaled by the relation's factor). */
  useRelated?: boolean;
}

/**
 * Routing options. Everything is optional; the default is "any positive proficiency in every required
 * skill, no relaxation". Example overflow: `{ minProficiency: 0.6, relax: [{ afterMs: 120_000, minProficiency: 0.3 },
 * { afterMs: 300_000, useRelated: true }], related: { 'es-MX': [{ skill: 'es', factor: 0.9 }] } }`.
 * Note that a threshold above 0 makes agents with a low but positive proficiency ineligible for
 * a while, i.e. dispatch is work-conserving only with respect to the current eligibility.
 */
export interface RoutingPolicy {
  minProficiency?: number;
  relax?: RelaxStep[];
  related?: Record<string, { skill: string; factor: number }[]>;
}

export function requiredSkills(c: Pick<WaitingConversation, 'skill' | 'skills'>): string[] {
  return c.skills && c.skills.length ? c.skills : [c.skill];
}

/** Canonical key of a set of skills (order-insensitive). */
export function skillSetKey(skills: readonly string[]): string {
  if (skills.length === 1) return skills[0]!;
  if (skills.length === 2) {
    const a = skills[0]!;
    const b = skills[1]!;
    return a === b ? a : a < b ? `${a}+${b}` : `${b}+${a}`;
  }
  return [...new Set(skills)].sort().join('+');
}

export function queueOrder(a: WaitingConversation, b: WaitingConversation): number {
  return b.priority - a.priority || a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The queue in dispatch order; returns the input itself (not a copy) when it is already in order. */
export function inQueueOrder(waiting: readonly WaitingConversation[]): readonly WaitingConversation[] {
  for (let i = 1; i < waiting.length; i++) if (queueOrder(waiting[i - 1]!, waiting[i]!) > 0) return [...waiting].sort(queueOrder);
  return waiting;
}

export function proficiency(agent: Pick<AgentLoad, 'skills'>, skill: string): number {
  for (const s of agent.skills) if (s.skill === skill) return s.proficiency;
  return 0;
}

/** The bar a conversation must clear after waiting `waitedMs`: minimum proficiency and whether related skills count. */
export function relaxedRequirement(policy: RoutingPolicy | undefined, waitedMs: number): { minProficiency: number; useRelated: boolean } {
  let minProficiency = policy?.minProficiency ?? 0;
  let useRelated = false;
  for (const step of policy?.relax ?? []) {
    if (waitedMs < step.afterMs) continue;
    if (step.minProficiency !== undefined) minProficiency = Math.min(minProficiency, step.minProficiency);
    if (step.useRelated) useRelated = true;
  }
  return { minProficiency, useRelated };
}

/** Effective proficiency in one skill: direct, or (when allowed) via a related skill times its factor. */
export function effectiveProficiency(agent: Pick<AgentLoad, 'skills'>, skill: string, policy?: RoutingPolicy, useRelated = false): number {
  let p = proficiency(agent, skill);
  if (useRelated && policy?.related) for (const r of policy.related[skill] ?? []) p = Math.max(p, proficiency(agent, r.skill) * r.factor);
  return p;
}

/** How well an agent matches a set of required skills: the weakest one (0 if any is missing). */
export function matchProficiency(agent: Pick<AgentLoad, 'skills'>, skills: readonly string[], policy?: RoutingPolicy, useRelated = false): number {
  let m = Infinity;
  for (const s of skills) {
    const p = effectiveProficiency(agent, s, policy, useRelated);
    if (p <= 0) return 0;
    if (p < m) m = p;
  }
  return m === Infinity ? 0 : m;
}

/** Can the agent take a new conversation at `now` (presence, shift, free slot)? */
export function isAvailable(agent: AgentLoad, now?: number): boolean {
  return agent.online && agent.load < agent.capacity && (now === undefined || onShift(agent.shifts, now));
}

/** Skill match (all required skills, after relaxation) without looking at load or presence. */
export function skillMatch(agent: AgentLoad, c: WaitingConversation, now?: number, policy?: RoutingPolicy): number {
  const req = relaxedRequirement(policy, now === undefined ? 0 : now - c.queuedAt);
  const m = matchProficiency(agent, requiredSkills(c), policy, req.useRelated);
  return m > 0 && m >= req.minProficiency ? m : 0;
}

export function isEligible(agent: AgentLoad, c: WaitingConversation, now?: number, policy?: RoutingPolicy): boolean {
  return isAvailable(agent, now) && !c.declinedBy.includes(agent.id) && skillMatch(agent, c, now, policy) > 0;
}

interface PoolAgent {
  agent: AgentLoad;
  load: number;
  lastAssignedAt: number;
  prof: Map<string, number>;
  rarity: number;
}

/** Same match: least rare skills, then least load, then longest idle, then id (deterministic). */
function preferAgent(a: PoolAgent, b: PoolAgent): boolean {
  if (Math.abs(a.rarity - b.rarity) > RARITY_EPS) return a.rarity < b.rarity;
  if (a.load !== b.load) return a.load < b.load;
  if (a.lastAssignedAt !== b.lastAssignedAt) return a.lastAssignedAt < b.lastAssignedAt;
  return a.agent.id < b.agent.id;
}

function poolMatch(p: PoolAgent, skills: readonly string[], policy: RoutingPolicy | undefined, useRelated: boolean): number {
  if (useRelated) return matchProficiency(p.agent, skills, policy, true);
  let m = Infinity;
  for (const s of skills) {
    const v = p.prof.get(s) ?? 0;
    if (v <= 0) return 0;
    if (v < m) m = v;
  }
  return m === Infinity ? 0 : m;
}

/**
 * Offers for one dispatch round. Work-conserving: every waiting conversation that has an eligible agent
 * with a free slot gets one (in priority-then-age order). `now` (epoch ms) is used for shifts, relaxation
 * and the new `lastAssignedAt`. Cost is O(waiting × agents with a free slot), and stops once no slot is left.
 */
export function planOffers(waiting: WaitingConversation[], agents: AgentLoad[], now: number, policy?: RoutingPolicy): Offer[] {
  const free: PoolAgent[] = [];
  for (const a of agents) {
    if (!isAvailable(a, now)) continue;
    const prof = new Map<string, number>();
    for (const s of a.skills) prof.set(s.skill, s.proficiency);
    free.push({ agent: a, load: a.load, lastAssignedAt: a.lastAssignedAt ?? -Infinity, prof, rarity: 0 });
  }
  const offers: Offer[] = [];
  if (!free.length || !waiting.length) return offers;
  if (free.length > 1) {
    const rarity = skillRarity(agents, now);
    let j = 0;
    agents.forEach((a, i) => {
      if (j < free.length && free[j]!.agent === a) free[j++]!.rarity = rarity[i]!;
    });
  }
  for (const c of inQueueOrder(waiting)) {
    if (!free.length) break;
    const skills = requiredSkills(c);
    const req = relaxedRequirement(policy, now - c.queuedAt);
    let best: PoolAgent | undefined;
    let bestIdx = -1;
    let bestMatch = 0;
    for (let i = 0; i < free.length; i++) {
      const p = free[i]!;
      const m = poolMatch(p, skills, policy, req.useRelated);
      if (m <= 0 || m < req.minProficiency) continue;
      if (c.declinedBy.length && c.declinedBy.includes(p.agent.id)) continue;
      if (!best || m > bestMatch || (m === bestMatch && preferAgent(p, best))) {
        best = p;
        bestIdx = i;
        bestMatch = m;
      }
    }
    if (!best) continue;
    best.load += 1;
    best.lastAssignedAt = now;
    offers.push({ conversationId: c.id, agentId: best.agent.id });
    if (best.load >= best.agent.capacity) {
      free[bestIdx] = free[free.length - 1]!;
      free.pop();
    }
  }
  return offers;
}
