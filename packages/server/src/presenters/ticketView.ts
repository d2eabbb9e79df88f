/** Ticket rows → what agents see. */
import type { TicketView } from '@baton/protocol';
import type { TicketRow } from '../storage/ticketStore.js';
import type { SiteRegistry } from '../services/siteRegistry.js';
import { detectLanguage } from '../domain/escalation/language.js';

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
    ...messageLanguage(t.message),
  };
}

/** The language the message is written in, when its words say so: whoever answers by e-mail answers in it. */
function messageLanguage(message: string): { language?: string } {
  const guess = detectLanguage(message);
  return guess.confidence > 0.5 ? { language: guess.language } : {};
}
