import { describe, expect, it } from 'vitest';
import { agentOptions, transferRequest } from './transfer';

describe('transferRequest', () => {
  it('needs exactly one target and a note', () => {
    expect(transferRequest({ skill: '', agentId: '', note: 'x' })).toMatchObject({ ok: false });
    expect(transferRequest({ skill: 'billing', agentId: 'a2', note: 'x' })).toMatchObject({ ok: false });
    expect(transferRequest({ skill: 'billing', agentId: '', note: '   ' })).toMatchObject({ ok: false, why: expect.stringMatching(/note/) });
    expect(transferRequest({ skill: 'billing', agentId: '', note: 'x'.repeat(501) })).toMatchObject({ ok: false });
  });
  it('builds the payload with a trimmed note', () => {
    expect(transferRequest({ skill: 'billing', agentId: '', note: ' refund ok ' })).toEqual({ ok: true, target: { toSkill: 'billing' }, note: 'refund ok' });
    expect(transferRequest({ skill: '', agentId: 'a2', note: 'vip' })).toEqual({ ok: true, target: { toAgentId: 'a2' }, note: 'vip' });
  });
});

describe('agentOptions', () => {
  it('leaves me out and lists online agents first', () => {
    const opts = agentOptions(
      [
        { id: 'me', name: 'Alex', presence: 'online' },
        { id: 'b', name: 'Bea', presence: 'offline' },
        { id: 'c', name: 'Cy', presence: 'online' },
        { id: 'd', name: 'Di', presence: 'away' },
      ],
      'me',
    );
    expect(opts).toEqual([
      { id: 'c', label: 'Cy', available: true },
      { id: 'b', label: 'Bea (offline)', available: false },
      { id: 'd', label: 'Di (away)', available: false },
    ]);
  });
});
