import { create } from 'zustand';
import type { ControlEventView, ConversationDetail, ConversationSummary, HandoffPackage, MessageView } from '@baton/protocol';
import { isNewerSummary } from '../lib/inbox';
import { mergeMessages } from '../lib/messages';
import { mergeTimeline } from '../lib/timeline';

export type PendingAction = 'accept' | 'decline' | 'resolve' | 'transfer' | null;

interface ConversationState {
  openId: string | null;
  loading: boolean;
  detail: ConversationDetail | null;
  /** Inline notice above the actions (e.g. a version conflict), cleared on the next action. */
  notice: string | null;
  pendingAction: PendingAction;
  /** Customer typing, per conversation (kept for all so inbox rows can show it too). */
  visitorTyping: Record<string, boolean>;
  select(id: string | null): void;
  setDetail(detail: ConversationDetail): void;
  applySummary(summary: ConversationSummary): void;
  addMessages(conversationId: string, messages: MessageView[]): void;
  addTimeline(conversationId: string, events: ControlEventView[]): void;
  setPackage(conversationId: string, pkg: HandoffPackage): void;
  setNotice(notice: string | null): void;
  setPendingAction(action: PendingAction): void;
  setVisitorTyping(conversationId: string, typing: boolean): void;
  /** The customer opened or closed their last chat tab (visitor:presence). */
  setCustomerOnline(conversationId: string, online: boolean): void;
  setLoading(loading: boolean): void;
  reset(): void;
}

const initial = { openId: null, loading: false, detail: null, notice: null, pendingAction: null, visitorTyping: {} } as const;

export const useConversationStore = create<ConversationState>()((set, get) => {
  /** Applies `fn` to the open detail only if it belongs to `conversationId`. */
  const patch = (conversationId: string, fn: (d: ConversationDetail) => ConversationDetail) => {
    const { detail } = get();
    if (!detail || detail.conversation.id !== conversationId) return;
    const next = fn(detail);
    if (next !== detail) set({ detail: next });
  };

  return {
    ...initial,
    select: (id) => {
      if (id === get().openId) return;
      set({ openId: id, detail: null, loading: id !== null, notice: null, pendingAction: null });
    },
    setDetail: (incoming) => {
      if (incoming.conversation.id !== get().openId) return;
      const held = get().detail;
      // A refetch must not drop live messages that arrived while it was in flight.
      const detail =
        held && held.conversation.id === incoming.conversation.id
          ? {
              ...incoming,
              conversation: isNewerSummary(incoming.conversation, held.conversation) ? incoming.conversation : held.conversation,
              messages: mergeMessages(held.messages, incoming.messages),
              timeline: mergeTimeline(held.timeline, incoming.timeline),
            }
          : { ...incoming, messages: mergeMessages([], incoming.messages), timeline: mergeTimeline([], incoming.timeline) };
      set({ detail, loading: false });
    },
    applySummary: (summary) =>
      patch(summary.id, (d) => (isNewerSummary(summary, d.conversation) ? { ...d, conversation: summary } : d)),
    addMessages: (conversationId, messages) =>
      patch(conversationId, (d) => {
        const merged = mergeMessages(d.messages, messages);
        return merged === d.messages ? d : { ...d, messages: merged };
      }),
    addTimeline: (conversationId, events) =>
      patch(conversationId, (d) => {
        const merged = mergeTimeline(d.timeline, events);
        return merged === d.timeline ? d : { ...d, timeline: merged };
      }),
    setPackage: (conversationId, pkg) => patch(conversationId, (d) => ({ ...d, package: pkg })),
    setNotice: (notice) => set({ notice }),
    setPendingAction: (pendingAction) => set({ pendingAction }),
    setVisitorTyping: (conversationId, typing) =>
      set((s) => (Boolean(s.visitorTyping[conversationId]) === typing ? s : { visitorTyping: { ...s.visitorTyping, [conversationId]: typing } })),
    setCustomerOnline: (conversationId, online) => patch(conversationId, (d) => (d.customerOnline === online ? d : { ...d, customerOnline: online })),
    setLoading: (loading) => set({ loading }),
    reset: () => set({ ...initial }),
  };
});
