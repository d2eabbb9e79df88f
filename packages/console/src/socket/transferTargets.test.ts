import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TransferTargets } from '@baton/protocol';
import { useTransferTargetsStore } from '../stores/transferTargetsStore';
import { applyPushedTransferTargets, refreshTransferTargets } from './transferTargets';

const answers: ((ack: unknown) => void)[] = [];
vi.mock('./request', () => ({ request: () => new Promise((resolve) => answers.push(resolve)) }));

const list = (presence: 'online' | 'away'): TransferTargets => ({
  skills: [{ id: 'orders', name: 'Orders' }],
  agents: [{ id: 'ag_sam', name: 'Sam Lee', presence, teams: ['orders'], onShift: true, load: 0, capacity: 3 }],
  requiredLanguages: [],
});
const samPresence = () => useTransferTargetsStore.getState().agents[0]?.presence;

describe('the transfer list while the form is open', () => {
  beforeEach(() => {
    answers.length = 0;
    useTransferTargetsStore.getState().set({ skills: [], agents: [], requiredLanguages: [] });
  });

  it('takes the read, then every pushed change', async () => {
    const read = refreshTransferTargets({ watch: true });
    answers[0]!({ ok: true, data: list('online') });
    await read;
    expect(samPresence()).toBe('online');
    applyPushedTransferTargets(list('away'));
    expect(samPresence()).toBe('away');
  });

  it('keeps a pushed list over a read answered after it (the read may have started before the change)', async () => {
    const read = refreshTransferTargets({ watch: true });
    applyPushedTransferTargets(list('away'));
    answers[0]!({ ok: true, data: list('online') });
    await read;
    expect(samPresence()).toBe('away');
  });
});
