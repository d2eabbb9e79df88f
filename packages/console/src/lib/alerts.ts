import type { ConversationSummary, HandoffPackage } from '@baton/protocol';
import { isOfferedToMe, isWaitingState, type InboxById } from './inbox';

export interface OfferAlert {
  /** The conversation as it is now (kept in line with the inbox by `syncAlerts`). */
  conversation: ConversationSummary;
  package: HandoffPackage | null;
  /** true while the conversation is offered to me (it will expire), false when it just waits in the queue. */
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

/**
 * Brings the alerts in line with the conversations' current state, never with the event that raised them.
 * An alert goes away once its conversation stops waiting (someone took it, the customer left), and once an offer
 * it announced to me is no longer mine (expired, declined, withdrawn when I went away or offline, offered to
 * someone else), and a queue alert once the chat is offered to someone else: the inbox still lists the conversation
 * while it waits. Returns the same array when nothing changed.
 */
export function syncAlerts(alerts: readonly OfferAlert[], byId: InboxById, meId: string | null, complete = false): OfferAlert[] {
  let changed = false;
  const kept: OfferAlert[] = [];
  for (const a of alerts) {
    // After a full inbox listing (a reconnect), a chat it no longer lists ended meanwhile (the customer left or
    // cancelled): its alert goes. Between listings an offer may arrive before its inbox row does: it stays.
    if (complete && !byId[a.conversation.id]) {
      changed = true;
      continue;
    }
    const row = byId[a.conversation.id] ?? a.conversation;
    const mine = isOfferedToMe(row, meId);
    // A chat offered to someone else is being picked up: its "New chat waiting" alert would send me to a chat I
    // cannot take (a QA pass saw it stay for the whole offer; Review opened "Offered to another agent").
    if (!isWaitingState(row.state) || (a.offeredToMe && !mine) || (row.state === 'offered' && !mine)) {
      changed = true;
      continue;
    }
    if (row === a.conversation && mine === a.offeredToMe) kept.push(a);
    else {
      changed = true;
      kept.push({ ...a, conversation: row, offeredToMe: mine });
    }
  }
  return changed ? kept : (alerts as OfferAlert[]);
}

export const BASE_TITLE = 'Baton Console';

/** "(N) Baton Console" while N conversations need the agent, so a background tab says so. */
export function consoleTitle(count: number): string {
  return count > 0 ? `(${count}) ${BASE_TITLE}` : BASE_TITLE;
}
