/** A visitor's earlier conversation as the agent's context column shows it. */
import type { PastConversation } from '@baton/protocol';
import type { VisitorHistoryRow } from '../storage/visitorHistoryStore.js';

const OPENING_CHARS = 160;

export function pastOutcome(c: Pick<VisitorHistoryRow['conversation'], 'state' | 'queuedAt' | 'handedBackAt'>): PastConversation['outcome'] {
  // Only abandonment closes a conversation, so closed after queueing means they left while waiting.
  if (c.state === 'closed') return c.queuedAt ? 'left_queue' : 'bot_only';
  if (c.state === 'queued' || c.state === 'offered' || c.state === 'human') return 'open';
  return c.handedBackAt ? 'resolved' : 'bot_only';
}

function clip(text: string | null): string | null {
  if (!text) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= OPENING_CHARS ? flat : `${flat.slice(0, OPENING_CHARS - 1)}…`;
}

export function pastConversationView(row: VisitorHistoryRow, skillName: string | null): PastConversation {
  const c = row.conversation;
  return {
    id: c.id,
    state: c.state,
    outcome: pastOutcome(c),
    startedAt: c.createdAt.toISOString(),
    lastActivityAt: c.updatedAt.toISOString(),
    opening: clip(row.opening),
    summary: c.handoffPackage?.summary ?? null,
    reason: (c.reason as PastConversation['reason']) ?? null,
    skillName,
    resolvedBy: row.resolvedBy,
    csatRating: c.csatRating,
    messageCount: c.lastSeq,
  };
}
