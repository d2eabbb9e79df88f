/** HMAC-SHA256 signatures (visitor tokens, site-signed identities), compared in constant time. */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const hmac = (secret: string, payload: string, encoding: 'base64url' | 'hex') => createHmac('sha256', secret).update(payload).digest(encoding);

export function signatureMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
