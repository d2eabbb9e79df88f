/**
 * scrypt password hashing (no native dependency), constant-time verify. Stored as `scrypt$N$r$p$salt$key`, so a hash
 * keeps the parameters it was made with and a login can upgrade it (needsRehash).
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/**
 * OWASP's scrypt set with N=2^14, r=8, p=5: its memory is 128·N·r = 16 MiB per hash whatever p is (p only adds
 * rounds), so many logins at once cannot exhaust memory the way the 2^17 sets (128 MiB each) could. It was p=1,
 * below OWASP's minimum.
 */
export const CURRENT_PARAMS: ScryptParams = { N: 2 ** 14, r: 8, p: 5 };
const KEY_LEN = 32;
const SALT_LEN = 16;

// A stored hash beyond these is refused, not computed: N=2^30 asked for 1 TiB and threw, a huge p or key length ran for minutes.
const MAX_MEMORY = 32 * 1024 * 1024; // Node's own scrypt maxmem default
const MAX_R = 32;
const MAX_P = 16;
const KEY_LENGTHS = { min: 16, max: 64 };

const scrypt = (pw: string, salt: Buffer, len: number, { N, r, p }: ScryptParams) =>
  new Promise<Buffer>((resolve, reject) => scryptCb(pw, salt, len, { N, r, p, maxmem: MAX_MEMORY + 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))));

interface StoredHash {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

const whole = (s: string | undefined): number => (s && /^\d{1,10}$/.test(s) ? Number(s) : NaN);
const isPowerOfTwo = (n: number) => n >= 2 && (n & (n - 1)) === 0;

/** The parts of a stored hash, or null when it is malformed or asks for more work than any hash we write. */
export function parseStoredHash(stored: string): StoredHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = [whole(parts[1]), whole(parts[2]), whole(parts[3])];
  if (!isPowerOfTwo(N) || !(r >= 1 && r <= MAX_R) || !(p >= 1 && p <= MAX_P) || 128 * N * r > MAX_MEMORY) return null;
  const salt = Buffer.from(parts[4]!, 'base64');
  const key = Buffer.from(parts[5]!, 'base64');
  if (salt.length < 8 || salt.length > 64 || key.length < KEY_LENGTHS.min || key.length > KEY_LENGTHS.max) return null;
  return { params: { N, r, p }, salt, key };
}

export async function hashPassword(password: string, params: ScryptParams = CURRENT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_LEN);
  const key = await scrypt(password, salt, KEY_LEN, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const h = parseStoredHash(stored);
  if (!h) return false;
  try {
    return timingSafeEqual(await scrypt(password, h.salt, h.key.length, h.params), h.key);
  } catch {
    return false; // parameters Node's scrypt refuses: a bad hash is a failed login, not a crash
  }
}

/** Made with less work than CURRENT_PARAMS (or unreadable): rehash at the next successful login. */
export function needsRehash(stored: string): boolean {
  const h = parseStoredHash(stored);
  if (!h) return true;
  const { N, r, p } = h.params;
  return N < CURRENT_PARAMS.N || r < CURRENT_PARAMS.r || p < CURRENT_PARAMS.p || h.key.length < KEY_LEN;
}
