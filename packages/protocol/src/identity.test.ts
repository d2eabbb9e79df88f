import { describe, expect, it } from 'vitest';
import { readIdentity } from './identity.js';

describe('readIdentity', () => {
  it('keeps a valid object as it is', () => {
    const attrs = { name: 'Ada', email: 'ada@example.com', tier: 'gold', locale: 'en-GB', extra: { plan: 'pro', seats: 3, trial: false } };
    expect(readIdentity(attrs)).toEqual({ attributes: attrs, problems: [] });
  });

  it("passes the site's signature through and never takes 'verified' from the page", () => {
    const userHash = 'a'.repeat(64);
    const { attributes, problems } = readIdentity({ email: 'ada@example.com', userHash, verified: true });
    expect(attributes).toEqual({ email: 'ada@example.com', userHash });
    expect(problems).toEqual(['verified: set by Baton from userHash (BATON_IDENTITY_SECRET), not by the page']);
  });

  it("keeps the site's userId as a field of the identity, signed or not, not under extra", () => {
    const userHash = 'b'.repeat(64);
    expect(readIdentity({ userId: 'u_42', userHash, plan: 'pro' })).toEqual({ attributes: { userId: 'u_42', userHash, extra: { plan: 'pro' } }, problems: [] });
    expect(readIdentity({ userId: 42 }).problems).toEqual(['userId (number): expected string, received number']);
  });

  it('leaves out only the bad fields and names each with what it must be', () => {
    const { attributes, problems } = readIdentity({ name: 'Bob', email: 'bob@', tier: 7, locale: 'x'.repeat(21) });
    expect(attributes).toEqual({ name: 'Bob' });
    expect(problems).toEqual([
      'email ("bob@"): Invalid email address',
      'tier (number): expected string, received number',
      `locale ("${'x'.repeat(21)}"): Too big: expected string to have <=20 characters`,
    ]);
  });

  it('moves top-level keys the schema does not have under extra; an entry of extra itself wins', () => {
    expect(readIdentity({ name: 'Bob', plan: 'pro', company: 'Acme', extra: { plan: 'team', seats: 4 } })).toEqual({
      attributes: { name: 'Bob', extra: { plan: 'team', company: 'Acme', seats: 4 } },
      problems: [],
    });
  });

  it('checks extra entry by entry: names, values, and extra itself', () => {
    const { attributes, problems } = readIdentity({ cart: { items: 2 }, ['k'.repeat(65)]: 1, extra: { ok: true, note: 'y'.repeat(501) } });
    expect(attributes).toEqual({ extra: { ok: true } });
    expect(problems).toEqual([
      'cart (object): expected text, a number or true/false',
      `a name in extra ("${'k'.repeat(40)}…"): Too big: expected string to have <=64 characters`,
      `extra.note ("${'y'.repeat(40)}…"): Too big: expected string to have <=500 characters`,
    ]);
    expect(readIdentity({ name: 'Bob', extra: 'vip' })).toEqual({
      attributes: { name: 'Bob' },
      problems: ['extra (string): expected an object of names to values'],
    });
  });

  it('reads null and undefined as not given', () => {
    expect(readIdentity({ name: 'Bob', email: null, tier: undefined, extra: null })).toEqual({ attributes: { name: 'Bob' }, problems: [] });
  });
});
