import type { EstimateAccuracy, TicketView } from '@baton/protocol';

/** Newest first; a ticket seen twice (push and list) appears once. */
export function mergeTicket(list: readonly TicketView[], t: TicketView): TicketView[] {
  return [t, ...list.filter((x) => x.id !== t.id)].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** "83 % within (12)"; "–" without samples. */
export function formatAccuracy(a: EstimateAccuracy): string {
  if (a.samples === 0 || a.withinShare === null) return '–';
  return `${Math.round(a.withinShare * 100)} % within (${a.samples})`;
}
