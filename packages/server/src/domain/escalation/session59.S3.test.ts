/**
 * Session 59 (S3): the team a handed-off chat goes to, where the words pointed elsewhere: a device's symptom (an error code,
 * dead, won't charge, a light blinking red, fog inside the glass, an update frozen, a reading off) in the money, orders',
 * pre-sales' or data team's words; flying with a power bank; a pay-later plan's next instalment after a return; a credit
 * note; a discount code in German; a company account; a spare part to pay for; a power bank's specs in charge words; a
 * claim thrown back in disbelief; a legal threat over a parcel that never came. With look-alikes that keep their team.
 */
import { describe, expect, it } from 'vitest';
import { correctTeam } from './teamCorrections.js';
import { chargeSenseForRouting } from './chargeSense.js';
import { dutyOf } from './highStakesDuty.js';
import { dutySkill } from './teamCorrections.js';
import { fiveTeamsSite } from './testContext.js';

/** The team after the corrections, for a chat the classifier put with `from`; the last turn is the current message. */
const team = (from: string, ...turns: string[]) => correctTeam(fiveTeamsSite, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });

describe("a device's symptom goes to the troubleshooters, order number or not", () => {
  it.each([
    ['billing', 'Good morning. My Pace 5 has been showing E29 since I switched it on today. What does that code mean?'],
    ['billing', "Hello. My Trailsense keeps showing E41 after this morning's run. What does that error mean?"],
    ['billing', 'Hallo, meine Lumen 900R lädt nicht mehr, die Anzeige blinkt beim Einstecken nur kurz rot und geht dann aus. Bestellung NW-448120.'],
    ['orders', 'Hallo, meine Uhr Pace 5 lädt nicht, das Licht blinkt rot wenn ich sie anstecke. Bestellnummer NW-512233.'],
    ['orders', 'hola, mi reloj Trailsense tiene vaho por dentro del cristal después de nadar en el mar. ¿qué hago? el pedido es NW-563018'],
    ['orders', 'my trailsense glass has condensation inside after a swim in the lake. what should i do? order NW-998877'],
    ['orders', "my trailsense froze during a firmware update at 37% and now it's a black screen with a spinning icon. order NW-315577"],
    ['orders', "the pace 5 got stuck on the logo during the update at 80% and now it's just a black screen. order NW-223344"],
    ['billing', 'the compass on my trailsense points the wrong way, like 90 degrees off\nhow do i calibrate it? i can\'t find anything in the menus'],
    ['orders', 'The altitude on my Pace 5 is way off, it shows 900 m at sea level. Order NW-661122.'],
    ['privacy', 'my lumen 900r from the portland store is completely dead.'],
    ['billing', 'Mi Lumen 900R no enciende desde ayer, ni siquiera la luz de carga. Pedido NW-771234'],
    ['sales', 'Mi Lumen 400 parpadea todo el rato, le he puesto pilas nuevas y sigue igual. ¿Qué puede ser?'],
    ['sales', "pace 5 heart rate jumps to 190 when i'm just walking to the shop\nit's snug, i cleaned the sensor on the back. how do i get the optical readings right?"],
  ])('%s: %j', (from, m) => expect(team(from, ...m.split('\n'))).toBe('technical'));

  it.each([
    ['orders', 'My Pace 5 shows E29 and I want to return it for a refund. Order NW-554433'],
    ['orders', "the watch won't turn on straight out of the box, it arrived like that. i want a replacement. NW-443322"],
    ['billing', 'The checkout froze and I was charged twice for order NW-332211. Can you refund one?'],
    ['orders', 'Where is my parcel NW-221100? tracking says it is stuck in the depot'],
    ['billing', "You won't charge me again for the cancelled order, will you? NW-112233"],
    ['sales', 'there is a flash sale on the red jacket, is it still on?'],
    ['orders', 'my lumen 900r is completely dead, i want to send it back under warranty. NW-123456'],
  ])('%s keeps %j', (from, m) => expect(team(from, m)).toBe(from));
});

