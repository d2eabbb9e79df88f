/** What identify may keep about a customer: whether the site signed it, and how a call combines with what was kept. */
import type { CustomerAttributes, IdentifyInput } from '@baton/protocol';
import { ServiceError } from './serviceError.js';
import { hmac, signatureMatches } from './signatures.js';

/**
 * Whether the site signed this identity. With BATON_IDENTITY_SECRET set, an identity without a valid userHash is
 * refused: anyone can call identify from devtools, and a claimed VIP tier jumped the queue while a claimed e-mail stood
 * in the agent's card as fact (two reviews). As in Intercom's identity verification, userHash signs `userId` when the
 * call has one (users without an e-mail, or sites keying on their own ids) and then vouches for the whole call; else
 * it signs the e-mail. Without the secret the identity is taken on trust and marked unverified.
 */
export function verifiedIdentity(secret: string | undefined, input: IdentifyInput): boolean {
  if (!secret) {
    if (input.userHash) throw new ServiceError('identity_unverified', 'userHash given, but this Baton server has no BATON_IDENTITY_SECRET to check it with');
    return false;
  }
  const signed = input.userId ?? input.email;
  if (!input.userHash || signed === undefined) {
    throw new ServiceError('identity_unverified', 'This site verifies identities: identify needs userId or email, and userHash = hex HMAC-SHA256(BATON_IDENTITY_SECRET, userId if given, else email), computed on your server');
  }
  if (!signatureMatches(input.userHash.toLowerCase(), hmac(secret, signed, 'hex'))) {
    throw new ServiceError('identity_unverified', input.userId !== undefined ? 'userHash does not match this userId (with a userId, sign the userId, not the email)' : 'userHash does not match this email');
  }
  return true;
}

/**
 * The customer's attributes after an identify call: it adds fields or replaces them. A userId other than the one kept
 * is another person on this browser (a shared computer): what was kept about the first is dropped, or a signature on
 * the second would vouch for the first's e-mail and tier. The browser's locale stays.
 */
export function identifiedAttributes(kept: CustomerAttributes, input: Omit<IdentifyInput, 'userHash'>, verified: boolean): CustomerAttributes {
  const anotherUser = input.userId !== undefined && kept.userId !== undefined && input.userId !== kept.userId;
  const base: CustomerAttributes = anotherUser ? (kept.locale ? { locale: kept.locale } : {}) : kept;
  return { ...base, ...input, verified, extra: { ...base.extra, ...input.extra } };
}
