import type { ConversationSummary } from '@baton/protocol';

export interface ConversationActions {
  canAccept: boolean;
  canDecline: boolean;
  canResolve: boolean;
  canTransfer: boolean;
  canCompose: boolean;
}

/** Mirrors the server's state machine so the UI only offers moves that can succeed. */
export function actionsFor(c: ConversationSummary | null | undefined, meId: string | null): ConversationActions {
  if (!c || !meId) return { canAccept: false, canDecline: false, canResolve: false, canTransfer: false, canCompose: false };
  const offeredToMe = c.state === 'offered' && c.offeredToAgentId === meId;
  const mine = c.state === 'human' && c.agentId === meId;
  return {
    canAccept: c.state === 'queued' || offeredToMe,
    canDecline: offeredToMe,
    canResolve: mine,
    canTransfer: mine,
    canCompose: mine,
  };
}
