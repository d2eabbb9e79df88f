import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Keeps a scroll container pinned to the newest message, unless the agent has scrolled up
 * to read history (then new messages must not yank the view).
 */
export function useStickToBottom<T extends HTMLElement>(dependency: unknown, resetKey: unknown) {
  const ref = useRef<T>(null);
  const pinned = useRef(true);
  const lastResetKey = useRef(resetKey);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (lastResetKey.current !== resetKey) {
      lastResetKey.current = resetKey;
      pinned.current = true;
    }
    if (pinned.current) el.scrollTop = el.scrollHeight;
  }, [dependency, resetKey]);

  // The view shrinks when a form or banner opens above it (Transfer, an offer): stay on the newest message if we
  // were on it (a newcomer lost the customer's last message while writing the transfer note).
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (pinned.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const onScroll = () => {
    const el = ref.current;
    if (el) pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
  };

  return { ref, onScroll };
}
