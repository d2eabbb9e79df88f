/**
 * Session 62 (helper T): teams read the wrong way: a count of a model named "Lumen" taken for a light's output; a group's
 * order said as its kind ("a corporate order"); "compatible with" asked before buying, in billing's words; a Spanish "vale"
 * (okay) read as a voucher; a refund missed in a clause after the return ("but no refund"); an order the customer does
 * not know, in a takeover, told in German or Spanish. With the look-alikes that keep their team.
 */
import { describe, expect, it } from 'vitest';
import { correctTeam } from './teamCorrections.js';
import { asksAboutProduct, weighsPurchase } from './preSales.js';
import { chasesRefundMoney } from './refundMoney.js';
import { ORDER_DISOWNED } from './highStakesDuty.js';
import { detectHighStakes } from './highStakes.js';
import { normalise } from '../bot/text.js';
import { fiveTeamsSite } from './testContext.js';

/** The team after the corrections, for a chat the classifier put with `from`; the last turn is the current message. */
const team = (from: string, ...turns: string[]) => correctTeam(fiveTeamsSite, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });
/** The duty a high-stakes message names its team by ("fraud…": the money team's on the eval site; login: sign-in's). */
const duty = (m: string) => detectHighStakes(m, 1)?.skillDuty;

describe('a count of a model named "Lumen" is a count of things, not a light output', () => {
  it.each([
    ['We run a climbing school and need 25 Lumen 400 for our instructors.', 'technical'],
    ['Hi, we would like to order 12 Lumen 400 for the staff at our hotel.', 'billing'],
    ['Our caving club wants 18 Lumen 900R for our members, any group price?', 'billing'],
  ])('%j', (m, from) => {
    expect(team(from, m)).toBe('sales');
  });

  it.each([
    ['Our 40 Lumen 900R for the guides arrived, two of them are broken.', 'orders'],
    ['We already have 30 Lumen 400 for our staff, which batteries do they take?', 'technical'],
    ['I was charged twice for 20 Lumen 400 for our school, order NW-228811.', 'billing'],
  ])('not: %j', (m, from) => {
    expect(team(from, m)).toBe(from);
  });
});

describe('a group order said as its kind ("a corporate order") is a bulk order', () => {
  it.each([
    ['I would like a quote for a business order of 25 Stormshell jackets.', 'orders'],
    ['Planning a company purchase of 50 VoltPack 20000 units, who do I talk to?', 'technical'],
    ['we want to place a school order, 30 Lumen 400 headlamps', 'technical'],
  ])('%j', (m, from) => {
    expect(team(from, m)).toBe('sales');
  });

  it.each([
    ['Our corporate order of 40 Pace 5 watches arrived with 3 missing.', 'orders'],
    ['Can I cancel the corporate order for 40 watches?', 'orders'],
    ['The business order for 20 jackets was charged twice.', 'billing'],
  ])('not: %j', (m, from) => {
    expect(team(from, m)).toBe(from);
  });
});

describe('"compatible with", asked before buying, is a product question', () => {
  it.each([
    'Is the Pace 5 compatible with a chest strap from another brand?',
    'Are the Stormshell jackets compatible with a clip-on hood? Thinking of getting one.',
    'is the Lumen 400 compatible with a helmet mount? want to buy one for caving',
  ])('%j', (m) => {
    expect(asksAboutProduct(m)).toBe(true);
    expect(team('billing', m)).toBe('sales');
  });

  it.each([
    ['Is the app compatible with my Android phone?', 'technical'],
    ['Is the Lumen 900R compatible with the mount I bought? It broke after a week.', 'orders'],
    ['You charged me €89 for a mount, is it compatible with the Lumen 900R at all?', 'billing'],
  ])('not: %j', (m, from) => {
    expect(team(from, m)).toBe(from);
  });

  it('not the app, and not a fault', () => {
    expect(asksAboutProduct('Is the trail app compatible with Android 14?')).toBe(false);
    expect(asksAboutProduct('Is the Lumen 900R compatible with the mount? It broke after a week.')).toBe(false);
  });
});

