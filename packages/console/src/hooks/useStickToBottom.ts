import { useLayoutEffect, useRef } from 'react';

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

  const onScroll = () => {
    const el = ref.current;
    if (el) pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
  };

  return { ref, onScroll };
}
