/**
 * Session 58 (helper S2): the team a handed-off chat goes to where the words pointed elsewhere: a business buying on
 * business terms, a group or school discount, codes to use on an order in German or Spanish, a Spanish or German device
 * fault told with its order number, the exchange wanted and the refund turned down, a variant asked before buying in
 * German or Spanish, a legal threat over a claim's remedy, money back after a return in German, orders not placed; with
 * look-alikes that keep their team.
 */
import { describe, expect, it } from 'vitest';
import { correctTeam } from './teamCorrections.js';
import { dutyOf } from './highStakesDuty.js';
import { learnedFraud } from './highStakesPatterns.js';
import { fiveTeamsSite } from './testContext.js';

/** The team after the corrections, for a chat the classifier put with `from`; the last turn is the current message. */
const team = (from: string, ...turns: string[]) => correctTeam(fiveTeamsSite, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });

describe('a business buying on business terms goes to pre-sales', () => {
  it.each([
    ["we're a small alpine guiding company. any chance of a business account with payment by invoice?", 'not the VAT ID thing, I mean trade pricing. we\'d buy 12 Stormshell jackets every season'],
    ["I run a small company and we'd like a business account with net 30 payment terms"],
    ["we're an outdoor shop, do you offer wholesale or trade pricing?"],
  ])('%j', (...turns) => expect(team('billing', ...turns)).toBe('sales'));
  it.each([
    // A way to pay asked alone: the older labels send these to billing.
    ["we're a GmbH with a VAT ID and the order would be around €2,300. so is bank transfer possible for us?"],
    ['Can we pay by bank transfer? We\'re a school outdoor club and our finance office doesn\'t do cards.'],
    ["we're a small company and our card payment was declined, can we pay by bank transfer instead?"],
    ["we're a GmbH and the invoice for NW-123456 is missing our VAT ID, can we pay by bank transfer?"],
    ['I paid by bank transfer for NW-444555 but the order still says unpaid'],
    ["we're a small business and need a refund to our company account, paid by bank transfer"],
    ['can I pay by bank transfer? I am a private customer'],
  ])('%j stays with billing', (...turns) => expect(team('billing', ...turns)).toBe('billing'));
});

describe('a group, school or trade discount is a deal, not a code', () => {
  it.each([
    ['understood about the student code. I mean a group or school order discount for 12 units, is that something you do?'],
    ['is there any education pricing for a class? not the student code'],
    ['not the student discount code, do you do trade pricing?'],
  ])('%j', (m) => expect(team('sales', m)).toBe('sales'));
  it.each(['my student discount code does not work at checkout', 'the newsletter code SPRING15 is not applying'])('%j goes to billing', (m) => expect(team('sales', m)).toBe('billing'));
});

describe('codes to use on an order, in the orders team\'s words, go to billing', () => {
  it.each([
    'Ich habe zwei Rabattcodes, kann ich beide bei einer Bestellung einlösen? Einer ist SOMMER20.',
    'Kann ich zwei Gutscheine bei einer Bestellung kombinieren?',
    'mi cupón no se aplica a mi pedido',
  ])('%j', (m) => expect(team('orders', m)).toBe('billing'));
  it.each([
    'Ich möchte meine Bestellung mit dem Gutschein stornieren, NW-151515',
    'my order NW-161616 with the promo code arrived damaged',
    'can I change the delivery address on my order? I used a voucher',
    'the tracking code for my order NW-191919 does not work',
  ])('%j stays with orders', (m) => expect(team('orders', m)).toBe('orders'));
});

describe('a device fault told in Spanish or German with its order goes to the troubleshooters', () => {
  it.each([
    'buenas, el reloj Trailsense se queda en el logo y no arranca, pedido NW-471062',
    'Meine Trailsense startet nicht mehr, sie bleibt beim Logo hängen. Bestellung NW-445566',
    'Die Uhr verbindet sich nicht mit meinem Handy, Bestellnummer NW-556677',
    'la VoltPack no carga mi móvil, pedido NW-990011',
  ])('%j', (m) => expect(team('orders', m)).toBe('technical'));
  it.each([
    'el frontal llegó roto y no enciende, pedido NW-556677',
    'quiero devolver el reloj, no funciona, pedido NW-223344',
    'Die Uhr funktioniert nicht, ich möchte sie zurückschicken, Bestellung NW-334455',
    'Die Uhr ist defekt, sie startet nicht, ich möchte einen Garantieanspruch stellen',
    'sorry, schneller auf deutsch: sendung NW-154087 hängt seit 6 tagen im verteilzentrum, kein update. was jetzt?',
    'Hallo, meine Sendung NW-733650 hängt seit 4 Tagen im Zielpaketzentrum. Ist das normal?',
  ])('%j stays with orders', (m) => expect(team('orders', m)).toBe('orders'));
});