describe('a Spanish "vale" is "okay", not a voucher', () => {
  it.each([
    'vale, ¿y aguanta la nieve en enero?',
    'Vale gracias. ¿Cuál me recomendáis para el Pirineo?',
    'Vale, entonces ¿sirve para dos personas y un perro?',
  ])('%j', (m) => {
    expect(weighsPurchase(m)).toBe(true);
    expect(team('orders', m)).toBe('sales');
  });

  it.each([
    'Tengo un vale regalo, ¿cuál me recomendáis?',
    '¿Puedo usar mi vale de descuento? ¿cuál me recomendáis?',
    'vale, pero quiero devolver la tienda, ¿cuál me recomendáis?',
  ])('not: %j', (m) => {
    expect(weighsPurchase(m)).toBe(false);
  });
});

describe('a refund missed in a clause after the return is the money team\'s', () => {
  it.each([
    "I sent the boots back two weeks ago and there's been no sign of the refund.",
    'Habe die Jacke zurückgeschickt, bis heute keine Erstattung.',
    'Devolví la chaqueta hace tres semanas pero ni rastro del reembolso.',
    'return was received last Tuesday, yet no money on my card',
  ])('%j', (m) => {
    expect(chasesRefundMoney(m)).toBe(true);
    expect(team('orders', m)).toBe('billing');
  });

  it.each([
    'I returned the jacket and no refund is needed, I just want the bigger size.',
    'How do I return it? And no refund please, store credit is fine.',
    'My order NW-552211 has not arrived, but no money was taken either.',
    'I returned it for an exchange, so no problem with the money.',
  ])('not: %j', (m) => {
    expect(chasesRefundMoney(m)).toBe(false);
  });
});

describe('an order the customer does not know, in a takeover, is the fraud team\'s', () => {
  it.each([
    'Mein Konto wurde gehackt, da ist eine Bestellung NW-112233, die ich nicht kenne.',
    'Me han hackeado la cuenta y hay un pedido NW-445566 que no reconozco.',
    "My account was hacked, there's an order NW-998877 I don't recognise.",
  ])('%j', (m) => {
    expect(ORDER_DISOWNED.test(normalise(m))).toBe(true);
    expect(duty(m)).toBe('fraud\\w*');
  });

  it.each([
    "My account was hacked and I can't log in anymore, there's an order I don't recognise.",
    'Mein Konto wurde gehackt, jemand hat mein Passwort geändert.',
    'Me han hackeado la cuenta y han cambiado el correo.',
  ])('not: %j', (m) => {
    expect(duty(m)).toMatch(/login/);
  });

  it.each([
    'Meine Bestellung NW-123456, die ich letzte Woche aufgegeben habe, ist nicht da.',
    'the order status is unknown, can you check NW-123456?',
    'Mi pedido NW-123456 que hice ayer no aparece.',
  ])('the pattern alone, not: %j', (m) => {
    expect(ORDER_DISOWNED.test(normalise(m))).toBe(false);
  });
});

describe('hostile input returns', () => {
  it.each(['a '.repeat(2000), '1'.repeat(4000), '!?'.repeat(2000), '40 lumen '.repeat(445), 'but no '.repeat(572), 'bestellung die '.repeat(267)])('%#', (s) => {
    expect(typeof team('billing', s)).toBe('string');
    expect(typeof team('orders', s)).toBe('string');
    expect(typeof team('technical', s)).toBe('string');
    expect(typeof asksAboutProduct(s)).toBe('boolean');
    expect(typeof weighsPurchase(s)).toBe('boolean');
    expect(typeof chasesRefundMoney(s)).toBe('boolean');
    expect(typeof ORDER_DISOWNED.test(normalise(s))).toBe('boolean');
    expect(detectHighStakes(s, 1) === null || typeof detectHighStakes(s, 1) === 'object').toBe(true);
  });
});
