import type { MessageView, VisitorConversationView } from '@baton/protocol';

/**
 * Where the conversation stood when the agent went Away (the seq then), or null while they are not away. Seen first on
 * a reload, it is the seq of that moment: only messages after it tell the customer anything new.
 */
export function nextAwaySince(previous: number | null, c: VisitorConversationView | null): number | null {
  if (!c || c.state !== 'human' || !c.agentAway) return null;
  return previous ?? c.lastSeq;
}

/**
 * "Stepped away" is shown while the agent is Away and has not written since: an Away agent who answers is there (a
 * review saw the notice under the agent's own reply), whatever their presence says.
 */
export function showsAgentAway(c: VisitorConversationView | null, awaySince: number | null, messages: readonly Pick<MessageView, 'authorType' | 'seq'>[]): boolean {
  if (!c || c.state !== 'human' || !c.agentAway || awaySince === null) return false;
  return !messages.some((m) => m.authorType === 'agent' && m.seq > awaySince);
}
