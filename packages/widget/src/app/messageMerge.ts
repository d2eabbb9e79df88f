import type { MessageView } from '@baton/protocol';

/**
 * Merge messages from the server into what we hold: one copy per id and per clientMsgId
 * (a resend after reconnect comes back with the same clientMsgId), ordered by seq.
 * Returns `current` itself when nothing changed, so React can skip re-rendering.
 */
export function mergeMessages(current: readonly MessageView[], incoming: readonly MessageView[]): MessageView[] {
  if (incoming.length === 0) return current as MessageView[];
  const byId = new Map(current.map((m) => [m.id, m]));
  const byClientId = new Map<string, string>();
  for (const m of current) if (m.clientMsgId) byClientId.set(m.clientMsgId, m.id);
  let changed = false;
  for (const m of incoming) {
    const sameClientMsg = m.clientMsgId ? byClientId.get(m.clientMsgId) : undefined;
    if (sameClientMsg !== undefined && sameClientMsg !== m.id) byId.delete(sameClientMsg);
    const held = byId.get(m.id);
    if (held && sameMessage(held, m)) continue;
    byId.set(m.id, m);
    if (m.clientMsgId) byClientId.set(m.clientMsgId, m.id);
    changed = true;
  }
  if (!changed) return current as MessageView[];
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

function sameMessage(a: MessageView, b: MessageView): boolean {
  return a.seq === b.seq && a.body === b.body && JSON.stringify(a.meta) === JSON.stringify(b.meta);
}

/** Highest seq held. */
export function lastSeq(messages: readonly MessageView[]): number {
  return messages.length ? messages[messages.length - 1]!.seq : 0;
}

/**
 * Where a sync should resume: the end of the unbroken seq run from the first message held.
 * A live message that skipped ahead leaves a hole, and syncing from the hole fills it.
 */
export function syncCursor(messages: readonly MessageView[]): number {
  if (messages.length === 0) return 0;
  let end = messages[0]!.seq;
  for (let i = 1; i < messages.length; i++) {
    const seq = messages[i]!.seq;
    if (seq !== end + 1) break;
    end = seq;
  }
  return end;
}
