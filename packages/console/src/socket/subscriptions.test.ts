import { beforeEach, describe, expect, it } from 'vitest';
import type { AgentView, ConversationSummary } from '@baton/protocol';
import { summary } from '../lib/testFixtures';
import { useAlertStore } from '../stores/alertStore';
import { useAuthStore } from '../stores/authStore';
import { useInboxStore } from '../stores/inboxStore';
import type { AgentSocket } from './agentSocket';
import { bindAgentSocket } from './subscriptions';

const ME: AgentView = { id: 'ag_me', siteId: 'site_demo', email: 'me@example.com', name: 'Me', role: 'agent', skills: [], capacity: 3, presence: 'online' };

/** Just enough of a socket to deliver server events to the console's handlers. */
function fakeSocket() {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  const socket = { active: true, on: (event: string, fn: (...args: unknown[]) => void) => handlers.set(event, fn) } as unknown as AgentSocket;
  const emit = (event: string, ...args: unknown[]) => handlers.get(event)!(...args);
  return { socket, emit };
}

const offered = (version: number) => summary({ id: 'c1', customerName: 'Visitor 816f', state: 'offered', offeredToAgentId: ME.id, version });
const banner = () => useAlertStore.getState().alerts.map((a) => ({ id: a.conversation.id, offeredToMe: a.offeredToMe }));

describe('offer alerts follow the conversation state', () => {
  let emit: (event: string, ...args: unknown[]) => void;
  beforeEach(() => {
    useAuthStore.getState().signedIn(ME);
    useInboxStore.getState().reset();
    useInboxStore.getState().replaceAll([]);
    useAlertStore.getState().clear();
    const f = fakeSocket();
    bindAgentSocket(f.socket, { onRejected: () => {} });
    emit = f.emit;
  });

  it('"Chat offered to you" goes away when the offer expires (or is declined, or withdrawn when I went away)', () => {
    emit('conversation:updated', offered(2));
    emit('conversation:offered', { conversation: offered(2), package: null });
    expect(banner()).toEqual([{ id: 'c1', offeredToMe: true }]);
    emit('conversation:updated', summary({ id: 'c1', state: 'queued', version: 3 }) satisfies ConversationSummary);
    expect(banner()).toEqual([]);
  });

  it('goes away when the offer moves on to another agent', () => {
    emit('conversation:offered', { conversation: offered(2), package: null });
    emit('conversation:updated', summary({ id: 'c1', state: 'offered', offeredToAgentId: 'ag_other', version: 4 }));
    expect(banner()).toEqual([]);
  });

  it('does not alert for an offer that a newer update already took back (events out of order)', () => {
    emit('conversation:updated', summary({ id: 'c1', state: 'queued', version: 3 }));
    useAlertStore.getState().clear();
    emit('conversation:offered', { conversation: offered(2), package: null });
    expect(banner()).toEqual([]);
  });
});
