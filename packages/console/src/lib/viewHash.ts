/** The console tab in the address (#tickets, #queues), so a reload stays where the agent was. */
export type ConsoleView = 'inbox' | 'tickets' | 'supervisor';

const HASHES: Record<ConsoleView, string> = { inbox: '', tickets: '#tickets', supervisor: '#queues' };

export function viewFromHash(hash: string): ConsoleView {
  return hash === '#tickets' ? 'tickets' : hash === '#queues' ? 'supervisor' : 'inbox';
}

export function hashFor(view: ConsoleView): string {
  return HASHES[view];
}
