import { describe, expect, it } from 'vitest';
import type { QueueInfo } from '@baton/protocol';
import { queueCardLines } from './queueCard';
import { stringsFor } from './i18n';

const queue = (over: Partial<QueueInfo> = {}): QueueInfo => ({
  skill: 'orders',
  skillName: 'Orders',
  position: 2,
  estimateSeconds: 240,
  estimateLowSeconds: 130,
  estimateHighSeconds: 410,
  agentsOnline: 1,
  updatedAt: '2026-11-22T04:30:00.000Z',
  ...over,
});
const sunday = new Date('2026-11-22T04:30:00Z');

describe('queueCardLines', () => {
  it('names the team, the place in line and the estimate in two lines', () => {
    expect(queueCardLines(queue(), sunday)).toEqual({
      headline: 'Waiting for the Orders team',
      detail: 'You are number 2 in line · Estimated wait: about 4 min (between 2 and 7 min)',
    });
  });

  it('while offered to an agent, says they are next and someone is being asked now (not a bare "number 1")', () => {
    expect(queueCardLines(queue({ position: 1 }), sunday, 'en', undefined, stringsFor('en'), true)).toEqual({
      headline: 'Waiting for the Orders team',
      detail: "You're next: someone from the team is being asked to take your chat now",
    });
    expect(queueCardLines(queue({ position: 1 }), sunday, 'es', undefined, stringsFor('es'), true).detail).toMatch(/^Eres el siguiente/);
    // Offered to a named colleague, or with nobody available, those lines still say it.
    expect(queueCardLines(queue({ position: 1, forAgent: 'Sam' }), sunday, 'en', undefined, stringsFor('en'), true).headline).toBe('Waiting for Sam to join');
    expect(queueCardLines(queue({ position: 1, offline: { reason: 'no_agents' } }), sunday, 'en', undefined, stringsFor('en'), true).detail).toBe('You are number 1 in line and keep your place.');
  });

  it('says plainly that nobody is available, with no estimate', () => {
    expect(queueCardLines(queue({ position: 1, offline: { reason: 'no_agents' } }), sunday)).toEqual({
      headline: 'No one from the Orders team is available right now',
      detail: 'You are number 1 in line and keep your place.',
    });
  });

  it('out of hours, says when the team is back (or that it is closed)', () => {
    const closed = (nextOpen?: string) => queueCardLines(queue({ position: 1, offline: { reason: 'closed_hours', nextOpen, hours: 'mon-fri 09:00-18:00 (UTC)' } }), sunday, 'en-GB', 'UTC');
    expect(closed('2026-11-23T09:00:00Z').detail).toBe("We're back Monday at 09:00. You are number 1 in line and keep your place.");
    expect(closed().detail).toBe('We are closed right now. You are number 1 in line and keep your place.');
  });

  it('before the queue is known, only says who it waits for', () => {
    expect(queueCardLines(null, sunday)).toEqual({ headline: 'Waiting for our team', detail: null });
  });
});

describe('queueCardLines in the customer’s language', () => {
  it('speaks Spanish and German, dates included', () => {
    const es = stringsFor('es');
    expect(queueCardLines(queue(), sunday, 'es', 'UTC', es)).toEqual({
      headline: 'Esperando al equipo de Orders',
      detail: 'Eres el número 2 de la cola · Espera estimada: unos 4 min (entre 2 y 7 min)',
    });
    const de = stringsFor('de');
    const closed = queueCardLines(queue({ position: 1, offline: { reason: 'closed_hours', nextOpen: '2026-11-23T09:00:00Z' } }), sunday, 'de', 'UTC', de);
    expect(closed.headline).toBe('Gerade ist niemand aus dem Team Orders erreichbar');
    expect(closed.detail).toBe('Wir sind am Montag ab 09:00 Uhr wieder da. Sie sind Nummer 1 in der Warteschlange und behalten Ihren Platz.');
  });
});

describe('queueCardLines: transferred to a named colleague', () => {
  it('names the colleague instead of a team and a place in line', () => {
    expect(queueCardLines(queue({ forAgent: 'Sam Lee', position: 1, estimateSeconds: 20, estimateLowSeconds: 0, estimateHighSeconds: 40 }), sunday)).toEqual({
      headline: 'Waiting for Sam Lee to join',
      detail: 'Estimated wait: less than a minute',
    });
  });
});
