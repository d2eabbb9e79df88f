/**
 * Session 60 (M2): a lawyer's other work told as background (a lease, a will, a house sale) is no legal threat; card
 * details given to a Spanish or German text message are a compromised card, which outranks the language; and a VIP
 * who asks whether the chat is a bot while asking for a person has asked for someone, not a question the KB can't settle.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { northwindNames, runRules, unknownReply } from './testContext.js';

const kind = (m: string) => findHighStakes(m, '', '', northwindNames)?.kind ?? null;
const vip = (m: string) => runRules([m], { tier: 'vip', answer: unknownReply })?.trigger ?? null;

describe('high stakes: a lawyer who did other work for the customer', () => {
  it.each([
    'Our solicitor handled the house sale last year, all good. Do you ship to Ireland?',
    'my attorney drew up my will last week. Does the Pace 5 do sleep tracking?',
    "my lawyer is reviewing the divorce papers so I'm moving, can I change my address on NW-123456?",
    'My solicitor checked my tenancy agreement before I moved in. How long does delivery to Leeds take?',
  ])('%j is no threat', (m) => expect(kind(m)).toBeNull());
  it.each([
    "My lawyer sorted out my lease and now he's looking at your warranty refusal",
    "my lawyer handled my lease. If the refund isn't here by Friday I'll sue you",
    'my lawyer will be in touch about the refund',
    'My solicitor drew up my will, and she says you owe me the money for the tent, so expect a letter from my lawyer',
  ])('%j still is one', (m) => expect(kind(m)).toBe('legal'));
});

describe('high stakes: card details given to a Spanish or German text message', () => {
  it.each([
    'Me llegó un correo de Correos con un enlace para pagar aduanas, puse los datos de mi tarjeta. ¿Qué hago?',
    'Ich habe eine SMS bekommen wegen Zollgebühren und habe meine Kartendaten eingegeben. War das von euch?',
    'Me escribieron por WhatsApp que el paquete estaba parado. Introduje el número de mi tarjeta para pagar 2,50 €. ¿Sois vosotros?',
    'Hab eine Mail mit einem Link bekommen, dort habe ich die Kartennummer angegeben. Was jetzt?',
  ])('%j is a compromised card', (m) => expect(kind(m)).toBe('security'));
  it.each([
    'Recibí un SMS raro pidiendo pagar 2 €, no metí los datos de mi tarjeta. ¿Era de ustedes?',
    'Ich habe eine SMS bekommen, aber ich habe meine Kartendaten nicht eingegeben.',
    '¿Dónde meto los datos de mi tarjeta para pagar mi pedido?',
    'Metí los datos de mi tarjeta y el pago falló con PAY-101, ¿qué hago?',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
});

describe('rules: a VIP who asks whether it is a bot and for a person', () => {
  it.each([
    'am I talking to a machine? I would like a human please, order NW-123456 never arrived',
    'r u a bot? i want a real person. gift card ending 8830 shows €0',
    'is this an automated reply?? put me through to an agent. NW-552211',
  ])('%j is the request, not the tier rule', (m) => expect(vip(m)).toBeNull());
  it.each([
    'Are you a bot? Can I hold the Lumen 900R in the Berlin store?',
    'is this a real person? can you tell me when the Stormshell is back in stock?',
    'are you a bot? anyway when will the Stormshell XS be back in stock',
    'Can you hold the Lumen 900R in the Berlin store until Saturday?',
  ])('%j still asks the KB something it cannot settle', (m) => expect(vip(m)).toBe('rule'));
});
