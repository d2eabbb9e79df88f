/**
 * Session 48's read-only review: messages of the reviewer's own that the start commit read right and the session's
 * first patterns read wrong. Each stays as it was at the start.
 */
import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../pipelineTypes.js';
import { findHighStakes } from './highStakes.js';
import { findExplicitRequest } from './explicitRequest.js';
import { scoreFrustration } from './frustration.js';
import { correctTeam } from './teamCorrections.js';
import { chasesRefundMoney } from './refundMoney.js';
import { detectSmallTalk } from '../bot/smallTalk.js';

const shop = 'Northwind Gear';

describe('team corrections the review kept', () => {
  const skill = (id: string, description: string) => ({ id, name: id, description, examples: [] });
  const site: SiteConfig = {
    name: 'Shop', greeting: 'Hi', allowedOrigins: ['*'], kb: { dir: 'kb', language: 'en' }, languages: ['en'], defaultSkill: 'billing', rules: [],
    skills: [
      skill('billing', 'Payments, failed or double charges, refunds (the money side), invoices and VAT, discount codes.'),
      skill('orders', 'Shipping, delivery and tracking, returns, exchanges, damaged or wrong items, warranty claims.'),
      skill('technical', 'Product troubleshooting and product safety, GPS watches, the app, account login, password and two-step verification problems.'),
      skill('sales', 'Pre-sales product questions and availability, product specs, price matching, bulk and business orders.'),
      skill('privacy', 'Data deletion and account closure, data access requests, GDPR questions, consent and marketing-data issues.'),
    ],
  };
  const input = (t: string) => ({ topical: t, conversation: t, current: t });
  it.each([
    ['orders', 'If I choose collect in store in Berlin, how long will you keep my order there?'],
    ['orders', 'How long will DHL hold my parcel at the depot?'],
    ['orders', 'Please pass my details on to the courier so he can call me'],
    ['orders', "I've given my number to DHL already"],
    ['orders', "I couldn't log in last week but that's sorted. now where's my return label?"],
    ['orders', 'Do you do repairs or replacements for items damaged in the post?'],
    ['orders', 'whoever handles group orders messed up ours: NW-123456 arrived with 3 tents missing'],
  ])('%s keeps %j', (from, m) => expect(correctTeam(site, from, input(m))).toBe(from));
});

describe('requests the review kept', () => {
  it.each([
    "The FAQ says to 'request a call back'. OK then, I request a call back.",
  ])('%j still asks', (m) => expect(findExplicitRequest(m, shop)).not.toBeNull());
  it.each([
    'Is there any person in the photo for scale?',
    'Is there a human involved in the stitching at all? I care about craftsmanship.',
    'No need, your colleagues can check it when the parcel reaches the warehouse.',
  ])('%j asks for no one', (m) => expect(findExplicitRequest(m, shop)).toBeNull());
});

describe('high stakes the review kept', () => {
  it.each([
    "I really don't want to involve a lawyer, but you're leaving me no choice.",
    "I'd rather not involve my solicitor over a jacket, but I will if I must.",
    "I'm not just going to call a lawyer, I'm going to the press as well.",
  ])('%j is still legal', (m) => expect(findHighStakes(m)?.kind).toBe('legal'));
  it.each([
    'I rolled my ankle hiking last week. The parcel went out for delivery today, when will it arrive?',
    'The Klarna app says it will then ask my bank to pull the first instalment back automatically',
  ])('%j is none', (m) => expect(findHighStakes(m)).toBeNull());
  it('a swollen power bank of their own is safety, whatever they read before', () => {
    expect(findHighStakes('I read an article about power bank fires and now my power bank is swollen, I\'m worried')?.kind).toBe('safety');
  });
});

describe('sincere words the review kept', () => {
  it.each([
    "So the rumour that you're closing was nonsense? Great!",
    'Super helpful as always, thanks so much Anna!',
    'For the privilege of being a member, do I get free shipping?',
    'So handy for a weekend trip!',
    "Very green of you to use paper tape, I can't stand plastic.",
    'I can read the article myself later, thanks.',
  ])('%j is not sarcasm', (m) => expect(scoreFrustration(m, [], true, shop).labels).not.toContain('sarcasm'));
  it.each(["Thanks, that's specifically what I needed!", "Great, thanks! That's exactly what I'm after."])('%j is thanks', (m) => expect(detectSmallTalk(m)).toBe('thanks'));
  it.each(['does the refund just cover the jacket or the shipping too?', 'todavía no veo los 3 colores en la web'])('%j chases no refund', (m) => expect(chasesRefundMoney(m)).toBe(false));
});
