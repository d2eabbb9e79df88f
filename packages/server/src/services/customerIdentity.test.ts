import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { identifiedAttributes, verifiedIdentity } from './customerIdentity.js';
import { ServiceError } from './serviceError.js';

const SECRET = 'the-shop-signs-identities-with-this-secret';
const sign = (value: string, secret = SECRET) => createHmac('sha256', secret).update(value).digest('hex');
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ServiceError ? e.code : 'other error';
  }
  return 'accepted';
};

describe('verifiedIdentity with BATON_IDENTITY_SECRET', () => {
  it('takes an e-mail signed as before', () => {
    expect(verifiedIdentity(SECRET, { email: 'ada@bigcorp.example', tier: 'vip', userHash: sign('ada@bigcorp.example') })).toBe(true);
    expect(verifiedIdentity(SECRET, { email: 'ada@bigcorp.example', userHash: sign('ada@bigcorp.example').toUpperCase() })).toBe(true);
    expect(refusal(() => verifiedIdentity(SECRET, { email: 'ada@bigcorp.example', userHash: sign('eve@elsewhere.example') }))).toBe('identity_unverified');
  });

  it('takes a userId signed, with or without an e-mail: the signature on the userId vouches for the whole call', () => {
    expect(verifiedIdentity(SECRET, { userId: 'u_42', name: 'Ada', tier: 'vip', userHash: sign('u_42') })).toBe(true);
    expect(verifiedIdentity(SECRET, { userId: 'u_42', email: 'ada@bigcorp.example', userHash: sign('u_42') })).toBe(true);
  });

  it('refuses a userId unsigned, signed for another id or with another secret, or with the e-mail signed instead', () => {
    expect(refusal(() => verifiedIdentity(SECRET, { userId: 'u_42', tier: 'vip' }))).toBe('identity_unverified');
    expect(refusal(() => verifiedIdentity(SECRET, { userId: 'u_42', userHash: sign('u_43') }))).toBe('identity_unverified');
    expect(refusal(() => verifiedIdentity(SECRET, { userId: 'u_42', userHash: sign('u_42', 'another-secret-of-another-site-entirely') }))).toBe('identity_unverified');
    expect(refusal(() => verifiedIdentity(SECRET, { userId: 'u_42', email: 'ada@bigcorp.example', userHash: sign('ada@bigcorp.example') }))).toBe('identity_unverified');
  });

  it('refuses a call with neither userId nor e-mail to sign', () => {
    expect(refusal(() => verifiedIdentity(SECRET, { name: 'Ada', userHash: sign('Ada') }))).toBe('identity_unverified');
  });
});

describe('verifiedIdentity without the secret', () => {
  it('keeps identities unverified, and refuses a userHash it cannot check', () => {
    expect(verifiedIdentity(undefined, { userId: 'u_42', email: 'ada@bigcorp.example' })).toBe(false);
    expect(refusal(() => verifiedIdentity(undefined, { userId: 'u_42', userHash: sign('u_42') }))).toBe('identity_unverified');
  });
});

describe('identifiedAttributes', () => {
  const kept = { userId: 'u_42', name: 'Ada', email: 'ada@bigcorp.example', tier: 'vip', locale: 'en-GB', verified: true, extra: { plan: 'pro' } };

  it('adds to what was kept for the same user, or for a customer who had no userId yet', () => {
    expect(identifiedAttributes(kept, { userId: 'u_42', extra: { seats: 3 } }, true)).toEqual({ ...kept, extra: { plan: 'pro', seats: 3 } });
    expect(identifiedAttributes({ name: 'Ada', locale: 'en-GB' }, { userId: 'u_42' }, false)).toEqual({ name: 'Ada', locale: 'en-GB', userId: 'u_42', verified: false, extra: {} });
  });

  it("starts afresh for another userId: the second user's signature must not vouch for the first's e-mail or tier", () => {
    expect(identifiedAttributes(kept, { userId: 'u_7', name: 'Bob' }, true)).toEqual({ locale: 'en-GB', userId: 'u_7', name: 'Bob', verified: true, extra: {} });
  });
});
