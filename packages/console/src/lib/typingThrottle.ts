export interface TypingThrottleOptions {
  emit: (typing: boolean) => void;
  now?: () => number;
  /** At most one `typing: true` per interval while keys keep coming. */
  intervalMs?: number;
  /** Send `typing: false` after this long without a keystroke. */
  idleMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface TypingThrottle {
  /** Call on every keystroke. */
  keystroke(): void;
  /** Call on send / blur / switching conversation: stops the indicator right away. */
  stop(): void;
}

export function createTypingThrottle(opts: TypingThrottleOptions): TypingThrottle {
  const now = opts.now ?? Date.now;
  const intervalMs = opts.intervalMs ?? 2500;
  const idleMs = opts.idleMs ?? 4000;
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let lastTrueAt = Number.NEGATIVE_INFINITY;
  let typing = false;
  let idle: unknown = null;

  const stop = () => {
    if (idle !== null) clearTimer(idle);
    idle = null;
    if (typing) {
      typing = false;
      lastTrueAt = Number.NEGATIVE_INFINITY;
      opts.emit(false);
    }
  };

  return {
    keystroke() {
      const t = now();
      // Re-announce periodically so the other side's expiry never hides a long reply.
      if (!typing || t - lastTrueAt >= intervalMs) {
        typing = true;
        lastTrueAt = t;
        opts.emit(true);
      }
      if (idle !== null) clearTimer(idle);
      idle = setTimer(stop, idleMs);
    },
    stop,
  };
}
