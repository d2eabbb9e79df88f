import type { ConversationSummary, HandoffPackage } from '@baton/protocol';
import { isWaitingState, type InboxById } from './inbox';

export interface OfferAlert {
  conversation: ConversationSummary;
  package: HandoffPackage | null;
  /** true when the server offered it to me (it will expire), false when it just joined the queue. */
  offeredToMe: boolean;
  raisedAt: number;
}

/** One alert per conversation; a repeat (offer after queue update) refreshes it without a second beep. */
export function upsertAlert(alerts: readonly OfferAlert[], next: OfferAlert): { alerts: OfferAlert[]; isNew: boolean } {
  const i = alerts.findIndex((a) => a.conversation.id === next.conversation.id);
  if (i === -1) return { alerts: [...alerts, next], isNew: true };
  const prev = alerts[i]!;
  const merged: OfferAlert = {
    conversation: next.conversation,
    package: next.package ?? prev.package,
    offeredToMe: next.offeredToMe || prev.offeredToMe,
    raisedAt: prev.raisedAt,
  };
  return { alerts: alerts.map((a, j) => (j === i ? merged : a)), isNew: false };
}

/** Alerts go away once their conversation stops waiting (someone took it, the customer left). */
export function pruneAlerts(alerts: readonly OfferAlert[], byId: InboxById): OfferAlert[] {
  const kept = alerts.filter((a) => {
    const row = byId[a.conversation.id];
    return !row || isWaitingState(row.state);
  });
  return kept.length === alerts.length ? (alerts as OfferAlert[]) : kept;
}

export function alertTitle(count: number): string | null {
  if (count <= 0) return null;
  return count === 1 ? '(1) New chat waiting' : `(${count}) New chats waiting`;
}