describe('flying with a power bank: battery safety, the troubleshooters', () => {
  it.each([
    '¿Puedo llevar la VoltPack 20000 en el avión? Vuelo a Tenerife el viernes y no sé si va en la maleta facturada',
    'Can I bring the VoltPack 20000 in my hand luggage? Flying to Lisbon next week.',
    'Darf ich die VoltPack 20000 im Flugzeug mitnehmen oder muss sie ins aufgegebene Gepäck?',
    '¿Puedo llevar la Lumen 900R en el equipaje de mano? Vuelo mañana.',
  ])('%j', (m) => expect(team('sales', m)).toBe('technical'));
  it.each([
    'How heavy is the Ridgeline 3P packed? I want to take it on a flight.',
    'Thinking of buying the VoltPack 20000 to take on my flights, how many phone charges does it give?',
  ])('stays with pre-sales: %j', (m) => expect(team('sales', m)).toBe('sales'));
  it('not a delivery before a flight', () => expect(team('orders', 'Will my order NW-223366 arrive before my flight on Friday?')).toBe('orders'));
});

describe("a pay-later plan's next instalment after a return: the payments team", () => {
  it.each([
    'Ich habe mit Klarna in 3 Raten bezahlt und jetzt die Jacke zurückgeschickt. Muss ich die nächste Rate trotzdem zahlen? Bestellung NW-604433',
    'I paid with Klarna in 4 instalments and returned the boots. Do I still have to pay the next instalment? NW-445566',
    'Pagué con Klarna a plazos y devolví la chaqueta. ¿Tengo que seguir pagando las cuotas? Pedido NW-334455',
    'Ich habe per Ratenzahlung bezahlt und das Zelt zurückgeschickt. Was passiert mit den restlichen Raten? NW-223311',
  ])('%j', (m) => expect(team('orders', m)).toBe('billing'));
  it.each([
    'I paid with Klarna and want to return the jacket. How do I send it back? NW-112299',
    'I returned the boots bought with Klarna two weeks ago, has the return arrived at your warehouse? NW-667788',
    'Ich habe mit Klarna bezahlt. Wie kann ich die Jacke zurückschicken? NW-998811',
  ])('stays with returns: %j', (m) => expect(team('orders', m)).toBe('orders'));
});

describe('a credit note for a return: the invoices team', () => {
  it.each([
    ['orders', 'My accountant needs a credit note for the jacket I returned from NW-533817, not just the refund email.'],
    ['orders', 'I returned the tent from NW-441122 and need a credit note for my bookkeeping, can you send one?'],
    ['orders', 'Für die Rücksendung von NW-551122 brauche ich eine Stornorechnung für meine Buchhaltung.'],
    ['sales', 'Devolví la mochila del pedido NW-661133 y necesito una factura rectificativa para mi empresa.'],
  ])('%s: %j', (from, m) => expect(team(from, m)).toBe('billing'));
  it.each([
    'I returned the jacket from NW-441199, when will the return be processed?',
    'Can I get store credit instead of a refund if I return the tent? NW-771199',
    'Please add a note to my return that the box was damaged. NW-881199',
  ])('stays with returns: %j', (m) => expect(team('orders', m)).toBe('orders'));
});

describe('a discount code in German that will not apply: the codes team', () => {
  it.each([
    'Hi, mein Studentencode funktioniert nicht im Warenkorb. Ich habe die Lumen 900R drin, ist nicht im Sale. Woran liegt das?',
    'Mein Rabattcode wird im Warenkorb nicht akzeptiert, ich habe die Pace 5 drin. Warum?',
    'Der Schülercode geht nicht beim Bezahlen, ich will die Stormshell Jacke kaufen.',
  ])('%j', (m) => expect(team('sales', m)).toBe('billing'));
  it.each([
    ['sales', 'Gibt es einen Studentenrabatt auf die Pace 5?'],
    ['technical', 'Meine Uhr zeigt den Fehlercode E29, was bedeutet das?'],
    ['technical', 'Der Bestätigungscode für die Anmeldung kommt nicht an.'],
  ])('%s keeps %j', (from, m) => expect(team(from, m)).toBe(from));
});

describe('a company or corporate account asked by a business: pre-sales', () => {
  it.each([
    "We're a small engineering firm and buy gear for site surveys a few times a year. Do you offer corporate accounts with invoice payment?",
    'We are a small architecture firm and buy jackets for site visits. Do you offer company accounts?',
    'I run a surveying company, could we set up a corporate account with monthly invoicing?',
  ])('%j', (m) => expect(team('billing', m)).toBe('sales'));
  it.each([
    "We're a small firm and our corporate account was charged twice for NW-112244.",
    'Our company account invoice is missing the VAT number, NW-332244.',
    'We are a GmbH, is bank transfer possible?',
  ])('stays with billing: %j', (m) => expect(team('billing', m)).toBe('billing'));
});

