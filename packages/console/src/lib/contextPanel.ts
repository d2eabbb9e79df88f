import type { ConversationSummary } from '@baton/protocol';

/**
 * Below xl the handoff details sit above the chat. Open while deciding (the package is what the agent reads before
 * accepting); folded once the chat is theirs, so a phone shows the conversation rather than a third of a card.
 */
export function contextOpenByDefault(c: Pick<ConversationSummary, 'state' | 'agentId'>, meId: string | null): boolean {
  return !(c.state === 'human' && meId !== null && c.agentId === meId);
}
