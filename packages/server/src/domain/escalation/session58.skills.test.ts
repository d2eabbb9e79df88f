/**
 * Session 58: the team a handed-off chat goes to, where the words pointed elsewhere: a question before buying or a store
 * to come asked in Spanish or German, a placed order's delivery date after a product question, what the free app does,
 * an exchange for another size, a fault with its proof of purchase, money taken by a fake text, a return a store
 * refused, a discontinued model described a turn later, a group kitted out; with look-alikes that keep their team.
 */
import { describe, expect, it } from 'vitest';
import { correctTeam } from './teamCorrections.js';
import { asksBeforeBuying } from './preSales.js';
import { fiveTeamsSite } from './testContext.js';

/** The team after the corrections, for a chat the classifier put with `from`; the last turn is the current message. */
const team = (from: string, ...turns: string[]) => correctTeam(fiveTeamsSite, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });

describe('a question before buying, in Spanish or German', () => {
  it.each([
    '¡Hola! Quiero comprar mi primer reloj GPS. ¿El Pace 5 sirve para nadar en el mar?',
    'Buenas, estoy pensando en comprar la Lumen 900R. ¿Es resistente al agua?',
    'Hallo, ist die Lumen 900R wasserdicht? Ich will sie beim Kajakfahren tragen.',
    'Hallo, ich möchte mir eine GPS-Uhr kaufen. Ist die Trailsense wasserdicht?',
    'Queremos comprar dos Stormshell para el Camino. ¿Son impermeables de verdad?',
  ])('%j goes to pre-sales', (m) => {
    expect(asksBeforeBuying(m)).toBe(true);
    expect(team('technical', m)).toBe('sales');
  });
  it.each([
    'Hola, mi reloj Pace 5 ya no es sumergible, le entró agua y no enciende.',
    'Meine Uhr ist nicht mehr wasserdicht, da ist Wasser drin und sie startet nicht.',
    'Die Lumen 900R lädt nicht mehr, das Licht blinkt rot.',
    'Hi! Meine Lumen 400 flackert seit der letzten Tour und das Licht ist ziemlich schwach. Liegt das an den Batterien? Und ist sie wasserdicht genug für Starkregen?',
  ])('%j stays with the troubleshooters', (m) => expect(team('technical', m)).toBe('technical'));
});

describe('a store the shop may open goes to pre-sales', () => {
  it.each([
    'Servus! Habt ihr eigentlich vor, einen Laden in München aufzumachen? Nach Berlin ist es für mich echt weit.',
    '¿Vais a abrir una tienda en Barcelona?',
    'any plans to open a shop in London? Portland is far',
    'will you open more stores in Germany?',
  ])('%j', (m) => expect(team('technical', m)).toBe('sales'));
  it.each([
    ['can I return my online order NW-121212 at the Portland store?', 'orders'],
    ['what are the opening hours of the Berlin store? the app shows nothing', 'technical'],
  ])('%j keeps %s', (m, t) => expect(team(t, m)).toBe(t));
});

describe("a placed order's delivery date goes to the shipping team", () => {
  it.each([
    ['Few things before my trip', 'First, the Pace 5 battery in GPS mode, is it 30 hours?', 'Second: I ordered one yesterday, NW-713360, can it arrive by Thursday? I fly Friday 7am'],
    ['does the Lumen 900R have a red light?', 'cool. my order NW-300400, can it be here before Saturday? going camping', 'can I speak to a human please'],
    ['placed order NW-565656 this morning, can it reach me by the 14th?'],
  ])('%j', (...turns) => expect(team('technical', ...turns)).toBe('orders'));
  it.each([
    ['thinking of buying the Pace 5, could it arrive by Friday if I order today?'],
    ['my order NW-343434 arrived Monday and the watch shows E20 since, can it be fixed by Friday?'],
  ])('%j keeps its team', (...turns) => expect(team(turns[0]!.startsWith('thinking') ? 'sales' : 'technical', ...turns)).not.toBe('orders'));
});

describe('what the free app does stays with the troubleshooters', () => {
  it.each([
    ['can the northwind trail app download maps for offline use?', "like if i'm in the dolomites with no signal, will the route still show on my phone"],
    ['will the trail app record my route if I have no signal?'],
    ['can the app export my runs as GPX?'],
  ])('%j', (...turns) => expect(team('technical', ...turns)).toBe('technical'));
  it.each([['thinking of buying the Trailsense, does it do offline maps?'], ['before I buy the Pace 5: will it show maps?'], ['I want to buy a Pace 5, does the app work with it on Android 9?']])(
    '%j is still a question before buying',
    (...turns) => expect(team('technical', ...turns)).toBe('sales'),
  );
});

