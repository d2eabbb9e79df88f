/** Signed visitor tokens: `v1.<visitorId>.<siteId>.<hmac>`. A visitor cannot forge another's id. */
import { hmac, signatureMatches } from './signatures.js';

export interface VisitorClaims {
  visitorId: string;
  siteId: string;
}

const sign = (secret: string, payload: string) => hmac(secret, payload, 'base64url');

export function issueVisitorToken(secret: string, c: VisitorClaims): string {
  const payload = `v1.${c.visitorId}.${c.siteId}`;
  return `${payload}.${sign(secret, payload)}`;
}

export function verifyVisitorToken(secret: string, token: string): VisitorClaims | null {
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== 'v1') return null;
  const payload = parts.slice(0, 3).join('.');
  if (!signatureMatches(parts[3]!, sign(secret, payload))) return null;
  return { visitorId: parts[1]!, siteId: parts[2]! };
}
