import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../pipelineTypes.js';
import { buildSkillClassifier, classifySkill } from './skill.js';

const site: SiteConfig = {
  name: 'Shop', greeting: 'Hi', allowedOrigins: ['*'], kb: { dir: 'kb', language: 'en' }, languages: ['en'],
  skills: [
    { id: 'orders', name: 'Orders', description: 'Shipping, delivery and tracking, returns, exchanges, cancellations, damaged items, warranty claims.', examples: ['where is my parcel??', 'want to send these back', 'please cancel my order', 'box arrived crushed'] },
    { id: 'billing', name: 'Billing', description: 'Payments, double charges, refunds, invoices and VAT, gift card balances, discount codes.', examples: ['i got charged twice', 'card declined at checkout', 'where is my refund', 'code will not apply'] },
    { id: 'technical', name: 'Technical', description: 'Product troubleshooting, smart bulbs and the app, login and password problems.', examples: ['bulb will not pair with the app', 'lamp flickers', 'cannot log into my account', 'reset link does not work'] },
    { id: 'sales', name: 'Sales', description: 'Product questions before buying, stock and restocking, bulk and business orders.', examples: ['will the throw be back in stock', 'we need 40 lamps for a hotel', 'what size fits a double bed'] },
  ],
  defaultSkill: 'orders',
  rules: [],
};

describe('skill classifier', () => {
  const classifier = buildSkillClassifier(site);

  it.each([
    ['my parcel still has not been delivered', 'orders'],
    ['I was charged two times for the same order', 'billing'],
    ['the smart bulb keeps dropping off the app', 'technical'],
    ['we need about 60 lamps for our new hotel, is that possible?', 'sales'],
    ['la tarjeta fue rechazada en el pago', 'billing'],
    ['Mein Paket ist nicht angekommen, Lieferung verspätet', 'orders'],
  ])('routes %j to %s', (text, skill) => {
    expect(classifier.classify(text).skill).toBe(skill);
  });

  it('returns a confidence in [0,1] and the default skill for empty text', () => {
    const r = classifier.classify('refund for my invoice');
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(classifier.classify('').skill).toBe('orders');
  });

  it('classifySkill caches per site', () => {
    expect(classifySkill(site, 'password reset link expired').skill).toBe('technical');
  });
});
