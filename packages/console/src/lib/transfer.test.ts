import { describe, expect, it } from 'vitest';
import type { HandoffPackage, TransferTargets } from '@baton/protocol';
import { agentOptions, teamTransferWarning, transferRequest } from './transfer';

type Agent = TransferTargets['agents'][number];
const agent = (id: string, name: string, presence: Agent['presence'], over: Partial<Agent> = {}): Agent => ({ id, name, presence, teams: ['billing'], onShift: true, ...over });

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
        agent('me', 'Alex', 'online'),
        agent('b', 'Bea', 'offline'),
        agent('c', 'Cy', 'online'),
        agent('d', 'Di', 'away'),
      ],
      'me',
    );
    expect(opts).toEqual([
      { id: 'c', label: 'Cy', available: true },
      { id: 'b', label: 'Bea (offline)', available: false },
      { id: 'd', label: 'Di (away)', available: false },
    ]);
  });

  it('greys out the colleague who transferred the chat here less than 10 minutes ago (the server refuses A→B→A)', () => {
    const now = Date.parse('2026-12-05T10:00:00Z');
    const agents = [agent('a', 'Alex', 'online'), agent('c', 'Cy', 'online')];
    expect(agentOptions(agents, 'me', { fromAgentId: 'a', at: '2026-12-05T09:57:00Z' }, now)).toEqual([
      { id: 'c', label: 'Cy', available: true },
      { id: 'a', label: 'Alex (sent it to you just now)', available: false },
    ]);
    expect(agentOptions(agents, 'me', { fromAgentId: 'a', at: '2026-12-05T09:49:00Z' }, now).every((o) => o.available)).toBe(true);
  });

  it('marks an online agent with no free slot as full, not selectable', () => {
    const opts = agentOptions([agent('c', 'Cy', 'online', { load: 3, capacity: 3 }), agent('e', 'Eve', 'online', { load: 2, capacity: 3 })], 'me');
    expect(opts).toEqual([
      { id: 'e', label: 'Eve', available: true },
      { id: 'c', label: 'Cy (full: 3 of 3 chats)', available: false },
    ]);
  });
});

describe('teamTransferWarning', () => {
  const skills = [
    { id: 'billing', name: 'Billing' },
    { id: 'technical', name: 'Technical' },
  ];
  const NOBODY = 'Nobody else in Billing is online now: the customer will be told no one is available and offered to leave a message.';
  const warn = (agents: Agent[], pkg: HandoffPackage | null = null) => teamTransferWarning({ skills, agents }, 'billing', 'me', pkg);

  it('warns when the only online agent of the team is me', () => {
    expect(warn([agent('me', 'Alex', 'online'), agent('b', 'Bea', 'away'), agent('c', 'Cy', 'offline')])).toBe(NOBODY);
    expect(warn([agent('me', 'Alex', 'online'), agent('b', 'Bea', 'online')])).toBeNull();
  });

  it('does not count agents of other teams, off shift, or who already sent this chat away', () => {
    expect(warn([agent('b', 'Bea', 'online', { teams: ['technical'] })])).toBe(NOBODY);
    expect(warn([agent('b', 'Bea', 'online', { onShift: false })])).toBe(NOBODY);
    const pkg = { transfers: [{ from: 'Bea', fromAgentId: 'b', to: 'Technical', toSkill: 'technical', toAgentId: null, note: 'n', at: '2025-01-01T10:00:00.000Z' }] } as HandoffPackage;
    expect(warn([agent('b', 'Bea', 'online')], pkg)).toBe(NOBODY);
  });

  it("counts only agents who write the customer's language where the site requires it", () => {
    const spanish = { language: 'es', transfers: [] } as unknown as HandoffPackage;
    const targets = (agents: Agent[], requiredLanguages: string[]) => teamTransferWarning({ skills, agents, requiredLanguages }, 'billing', 'me', spanish);
    expect(targets([agent('b', 'Bea', 'online', { teams: ['billing', 'en'] })], ['es'])).toBe(NOBODY);
    expect(targets([agent('b', 'Bea', 'online', { teams: ['billing', 'es'] })], ['es'])).toBeNull();
    // Not required on this site (nobody lists it): anyone in the team will do.
    expect(targets([agent('b', 'Bea', 'online', { teams: ['billing', 'en'] })], [])).toBeNull();
  });

  it('says nothing until a team is chosen', () => {
    expect(teamTransferWarning({ skills, agents: [] }, '', 'me', null)).toBeNull();
  });
});
