import { canTakeFromQueue, whoCanTake, type AgentView, type ConversationSummary } from '@baton/protocol';
import { languageName } from './labels';

/** Who I am, for what I may take from the queue. */
export type Me = Pick<AgentView, 'id' | 'role' | 'skills'> | null | undefined;

export interface ConversationActions {
  canAccept: boolean;
  canDecline: boolean;
  canResolve: boolean;
  canTransfer: boolean;
  canCompose: boolean;
}

/** Mirrors the server's state machine so the UI only offers moves that can succeed. */
export function actionsFor(c: ConversationSummary | null | undefined, meId: string | null, me?: Me): ConversationActions {
  if (!c || !meId) return { canAccept: false, canDecline: false, canResolve: false, canTransfer: false, canCompose: false };
  const offeredToMe = c.state === 'offered' && c.offeredToAgentId === meId;
  const mine = c.state === 'human' && c.agentId === meId;
  return {
    canAccept: (c.state === 'queued' && (!me || canTakeFromQueue(c, me))) || offeredToMe,
    canDecline: offeredToMe,
    canResolve: mine,
    canTransfer: mine,
    canCompose: mine,
  };
}

/** What the footer says instead of the composer when I cannot write in this conversation. */
export function composerNotice(c: ConversationSummary, meId: string | null, me?: Me): string {
  if (c.state === 'offered' && c.offeredToAgentId !== meId) return 'Offered to another agent: waiting for them to accept.';
  if (c.state === 'queued' && me && !canTakeFromQueue(c, me)) return `Only ${neededText(c)} can take this chat: it is not among your skills.`;
  if (c.state === 'queued' || c.state === 'offered') return 'Accept the conversation to reply. The customer sees you join.';
  if (c.state === 'human') return `${c.agentName ?? 'Another agent'} is handling this conversation.`;
  // 'closed' is only reached one way: the customer left while waiting, before anyone joined.
  if (c.state === 'closed') return 'Closed: the customer left before an agent joined.';
  return 'The bot has this conversation.';
}

/** "the Technical team (in German)": who may take a waiting conversation, for people. */
export function neededText(c: Pick<ConversationSummary, 'needs' | 'skill' | 'skillName'>): string {
  return whoCanTake(c.skillName ?? c.skill ?? 'right', (c.needs ?? []).filter((n) => n !== c.skill).map((n) => languageName(n)));
}
