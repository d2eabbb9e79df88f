import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import type { SiteConfig } from '../pipelineTypes.js';
import { buildSkillClassifier, classifySkill, skillTrainingExamples } from './skill.js';

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

describe('skill classifier on the demo site', () => {
  const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
  const classifier = buildSkillClassifier(demo.config);

  it.each([
    ['hi, my package was meant to be here on tuesday and the tracking has not moved since', 'orders'],
    ['I want to exchange the sheets for a different colour', 'orders'],
    ['the glass shade came smashed in the box', 'orders'],
    ['I see two payments for the same order on my bank statement', 'billing'],
    ['my discount code says it has expired but the email says valid until sunday', 'billing'],
    ['I need a receipt with our VAT number for the company', 'billing'],
    ['the Ember bulb keeps disconnecting from the app', 'technical'],
    ['I forgot my password and the reset email never arrives', 'technical'],
    ['is the Moor throw made of wool or cotton?', 'sales'],
    ['we want to order 50 pendants for a restaurant, is there a bulk price?', 'sales'],
    ['¿puedo cambiar la dirección de entrega de mi pedido?', 'orders'],
    ['Meine Rechnung ist falsch und die Zahlung wurde abgelehnt', 'billing'],
  ])('routes %j to %s', (text, skill) => {
    expect(classifier.classify(text).skill).toBe(skill);
  });

  it('uses the whole customer side of a conversation', () => {
    const transcript = ['hello', 'I ordered a lamp last week', 'it was charged twice on my credit card'].join('\n');
    expect(classifier.classify(transcript).skill).toBe('billing');
  });

  it('falls back to the default skill with zero confidence on empty text', () => {
    expect(classifier.classify('')).toEqual({ skill: demo.config.defaultSkill, confidence: 0 });
  });

  it('trains from each skill name, description clause and example', () => {
    const ex = skillTrainingExamples(demo.config);
    expect(ex.filter((e) => e.label === 'billing').map((e) => e.text)).toEqual(expect.arrayContaining(['Billing', 'double charges', 'i was charged twice']));
  });
});
