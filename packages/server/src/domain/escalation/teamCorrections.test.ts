import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../pipelineTypes.js';
import { correctTeam } from './teamCorrections.js';

const skill = (id: string, description: string) => ({ id, name: id, description, examples: [] });
const site = (skills: ReturnType<typeof skill>[]): SiteConfig => ({ name: 'Shop', greeting: 'Hi', allowedOrigins: ['*'], kb: { dir: 'kb', language: 'en' }, languages: ['en'], skills, defaultSkill: skills[0]!.id, rules: [] });
const chasing = { topical: "I sent the boots back and the refund still isn't on my card", conversation: "I sent the boots back and the refund still isn't on my card", current: '' };

describe('correctTeam', () => {
  it('moves a pick to the team whose description names the duty', () => {
    const shop = site([skill('returns-desk', 'Returns and exchanges'), skill('money', 'Payments and refunds')]);
    expect(correctTeam(shop, 'returns-desk', chasing)).toBe('money');
  });

  it('leaves the pick alone when no team, or two, name the duty', () => {
    expect(correctTeam(site([skill('returns-desk', 'Returns and exchanges'), skill('money', 'Payments')]), 'returns-desk', chasing)).toBe('returns-desk');
    expect(correctTeam(site([skill('returns-desk', 'Returns and exchanges'), skill('a', 'Refunds by card'), skill('b', 'Refunds by PayPal')]), 'returns-desk', chasing)).toBe('returns-desk');
  });

  it("sends billing's pick for a gift note or no price in the box to the team that ships it", () => {
    const shop = site([skill('orders', 'Shipping and returns'), skill('billing', 'Payments and refunds')]);
    const note = "Can you put a handwritten card in the parcel and leave the invoice out? It's a present.";
    expect(correctTeam(shop, 'billing', { topical: note, conversation: note, current: note })).toBe('orders');
    const balance = 'My gift card balance is wrong.';
    expect(correctTeam(shop, 'billing', { topical: balance, conversation: balance, current: balance })).toBe('billing');
  });

  it('sends a rejected sign-in code to the team that owns two-step verification, not a discount code', () => {
    const shop = site([skill('billing', 'Payments, discount codes'), skill('technical', 'Troubleshooting, account login and two-step verification')]);
    const input = (t: string) => ({ topical: t, conversation: t, current: t });
    expect(correctTeam(shop, 'billing', input('2fa code rejected on my account. backup codes too.'))).toBe('technical');
    expect(correctTeam(shop, 'billing', input('my discount code WELCOME10 is rejected, and the login code too'))).toBe('billing');
    expect(correctTeam(shop, 'billing', input('my promo code is rejected'))).toBe('billing');
  });

  it('sends marketing e-mails still coming after unsubscribing to the team that owns consent', () => {
    const shop = site([skill('sales', 'Pre-sales questions, newsletter'), skill('privacy', 'Data deletion, GDPR, consent and marketing-data issues'), skill('orders', 'Shipping')]);
    const input = (t: string) => ({ topical: t, conversation: t, current: t });
    for (const t of ["I unsubscribed two weeks ago and I'm STILL getting your newsletters", 'I unsubscribed on Monday and by Friday I have had three more.', 'why do I keep getting your promo emails?']) {
      expect(correctTeam(shop, 'sales', input(t))).toBe('privacy');
    }
    // Not order e-mails, nor a newsletter question.
    expect(correctTeam(shop, 'orders', input("I'm still getting emails about my order, is it delayed?"))).toBe('orders');
    expect(correctTeam(shop, 'sales', input('How do I unsubscribe from the newsletter?'))).toBe('sales');
  });

  it("sends pre-sales' pick for a code that will not apply to the team that owns discount codes, but not a deal's", () => {
    const shop = site([skill('sales', 'Pre-sales questions, bulk orders'), skill('billing', 'Payments, refunds, discount codes')]);
    const input = (t: string) => ({ topical: t, conversation: t, current: t });
    expect(correctTeam(shop, 'sales', input("WELCOME10 doesn't work, my basket is €72 and it's all full price"))).toBe('billing');
    expect(correctTeam(shop, 'sales', input('Mein Gutschein wird im Warenkorb nicht angenommen.'))).toBe('billing');
    expect(correctTeam(shop, 'sales', input('Is there a club rate for 40 people? Even a one-off code for members would help.'))).toBe('sales');
    expect(correctTeam(shop, 'sales', input('vale, ¿la tienda grande sirve para tres personas?'))).toBe('sales');
    expect(correctTeam(shop, 'sales', input('Getting an E12 error code on my old watch. Thinking of upgrading, does the new one have it too?'))).toBe('sales');
  });

  it('applies the corrections in turn: a pre-sales move can end with the returns team, then with refunds', () => {
    const shop = site([skill('tech', 'Product troubleshooting'), skill('sales', 'Pre-sales questions'), skill('orders', 'Returns and warranty claims'), skill('billing', 'Payments and refunds')]);
    const text = 'The zip broke so I sent the jacket back. Where is my refund? It still has not arrived.';
    expect(correctTeam(shop, 'sales', { topical: text, conversation: text, current: text })).toBe('billing');
  });
});

