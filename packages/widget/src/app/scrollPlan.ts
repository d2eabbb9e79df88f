import type { MessageView } from '@baton/protocol';
import { isIncoming } from './thread';

/** What the message list needs to know about its own scroll box (all in px). */
export interface ScrollBox {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

/** Closer than this to the end counts as "at the newest message". */
export const NEAR_BOTTOM_PX = 80;
/** Room left above a long incoming message aligned to the top of the list (its author label stays in view). */
export const ANCHOR_GAP_PX = 12;

export const bottomOf = (box: ScrollBox) => Math.max(0, box.scrollHeight - box.clientHeight);
export const isNearBottom = (box: ScrollBox) => bottomOf(box) - box.scrollTop < NEAR_BOTTOM_PX;

/**
 * The first incoming message that arrived after `lastSeenId`, in the run after the visitor's last message (the
 * answer to what they said, or what the agent wrote since). null when nothing new came in from the other side.
 * Without a known `lastSeenId` (the first render, a restored or another conversation) only the newest message counts:
 * a reload opens on the latest answer, not on the first of a long run of them.
 */
export function firstNewIncoming(messages: readonly Pick<MessageView, 'id' | 'authorType'>[], lastSeenId: string | null): string | null {
  const seen = lastSeenId === null ? -1 : messages.findIndex((m) => m.id === lastSeenId);
  const start = seen >= 0 ? seen + 1 : Math.max(0, messages.length - 1);
  let first: string | null = null;
  for (let i = messages.length - 1; i >= start; i--) {
    const m = messages[i]!;
    if (m.authorType === 'visitor') break;
    if (isIncoming(m)) first = m.id;
  }
  return first;
}

/**
 * Where to scroll after the list changed, or null to leave it alone.
 * - `force` (the visitor's own message is on its way): the end.
 * - `following` false (the visitor scrolled away to read): nowhere.
 * - a new incoming message whose top (`anchorTop`, from the top of the content) would be hidden at the end: its top,
 *   so a long answer reads from its first line rather than showing only its tail; otherwise the end.
 */
export function scrollTarget(box: ScrollBox, opts: { force: boolean; following: boolean; anchorTop: number | null }): number | null {
  const bottom = bottomOf(box);
  if (opts.force) return bottom;
  if (!opts.following) return null;
  if (opts.anchorTop === null) return bottom;
  return Math.max(0, Math.min(bottom, opts.anchorTop - ANCHOR_GAP_PX));
}
