import { beforeEach, describe, expect, it } from 'vitest';
import type { AgentView, ConversationSummary } from '@baton/protocol';
import { msg, summary } from '../lib/testFixtures';
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

/** Signed in as ME, empty inbox and alerts, handlers bound to a fresh fake socket. */
function bindFresh(): (event: string, ...args: unknown[]) => void {
  useAuthStore.getState().signedIn(ME);
  useInboxStore.getState().reset();
  useInboxStore.getState().replaceAll([]);
  useAlertStore.getState().clear();
  const f = fakeSocket();
  bindAgentSocket(f.socket, { onRejected: () => {} });
  return f.emit;
}

const offered = (version: number) => summary({ id: 'c1', customerName: 'Visitor 816f', state: 'offered', offeredToAgentId: ME.id, version });
const banner = () => useAlertStore.getState().alerts.map((a) => ({ id: a.conversation.id, offeredToMe: a.offeredToMe }));

describe('offer alerts follow the conversation state', () => {
  let emit: (event: string, ...args: unknown[]) => void;
  beforeEach(() => {
    emit = bindFresh();
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

describe('inbox preview', () => {
  let emit: (event: string, ...args: unknown[]) => void;
  beforeEach(() => {
    emit = bindFresh();
  });

  const preview = () => useInboxStore.getState().byId.c1?.lastMessagePreview;
  const transferred = summary({ id: 'c1', state: 'queued', version: 5, lastSeq: 7, lastMessagePreview: 'Transferred to the Billing team by Alex Rivera', updatedAt: '2025-01-01T10:05:00.000Z' });
  const told = msg(7, { authorType: 'system', authorName: 'Alex Rivera', body: 'Alex Rivera is transferring you to the Billing team.', meta: { kind: 'transfer' }, createdAt: '2025-01-01T10:05:00.000Z' });

  it('shows the agents\' line for a transfer, whichever event comes first', () => {
    emit('conversation:updated', summary({ id: 'c1', state: 'human', agentId: ME.id, version: 4, lastSeq: 6, lastMessagePreview: 'my card was charged twice' }));
    emit('message:created', { conversationId: 'c1', message: told });
    expect(preview()).toBe('my card was charged twice');
    emit('conversation:updated', transferred);
    expect(preview()).toBe('Transferred to the Billing team by Alex Rivera');
    emit('message:created', { conversationId: 'c1', message: told });
    expect(preview()).toBe('Transferred to the Billing team by Alex Rivera');
  });

  it('still previews what the customer, the bot and agents write', () => {
    emit('conversation:updated', transferred);
    emit('message:created', { conversationId: 'c1', message: msg(8, { body: 'hello?', createdAt: '2025-01-01T10:06:00.000Z' }) });
    expect(preview()).toBe('hello?');
  });
});
