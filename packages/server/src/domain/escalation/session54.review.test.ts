/**
 * Review of session 54: where the day's readings over-reached or missed a close variant, each with look-alikes that must
 * keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { detectLearnedHighStakes, findHighStakes } from './highStakes.js';
import { findExplicitRequest } from './explicitRequest.js';
import { highStakesModel } from '../../site/botModels.js';
import { refundAmount } from './refundAmount.js';
import { northwindNames, runRules, unknownReply } from './testContext.js';

const highStakes = (m: string) => findHighStakes(m, '', '', northwindNames) ?? detectLearnedHighStakes(m, 1, highStakesModel);

describe('high stakes: signs denied in Spanish and German word order, and in a list', () => {
  it.each([
    'La batería no se ha hinchado, pero ya no carga.',
    'Mi VoltPack no ha echado humo nunca, solo se apaga.',
    'La powerbank no se ha calentado mucho ni ha echado humo.',
    'Der Akku qualmt nicht, er wird nur warm. Normal?',
    'Die Powerbank raucht nicht und zischt nicht, sie lädt nur langsam.',
    'Weder Rauch noch Funken, sie geht einfach nicht an.',
    "It doesn't smoke or hiss, it just won't turn on.",
    'no smoke or sparks, it just died',
  ])('%j is no incident', (m) => expect(highStakes(m)).toBeNull());
  it.each([
    'La batería se ha hinchado y no se ha podido cargar.',
    'Es raucht nicht nur, es zischt auch!',
    'Die Powerbank raucht nicht mehr, aber sie ist aufgebläht.',
    'Der Akku raucht, nicht zu fassen!',
    "It wasn't smoking or hissing, it was on fire!",
    'No sé qué pasa pero la batería está hinchada.',
  ])('%j is one', (m) => expect(findHighStakes(m, '', '', northwindNames)?.kind).toBe('safety'));
});

describe('high stakes: a lamp that "brennt" shines', () => {
  it.each(['Die Lumen 400 brennt nur noch eine Stunde.', 'Die Stirnlampe brennt nicht mehr so lange wie am Anfang.'])('%j is its runtime', (m) =>
    expect(findHighStakes(m, '', '', northwindNames)).toBeNull(),
  );
  it('"Die Powerbank brennt!" is a fire', () => expect(findHighStakes('Hilfe, die Powerbank brennt!', '', '', northwindNames)?.kind).toBe('safety'));
});

describe('high stakes: a fear is of what will happen, not a sign suspected of the past', () => {
  it.each([
    'My wife was convinced it would explode because it gets warm when charging, is that normal?',
    "I'm scared it'll explode, it gets a bit warm when charging. Normal?",
  ])('%j fears, nothing happened', (m) => expect(highStakes(m)).toBeNull());
  it("\"I'm worried the voltpack may have melted a bit, the corner looks deformed\" tells a sign", () => {
    expect(findHighStakes("I'm worried the voltpack may have melted a bit, the corner looks deformed after charging", '', '', northwindNames)?.kind).toBe('safety');
  });
});

describe('high stakes: flames', () => {
  it('"the stove flared up and the flames melted the vestibule" is a care mishap', () => {
    expect(findHighStakes('The stove flared up and the flames melted the vestibule of my Ridgeline 3P', '', '', northwindNames)).toBeNull();
  });
  it.each(['my watch burst into flames on the charger', 'the voltpack went up in flames in my car'])('%j is an incident', (m) =>
    expect(findHighStakes(m, '', '', northwindNames)?.kind).toBe('safety'),
  );
});

describe('high stakes: a phishing message left alone, not an account already broken into', () => {
  it.each([
    "My account was hacked. I didn't click any links, I don't know how they got in.",
    'someone hacked my account, i never opened any of those emails',
    "I think someone is in my account, I keep getting texts with login codes I never requested. I didn't reply to any of them.",
    "There's an order NW-123456 in my account I don't recognise. I didn't open the confirmation email, I just saw it in my history",
    "I got a weird text and I didn't click on it, but I also see a login from Brazil on my account that wasn't me",
  ])('%j is high stakes', (m) => expect(highStakes(m)).not.toBeNull());
  it.each([
    "got an SMS from 'Northwind' asking for my card details. I didn't click anything. was that really you?",
    "I got a text asking me to log into my account to confirm my order. I didn't click the link, I don't recognise the number. Legit?",
    "Got a WhatsApp from 'Northwind support' asking for my password. We didn't give them anything. Should I change my password?",
    "Got an email saying my account was compromised and asking me to log in. I didn't click the link. Is it real?",
    "I got a text claiming my Northwind account has been hacked, with a link to 'secure' it. I didn't tap it. Is this you?",
  ])('%j is still the KB\'s', (m) => expect(highStakes(m)).toBeNull());
});

describe('explicit request: a person wished onto the customer\'s own matter, not onto a fact', () => {
  it.each([
    "I'd feel safer if someone reviewed the Trailsense properly, I can't find any reviews online",
    "I'd be happier if anyone could confirm it fits a 16 inch wrist, the size chart is unclear",
    "I'd feel better if people reviewed it more before I spend €389",
  ])('%j asks for no one', (m) => expect(findExplicitRequest(m, 'Northwind Gear')).toBeNull());
  it.each([
    "I'd be happier if someone confirmed my order was received, I got no email",
    "we'd feel much better if someone from billing confirmed the VAT number on the invoice",
    "I'd feel better if a real person double-checked my order before it ships",
  ])('%j asks for a person', (m) => expect(findExplicitRequest(m, 'Northwind Gear')).not.toBeNull());
});

describe('rules: a VIP conclusion that still asks for something', () => {
  const vip = (first: string, m: string) => runRules([first, m], { tier: 'vip', answer: unknownReply })?.trigger;
  it.each([
    ['Can I send it as a gift?', "Add a gift note saying Happy birthday Tom, then we're all set."],
    ['Can I get it by Friday?', 'Just deliver it to my office on Friday and that should work.'],
    ['Can you hold one for me?', "Put one aside at the Berlin store for Saturday, then I'm all set."],
    ['When does it ship?', 'As long as it arrives before the 14th that should be fine.'],
    ['When does it ship?', 'If you can get it to me by the 14th, that should work.'],
    ['Can I split the invoice?', "I'd like half on the company card and half on mine, then we're good."],
    ['Can I split the invoice?', 'Split it 50/50 between my Visa and Amex and that will do.'],
  ])('after %j, %j still asks', (first, m) => expect(vip(first, m)).toBe('rule'));
  it.each([
    ['Can I pay with Affirm?', 'If I add the headlamp that takes it to $185, so that should work.'],
    ['Can I pay with Affirm?', "OK, I'll order it today and get it by Friday, so that should work."],
    ['Do you ship to Norway?', "Fine, I'll bring my receipt to the Berlin store, then I'm all set."],
  ])('after %j, %j concludes', (first, m) => expect(vip(first, m)).toBeUndefined());
});

describe('refunds: a digit in the message before that counts no items', () => {
  it.each([
    'I sent back my 2 year old lumen 900r',
    'the 2 day shipping was useless so i returned the lamp',
    'I returned the lamps on the 2 march',
    'sent back the 4 pack of batteries',
  ])('before %j, "€119 each" is one', (before) => expect(refundAmount('it was €119 each. when does that money come back?', before).total).toBe(119));
  it.each([
    ['I returned the 2 headlamps last week', 238],
    ['I returned my 3 stormshell jackets', 357],
  ])('before %j, it counts', (before, total) => expect(refundAmount('they were €119 each, refund please', before).total).toBe(total));
});

describe('refunds: what was kept, its price right by it', () => {
  it.each([
    ['I kept the Ridgeline 3P (€329) and sent back the Lumen 400 (€39.95). Refund?', 39.95],
    ['We kept the Summit Pro 2 ($389) and returned the Stormshell ($229), when will the refund come?', 229],
    ['I kept the €389 tent and returned the €39 lamp. refund?', 39],
    ['I kept the receipt and returned the Ridgeline 3P (€329) and the Lumen 400 (€39.95). Refund?', 368.95],
  ])('%j is %d', (m, total) => expect(refundAmount(m).total).toBe(total));
});

describe('refunds: "devolváis el importe"', () => {
  it('"os devolví la tienda de 329 € y quiero que me devolváis el importe" asks for the money back', () => {
    expect(runRules(['os devolví la tienda de 329 € y quiero que me devolváis el importe'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
  it('"quiero que me devolváis la diferencia de 30 €" is under the line', () => expect(runRules(['quiero que me devolváis la diferencia de 30 €'])).toBeNull());
});
