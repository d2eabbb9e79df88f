/**
 * Rate limits all nodes share through Redis (REDIS_URL). Behind a load balancer a login guesser who spreads attempts
 * over N nodes would otherwise get N allowances (and any node restart a fresh one). Every check is also counted in the
 * node's own bucket, which decides alone while Redis is down or slow: limited per node then, never not at all.
 */
import { createHash } from 'node:crypto';
import { KeyedRateLimiter } from './rateLimit.js';

/** One token-bucket check in the shared store: true when a token was taken. */
export type SharedBucket = (key: string, burst: number, perSecond: number) => Promise<boolean>;

/** A shared check that has not answered by then is left to the node's own bucket (a login must not hang on Redis). */
const SHARED_TIMEOUT_MS = 250;

export class SharedKeyedRateLimiter {
  private readonly local: KeyedRateLimiter;

  constructor(
    private readonly name: string,
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly shared?: SharedBucket,
  ) {
    this.local = new KeyedRateLimiter(burst, perSecond);
  }

  async take(key: string): Promise<boolean> {
    const here = this.local.take(key);
    if (!this.shared || !here) return here;
    // Hashed: the store holds neither addresses nor e-mail addresses, and every key has the same short length.
    const id = createHash('sha256').update(`${this.name}\0${key}`).digest('base64url').slice(0, 22);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), SHARED_TIMEOUT_MS)));
    try {
      return await Promise.race([this.shared(`${this.name}:${id}`, this.burst, this.perSecond).catch(() => true), late]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * The bucket as one Lua script: refill by the time since the last take on Redis's own clock (nodes' clocks may
 * differ), take a token if there is one, and expire the key once it would be full again (it then holds nothing).
 */
export const TOKEN_BUCKET_LUA = `
local burst = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2]) / 1000
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local v = redis.call('HMGET', KEYS[1], 't', 'n')
local tokens = burst
if v[1] and v[2] then tokens = math.min(burst, tonumber(v[2]) + math.max(0, now - tonumber(v[1])) * perMs) end
local ok = 0
if tokens >= 1 then
  tokens = tokens - 1
  ok = 1
end
redis.call('HSET', KEYS[1], 't', now, 'n', tostring(tokens))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / perMs) + 1000)
return ok
`;
