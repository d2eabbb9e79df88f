import { z } from 'zod';
import type { MessageView } from '@baton/protocol';

/** A visitor message not yet acknowledged by the server. Shown at once; resent until acked. */
export interface OutboxItem {
  clientMsgId: string;
  body: string;
  createdAt: string;
  status: 'pending' | 'failed';
  error?: string;
}

type ReadStorage = Pick<Storage, 'getItem'>;
type WriteStorage = Pick<Storage, 'setItem' | 'removeItem'>;

const Stored = z.array(z.object({ clientMsgId: z.string().min(1), body: z.string(), createdAt: z.string() }));

export function enqueue(outbox: OutboxItem[], item: Omit<OutboxItem, 'status'>): OutboxItem[] {
  return [...outbox, { ...item, status: 'pending' }];
}

export function removeItem(outbox: OutboxItem[], clientMsgId: string): OutboxItem[] {
  const next = outbox.filter((i) => i.clientMsgId !== clientMsgId);
  return next.length === outbox.length ? outbox : next;
}

export function markFailed(outbox: OutboxItem[], clientMsgId: string, error: string): OutboxItem[] {
  return outbox.map((i) => (i.clientMsgId === clientMsgId ? { ...i, status: 'failed', error } : i));
}

export function markPending(outbox: OutboxItem[], clientMsgId: string): OutboxItem[] {
  return outbox.map((i) => {
    if (i.clientMsgId !== clientMsgId) return i;
    const { error: _dropped, ...rest } = i;
    return { ...rest, status: 'pending' };
  });
}

/** Oldest unsent message: sends go one at a time so the server stores them in typing order. */
export function nextPending(outbox: readonly OutboxItem[]): OutboxItem | undefined {
  return outbox.find((i) => i.status === 'pending');
}

/** Drop items the server already has (e.g. its message:created beat our ack). */
export function pruneDelivered(outbox: OutboxItem[], messages: readonly MessageView[]): OutboxItem[] {
  if (outbox.length === 0) return outbox;
  const delivered = new Set(messages.map((m) => m.clientMsgId));
  const next = outbox.filter((i) => !delivered.has(i.clientMsgId));
  return next.length === outbox.length ? outbox : next;
}

/** Outbox from a previous page load; failed items are not kept (they showed their error already). */
export function loadOutbox(storage: ReadStorage, key: string): OutboxItem[] {
  try {
    const parsed = Stored.safeParse(JSON.parse(storage.getItem(key) ?? '[]'));
    return parsed.success ? parsed.data.map((i) => ({ ...i, status: 'pending' })) : [];
  } catch {
    return [];
  }
}

export function saveOutbox(storage: WriteStorage, key: string, outbox: readonly OutboxItem[]): void {
  const pending = outbox.filter((i) => i.status === 'pending').map(({ clientMsgId, body, createdAt }) => ({ clientMsgId, body, createdAt }));
  try {
    if (pending.length) storage.setItem(key, JSON.stringify(pending));
    else storage.removeItem(key);
  } catch {
    /* storage full or blocked: the outbox still works for this page */
  }
}
