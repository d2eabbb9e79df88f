/**
 * Wait-time estimate for each waiting conversation (DESIGN.md §5), pure.
 * Spine version: position-aware queue-length estimate using the eligible agents' free and total slots.
 */
import { isEligible, proficiency, queueOrder, type AgentLoad, type WaitingConversation } from '../routing/selectAgents.js';

export interface WaitEstimate {
  position: number;
  estimateSeconds: number;
  lowSeconds: number;
  highSeconds: number;
  agentsOnline: number;
}

export interface EstimateOptions {
  /** Mean handle time per skill in seconds; falls back to defaultHandleSeconds. */
  handleSeconds: Record<string, number>;
  defaultHandleSeconds: number;
  /** Time for an offered agent to pick up. */
  pickupSeconds: number;
}

export function estimateWaits(waiting: WaitingConversation[], agents: AgentLoad[], opts: EstimateOptions): Map<string, WaitEstimate> {
  const out = new Map<string, WaitEstimate>();
  const bySkill = new Map<string, WaitingConversation[]>();
  for (const c of [...waiting].sort(queueOrder)) {
    const list = bySkill.get(c.skill) ?? [];
    list.push(c);
    bySkill.set(c.skill, list);
  }
  for (const [skill, list] of bySkill) {
    const skilled = agents.filter((a) => a.online && proficiency(a, skill) > 0);
    const totalSlots = skilled.reduce((n, a) => n + a.capacity, 0);
    const h = opts.handleSeconds[skill] ?? opts.defaultHandleSeconds;
    list.forEach((c, i) => {
      const position = i + 1;
      const free = skilled.filter((a) => isEligible(a, c)).reduce((n, a) => n + (a.capacity - a.load), 0);
      let est: number;
      if (totalSlots === 0) est = h * position; // nobody online: honest but long
      else if (position <= free) est = opts.pickupSeconds;
      else est = opts.pickupSeconds + ((position - free) / totalSlots) * h;
      out.set(c.id, {
        position,
        estimateSeconds: Math.round(est),
        lowSeconds: Math.round(est * 0.5),
        highSeconds: Math.round(est * 1.7 + 30),
        agentsOnline: skilled.length,
      });
    });
  }
  return out;
}
