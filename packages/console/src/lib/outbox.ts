import { z } from 'zod';
import type { MessageView } from '@baton/protocol';

/**
 * Messages the agent sent that the server has not acknowledged yet. Kept in memory and in
 * sessionStorage so a reconnect or a reload resends them; the server dedupes by clientMsgId,
 * so resending something that did arrive is harmless.
 *
 * status: 'sending' = in flight or waiting for a connection (resent on reconnect);
 *         'failed'  = the server refused it for good (e.g. not_controller); the agent decides.
 */
export const OutboxEntry = z.object({
  clientMsgId: z.string(),
  conversationId: z.string(),
  body: z.string(),
  createdAt: z.string(),
  status: z.enum(['sending', 'failed']),
  error: z.string().nullable(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export const OUTBOX_STORAGE_KEY = 'baton.console.outbox';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function addEntry(list: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  if (list.some((e) => e.clientMsgId === entry.clientMsgId)) return list as OutboxEntry[];
  return [...list, entry];
}

export function removeEntry(list: readonly OutboxEntry[], clientMsgId: string): OutboxEntry[] {
  return list.filter((e) => e.clientMsgId !== clientMsgId);
}

export function markEntry(list: readonly OutboxEntry[], clientMsgId: string, status: OutboxEntry['status'], error: string | null = null): OutboxEntry[] {
  return list.map((e) => (e.clientMsgId === clientMsgId ? { ...e, status, error } : e));
}

/** Drop entries the server has confirmed (their message came back with our clientMsgId). */
export function withoutConfirmed(list: readonly OutboxEntry[], confirmed: readonly MessageView[]): OutboxEntry[] {
  const ids = new Set(confirmed.map((m) => m.clientMsgId).filter((id): id is string => id !== null));
  if (ids.size === 0) return list as OutboxEntry[];
  const kept = list.filter((e) => !ids.has(e.clientMsgId));
  return kept.length === list.length ? (list as OutboxEntry[]) : kept;
}

/** Pending messages to draw under a conversation's transcript, oldest first. */
export function pendingFor(list: readonly OutboxEntry[], conversationId: string, confirmed: readonly MessageView[]): OutboxEntry[] {
  return withoutConfirmed(list, confirmed)
    .filter((e) => e.conversationId === conversationId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** What to send again after a (re)connect: everything not refused for good, in send order. */
export function toResend(list: readonly OutboxEntry[]): OutboxEntry[] {
  return list.filter((e) => e.status === 'sending').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export function loadOutbox(storage: KeyValueStorage | null, key = OUTBOX_STORAGE_KEY): OutboxEntry[] {
  if (!storage) return [];
  try {
    const raw = storage.getItem(key);
    if (!raw) return [];
    const parsed = z.array(OutboxEntry).safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    // Corrupt or inaccessible storage must never block the console.
    return [];
  }
}

export function saveOutbox(storage: KeyValueStorage | null, list: readonly OutboxEntry[], key = OUTBOX_STORAGE_KEY): void {
  if (!storage) return;
  try {
    if (list.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(list));
  } catch {
    // Quota or privacy mode: the in-memory outbox still works for this page.
  }
}
