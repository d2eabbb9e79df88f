import { describe, expect, it } from 'vitest';
import type { SiteRegistry } from '../services/siteRegistry.js';
import type { TicketRow } from '../storage/ticketStore.js';
import { ticketView } from './ticketView.js';

const sites = { skillName: () => 'Orders' } as unknown as SiteRegistry;
const row = (message: string): TicketRow => ({ id: 't1', siteId: 's', conversationId: null, visitorId: 'v', email: 'a@example.com', message, skill: 'orders', status: 'open', createdAt: new Date('2026-12-04T10:00:00Z') });

describe('ticketView', () => {
  it('says which language the message is written in, so the e-mail reply can be in it', () => {
    expect(ticketView(sites, row('Hola, mi pedido no ha llegado y necesito una respuesta, por favor.')).language).toBe('es');
    expect(ticketView(sites, row('Meine Bestellung ist nicht angekommen, bitte melden Sie sich bei mir.')).language).toBe('de');
    expect(ticketView(sites, row('My parcel never arrived, please get back to me.')).language).toBe('en');
  });

  it('says nothing when the words do not tell (an order number alone)', () => {
    expect(ticketView(sites, row('LL-123456?')).language).toBeUndefined();
  });
});
