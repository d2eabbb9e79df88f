import { create } from 'zustand';
import type { HandoffPackage } from '@baton/protocol';
import { syncAlerts, upsertAlert, type OfferAlert } from '../lib/alerts';
import type { InboxById } from '../lib/inbox';

interface AlertState {
  alerts: OfferAlert[];
  /** Returns true for a brand-new alert (worth a beep), false for a refresh of an existing one. */
  raise(alert: OfferAlert): boolean;
  updatePackage(conversationId: string, pkg: HandoffPackage): void;
  dismiss(conversationId: string): void;
  /** After every inbox change: see syncAlerts. */
  sync(byId: InboxById, meId: string | null, complete?: boolean): void;
  clear(): void;
}

export const useAlertStore = create<AlertState>()((set, get) => ({
  alerts: [],
  raise: (alert) => {
    const { alerts, isNew } = upsertAlert(get().alerts, alert);
    set({ alerts });
    return isNew;
  },
  updatePackage: (conversationId, pkg) =>
    set((s) => ({ alerts: s.alerts.map((a) => (a.conversation.id === conversationId ? { ...a, package: pkg } : a)) })),
  dismiss: (conversationId) => set((s) => ({ alerts: s.alerts.filter((a) => a.conversation.id !== conversationId) })),
  sync: (byId, meId, complete) =>
    set((s) => {
      const alerts = syncAlerts(s.alerts, byId, meId, complete);
      return alerts === s.alerts ? s : { alerts };
    }),
  clear: () => set({ alerts: [] }),
}));
