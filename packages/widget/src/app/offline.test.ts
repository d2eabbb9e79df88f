import { describe, expect, it } from 'vitest';
import type { MessageView } from '@baton/protocol';
import { formatNextOpen, looksLikeEmail, offlineHeadline, ticketLeftThisWait, typedEmail } from './offline';
import { stringsFor } from './i18n';

describe('offline queue card', () => {
  it('says plainly that nobody is available', () => {
    expect(offlineHeadline('Billing')).toBe('No one from the Billing team is available right now');
  });

  it('tells when the team is back, in the visitor time zone', () => {
    const now = new Date('2026-11-22T04:30:00Z'); // Sunday
    expect(formatNextOpen({ reason: 'closed_hours', nextOpen: '2026-11-23T08:00:00Z' }, now, 'en-GB', 'UTC')).toBe("We're back Monday at 08:00.");
    expect(formatNextOpen({ reason: 'closed_hours', nextOpen: '2026-11-22T09:00:00Z' }, now, 'en-GB', 'UTC')).toBe("We're back today at 09:00.");
    expect(formatNextOpen({ reason: 'no_agents' }, now, 'en-GB', 'UTC')).toBeNull();
    expect(formatNextOpen({ reason: 'closed_hours', nextOpen: 'nonsense' }, now, 'en-GB', 'UTC')).toBeNull();
  });

  it("marks the time as the customer's own when the team's clock says otherwise (the bot names the team's zone)", () => {
    const now = new Date('2026-11-30T22:00:00Z'); // Monday evening
    const closed = { reason: 'closed_hours' as const, nextOpen: '2026-12-01T08:00:00Z', timeZone: 'Europe/Berlin' };
    expect(formatNextOpen(closed, now, 'en-US', 'America/New_York')).toBe("We're back Tuesday at 03:00 AM (your time).");
    expect(formatNextOpen(closed, now, 'en-GB', 'Europe/Berlin')).toBe("We're back Tuesday at 09:00.");
    expect(formatNextOpen(closed, now, 'es-ES', 'America/Mexico_City', stringsFor('es'))).toBe('Volvemos el martes a las 02:00 (hora local).');
    // A zone the browser does not know: no claim either way.
    expect(formatNextOpen({ ...closed, timeZone: 'Mars/Olympus' }, now, 'en-GB', 'UTC')).toBe("We're back Tuesday at 08:00.");
  });

  it('checks e-mails loosely', () => {
    expect(looksLikeEmail(' ada@example.com ')).toBe(true);
    expect(looksLikeEmail('ada@example')).toBe(false);
    expect(looksLikeEmail('not an email')).toBe(false);
  });
});

describe('ticketLeftThisWait', () => {
  let seq = 0;
  const msg = (authorType: MessageView['authorType'], meta: MessageView['meta'] = {}): MessageView => ({
    id: `m${++seq}`, conversationId: 'c1', seq, clientMsgId: null, authorType, authorName: null, body: 'x', createdAt: '2026-12-01T00:00:00.000Z', meta,
  });

  it('finds the message left in this wait, so a reloaded widget shows "sent", not the form again', () => {
    expect(ticketLeftThisWait([msg('visitor'), msg('bot', { kind: 'handoff' }), msg('bot', { kind: 'info', ticketEmail: 'ada@example.com' }), msg('visitor')])).toBe('ada@example.com');
  });

  it('offers the form again in a later wait, and not before any message was left', () => {
    expect(ticketLeftThisWait([msg('bot', { kind: 'handoff' }), msg('bot', { kind: 'info', ticketEmail: 'ada@example.com' }), msg('bot', { kind: 'handback' }), msg('visitor'), msg('bot', { kind: 'handoff' })])).toBeNull();
    expect(ticketLeftThisWait([msg('visitor'), msg('bot', { kind: 'handoff' })])).toBeNull();
    // Only the bot's confirmation counts, not a visitor's message carrying the field.
    expect(ticketLeftThisWait([msg('bot', { kind: 'handoff' }), msg('visitor', { ticketEmail: 'x@example.com' })])).toBeNull();
  });
});

describe('typedEmail', () => {
  const msg = (authorType: MessageView['authorType'], body: string, seq: number): MessageView =>
    ({ id: `m${seq}`, conversationId: 'c', seq, clientMsgId: null, authorType, authorName: null, body, meta: {}, createdAt: '2026-11-22T10:00:00Z' }) as MessageView;

  it("starts the form with the last address the customer typed, not the bot's or an agent's", () => {
    const thread = [
      msg('visitor', 'my old one is Ana.Ruiz@Example.com', 1),
      msg('bot', 'Write to help@shop.example for invoices.', 2),
      msg('visitor', 'actually use ana@work.example.org. thanks', 3),
      msg('agent', 'or me: sam@shop.example', 4),
    ];
    expect(typedEmail(thread)).toBe('ana@work.example.org');
    expect(typedEmail(thread.slice(0, 2))).toBe('ana.ruiz@example.com');
  });

  it('is null when the customer typed none (an @handle or a bare @ is no address)', () => {
    expect(typedEmail([msg('visitor', 'ping @support, I paid @ 9am', 1), msg('bot', 'help@shop.example', 2)])).toBeNull();
  });
});
