/**
 * What an agent needs to take a waiting conversation, as routing sees it: its team and, when the site's language
 * rule requires it, the customer's language. The console shows it and alerts only agents who have it; accepting
 * from the queue checks it (an agent outside the team took a German technical chat the customer had been told was
 * waiting for the Technical team).
 */
import { and, inArray, isNull } from 'drizzle-orm';
import { canTakeFromQueue, isWaitingState, whoCanTake } from '@baton/protocol';
import type { ServiceContext } from './context.js';
import type { ConversationRow } from '../storage/conversationStore.js';
import type { DbOrTx } from '../storage/database.js';
import { agents } from '../storage/schema.js';
import { requiredSkills } from '../domain/routing/selectAgents.js';
import { phrasesFor } from '../domain/conversation/customerPhrases.js';
import { siteLanguageRule, toWaiting } from './queueEstimates.js';
import { ServiceError } from './serviceError.js';
import { invitedAgent } from './transferHistory.js';
import type { AgentRow } from './agentAuth.js';

/** Per waiting row (by id): the skills it needs. Rows not waiting are left out. One read of the sites' agents. */
export async function waitingNeeds(ctx: Pick<ServiceContext, 'sites'> & { db: DbOrTx }, rows: readonly ConversationRow[]): Promise<Map<string, string[]>> {
  const waiting = rows.filter((c) => isWaitingState(c.state));
  const out = new Map<string, string[]>();
  if (!waiting.length) return out;
  const siteIds = [...new Set(waiting.map((c) => c.siteId))];
  const list = await ctx.db.select({ siteId: agents.siteId, skills: agents.skills }).from(agents).where(and(inArray(agents.siteId, siteIds), isNull(agents.removedAt)));
  for (const siteId of siteIds) {
    const rule = siteLanguageRule(ctx, siteId, list.filter((a) => a.siteId === siteId));
    for (const c of waiting) if (c.siteId === siteId) out.set(c.id, requiredSkills(toWaiting(c, rule)));
  }
  return out;
}

/** Refuses an agent pulling a queued conversation whose team or required language they lack (supervisors and the colleague it was transferred to may). */
export async function checkCanTake(ctx: Pick<ServiceContext, 'sites'> & { db: DbOrTx }, agent: AgentRow, conv: ConversationRow): Promise<void> {
  if (conv.state !== 'queued') return;
  const needs = (await waitingNeeds(ctx, [conv])).get(conv.id);
  const invited = invitedAgent(conv);
  if (canTakeFromQueue({ needs, ...(invited ? { invitedAgentId: invited } : {}) }, agent)) return;
  const names = phrasesFor('en').languageNames;
  const languages = (needs ?? []).filter((n) => n !== conv.skill).map((n) => names[n] ?? n.toUpperCase());
  const team = ctx.sites.skillName(conv.siteId, conv.skill) ?? conv.skill ?? 'right';
  throw new ServiceError('not_eligible', `Only ${whoCanTake(team, languages)} can take this chat: it is not among your skills`);
}
