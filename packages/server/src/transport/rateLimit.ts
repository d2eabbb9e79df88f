/** Token bucket: `burst` requests at once, refilled at `perSecond`. */
export class RateLimiter {
  private tokens: number;
  private last = Date.now();

  constructor(
    private burst: number,
    private perSecond: number,
  ) {
    this.tokens = burst;
  }

  /** Refilled to its burst: it remembers nothing about its key. */
  isFull(): boolean {
    return Math.min(this.burst, this.tokens + ((Date.now() - this.last) / 1000) * this.perSecond) >= this.burst;
  }

  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/**
 * Per-key buckets (e.g. login attempts per IP). At `maxKeys` the buckets that are full again go first (they hold
 * nothing), then the least recently used. It used to forget every bucket at 10,000 keys, so 10,000 cheap requests from
 * other addresses gave a password guesser a fresh allowance (a security review).
 */
export class KeyedRateLimiter {
  private buckets = new Map<string, RateLimiter>();
  constructor(
    private burst: number,
    private perSecond: number,
    private maxKeys = 10_000,
  ) {}
  take(key: string): boolean {
    let b = this.buckets.get(key);
    if (b) this.buckets.delete(key); // re-inserted below: the Map's order is least recently used first
    else {
      if (this.buckets.size >= this.maxKeys) this.evict();
      b = new RateLimiter(this.burst, this.perSecond);
    }
    this.buckets.set(key, b);
    return b.take();
  }
  get size(): number {
    return this.buckets.size;
  }
  private evict(): void {
    for (const [k, b] of this.buckets) if (b.isFull()) this.buckets.delete(k);
    // Still full of live buckets: the least recently used tenth goes.
    if (this.buckets.size >= this.maxKeys) {
      let n = Math.max(1, Math.floor(this.maxKeys / 10));
      for (const k of this.buckets.keys()) {
        if (n-- <= 0) break;
        this.buckets.delete(k);
      }
    }
  }
}
