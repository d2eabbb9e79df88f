// Builders shared by the unit tests (not imported by the app).
import type { ConversationSummary, MessageView } from '@baton/protocol';

export function summary(over: Partial<ConversationSummary> & { id: string }): ConversationSummary {
  return {
    state: 'queued',
    version: 1,
    customerName: 'Ada',
    skill: 'billing',
    skillName: 'Billing',
    reason: 'explicit_request',
    agentId: null,
    agentName: null,
    offeredToAgentId: null,
    offerExpiresAt: null,
    queuedAt: '2025-01-01T10:00:00.000Z',
    waitingSince: '2025-01-01T10:00:00.000Z',
    lastMessagePreview: null,
    lastSeq: 0,
    summary: null,
    csatRating: null,
    resolvedAt: null,
    resolvedBy: null,
    updatedAt: '2025-01-01T10:00:00.000Z',
    ...over,
  };
}

export function msg(seq: number, over: Partial<MessageView> = {}): MessageView {
  return {
    id: `m${seq}`,
    conversationId: 'c1',
    seq,
    clientMsgId: null,
    authorType: 'visitor',
    authorName: null,
    body: `message ${seq}`,
    createdAt: '2025-01-01T10:00:00.000Z',
    meta: {},
    ...over,
  };
}