describe('an exchange for another size, in billing words, goes to the returns team', () => {
  it.each([
    ["want to exchange the stormshell i got as a gift for L but the exchange button isn't there", "i can't get a refund, it was a GIFT, the money would go to my aunt. so i'm just stuck with a jacket that doesn't fit??"],
    ["I'd like to exchange my jacket for an XL, I paid with PayPal"],
    ['how do I exchange a gift for a larger size? money would go back to the buyer otherwise'],
  ])('%j', (...turns) => expect(team('billing', ...turns)).toBe('orders'));
  it.each([
    'I was charged twice when I exchanged my jacket for an L',
    'what exchange rate do you use when I pay in USD?',
    'you charged me for the exchange for L, the invoice shows €20 extra',
  ])('%j stays with billing', (m) => expect(team('billing', m)).toBe('billing'));
});

describe('a fault with its proof of purchase asked about goes to the warranty team', () => {
  it.each([
    ['the zip on my stormshell', 'it splits open from the bottom when i zip it up', 'bought it in the berlin store about a year and a half ago, no receipt though... actually i paid by card so maybe that works?'],
    ["the seam on my jacket is torn, I don't have the receipt anymore, paid with my credit card, is that proof enough?"],
    ['tent leaks at the seams now, proof of purchase is just my card statement'],
  ])('%j', (...turns) => {
    expect(team('billing', ...turns)).toBe('orders');
    expect(team('technical', ...turns)).toBe('orders');
  });
  it.each(['I paid by card but got charged twice', 'my refund has not come back to my card yet, the zip was broken', 'I lost my receipt, can you email me a copy of the invoice?'])(
    '%j stays with billing',
    (m) => expect(team('billing', m)).toBe('billing'),
  );
});

describe('money taken by a fake text goes to the team of fraudulent charges', () => {
  it.each([
    'Hi, I got a text saying my Northwind Gear parcel was being held and I had to pay €1.99 in customs. I paid it with my card. Then I read on your newsletter page that you never ask for payment by text... so I guess that wasn\'t you?',
    'got an sms about a delivery fee of €2.50, paid it by card through the link, now I think it is a scam',
    'fake DHL text, I paid the customs charge on my card, what do I do',
  ])('%j', (m) => {
    expect(team('orders', m)).toBe('billing');
    expect(team('technical', m)).toBe('billing');
  });
  it.each([
    'I got a text from DHL to pay customs for NW-121212, I paid it by card but the parcel is still held',
    'my parcel NW-121212 is held at customs, do I have to pay import VAT?',
    'the courier text said I must pay customs, is that normal for the US site?',
  ])('%j stays with orders', (m) => expect(team('orders', m)).toBe('orders'));
});

describe("a return a store refused goes to the returns team, from the stores' words too", () => {
  it.each([
    ['your Berlin store refused to take back a jacket I bought there 12 days ago because the tag was cut off', "I'll be taking this to the Verbraucherzentrale and my lawyer. This is illegal."],
    ["the Portland store wouldn't take the tent back, said I needed the original box"],
    ["the Berlin store didn't want to take the tent back without the receipt"],
  ])('%j', (...turns) => expect(team('sales', ...turns)).toBe('orders'));
  it.each(['can the Berlin store hold a jacket for me until Saturday?', 'does the Portland store have the Pace 5 in stock?', 'will the Berlin store take back orders for the Lumen 900R when it is restocked?'])(
    '%j stays with pre-sales',
    (m) => expect(team('sales', m)).toBe('sales'),
  );
});

describe('a discontinued model asked about, described a turn later, goes to pre-sales', () => {
  it.each([
    ['is the Lumen 600 still sold anywhere? mine finally died after 6 years', 'the older one, before the 900R came out. blue body, 600 lumens'],
    ['what replaced the Lumen 300?', 'it was blue'],
  ])('%j', (...turns) => expect(team('billing', ...turns)).toBe('sales'));
  it.each([
    ['is my Pace 4 still under warranty? the button broke', 'bought it 18 months ago'],
    ['my old Pace 4 stopped charging', 'it is 3 years old'],
  ])('%j keeps its team', (...turns) => expect(team('technical', ...turns)).toBe(turns[0]!.includes('warranty') ? 'orders' : 'technical'));
});

describe('a group kitted out goes to pre-sales', () => {
  it.each([
    "We're a small mountain guiding company based in Chamonix and we'd like to kit out our guides with 12 Pace 5 watches this spring.",
    'looking to outfit our team with 10 trailsense watches',
  ])('%j', (m) => expect(team('technical', m)).toBe('sales'));
  it.each(["our 12 guides' Pace 5 watches all show E20 since the update", 'our 10 team watches will not sync with the app'])('%j stays with the troubleshooters', (m) =>
    expect(team('technical', m)).toBe('technical'),
  );
});
