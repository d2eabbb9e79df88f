import { describe, expect, it } from 'vitest';
import type { SupervisorAgentRow } from '@baton/protocol';
import { agentLoadLine } from './agentLoad';

const row = (over: Partial<SupervisorAgentRow> = {}): SupervisorAgentRow => ({ id: 'a1', name: 'Alex', presence: 'online', load: 1, capacity: 3, teams: ['orders'], onShift: true, ratings: 0, averageRating: null, ...over });

describe('agentLoadLine', () => {
  it('says what an agent carries and whether they can take more, as dispatch would', () => {
    expect(agentLoadLine(row())).toEqual({ chats: '1 of 3', status: 'Can take more', free: true });
    expect(agentLoadLine(row({ load: 0 }))).toMatchObject({ status: 'Free', free: true });
    expect(agentLoadLine(row({ load: 3 }))).toMatchObject({ chats: '3 of 3', status: 'Full', free: false });
    expect(agentLoadLine(row({ onShift: false }))).toMatchObject({ status: 'Online, off shift', free: false });
    expect(agentLoadLine(row({ presence: 'away', load: 2 }))).toEqual({ chats: '2 of 3', status: 'Away', free: false });
    expect(agentLoadLine(row({ presence: 'offline', load: 0 }))).toMatchObject({ status: 'Offline', free: false });
  });
});
