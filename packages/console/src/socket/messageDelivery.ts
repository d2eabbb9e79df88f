import { MAX_MESSAGE_LENGTH, RetryableErrorCodes } from '@baton/protocol';
import { newClientMsgId } from '../lib/clientMsgId';
import { describeError } from '../lib/errors';
import { toResend, type OutboxEntry } from '../lib/outbox';
import { useConversationStore } from '../stores/conversationStore';
import { useInboxStore } from '../stores/inboxStore';
import { useOutboxStore } from '../stores/outboxStore';
import { toastError } from '../stores/toastStore';
import { getAgentSocket } from './agentSocket';
import { request } from './request';

const SEND_TIMEOUT_MS = 15_000;
const RETRY_DELAY_MS = 3_000;
const MAX_ATTEMPTS = 5;

const inFlight = new Set<string>();
const attempts = new Map<string, number>();
// One chain so messages reach the server in the order the agent wrote them.
let chain: Promise<void> = Promise.resolve();
let retryTimer: ReturnType<typeof setTimeout> | null = null;

/** Returns false when there was nothing to send (empty) or it was too long. */
export function sendMessage(conversationId: string, rawBody: string): boolean {
  const body = rawBody.replace(/\r\n/g, '\n').trim();
  if (!body) return false;
  if (body.length > MAX_MESSAGE_LENGTH) {
    toastError(`Message is longer than ${MAX_MESSAGE_LENGTH} characters`);
    return false;
  }
  const entry: OutboxEntry = { clientMsgId: newClientMsgId(), conversationId, body, createdAt: new Date().toISOString(), status: 'sending', error: null };
  useOutboxStore.getState().add(entry);
  enqueue(entry);
  return true;
}

/** Resend everything unacknowledged; called on (re)connect and by the retry timer. */
export function flushOutbox(): void {
  for (const entry of toResend(useOutboxStore.getState().entries)) enqueue(entry);
}

export function retryEntry(clientMsgId: string): void {
  attempts.delete(clientMsgId);
  useOutboxStore.getState().mark(clientMsgId, 'sending');
  const entry = useOutboxStore.getState().entries.find((e) => e.clientMsgId === clientMsgId);
  if (entry) enqueue(entry);
}

export function discardEntry(clientMsgId: string): void {
  attempts.delete(clientMsgId);
  useOutboxStore.getState().remove(clientMsgId);
}

export function resetDelivery(): void {
  inFlight.clear();
  attempts.clear();
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = null;
}

function enqueue(entry: OutboxEntry): void {
  if (inFlight.has(entry.clientMsgId)) return;
  inFlight.add(entry.clientMsgId);
  chain = chain.then(() => deliver(entry)).finally(() => inFlight.delete(entry.clientMsgId));
}

async function deliver(entry: OutboxEntry): Promise<void> {
  // It may have been confirmed or discarded while waiting its turn.
  if (!useOutboxStore.getState().entries.some((e) => e.clientMsgId === entry.clientMsgId)) return;
  if (!getAgentSocket()?.connected) return; // stays 'sending'; the connect handler flushes it
  const ack = await request('message:send', { conversationId: entry.conversationId, clientMsgId: entry.clientMsgId, body: entry.body }, SEND_TIMEOUT_MS);
  if (ack.ok) {
    attempts.delete(entry.clientMsgId);
    useOutboxStore.getState().remove(entry.clientMsgId);
    useConversationStore.getState().addMessages(entry.conversationId, [ack.data.message]);
    useInboxStore.getState().notePreview(ack.data.message);
    return;
  }
  const tries = (attempts.get(entry.clientMsgId) ?? 0) + 1;
  attempts.set(entry.clientMsgId, tries);
  const retryable = ack.error.retryable ?? RetryableErrorCodes.includes(ack.error.code);
  if (retryable && tries < MAX_ATTEMPTS) {
    scheduleRetry();
    return;
  }
  useOutboxStore.getState().mark(entry.clientMsgId, 'failed', describeError(ack.error));
  toastError(`Message not sent: ${describeError(ack.error)}`);
}

function scheduleRetry(): void {
  if (retryTimer) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    if (getAgentSocket()?.connected) flushOutbox();
  }, RETRY_DELAY_MS);
}

/** Fire-and-forget: a lost typing event only costs a moment of indicator. */
export function emitTyping(conversationId: string, typing: boolean): void {
  const socket = getAgentSocket();
  if (socket?.connected) socket.emit('typing:set', { conversationId, typing });
}
