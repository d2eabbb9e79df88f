/**
 * Session 47's read-only review: messages of the reviewer's own that the session's first patterns read wrong (and the
 * session's starting code right), kept here as they should read.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes, learnedDuty } from './highStakes.js';
import { refundAmount } from './refundAmount.js';
import { asksDeliveryPromise } from '../bot/deliveryPromise.js';
import { normalise } from '../bot/text.js';

describe('review 47: high stakes', () => {
  it.each([
    "I haven't ordered anything in ages – are there still shipping charges to Norway?",
    "haven't bought anything from you since 2023, what are the delivery charges to Austria now?",
    'tengo dos pagos del plan de Klarna que no hice todavía, ¿dónde los pago?',
    'Gibt es bei euch Zahlungsarten, die ich nicht kenne, z.B. Kauf auf Rechnung?',
    '¿Cómo puedo saber si alguien ha entrado en mi cuenta? Es solo por curiosidad',
  ])('%j is none', (m) => expect(findHighStakes(m)).toBeNull());
  it.each([
    ['My old gmail was hacked last year and someone used it to get into my Northwind account and change the address', 'security'],
    ['My old gmail was hacked 2 years ago and last night someone changed my Northwind password', 'security'],
    ["the Pace 5 strap broke while I was bouldering, I fell and broke my wrist, so I can't climb for months", 'injury'],
    ['The Ridgeline 3P fell on my daughter and broke her nose, so we are sending the tent back', 'injury'],
  ])('%j is %s', (m, kind) => expect(findHighStakes(m, '', '')?.kind).toBe(kind));
  it.each([
    'Meine Sparkasse hat die Zahlung für NW-552103 zurückgeholt',
    'someone is burning through my Trailpoints on orders I never made',
    'sorry to bump this again, still no refund for NW-771203',
  ])('%j is not the safety team\'s', (m) => expect(learnedDuty(normalise(m))).not.toBe('safety'));
});

describe('review 47: refunds and delivery days', () => {
  it('"charged two times $120 for one jacket" is one price charged twice, not two items', () => {
    expect(refundAmount('I was charged two times $120 for one Stormshell jacket, please refund the duplicate').total).toBeLessThanOrEqual(200);
  });
  it.each([
    'will it arrive by friday if i ordered today?',
    'thinking of ordering the Summit Pro 2 — would it arrive by the 14th?',
    'will it come back to my card by friday? the refund I mean',
  ])('%j asks no delivery promise of a placed order', (m) => expect(asksDeliveryPromise(normalise(m), 'Northwind Gear')).toBe(false));
});

describe('review 47: personal data', () => {
  it('who gets the tracking or invoice details is no privacy question; who gets my routes is', async () => {
    const { correctTeam } = await import('./teamCorrections.js');
    const skill = (id: string, description: string) => ({ id, name: id, description, examples: [] });
    const site = { name: 'Shop', greeting: 'Hi', allowedOrigins: ['*'], kb: { dir: 'kb', language: 'en' }, languages: ['en'], defaultSkill: 'technical', rules: [], skills: [skill('technical', 'Product troubleshooting, the app'), skill('privacy', 'Data deletion, data access requests, GDPR questions')] };
    const input = (t: string) => ({ topical: t, conversation: t, current: t });
    expect(correctTeam(site, 'technical', input('who gets the tracking details, DHL?'))).toBe('technical');
    expect(correctTeam(site, 'technical', input('who receives the invoice details for my order?'))).toBe('technical');
    expect(correctTeam(site, 'technical', input('who gets my GPS routes from the trail app?'))).toBe('privacy');
  });
});
