/**
 * Skill-based dispatch (DESIGN.md §5), pure. Work-conserving greedy:
 * conversations by priority then age; each goes to the best eligible agent with a free slot.
 */
export interface AgentLoad {
  id: string;
  skills: { skill: string; proficiency: number }[];
  capacity: number;
  /** Conversations offered to or held by the agent. */
  load: number;
  online: boolean;
  /** Epoch ms of the agent's last assignment; null means never (longest idle). */
  lastAssignedAt: number | null;
}

export interface WaitingConversation {
  id: string;
  skill: string;
  priority: number;
  /** Epoch ms. */
  queuedAt: number;
  declinedBy: string[];
}

export interface Offer {
  conversationId: string;
  agentId: string;
}

export function queueOrder(a: WaitingConversation, b: WaitingConversation): number {
  return b.priority - a.priority || a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function proficiency(agent: AgentLoad, skill: string): number {
  return agent.skills.find((s) => s.skill === skill)?.proficiency ?? 0;
}

export function isEligible(agent: AgentLoad, c: WaitingConversation): boolean {
  return agent.online && agent.load < agent.capacity && proficiency(agent, c.skill) > 0 && !c.declinedBy.includes(agent.id);
}

/** Prefer proficiency, then least load, then longest idle. */
function better(a: AgentLoad, b: AgentLoad, skill: string): boolean {
  const pa = proficiency(a, skill);
  const pb = proficiency(b, skill);
  if (pa !== pb) return pa > pb;
  if (a.load !== b.load) return a.load < b.load;
  return (a.lastAssignedAt ?? -Infinity) < (b.lastAssignedAt ?? -Infinity);
}

export function planOffers(waiting: WaitingConversation[], agents: AgentLoad[], now: number): Offer[] {
  const pool = agents.map((a) => ({ ...a }));
  const offers: Offer[] = [];
  for (const c of [...waiting].sort(queueOrder)) {
    let best: AgentLoad | undefined;
    for (const a of pool) if (isEligible(a, c) && (!best || better(a, best, c.skill))) best = a;
    if (!best) continue;
    best.load += 1;
    best.lastAssignedAt = now;
    offers.push({ conversationId: c.id, agentId: best.id });
  }
  return offers;
}
