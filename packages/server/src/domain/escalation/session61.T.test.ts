/**
 * Session 61 (helper T): teams read the wrong way: a device fault told in German or Spanish (a black screen) picked as the
 * orders team's; how long delivery takes, asked before ordering, picked as pre-sales' (in the message now); an order
 * someone else placed with the customer's card, read as a sign-in case. With the look-alikes that keep their team.
 */
import { describe, expect, it } from 'vitest';
import { correctTeam } from './teamCorrections.js';
import { asksDeliveryTime } from './deliveryTime.js';
import { asksBeforeBuying } from './preSales.js';
import { reportsDeviceFault } from './teamCorrectionsLate.js';
import { detectHighStakes } from './highStakes.js';
import { fiveTeamsSite } from './testContext.js';

/** The team after the corrections, for a chat the classifier put with `from`; the last turn is the current message. */
const team = (from: string, ...turns: string[]) => correctTeam(fiveTeamsSite, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });
const duty = (m: string) => detectHighStakes(m, 1)?.skillDuty;

describe('a black screen in German or Spanish is a device fault', () => {
  it.each([
    'Meine Pace 5 zeigt seit dem Update nur noch einen schwarzen Bildschirm.',
    'Das Display meiner Trailsense bleibt komplett schwarz.',
    'Bei meiner Uhr ist der Bildschirm seit gestern dunkel.',
    'Mi Pace 5 tiene la pantalla en negro desde ayer.',
    'La pantalla se queda en negro al encenderla.',
  ])('%j', (m) => {
    expect(reportsDeviceFault(m)).toBe(true);
    expect(team('orders', m)).toBe('technical');
  });

  it.each([
    ['Meine Pace 5 kam mit schwarzem Bildschirm und kaputtem Armband an, ich will sie zurückschicken.', 'orders'],
    ['Ich möchte die Jacke in Schwarz umtauschen.', 'orders'],
    ['Die Uhr mit schwarzem Display ist bei der Lieferung beschädigt angekommen.', 'orders'],
    ['Meine Bestellung NW-123456 ist nie angekommen, die Sendungsverfolgung bleibt leer.', 'orders'],
  ])('not: %j', (m, from) => {
    expect(reportsDeviceFault(m)).toBe(false);
    expect(team(from, m)).toBe(from);
  });
});

describe('how long delivery takes, asked before ordering, is the shipping team\'s', () => {
  it.each([
    'Guten Tag, wie lange dauert der Versand nach Österreich? Ich brauche das Zelt bis nächsten Freitag.',
    'how long does shipping to Austria take? I need the tent by next Friday.',
    'How many days does delivery take to Ireland? The jacket is for a trip.',
    'Wie lange ist die Lieferzeit in die Schweiz für die Stirnlampe?',
    '¿Cuánto tarda el envío a Portugal? Necesito la tienda antes del sábado.',
    'when would the watch arrive if I order it today? leaving on Monday',
  ])('%j', (m) => {
    expect(asksDeliveryTime(m)).toBe(true);
    expect(team('sales', m)).toBe('orders');
    expect(team('technical', m)).toBe('orders');
  });

  it.each([
    ['Wie lange dauert es, bis die Jacke wieder verfügbar ist?', 'sales'],
    ['how long does the Pace 5 battery last with GPS on?', 'technical'],
    ['how long does it take to charge the Lumen 900R?', 'technical'],
    ['how long does the Stormshell take to dry after washing?', 'sales'],
    ['Wie lange dauert eine Reparatur der Uhr?', 'technical'],
    ['how long does shipping take? my watch shows E12 since yesterday', 'technical'],
  ])('not: %j', (m, from) => {
    expect(team(from, m)).toBe(from);
  });
  it('not the delivery of a placed order or a return', () => {
    expect(asksDeliveryTime('how long does delivery take for my order NW-123456?')).toBe(false);
    expect(asksDeliveryTime('what are the shipping times for returns?')).toBe(false);
    expect(asksDeliveryTime('is the tent waterproof?')).toBe(false);
    expect(asksDeliveryTime('how long does a refund take after the return arrives?')).toBe(false);
  });
});

describe('a delivery time asked earlier does not make a later question the shipping team\'s', () => {
  // Merged on the development pool: an engraving or a spec asked after a delivery-time question stays with the team of
  // the question now (three older labels); the feature-question reading was taken back (older labels keep the app's
  // features with the troubleshooters, and "does the Pace 5 get 60 hours in battery-saver mode" read as one).
  it.each([
    ['sales', 'how long does delivery to Hamburg take?', 'can you engrave his name on it?', 'even just initials on the strap?'],
    ['sales', 'how long does shipping to Ljubljana take?', 'what is the packed weight of the Summit Pro 2?', 'even just the packed weight would help'],
    ['technical', 'how long does delivery take to Leeds?', 'Is there an offline maps feature in the Northwind Trail app?'],
  ])('%s: %j … stays', (from, ...turns) => expect(team(from, ...turns)).toBe(from));

  it.each([
    ['sales', 'do you sell the Lumen 900R?', 'how long does shipping to Ireland take?'],
    ['technical', 'nice, thanks', 'wie lange dauert der Versand nach Österreich?'],
  ])('%s: %j … %j: asked now, the shipping team', (from, ...turns) => expect(team(from, ...turns)).toBe('orders'));
});

describe('an order someone else placed on the account is a fraudulent charge', () => {
  it.each([
    'Someone changed the email on my account and placed order NW-671208 with my saved card. I didn\'t do this!',
    'A stranger got into my account and placed an order with my card, NW-554433.',
    'somebody hacked my account and made two orders on it, this is not me',
    'An order was placed from my account that I know nothing about, someone changed my password.',
  ])('%j', (m) => expect(duty(m)).toBe('fraud\\w*'));

  it.each([
    'I can\'t log in, someone changed my password.',
    'Someone changed the email on my account, my saved card is on there. Can you lock it?',
    'someone logged into my account and changed my password, now I can\'t sign in to see my order NW-123456',
  ])('not: %j', (m) => expect(duty(m)).not.toBe('fraud\\w*'));
});

describe('the new patterns stay fast on hostile text', () => {
  it('returns', () => {
    const hostile = 'a '.repeat(2000);
    for (const text of [hostile, `${hostile}is there`, `wie lange ${hostile}`, `someone ${hostile}`]) {
      asksDeliveryTime(text);
      asksBeforeBuying(text);
      reportsDeviceFault(`bildschirm ${text}`);
      detectHighStakes(`${text} hacked my account`, 1);
      team('sales', text);
    }
    expect(true).toBe(true);
  });
});
