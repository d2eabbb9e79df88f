import { describe, expect, it } from 'vitest';
import { ClientMsgId } from '@baton/protocol';
import { newClientMsgId } from './clientMsgId';

describe('newClientMsgId', () => {
  it('matches the protocol schema', () => {
    for (let i = 0; i < 50; i++) expect(ClientMsgId.safeParse(newClientMsgId()).success).toBe(true);
  });

  it('is unique enough', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newClientMsgId()));
    expect(ids.size).toBe(1000);
  });

  it('uses the injected randomness', () => {
    expect(newClientMsgId((b) => b.fill(1))).toBe(`a_${'1'.repeat(20)}`);
  });
});
