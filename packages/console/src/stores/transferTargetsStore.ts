import { create } from 'zustand';
import type { TransferTargets } from '@baton/protocol';

/** The site's skills and agents for the transfer form: set by every inbox:list answer, and pushed while the form is open. */
interface TransferTargetsState extends TransferTargets {
  set(targets: TransferTargets): void;
}

export const useTransferTargetsStore = create<TransferTargetsState>()((set) => ({
  skills: [],
  agents: [],
  requiredLanguages: [],
  set: ({ skills, agents, requiredLanguages }) => set({ skills, agents, requiredLanguages: requiredLanguages ?? [] }),
}));
