import { create } from 'zustand';
import type { MessageView, QueueInfo, VisitorConversationView } from '@baton/protocol';
import { enqueue, markFailed, markPending, pruneDelivered, removeItem, type OutboxItem } from './outbox';
import { nextAwaySince } from './agentAway';
import { applyConversation, applyLiveMessage, applySyncResult, emptyThread, type Thread, type ThreadUpdate } from './thread';
import { seenNow, type Seen } from './unread';

export interface SiteInfo {
  key: string;
  name: string;
  greeting: string;
  /** The greeting in other languages, by code. */
  greetings?: Record<string, string>;
}
export type Connection = 'connecting' | 'connected' | 'disconnected';
export interface Typing {
  authorType: 'agent' | 'bot';
  name: string | null;
}

export interface ChatState {
  site: SiteInfo | null;
  /** A session error we cannot get past (unknown site, origin not allowed): shown instead of the chat. */
  fatalError: string | null;
  connection: Connection;
  conversation: VisitorConversationView | null;
  /** The first sync answered, so `conversation` is the server's truth rather than "not loaded yet". */
  conversationKnown: boolean;
  thread: Thread;
  outbox: OutboxItem[];
  typing: Typing | null;
  /** Whether the host shows the frame; unread only counts while closed. */
  isOpen: boolean;
  seen: Seen | null;
  /** A passing problem worth telling the visitor (an escalation that failed, …). */
  notice: string | null;
  escalating: boolean;
  csatSubmitting: boolean;
  /** The "leave a message" form (offline fallback): sent once per conversation. */
  ticket: { sending: boolean; sentFor: string | null; email: string | null };
  /** The seq when the agent went Away (agentAway.ts), null while they are not. */
  awaySince: number | null;
}

export const useChat = create<ChatState>()(() => ({
  site: null,
  fatalError: null,
  connection: 'connecting',
  conversation: null,
  conversationKnown: false,
  thread: emptyThread,
  outbox: [],
  typing: null,
  isOpen: false,
  seen: null,
  notice: null,
  escalating: false,
  csatSubmitting: false,
  ticket: { sending: false, sentFor: null, email: null },
  awaySince: null,
}));

const set = useChat.setState;

/** Every thread change goes through here so the outbox, seen marker and typing stay consistent. */
function withThread(s: ChatState, thread: Thread, arrived: MessageView[] = []): Partial<ChatState> {
  const typer = s.typing;
  return {
    thread,
    outbox: pruneDelivered(s.outbox, thread.messages),
    seen: s.isOpen ? seenNow(thread, s.seen) : s.seen,
    // The typer's message arrived, so they stopped typing.
    typing: typer && arrived.some((m) => m.authorType === typer.authorType) ? null : typer,
  };
}

function applyThread(fn: (s: ChatState) => ThreadUpdate, arrived: MessageView[] = [], extra: (s: ChatState) => Partial<ChatState> = () => ({})) {
  let resync: number | null = null;
  set((s) => {
    const u = fn(s);
    resync = u.resync;
    const patch = extra(s);
    return { ...patch, ...withThread({ ...s, ...patch }, u.thread, arrived) };
  });
  return resync;
}

/** Returns the seq to sync from when something is missing. */
export function receiveMessage(m: MessageView): number | null {
  return applyThread((s) => applyLiveMessage(s.thread, m), [m]);
}

export function receiveConversation(c: VisitorConversationView): number | null {
  return applyThread((s) => applyConversation(s.thread, c), [], (s) => ({ conversation: c, awaySince: nextAwaySince(s.awaySince, c) }));
}

export function receiveSync(result: { conversation: VisitorConversationView | null; messages: MessageView[] }, sentFrom: number): number | null {
  return applyThread(
    (s) => applySyncResult(s.thread, result, sentFrom),
    result.messages,
    (s) => ({ conversation: result.conversation ?? s.conversation, awaySince: nextAwaySince(s.awaySince, result.conversation ?? s.conversation) }),
  );
}

export function receiveQueue(queue: QueueInfo): void {
  set((s) => (s.conversation ? { conversation: { ...s.conversation, queue } } : {}));
}

export function addToOutbox(item: Omit<OutboxItem, 'status'>): void {
  set((s) => ({ outbox: enqueue(s.outbox, item) }));
}

/** The server stored our message: the pending copy gives way to the stored one. */
export function ackSent(clientMsgId: string, m: MessageView): number | null {
  return applyThread((s) => applyLiveMessage(s.thread, m), [], (s) => ({ outbox: removeItem(s.outbox, clientMsgId) }));
}

export function failSent(clientMsgId: string, error: string): void {
  set((s) => ({ outbox: markFailed(s.outbox, clientMsgId, error) }));
}

export function retrySent(clientMsgId: string): void {
  set((s) => ({ outbox: markPending(s.outbox, clientMsgId) }));
}

export function setOpen(isOpen: boolean): void {
  set((s) => ({ isOpen, seen: isOpen ? seenNow(s.thread, s.seen) : s.seen }));
}
