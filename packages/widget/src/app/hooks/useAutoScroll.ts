import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { MessageView } from '@baton/protocol';
import { firstNewIncoming, isNearBottom, scrollTarget } from '../scrollPlan';

/** The message element's attribute the list looks a new incoming message up by. */
export const MESSAGE_ID_ATTR = 'data-message-id';

/**
 * Keep the list at the newest message while the visitor follows the conversation. A new bot or agent message taller
 * than the list is shown from its top (its first lines, not its tail); the visitor then reads on by scrolling down.
 * When the visitor scrolled up to read history, or is reading such a long message, new messages do not move the
 * list, but `force` (their own new message, or their request for a person) still brings them down.
 */
export function useAutoScroll(
  ref: RefObject<HTMLElement | null>,
  { key, force, messages }: { key: unknown; force: boolean; messages: readonly Pick<MessageView, 'id' | 'authorType'>[] },
) {
  const following = useRef(true);
  const lastSeen = useRef<string | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let height = el.clientHeight;
    const onScroll = () => {
      // A scroll caused by the list getting shorter (a panel appeared) is not the visitor scrolling away.
      if (el.clientHeight !== height) return;
      following.current = isNearBottom(el);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    // A status panel or form appearing next to the list makes it shorter without the visitor scrolling: stay at the
    // newest message (the transfer notice and the rating request were left below the fold).
    const resized =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            height = el.clientHeight;
            if (following.current) el.scrollTop = el.scrollHeight;
          });
    resized?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resized?.disconnect();
    };
  }, [ref]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const anchorId = firstNewIncoming(messages, lastSeen.current);
    lastSeen.current = messages.at(-1)?.id ?? null;
    const anchor = anchorId === null ? null : el.querySelector(`[${MESSAGE_ID_ATTR}="${CSS.escape(anchorId)}"]`);
    const anchorTop = anchor ? anchor.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop : null;
    const target = scrollTarget(el, { force, following: following.current, anchorTop });
    if (target === null) return;
    el.scrollTop = target;
    following.current = isNearBottom(el);
  }, [ref, key, force, messages]);
}
