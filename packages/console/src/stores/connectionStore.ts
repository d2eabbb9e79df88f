import { create } from 'zustand';

/** 'offline' = we had a connection and lost it; the UI says so and keeps the outbox. */
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'offline';

interface ConnectionState {
  status: ConnectionStatus;
  setStatus(status: ConnectionStatus): void;
}

export const useConnectionStore = create<ConnectionState>()((set) => ({
  status: 'idle',
  setStatus: (status) => set({ status }),
}));
