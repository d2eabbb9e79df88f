/** Who a conversation can be transferred to: the site's skills and its agents. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { TransferTargets } from '@baton/protocol';
import type { ServiceContext } from './context.js';
import { ServiceError } from './serviceError.js';
import { agents } from '../storage/schema.js';
import { getAgent, type AgentRow } from './agentAuth.js';
import { phrasesFor } from '../domain/conversation/customerPhrases.js';
import { onShiftNow, siteLanguageRule } from './queueEstimates.js';
import { requirableLanguages } from '../domain/routing/languageRule.js';
import { agentLoads } from '../storage/conversationStore.js';

export type TransferTarget = { kind: 'skill'; skill: string; name: string } | { kind: 'agent'; agent: AgentRow; name: string };

/** What the console's transfer form offers (every agent is listed; the form shows who is online). */
export async function listTransferTargets(ctx: ServiceContext, siteId: string): Promise<TransferTargets> {
  const site = ctx.sites.getById(siteId);
  const rows = await ctx.db
    .select({ id: agents.id, name: agents.name, presence: agents.presence, skills: agents.skills, workingHours: agents.workingHours, capacity: agents.capacity })
    .from(agents)
    .where(and(eq(agents.siteId, siteId), isNull(agents.removedAt)))
    .orderBy(asc(agents.name));
  const now = ctx.clock.now().getTime();
  const loads = await agentLoads(ctx.db, siteId);
  const skills = (site?.content.config.skills ?? []).map((s) => ({ id: s.id, name: s.name }));
  // Teams, languages and shift let the form warn before a transfer to a team nobody can take it from now.
  return {
    skills,
    requiredLanguages: requirableLanguages(siteLanguageRule(ctx, siteId, rows), skills.map((s) => s.id)),
    agents: rows.map(({ id, name, presence, skills, workingHours, capacity }) => ({
      id,
      name,
      presence,
      teams: skills.filter((s) => s.proficiency > 0).map((s) => s.skill),
      onShift: onShiftNow(workingHours, now),
      load: loads.get(id) ?? 0,
      capacity,
    })),
  };
}

/** Resolves the requested target on the agent's site; unknown names are typed errors. */
export async function resolveTransferTarget(ctx: ServiceContext, siteId: string, to: { toSkill?: string; toAgentId?: string }): Promise<TransferTarget> {
  if (to.toSkill !== undefined) {
    const skill = ctx.sites.getById(siteId)?.content.config.skills.find((s) => s.id === to.toSkill);
    if (!skill) throw new ServiceError('unknown_skill', `There is no "${to.toSkill}" team on this site`);
    return { kind: 'skill', skill: skill.id, name: skill.name };
  }
  const agent = to.toAgentId ? await getAgent(ctx.db, to.toAgentId) : undefined;
  if (!agent || agent.siteId !== siteId || agent.removedAt) throw new ServiceError('unknown_agent', 'There is no such agent on this site');
  return { kind: 'agent', agent, name: agent.name };
}

/** The customer-facing line, e.g. "Alex Rivera is transferring you to the Billing team." */
export function transferMessage(fromName: string, target: TransferTarget, language: string | null, fromSkill?: string | null): string {
  const p = phrasesFor(language);
  if (target.kind === 'skill') return target.skill === fromSkill ? p.transferToColleague(fromName, target.name) : p.transferToTeam(fromName, target.name);
  return p.transferToAgent(fromName, target.name);
}

/** The agents' inbox line for the same message, e.g. "Transferred to the Billing team by Alex Rivera". */
export function transferPreview(fromName: string, target: TransferTarget): string {
  return target.kind === 'skill' ? `Transferred to the ${target.name} team by ${fromName}` : `Transferred to ${target.name} by ${fromName}`;
}
