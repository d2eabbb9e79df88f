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

  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Per-key buckets (e.g. login attempts per IP), forgotten when full again. */
export class KeyedRateLimiter {
  private buckets = new Map<string, RateLimiter>();
  constructor(
    private burst: number,
    private perSecond: number,
  ) {}
  take(key: string): boolean {
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size > 10_000) this.buckets.clear();
      b = new RateLimiter(this.burst, this.perSecond);
      this.buckets.set(key, b);
    }
    return b.take();
  }
}
