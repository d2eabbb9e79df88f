import { create } from 'zustand';
import type { AgentView } from '@baton/protocol';

/** checking: GET /api/agent/me in flight; unreachable: the server did not answer at all. */
export type AuthStatus = 'checking' | 'anonymous' | 'authenticated' | 'unreachable';

interface AuthState {
  status: AuthStatus;
  agent: AgentView | null;
  signedIn(agent: AgentView): void;
  /** agent:updated / presence acks; ignored if it is someone else or we signed out meanwhile. */
  updateAgent(agent: AgentView): void;
  signedOut(): void;
  setStatus(status: AuthStatus): void;
}

export const useAuthStore = create<AuthState>()((set, get) => ({
  status: 'checking',
  agent: null,
  signedIn: (agent) => set({ status: 'authenticated', agent }),
  updateAgent: (agent) => {
    const current = get().agent;
    if (current && current.id === agent.id) set({ agent });
  },
  signedOut: () => set({ status: 'anonymous', agent: null }),
  setStatus: (status) => set({ status }),
}));

export const currentAgentId = (): string | null => useAuthStore.getState().agent?.id ?? null;
