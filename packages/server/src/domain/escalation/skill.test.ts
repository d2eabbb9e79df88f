import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import type { Article, SiteConfig } from '../pipelineTypes.js';
import { buildSkillClassifier, classifySkill, CONVENTIONAL_EXAMPLES, conventionalExamples, kbTrainingExamples, orderNumbersAsWords, productMask, skillTrainingExamples } from './skill.js';
import { trainTextClassifier } from '../intent/classifier.js';

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

  it('knows what teams with conventional ids usually handle, and leaves other teams alone', () => {
    expect(classifier.classify('do you offer a repair service if I post the lamp in?').skill).toBe('technical');
    expect(classifier.classify('could you put a gift note in the parcel?').skill).toBe('orders');
    expect(classifier.classify('can you engrave initials on it?').skill).toBe('sales');
    // Session 19: a paid repair once the warranty is over, creators asking for review units.
    expect(classifier.classify("it's out of warranty, can I pay you to replace the battery?").skill).toBe('technical');
    expect(classifier.classify('do you work with creators or send review units to YouTubers?').skill).toBe('sales');
    expect(classifier.classify('Sold out again on the site. Any idea when you will have more in?').skill).toBe('sales');
    // …without pulling ordinary messages away from their team.
    expect(classifier.classify('my discount code stopped working').skill).toBe('billing');
    expect(classifier.classify('can I return it at the store').skill).toBe('orders');
    const renamed: SiteConfig = { ...site, skills: site.skills.map((sk) => ({ ...sk, id: `team-${sk.id}` })), defaultSkill: 'team-orders' };
    expect(conventionalExamples(renamed)).toEqual([]);
    expect(conventionalExamples(site).filter((e) => e.label === 'technical').map((e) => e.text)).toEqual(CONVENTIONAL_EXAMPLES.technical);
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

describe('skill classifier with the knowledge base', () => {
  const articles: Article[] = [
    {
      id: 'order-tracking',
      title: 'Order tracking',
      body: 'Your tracking link arrives by email once the carrier has the parcel.\n\nIf the carrier shows no new scan for five working days, the consignment may be stuck at a depot; we open an investigation with the courier.',
    },
    {
      id: 'lamp-care',
      title: 'Troubleshooting the Ember Glow lamp',
      body: 'If your Ember Glow lamp flickers, tighten the bulb.\n\nIf the firmware update stalls, hold the dimmer for ten seconds until the LED blinks amber.',
    },
    {
      id: 'failed-payments',
      title: 'Failed payments',
      body: 'PAY-101 Declined by bank: ask your bank why.\n\nPAY-204 means 3-D Secure was not completed.',
    },
  ];
  const withKb = buildSkillClassifier(site, articles);
  const withoutKb = buildSkillClassifier(site);

  it('learns a team\'s words from the articles whose titles belong to it', () => {
    const text = 'the courier has shown no new scan for five working days, is it stuck at a depot?';
    expect(withoutKb.classify(text).skill).not.toBe('orders');
    expect(withKb.classify(text).skill).toBe('orders');
    expect(withKb.classify('the dimmer LED blinks amber and the firmware update stalls').skill).toBe('technical');
  });

  it('labels passages by their article title, with the title in each', () => {
    const titleModel = trainTextClassifier(skillTrainingExamples(site));
    const ex = kbTrainingExamples(articles, titleModel, (t) => t);
    expect(ex.filter((e) => e.label === 'orders')).toHaveLength(2);
    expect(ex.every((e) => e.text.startsWith(articles.find((a) => e.text.startsWith(a.title))!.title))).toBe(true);
  });

  it('reads an order number in the shop\'s own format as the word "order"', () => {
    const kb: Article[] = [{ id: 'tracking', title: 'Tracking', body: 'Our order numbers look like NW-123456 and are in the confirmation email.' }];
    const asWords = orderNumbersAsWords(kb);
    expect(asWords('NW-583019 has a tear')).toBe(' order  has a tear');
    expect(asWords('claim WC-20931 was rejected')).toBe('claim WC-20931 was rejected');
    expect(orderNumbersAsWords([])('NW-583019')).toBe('NW-583019');
  });

  it('blanks product names, except words the site uses for a team\'s topic', () => {
    const mask = productMask(site, articles);
    expect(mask('my ember glow lamp is broken').toLowerCase()).not.toContain('ember glow');
    expect(mask('PAY-101 Declined by bank')).toContain('Declined');
    // The product name carries no team: the same question about it routes as it would without it.
    expect(withKb.classify('will the Ember Glow be back in stock').skill).toBe('sales');
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
    ['Ich möchte die Decke zurückschicken, sie ist zu klein', 'orders'],
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

describe('skill classifier: a heart rate (session 23)', () => {
  it('reads a heart rate as a reading, not a rate to pay', () => {
    const site = {
      name: 'Shop', greeting: 'Hi', allowedOrigins: ['*'], kb: { dir: 'kb', language: 'en' }, languages: ['en'], defaultSkill: 'sales', rules: [],
      skills: [
        { id: 'sales', name: 'Sales', description: 'Business rates and bulk orders', examples: ['a corporate rate for our team', 'a better rate for a big order', 'what rate do you give clubs'] },
        { id: 'technical', name: 'Technical', description: 'Devices that misbehave', examples: ['the sensor shows wrong numbers', 'my readings jump around', 'the pulse is off'] },
      ],
    } as SiteConfig;
    expect(buildSkillClassifier(site).classify('it says my heart rate is 190 when I walk').skill).toBe('technical');
  });
});
