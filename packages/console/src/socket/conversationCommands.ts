import type { Ack, ConversationSummary } from '@baton/protocol';
import { describeError, VERSION_CONFLICT_MESSAGE } from '../lib/errors';
import { hashForConversation } from '../lib/locationHash';
import { lastSeqOf } from '../lib/messages';
import type { TransferTarget } from '../lib/transfer';
import { useAlertStore } from '../stores/alertStore';
import { useConversationStore, type PendingAction } from '../stores/conversationStore';
import { useInboxStore } from '../stores/inboxStore';
import { useOpsStore } from '../stores/opsStore';
import { useOutboxStore } from '../stores/outboxStore';
import { toastError } from '../stores/toastStore';
import { request } from './request';

const conversations = () => useConversationStore.getState();

/** Select a conversation and load it; the handoff package shows before any accept. */
export function openConversation(conversationId: string): void {
  // Opened from anywhere (the offer alert over the Queues tab, a ticket), the chat is shown: it lives in the Inbox.
  useOpsStore.getState().setView('inbox');
  conversations().select(conversationId);
  useAlertStore.getState().dismiss(conversationId);
  try {
    history.replaceState(null, '', `${location.pathname}${location.search}${hashForConversation(conversationId)}`);
  } catch {
    // Sandboxed frames can refuse history changes; the console works without it.
  }
  void loadConversation(conversationId);
}

export function closeConversation(): void {
  conversations().select(null);
  try {
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  } catch {
    // see openConversation
  }
}

/** (Re)fetch the full detail. Used on open, after every transition and after a reconnect. */
export async function loadConversation(conversationId: string): Promise<void> {
  const ack = await request('conversation:get', { conversationId });
  if (conversations().openId !== conversationId) return; // the agent moved on meanwhile
  if (!ack.ok) {
    conversations().setLoading(false);
    if (ack.error.code === 'not_found' || ack.error.code === 'forbidden') conversations().setNotice(describeError(ack.error));
    else toastError(describeError(ack.error));
    return;
  }
  conversations().setDetail(ack.data);
  useInboxStore.getState().upsert(ack.data.conversation);
  useOutboxStore.getState().confirm(ack.data.messages);
  useInboxStore.getState().markSeen(conversationId, lastSeqOf(ack.data.messages));
}

/** Fill a seq gap (a live event skipped ahead of what we hold). */
export async function syncMissedMessages(conversationId: string): Promise<void> {
  const detail = conversations().detail;
  if (!detail || detail.conversation.id !== conversationId) return;
  const ack = await request('messages:sync', { conversationId, afterSeq: lastSeqOf(detail.messages) });
  if (!ack.ok) return; // the next reconnect or refetch catches up anyway
  conversations().addMessages(conversationId, ack.data.messages);
  useOutboxStore.getState().confirm(ack.data.messages);
}

type TransitionEvent = 'conversation:accept' | 'conversation:decline' | 'conversation:resolve';
type Transition = Ack<{ conversation: ConversationSummary }>;

/** Sends one version-checked control change for the open conversation; true when it was applied. */
async function transition(action: Exclude<PendingAction, null>, send: (ref: { conversationId: string; expectedVersion: number }) => Promise<Transition>): Promise<boolean> {
  const detail = conversations().detail;
  if (!detail || conversations().pendingAction) return false;
  const { id, version } = detail.conversation;
  conversations().setNotice(null);
  conversations().setPendingAction(action);
  let ack: Transition;
  try {
    ack = await send({ conversationId: id, expectedVersion: version });
  } finally {
    conversations().setPendingAction(null);
  }
  if (ack.ok) {
    useInboxStore.getState().upsert(ack.data.conversation);
    conversations().applySummary(ack.data.conversation);
    useAlertStore.getState().dismiss(id);
  } else {
    // Said once: under the conversation's header where the agent acted (it was also a toast, the same words twice),
    // or as a toast when they have opened another chat meanwhile (not under a header it is not about).
    const text = ack.error.code === 'version_conflict' ? VERSION_CONFLICT_MESSAGE : describeError(ack.error);
    if (conversations().openId === id) conversations().setNotice(text);
    else toastError(text);
  }
  // Success or failure, the state may have moved: refetch for the current version, timeline and messages.
  if (conversations().openId === id) await loadConversation(id);
  return ack.ok;
}

const simple = (event: TransitionEvent, action: Exclude<PendingAction, null>) => () => transition(action, (ref) => request(event, ref));

export const acceptConversation = simple('conversation:accept', 'accept');
export const declineConversation = simple('conversation:decline', 'decline');
export const resolveConversation = simple('conversation:resolve', 'resolve');
/** To a team's queue or a named agent, with a note that travels in the handoff package. */
export const transferConversation = (target: TransferTarget, note: string) =>
  transition('transfer', (ref) => request('conversation:transfer', { ...ref, ...target, note }));
