/** Ticket rows → what agents see. */
import type { TicketView } from '@baton/protocol';
import type { TicketRow } from '../storage/ticketStore.js';
import type { SiteRegistry } from '../services/siteRegistry.js';

export function ticketView(sites: SiteRegistry, t: TicketRow): TicketView {
  return {
    id: t.id,
    conversationId: t.conversationId,
    visitorId: t.visitorId,
    email: t.email,
    message: t.message,
    skill: t.skill,
    skillName: sites.skillName(t.siteId, t.skill) ?? t.skill,
    status: t.status,
    createdAt: t.createdAt.toISOString(),
  };
}