describe('correctTeam: weighing a purchase in Spanish or German (session 23)', () => {
  const shop = site([skill('orders', 'Shipping, returns and warranty claims'), skill('billing', 'Payments and refunds'), skill('sales', 'Pre-sales product questions, price matching')]);
  const input = (t: string) => ({ topical: t, conversation: t, current: t });
  it.each([
    ['orders', '¡Hola! Dudo entre la Ridgeline 3P y la Summit Pro 2 para ir de acampada con mi pareja y el perro. ¿Cuál me recomendáis?'],
    ['orders', '¡Hola! ¿La Ridgeline 3P es suficiente para dos adultos y una niña de 6 años? Vamos a los Pirineos en agosto.'],
    ['billing', 'hola! la summit pro 2 sirve para dos personas con mochilas dentro?'],
    ['orders', '¿La Summit Pro 2 aguanta bien la nieve? Quiero acampar en Sierra Nevada en febrero.'],
    ['orders', '¿Igualan precios? En Trailhub la Lumen 900R está 10 euros más barata.'],
  ])('moves %s\'s pick of %j to pre-sales', (from, text) => {
    expect(correctTeam(shop, from, input(text))).toBe('sales');
  });
  it.each([
    ['orders', 'Dudo entre devolverla o cambiarla por la Summit Pro 2, ¿qué me recomendáis?'],
    ['orders', 'Before I buy the Summit Pro 2, can I return it if it turns out too small?'],
    ['billing', '¿La tarjeta regalo sirve para pagar el envío?'],
    ['orders', 'Mi Ridgeline 3P no aguanta bien el viento, se ha roto una varilla. ¿Es suficiente para la garantía?'],
    ['orders', '¿La Ridgeline 3P aguanta la nieve? La varilla de la mía se partió con la primera nevada y quiero reclamar.'],
    ['orders', 'La tienda llegó con una varilla doblada. ¿Sirve para dos personas igual o me mandáis otra?'],
    ['orders', 'Reicht das Zelt für zwei Erwachsene? Und wie lange habe ich Rückgaberecht, falls nicht?'],
    ['orders', '¿Puedo hacer un cambio? Dudo entre la M y la S.'],
    ['orders', 'Antes de comprar la tienda: ¿cuántos días de desistimiento tengo?'],
    ['billing', 'Estoy pensando en comprar la Ridgeline pero el pago con tarjeta me lo rechaza siempre.'],
    ['billing', 'Quiero que me devolváis el mismo precio que pagué, 249 €.'],
  ])('keeps %s\'s pick of %j', (from, text) => {
    expect(correctTeam(shop, from, input(text))).toBe(from);
  });
});

describe('correctTeam: the customer\'s personal data itself', () => {
  const teams = site([skill('tech', 'Product troubleshooting, the app, login'), skill('orders', 'Shipping and returns'), skill('data', 'Data deletion, data access requests, GDPR questions')]);
  const said = (text: string) => ({ topical: text, conversation: text, current: text });
  it.each([
    'before I use the Trail app, which country is the activity and location data stored in?',
    'does the app collect my location in the background when I am not recording, and who sees it?',
    'how do I change the name on my account? it still says Brennan',
    'does deleting my webshop account also wipe my activity history in the app?',
  ])('%j goes to the team that owns personal data', (t) => expect(correctTeam(teams, 'tech', said(t))).toBe('data'));
  it.each([
    'the watch stopped recording my location data after the update',
    'need the company name changed on the invoice for NW-227451',
  ])('%j stays', (t) => expect(correctTeam(teams, 'tech', said(t))).toBe('tech'));
});
