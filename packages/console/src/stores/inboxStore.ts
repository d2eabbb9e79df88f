import { create } from 'zustand';
import type { ConversationSummary, MessageView } from '@baton/protocol';
import { indexSummaries, livePreview, upsertSummary, withMessagePreview, type InboxById } from '../lib/inbox';

interface InboxState {
  byId: InboxById;
  /** false until the first inbox:list answer; alerts are only raised for changes after it. */
  loaded: boolean;
  /** Highest seq the agent has had on screen, per conversation, for the unread dot. */
  seenSeq: Record<string, number>;
  replaceAll(rows: ConversationSummary[]): void;
  /** Returns true when the row changed (it was newer than what we held). */
  upsert(row: ConversationSummary): boolean;
  /** A live message moves the row's preview on (see livePreview for the ones that do not). */
  notePreview(message: MessageView): void;
  markSeen(conversationId: string, seq: number): void;
  reset(): void;
}

export const useInboxStore = create<InboxState>()((set, get) => ({
  byId: {},
  loaded: false,
  seenSeq: {},
  replaceAll: (rows) =>
    set((s) => {
      if (s.loaded) return { byId: indexSummaries(rows) };
      // First load: what is already there counts as seen, only later messages are "unread".
      const seenSeq = { ...s.seenSeq };
      for (const r of rows) seenSeq[r.id] ??= r.lastSeq;
      return { byId: indexSummaries(rows), loaded: true, seenSeq };
    }),
  upsert: (row) => {
    const before = get().byId;
    const after = upsertSummary(before, row);
    if (after === before) return false;
    set({ byId: after });
    return true;
  },
  notePreview: (m) =>
    set((s) => {
      const line = livePreview(m);
      return line === null ? s : { byId: withMessagePreview(s.byId, m.conversationId, m.seq, line, m.createdAt) };
    }),
  markSeen: (conversationId, seq) =>
    set((s) => ((s.seenSeq[conversationId] ?? 0) >= seq ? s : { seenSeq: { ...s.seenSeq, [conversationId]: seq } })),
  reset: () => set({ byId: {}, loaded: false, seenSeq: {} }),
}));