describe('the exchange wanted and the refund turned down goes to the returns team', () => {
  it.each([
    ["the chat told me my exchange for NW-207734 was fine, but today I got an email saying the size is out of stock and I'll get a refund instead", "I don't want a refund, I want the jacket in L"],
    ['you refunded me instead of sending the watch in another colour', "I don't want the refund, I want another colour"],
    ['my exchange request turned into a refund', "I'd rather have the exchange than a refund"],
  ])('%j', (...turns) => expect(team('billing', ...turns)).toBe('orders'));
  it.each([
    ['I was charged twice for my exchange', "I don't want a refund of the exchange, just one charge removed"],
    ['my refund for NW-343434 is late', 'I want my refund now'],
    ['the invoice for my exchange shows the wrong amount', "I don't want a refund, I want a corrected invoice"],
  ])('%j stays with billing', (...turns) => expect(team('billing', ...turns)).toBe('billing'));
});

describe('a variant asked before buying, in German or Spanish, goes to pre-sales', () => {
  it.each([
    'Hallo, gibt es das Summit Pro 2 auch als 3-Personen-Version? Wir sind zu dritt und haben einen Hund dabei.',
    'Habt ihr die Lumen 400 auch in Rot?',
    '¿Hay una versión de la Ridgeline 3P para cuatro personas?',
  ])('%j', (m) => expect(team('orders', m)).toBe('sales'));
  it.each(['Gibt es die Jacke auch in XS? Ich möchte meine umtauschen, Bestellung NW-454545', '¿Hay una talla más grande? quiero cambiar la chaqueta del pedido NW-464646'])(
    '%j stays with orders',
    (m) => expect(team('orders', m)).toBe('orders'),
  );
});

describe('the team of a legal threat', () => {
  it.each([
    ["I'd like a refund this time, not a third watch. otherwise I'll take it to consumer protection", 'the Pace 5 I got as a replacement (claim WC-40218) has exactly the same charging fault'],
    ['refund me or I will report you to consumer protection', 'the warranty replacement for my Lumen 900R broke again after a week'],
    ['Ich will jetzt mein Geld zurück, sonst gehe ich zum Anwalt.', 'Die Ersatzuhr aus meiner Reklamation ist wieder defekt.'],
  ])('%j over a claim is the claims team\'s', (m, before) => expect(dutyOf('legal', false, m, `${before} ${m}`)).toBe('warranty'));
  it.each([
    ['Wenn ich meine 89 Euro nicht bis Ende der Woche zurückbekomme, gehe ich zur Verbraucherzentrale.', "I returned gloves from order NW-148562 four weeks ago and the status still says 'Return received'"],
    ['if I do not get my money back by Friday I am calling my lawyer', 'I returned my jacket three weeks ago and it was faulty, still no refund'],
    ['Ich will meine 60 Euro zurück oder ich gehe zum Anwalt.', 'Meine Rücksendung wurde vor vier Wochen empfangen.'],
  ])('%j after a return is the money team\'s', (m, before) => expect(dutyOf('legal', false, m, `${before} ${m}`)).toBe('refunds?'));
  it('a price in German, not money back, names no team', () => expect(dutyOf('legal', false, 'die Jacke hat 120 Euro gekostet und ist kaputt, ich gehe zum Anwalt')).toBeUndefined());
});

describe('orders the customer did not place, paid by card', () => {
  it.each(["there are two orders in my account from last night. i didn't place either of them and both went on my saved visa", 'three orders appeared, i did not place any of them and my card was charged'])('%j', (m) =>
    expect(learnedFraud(m.replace(/'/g, ''))).toBe(true),
  );
  it.each(['two orders, i placed both of them with my visa', 'i did place one of them myself, with my visa'])('%j is no fraud', (m) => expect(learnedFraud(m)).toBe(false));
});

describe('the new patterns stay linear', () => {
  it('on a long hostile string', () => {
    const hostile = 'a '.repeat(2000);
    expect(team('billing', hostile)).toBe('billing');
    expect(team('orders', `we are a ${hostile}`)).toBe('orders');
    expect(dutyOf('legal', false, `1 euro ${hostile}`, `claim ${hostile}`)).toBeUndefined();
  });
});
