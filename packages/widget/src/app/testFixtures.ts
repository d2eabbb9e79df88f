import type { MessageView } from '@baton/protocol';

/** A MessageView for unit tests; only imported by *.test.ts. */
export function msg(seq: number, over: Partial<MessageView> = {}): MessageView {
  return {
    id: `m${seq}`,
    conversationId: 'c1',
    seq,
    clientMsgId: null,
    authorType: 'bot',
    authorName: null,
    body: `body ${seq}`,
    createdAt: '2025-01-01T00:00:00.000Z',
    meta: {},
    ...over,
  };
}