describe('a spare part to be sent and paid for: pre-sales', () => {
  it.each([
    ['technical', 'the usb-c port cover on my lumen 900r snapped off', 'can you put me through to someone who can send me a spare cover? happy to pay for it'],
    ['billing', 'the clip on my pace 5 charger broke', "could someone send me a replacement clip? i'm happy to pay for it"],
    ['orders', "lost the port cover of my lumen 900r on a hike. can you send me a spare cover? i'll pay for it of course"],
  ])('%s: %j', (from, ...turns) => expect(team(from, ...turns)).toBe('sales'));
  it.each([
    ['orders', 'the usb-c port cover on my lumen 900r snapped off after a week. can you send me a replacement cover under warranty?'],
    ['orders', 'my lumen 900r arrived with the port cover missing. please send me a new cover. NW-556677'],
    ['technical', 'the cover on my lumen 900r snapped off. is it still waterproof without it?'],
  ])('%s keeps %j', (from, m) => expect(team(from, m)).toBe(from));
});

describe("a power bank's specs in charge words: pre-sales, not billing", () => {
  it.each([
    'My laptop charges very slowly from the VoltPack 20000. Does it support USB-C Power Delivery at 65W?',
    'My tablet charges really slowly from the VoltPack 20000. Does it support 45W fast charging?',
    'can the voltpack 20000 charge itself and my phone at the same time? pass-through charging',
  ])('%j', (m) => expect(team('billing', m)).toBe('sales'));
  it.each([
    'You charged my card twice for the VoltPack 20000, can I get one charge back?',
    'Why was I charged €4.95 shipping for the VoltPack 20000?',
    'Does the VoltPack 20000 price include VAT? You charge extra for shipping?',
  ])('stays with billing: %j', (m) => expect(team('billing', m)).toBe('billing'));
  it('pass-through charging reads as power', () => expect(chargeSenseForRouting('pass-through charging')).toBe('pass-through recharge'));
  it('a charge on the card stays money', () => expect(chargeSenseForRouting('you charged my card twice')).toBe('you charged my card twice'));
});

describe('a warranty claim thrown back in disbelief stays with the troubleshooters', () => {
  it.each([
    ["lumen 900r won't charge", 'port is dry, cover was closed, tried 3 cables and 2 different chargers. what now', 'a warranty claim?? weeks of waiting for a headlamp i need on saturday. thanks for nothing'],
    ["my pace 5 won't sync", 'tried reinstalling the app and restarting the phone', 'a warranty claim?! for a sync bug? useless'],
    ['trailsense screen flickers', 'already updated the firmware', 'warranty claim, seriously? i need it for a race on sunday'],
  ])('%j', (...turns) => expect(team('technical', ...turns)).toBe('technical'));
  it.each([
    ["my pace 5 won't sync", 'tried reinstalling the app', 'a warranty claim? ok how do i start one?'],
    ["lumen 900r won't charge", 'tried 3 cables', 'a warranty claim?? fine, how do i start it?'],
    ["lumen 900r won't charge", 'tried 3 cables', 'ok, please start a warranty claim for me'],
  ])('goes to the claims team: %j', (...turns) => expect(team('technical', ...turns)).toBe('orders'));
});

describe('a legal threat over a parcel that never came: the shipping team', () => {
  const teamOf = (m: string, around = m) => dutySkill(fiveTeamsSite, dutyOf('legal', false, m, around) ?? 'none');
  it.each([
    ['That was €145,00 of my money. Either you refund it this week or I\'m reporting you to the consumer protection centre.', "Order NW-487120 never arrived. Your carrier investigation was closed saying it was delivered, which it wasn't."],
    ["My order NW-881122 never came, the courier says it was delivered but it wasn't. Refund my €89 or I'm going to the consumer protection agency."],
    ["Package NW-771122 hasn't arrived after 3 weeks. Give me my money back or I'll see you in small claims court."],
    ['Meine Bestellung NW-661122 ist nie angekommen. Erstatten Sie mir die 120 € oder ich gehe zur Verbraucherzentrale.'],
  ])('%j', (m, before = '') => expect(teamOf(m, `${before}\n${m}`)).toBe('orders'));
  it.each([
    'I returned the jacket a month ago and the refund for NW-551122 never came. Refund me or I am contacting consumer protection.',
    "You charged me twice for NW-441122. Refund the second charge or I'll call my lawyer.",
    "The return for NW-331122 arrived at your warehouse weeks ago and I still have no refund. I'm going to small claims court.",
  ])('stays with refunds: %j', (m) => expect(teamOf(m)).toBe('billing'));
});
