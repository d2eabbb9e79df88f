import type { SupervisorAgentRow } from '@baton/protocol';

/**
 * How a supervisor reads one agent: what they carry against their capacity, and whether they can take more now.
 * "Can take more" needs online, on shift and a free slot: the same test dispatch applies.
 */
export function agentLoadLine(a: SupervisorAgentRow): { chats: string; status: string; free: boolean } {
  const chats = `${a.load} of ${a.capacity}`;
  if (a.presence !== 'online') return { chats, status: a.presence === 'away' ? 'Away' : 'Offline', free: false };
  if (!a.onShift) return { chats, status: 'Online, off shift', free: false };
  if (a.load >= a.capacity) return { chats, status: 'Full', free: false };
  return { chats, status: a.load === 0 ? 'Free' : 'Can take more', free: true };
}
