/**
 * Signed visitor tokens: `v2.<visitorId>.<siteId>.<issued, unix seconds>.<hmac>`. A visitor cannot forge another's id,
 * and a token is good for a set idle age after it was issued: the server issues a fresh one on every session and socket
 * connect, so only a visitor who stays away that long, or a copy taken from their storage, runs out.
 * `v1.<visitorId>.<siteId>.<hmac>` tokens carried no time and never expired; they are read, flagged `legacy`, for the
 * one swap to v2 (legacyTokenAccepted).
 */
import { hmac, signatureMatches } from './signatures.js';

export interface VisitorClaims {
  visitorId: string;
  siteId: string;
}

export interface VerifiedVisitorToken extends VisitorClaims {
  /** A v1 token: accepted only for the swap to v2 (legacyTokenAccepted), never on a socket. */
  legacy: boolean;
}

/** Nodes' clocks differ a little; a token from further in the future was not made by us. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** After a v1 token is swapped, the customer's other tabs opening at the same moment (a restored session) may still swap it. */
export const LEGACY_TOKEN_GRACE_MS = 60_000;

const sign = (secret: string, payload: string) => hmac(secret, payload, 'base64url');

export function issueVisitorToken(secret: string, c: VisitorClaims, now: Date): string {
  const payload = `v2.${c.visitorId}.${c.siteId}.${Math.floor(now.getTime() / 1000)}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** The token's claims when its signature holds and (v2) it is no older than maxAgeMs; null otherwise. */
export function verifyVisitorToken(secret: string, token: string, now: Date, maxAgeMs: number): VerifiedVisitorToken | null {
  const parts = token.split('.');
  const version = parts[0];
  if (!((version === 'v1' && parts.length === 4) || (version === 'v2' && parts.length === 5))) return null;
  const payload = parts.slice(0, -1).join('.');
  if (!signatureMatches(parts.at(-1)!, sign(secret, payload))) return null;
  const claims = { visitorId: parts[1]!, siteId: parts[2]! };
  if (version === 'v1') return { ...claims, legacy: true };
  if (!/^\d{1,12}$/.test(parts[3]!)) return null;
  const age = now.getTime() - Number(parts[3]) * 1000;
  if (age > maxAgeMs || age < -CLOCK_SKEW_MS) return null;
  return { ...claims, legacy: false };
}

/**
 * Whether a v1 token still opens its visitor: once (and, for the other tabs of that moment, within a minute), and only
 * for a visitor seen within the idle age, as a v2 token would be. A v1 token was the same on every visit, so the last
 * visit is when it was last given out; after the swap only the v2 token works, not a copy of the old one.
 */
export function legacyTokenAccepted(visitor: { lastSeenAt: Date; legacyTokenSwappedAt: Date | null }, now: Date, maxAgeMs: number): boolean {
  if (now.getTime() - visitor.lastSeenAt.getTime() > maxAgeMs) return false;
  return visitor.legacyTokenSwappedAt === null || now.getTime() - visitor.legacyTokenSwappedAt.getTime() <= LEGACY_TOKEN_GRACE_MS;
}
