import { create } from 'zustand';
import type { TransferTargets } from '@baton/protocol';

/** The site's skills and agents for the transfer form; refreshed with every inbox:list answer. */
interface TransferTargetsState extends TransferTargets {
  set(targets: TransferTargets): void;
}

export const useTransferTargetsStore = create<TransferTargetsState>()((set) => ({
  skills: [],
  agents: [],
  requiredLanguages: [],
  set: ({ skills, agents, requiredLanguages }) => set({ skills, agents, requiredLanguages: requiredLanguages ?? [] }),
}));
