import { create } from 'zustand';
import type { MessageView } from '@baton/protocol';
import { addEntry, loadOutbox, markEntry, removeEntry, saveOutbox, withoutConfirmed, type KeyValueStorage, type OutboxEntry } from '../lib/outbox';

function sessionStore(): KeyValueStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // access can throw when storage is disabled
  }
}

interface OutboxState {
  entries: OutboxEntry[];
  add(entry: OutboxEntry): void;
  remove(clientMsgId: string): void;
  mark(clientMsgId: string, status: OutboxEntry['status'], error?: string | null): void;
  /** Drop entries whose message the server has echoed back. */
  confirm(messages: MessageView[]): void;
  clear(): void;
}

// Entries that were "sending" when the page unloaded are simply sent again.
export const useOutboxStore = create<OutboxState>()((set) => ({
  entries: loadOutbox(sessionStore()),
  add: (entry) => set((s) => ({ entries: addEntry(s.entries, entry) })),
  remove: (id) => set((s) => ({ entries: removeEntry(s.entries, id) })),
  mark: (id, status, error = null) => set((s) => ({ entries: markEntry(s.entries, id, status, error) })),
  confirm: (messages) =>
    set((s) => {
      const entries = withoutConfirmed(s.entries, messages);
      return entries === s.entries ? s : { entries };
    }),
  clear: () => set({ entries: [] }),
}));

useOutboxStore.subscribe((state, prev) => {
  if (state.entries !== prev.entries) saveOutbox(sessionStore(), state.entries);
});
