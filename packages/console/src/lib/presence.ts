import type { AgentView, ConversationSummary } from '@baton/protocol';

export type Presence = AgentView['presence'];

export interface PresenceChoice {
  presence: Presence;
  label: string;
  /** What choosing it does, in the agent's terms: the consequences differ more than the names suggest. */
  hint: string;
}

/** The chats this agent is in now: the ones that go back to the queue if they go offline. */
export function heldChats(rows: Iterable<ConversationSummary>, agentId: string): number {
  let n = 0;
  for (const r of rows) if (r.state === 'human' && r.agentId === agentId) n++;
  return n;
}

const plural = (n: number) => (n === 1 ? 'Your chat goes' : `Your ${n} chats go`);

/** The three presences, in order, with what each does given the chats held now. */
export function presenceChoices(held: number): PresenceChoice[] {
  return [
    { presence: 'online', label: 'Online', hint: 'Takes new chats' },
    { presence: 'away', label: 'Away', hint: held ? "No new chats; you keep yours, and those customers see you've stepped away" : 'No new chats for now' },
    { presence: 'offline', label: 'Offline', hint: held ? `${plural(held)} back to the queue; stays offline after a reload` : 'No chats; stays offline after a reload' },
  ];
}
