/** What a conversation's transfers (kept in its handoff package) say about who takes it next and since when it waits. */
import { isWaitingState } from '@baton/protocol';
import type { ConversationRow } from '../storage/conversationStore.js';

/** Agents who transferred the conversation away (to a team or to a named colleague): they do not get it back. */
export function sentAwayBy(conv: Pick<ConversationRow, 'handoffPackage'>): Set<string> {
  return new Set((conv.handoffPackage?.transfers ?? []).map((t) => t.fromAgentId));
}

/**
 * When this stretch of waiting began: the last transfer, or else joining the queue. A transferred customer keeps their
 * `queuedAt` (their place in line), but the time they spent with the agent who sent them on was no wait, and the
 * estimate they are told now is a new one to check against what happens.
 */
export function waitingSince(conv: Pick<ConversationRow, 'handoffPackage' | 'queuedAt' | 'createdAt'>): Date {
  const since = conv.queuedAt ?? conv.createdAt;
  const last = conv.handoffPackage?.transfers?.at(-1)?.at;
  const transferred = last ? new Date(last) : null;
  return transferred && transferred.getTime() > since.getTime() ? transferred : since;
}

/** The named colleague it was sent to, while it is offered to them: the customer waits for them, not for a team. */
export function waitingForAgent(conv: Pick<ConversationRow, 'handoffPackage' | 'state' | 'offeredTo'>): string | undefined {
  const last = conv.handoffPackage?.transfers?.at(-1);
  return conv.state === 'offered' && last?.toAgentId && last.toAgentId === conv.offeredTo ? last.to : undefined;
}

/**
 * While it waits after a transfer to a named colleague: that colleague, who may take it from the queue (they were asked).
 * Once someone else has taken it (the colleague declined, a teammate accepted, then went offline) the invitation is over.
 */
export function invitedAgent(conv: Pick<ConversationRow, 'handoffPackage' | 'state'>): string | undefined {
  if (!isWaitingState(conv.state)) return undefined;
  const last = conv.handoffPackage?.transfers?.at(-1);
  if (!last?.toAgentId || (last.takenBy && last.takenBy !== last.toAgentId)) return undefined;
  return last.toAgentId;
}

/** The package as an agent takes the chat: the last transfer learns who took it first (see `invitedAgent`). */
export function takenPackage(pkg: ConversationRow['handoffPackage'], agentId: string): ConversationRow['handoffPackage'] {
  const last = pkg?.transfers?.at(-1);
  if (!pkg?.transfers || !last || last.takenBy) return pkg;
  return { ...pkg, transfers: [...pkg.transfers.slice(0, -1), { ...last, takenBy: agentId }] };
}
