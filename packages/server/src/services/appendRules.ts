/**
 * Who may append to a conversation, as rules that exist twice from one definition: a SQL predicate for the
 * single-statement append (checked under the row lock by the UPDATE itself) and a JS test that names the
 * refusal when that statement changed nothing.
 */
import { sql, type SQL } from 'drizzle-orm';
import { BOT_SPEAKS_IN } from '../domain/conversation/controlMachine.js';
import type { ConversationRow } from '../storage/conversationStore.js';
import { ServiceError } from './serviceError.js';

export interface AppendRule {
  sql: SQL;
  holds(c: ConversationRow): boolean;
  error(): ServiceError;
  /** Whose conversation it is: checked for a retry too, which gets the stored message back without `holds`. */
  owns?(c: ConversationRow): boolean;
}

const inStates = (states: readonly string[]) => sql.join(states.map((s) => sql`${s}`), sql`, `);

/** The customer writes only into their own, still open conversation. */
export const visitorOwns = (visitorId: string): AppendRule => ({
  sql: sql`visitor_id = ${visitorId} and state <> 'closed'`,
  holds: (c) => c.visitorId === visitorId && c.state !== 'closed',
  error: () => new ServiceError('conflict', 'stale conversation'),
  owns: (c) => c.visitorId === visitorId,
});

/** The bot never speaks while a human controls. */
export const botMaySpeakRule: AppendRule = {
  sql: sql`state in (${inStates(BOT_SPEAKS_IN)})`,
  holds: (c) => BOT_SPEAKS_IN.includes(c.state),
  error: () => new ServiceError('not_controller', 'a human controls this conversation'),
};

/** Another site's conversation does not exist for this agent. */
export const sameSite = (siteId: string): AppendRule => ({
  sql: sql`site_id = ${siteId}`,
  holds: (c) => c.siteId === siteId,
  error: () => new ServiceError('not_found', 'Conversation not found'),
  owns: (c) => c.siteId === siteId,
});

/** Only the agent in control replies. */
export const agentControls = (agentId: string): AppendRule => ({
  sql: sql`state = 'human' and agent_id = ${agentId}`,
  holds: (c) => c.state === 'human' && c.agentId === agentId,
  error: () => new ServiceError('not_controller', 'Accept the conversation before replying'),
});

/** A rating answers the bot's request after a hand-back… */
export const csatRequested: AppendRule = {
  sql: sql`csat_requested`,
  holds: (c) => c.csatRequested,
  error: () => new ServiceError('conflict', 'There is no conversation to rate right now'),
};

/** …once. */
export const notYetRated: AppendRule = {
  sql: sql`csat_rating is null`,
  holds: (c) => c.csatRating === null,
  error: () => new ServiceError('conflict', 'This conversation has already been rated'),
};

/** A retry's answer is the stored message: only for the conversation's own visitor or site (a security review). */
export function notOwned(rules: readonly AppendRule[], c: ConversationRow): ServiceError | null {
  return rules.find((r) => r.owns && !r.owns(c))?.error() ?? null;
}

export function firstBroken(rules: readonly AppendRule[], c: ConversationRow): ServiceError | null {
  return rules.find((r) => !r.holds(c))?.error() ?? null;
}
