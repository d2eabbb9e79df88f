import type { MessageView } from '@baton/protocol';

/**
 * Merge messages from acks, live events and syncs. The same message can arrive through
 * several of them (and again after a reconnect): dedupe by id, and by seq since a seq is
 * unique per conversation. The later copy wins; the result is ordered by seq.
 */
export function mergeMessages(existing: readonly MessageView[], incoming: readonly MessageView[]): MessageView[] {
  if (incoming.length === 0) return existing as MessageView[];
  const bySeq = new Map<number, MessageView>();
  const seqOfId = new Map<string, number>();
  for (const m of [...existing, ...incoming]) {
    const prevSeq = seqOfId.get(m.id);
    if (prevSeq !== undefined && prevSeq !== m.seq) bySeq.delete(prevSeq);
    bySeq.set(m.seq, m);
    seqOfId.set(m.id, m.seq);
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

export function lastSeqOf(messages: readonly MessageView[]): number {
  let max = 0;
  for (const m of messages) if (m.seq > max) max = m.seq;
  return max;
}

/** True when `incoming` skips seqs we never saw: time to ask the server for the gap. */
export function leavesGap(messages: readonly MessageView[], incoming: MessageView): boolean {
  return incoming.seq > lastSeqOf(messages) + 1;
}
