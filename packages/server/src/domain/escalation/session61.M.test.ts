/**
 * Session 61 (M): a person asked for as the fallback of an "if not" ("is there a group price? if not just connect me with
 * your sales team"); a PayPal or Klarna dispute opened now or announced in German ("Ich eröffne jetzt einen Konflikt bei
 * PayPal") and Spanish ("voy a poner una reclamación en PayPal"); and a trade-in asked of the shop, a service it does not
 * offer: pre-sales, whichever team the classifier read it as.
 */
import { describe, expect, it } from 'vitest';
import { findExplicitRequest } from './explicitRequest.js';
import { findHighStakes } from './highStakes.js';
import { correctTeam } from './teamCorrections.js';
import { fiveTeamsSite, northwindNames } from './testContext.js';

const asks = (m: string) => findExplicitRequest(m, 'Northwind Gear') !== null;
const kind = (m: string) => findHighStakes(m, '', '', northwindNames)?.kind ?? null;
const team = (from: string, m: string) => correctTeam(fiveTeamsSite, from, { topical: m, conversation: m, current: m });

describe('explicit request: a person asked for if the answer is no', () => {
  it.each([
    'do you do a discount for schools? if not then put me through to someone in sales',
    "is the olive one back in stock? if it's not available please transfer me to a person",
    "can you engrave it? if you can't just let me talk to a human",
    'any bulk rate for 25 headlamps? if there isnt one could you connect me with your sales team',
    'is there a club price? if not connect me with sales pls',
  ])('%j asks', (m) => expect(asks(m)).toBe(true));
  it.each([
    "if it's in the article I don't need your team",
    'no need to connect me with anyone, just tell me the group price',
    'is there a group rate? if not no need to connect me with sales, I will just buy them',
    'if not I dont want to speak to a person, I will order online',
    "if you can't I don't need a human, I'll figure it out",
  ])('%j does not', (m) => expect(asks(m)).toBe(false));
});

describe('high stakes: a PayPal or Klarna dispute opened or announced, German and Spanish', () => {
  it.each([
    'Wenn das Geld bis Freitag nicht da ist, eröffne ich einen Konflikt bei PayPal.',
    'Wir werden bei PayPal einen Konflikt eröffnen.',
    'Ich mache jetzt bei PayPal einen Fall auf.',
    'Dann reiche ich bei Klarna einen Einspruch ein.',
    'Voy a poner una reclamación en PayPal si no me devolvéis el dinero.',
    'Mañana presento una reclamación en PayPal.',
    'Si no contestáis hoy, inicio una reclamación en PayPal.',
  ])('%j is a dispute', (m) => expect(kind(m)).toBe('dispute'));
  it.each([
    'Soll ich einen Konflikt bei PayPal eröffnen?',
    'Ich will keinen Konflikt bei PayPal eröffnen, bitte erstatten Sie einfach.',
    'Wenn ich bei PayPal einen Konflikt eröffne, was passiert dann?',
    'Ich werde auf jeden Fall mit PayPal bezahlen.',
    'Ich mache mir Sorgen, dass PayPal einen Fall daraus macht.',
    'Ich habe gelesen, dass man bei PayPal einen Konflikt eröffnen kann.',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
});

describe('team: a trade-in asked of the shop is a sale', () => {
  it.each([
    ['privacy', 'Do you do part exchange on old headlamps if I buy the Lumen 900R?'],
    ['billing', 'Would you take my old Pace 3 as part payment for a new Trailsense?'],
    ['orders', 'Nehmt ihr meine alte Uhr in Zahlung, wenn ich die Trailsense kaufe?'],
    ['technical', '¿Puedo entregar mi reloj viejo como parte del pago?'],
    ['privacy', 'is there a trade-in program for watches?'],
  ])('from %s: %j', (from, m) => expect(team(from, m)).toBe('sales'));
  it.each([
    ['privacy', 'I traded in my old watch at another shop, how do I delete my data from the app?'],
    ['orders', 'My trade-in watch arrived broken, can I get a refund?'],
    ['orders', 'I want to exchange my Pace 5 for a different size'],
    ['billing', 'Can I get store credit instead of a refund for my return?'],
    ['technical', 'I sold my old watch, how do I unpair it from my account?'],
    ['billing', 'i trade stocks for a living, can i get a VAT invoice?'],
  ])('from %s: %j stays', (from, m) => expect(team(from, m)).toBe(from));
});

describe('the new patterns on a long hostile message', () => {
  it('return', () => {
    const hostile = 'a '.repeat(2000);
    for (const m of [hostile, `if not ${hostile}`, `ich ${'werde '.repeat(800)}`, `trade my ${hostile}`]) {
      expect(asks(m)).toBe(false);
      expect(kind(m)).toBeNull();
      expect(team('privacy', m)).toBe('privacy');
    }
  });
});
