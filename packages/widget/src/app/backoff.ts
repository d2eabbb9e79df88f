/** Exponential backoff with jitter, so many widgets don't retry in lockstep after an outage. */
export function backoff(minMs = 1000, maxMs = 30_000) {
  let next = minMs;
  return {
    delay(): number {
      const d = next;
      next = Math.min(next * 2, maxMs);
      return d * (0.75 + Math.random() / 2);
    },
    reset(): void {
      next = minMs;
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
