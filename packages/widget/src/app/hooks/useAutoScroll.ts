import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Keep the list pinned to the newest message, unless the visitor scrolled up to read history
 * (then `force`, e.g. their own new message, still brings them down).
 */
export function useAutoScroll(ref: RefObject<HTMLElement | null>, key: unknown, force: boolean) {
  const pinned = useRef(true);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let height = el.clientHeight;
    const onScroll = () => {
      // A scroll caused by the list getting shorter (a panel appeared) is not the visitor scrolling away.
      if (el.clientHeight !== height) return;
      pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    // A status panel or form appearing under the list makes it shorter without the visitor scrolling: stay at the
    // newest message (the transfer notice and the rating request were left below the fold).
    const resized =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            height = el.clientHeight;
            if (pinned.current) el.scrollTop = el.scrollHeight;
          });
    resized?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resized?.disconnect();
    };
  }, [ref]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && (pinned.current || force)) el.scrollTop = el.scrollHeight;
  }, [ref, key, force]);
}
