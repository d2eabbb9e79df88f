/** Signed visitor tokens: `v1.<visitorId>.<siteId>.<hmac>`. A visitor cannot forge another's id. */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface VisitorClaims {
  visitorId: string;
  siteId: string;
}

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export function issueVisitorToken(secret: string, c: VisitorClaims): string {
  const payload = `v1.${c.visitorId}.${c.siteId}`;
  return `${payload}.${sign(secret, payload)}`;
}

export function verifyVisitorToken(secret: string, token: string): VisitorClaims | null {
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== 'v1') return null;
  const payload = parts.slice(0, 3).join('.');
  const given = Buffer.from(parts[3]!);
  const expected = Buffer.from(sign(secret, payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { visitorId: parts[1]!, siteId: parts[2]! };
}
