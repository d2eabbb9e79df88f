import { useCallback, useEffect, useRef } from 'react';

/** Re-announce "typing" at most this often, so the server's indicator doesn't go stale. */
const THROTTLE_MS = 2500;
/** Stop announcing after this long without a keystroke. */
const IDLE_MS = 4000;

/** Throttled typing:set while the visitor types; `stop` on send or blur. */
export function useTypingEmitter(emit: (typing: boolean) => void) {
  const typing = useRef(false);
  const lastEmit = useRef(0);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stop = useCallback(() => {
    clearTimeout(idleTimer.current);
    if (!typing.current) return;
    typing.current = false;
    emit(false);
  }, [emit]);

  const onInput = useCallback(
    (value: string) => {
      if (!value.trim()) return stop();
      const now = Date.now();
      if (!typing.current || now - lastEmit.current > THROTTLE_MS) {
        typing.current = true;
        lastEmit.current = now;
        emit(true);
      }
      clearTimeout(idleTimer.current);
      idleTimer.current = setTimeout(stop, IDLE_MS);
    },
    [emit, stop],
  );

  useEffect(() => stop, [stop]);
  return { onInput, stop };
}
