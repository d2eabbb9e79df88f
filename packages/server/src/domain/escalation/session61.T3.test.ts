/**
 * Session 61 (helper T3): hand-offs sent to the wrong team: a feature asked in Spanish or German before buying; a delivery
 * option's price or absence; a PayPal dispute threatened over a wrong item; money kept for a return the shop says never
 * came; the shop's range asked; the loyalty programme and a points balance; money taken for a cancelled order; battery life
 * asked for a planned event. With the look-alikes that keep their team.
 */
import { describe, expect, it } from 'vitest';
import { correctTeam } from './teamCorrections.js';
import { asksDeliveryTime } from './deliveryTime.js';
import { asksBeforeBuying } from './preSales.js';
import { detectHighStakes } from './highStakes.js';
import { dutyOf } from './highStakesDuty.js';
import { fiveTeamsSite } from './testContext.js';

/** The evaluation site's billing team owns Trailpoints balances too. */
const site = {
  ...fiveTeamsSite,
  skills: fiveTeamsSite.skills.map((s) => (s.id === 'billing' ? { ...s, description: `${s.description} Trailpoints balances.` } : s)),
};
/** The team after the corrections, for a chat the classifier put with `from`; the last turn is the current message. */
const team = (from: string, ...turns: string[]) => correctTeam(site, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });

describe('a feature asked in Spanish or German before buying is pre-sales', () => {
  it.each([
    'Buenas, ¿el reloj Trailsense tiene mapas offline para la montaña?',
    '¿La Trailsense lleva brújula y altímetro?',
    '¿El Pace 5 incluye GPS?',
    'Hat die Trailsense Offline-Karten für die Berge?',
    'Haben die Uhren einen Kompass?',
  ])('%j', (m) => {
    expect(asksBeforeBuying(m)).toBe(true);
    expect(team('technical', m)).toBe('sales');
  });

  it.each([
    '¿Mi reloj Trailsense tiene mapas offline? No los encuentro.',
    'Tengo el Pace 5 y no funciona el GPS.',
    'Meine Uhr hat GPS, aber es funktioniert nicht.',
    '¿Tiene mi pedido número de seguimiento?',
  ])('not: %j', (m) => {
    expect(team('technical', m)).toBe('technical');
  });
});

describe("a delivery option's price or absence is the shipping team's", () => {
  it.each([
    ['how much is express to alaska', 'wdym express isnt available?? every other shop does it. ridiculous'],
    ['how much is express shipping to Canada?'],
    ['so next day delivery is not available to Hawaii? seriously'],
    ['Was kostet der Expressversand nach Österreich?'],
    ['¿Cuánto cuesta el envío urgente a Canarias?'],
  ])('%j', (...turns) => {
    expect(asksDeliveryTime(turns.at(-1)!)).toBe(true);
    expect(team('sales', ...turns)).toBe('orders');
  });

  it.each([
    ['how much is the Pace 5?', 'sales'],
    ['is the Pace 5 available in pink?', 'sales'],
    ['express checkout with PayPal is not working', 'billing'],
    ['how much is the express return label for NW-123456?', 'orders'],
    ['my refund for the express shipping is not available in my account', 'billing'],
  ])('not: %j', (m, from) => {
    expect(asksDeliveryTime(m)).toBe(false);
    expect(team(from, m)).toBe(from);
  });
});

describe('a dispute threatened over a wrong or damaged item is the orders team\'s', () => {
  it.each([
    'Me llegó un reloj Trailsense en vez del Pace 5 que pedí. Si no me lo solucionáis abro una reclamación en PayPal.',
    'You sent me the wrong size jacket, order NW-123456. Fix it this week or I open a PayPal dispute.',
    'I got a Trailsense instead of the Pace 5. If this is not sorted I will dispute it with my bank.',
    'Ich habe eine Trailsense statt der Pace 5 bekommen. Sonst eröffne ich einen PayPal-Fall.',
  ])('%j', (m) => {
    expect(detectHighStakes(m, 1)?.kind).toBe('dispute');
    expect(dutyOf('dispute', false, m)).toBe('wrong items?');
  });

  it.each([
    'You charged me twice for NW-123456, I will file a chargeback with my bank.',
    'I got the wrong item and still no refund, I will dispute the charge with PayPal.',
    'My bank has reversed the €89 payment.',
    'I was charged for the wrong item, disputing it with my card company.',
  ])('not: %j', (m) => {
    expect(dutyOf('dispute', false, m)).toBe('chargebacks?|disputes?');
  });
});

describe('money kept for a return the shop says never came is the refunds team\'s', () => {
  it.each([
    "you kept my €45 for a return you claim never arrived, I have the DHL receipt. I'm reporting you to consumer protection.",
    'You say my return was not received but I have proof of postage. Refund me or I go to a lawyer.',
    'You are keeping my $120 because the return never arrived at your warehouse? I have the UPS receipt. See you in court.',
  ])('%j', (m) => {
    expect(detectHighStakes(m, 1)?.kind).toBe('legal');
    expect(dutyOf('legal', false, m)).toBe('refunds?');
  });

  it.each([
    ['My order NW-123456 never arrived. Refund it or I report you to consumer protection.', 'shipping'],
    ['The parcel with my tent never came, I will take legal action.', 'shipping'],
    ['My warranty claim was rejected, my lawyer will be in touch.', 'warranty'],
  ])('not: %j', (m, duty) => {
    expect(dutyOf('legal', false, m)).toBe(duty);
  });
});

describe("the shop's range asked is pre-sales", () => {
  it.each([
    ['can you recommend a good sleeping bag to go with the tent?', 'do you have ANY sleeping bags? even just one rated for cold nights?'],
    ['Is there any way to get the Pace 5 in pink?', 'Not even a limited edition or a special order?'],
    ['do you sell any trekking poles?'],
    ['could you suggest a warm jacket for winter hikes?'],
    ['¿Vendéis algunos sacos de dormir para invierno?'],
  ])('%j', (...turns) => {
    expect(team('technical', ...turns)).toBe('sales');
  });

  it.each([
    ['do you have any idea why my watch keeps restarting?', 'technical'],
    ['do you have any updates on my order NW-123456?', 'orders'],
    ['can you recommend a fix for the app crashing?', 'technical'],
    ['my limited edition watch arrived broken', 'orders'],
    ['do you have any sleeping bags? mine arrived torn and I want to return it', 'orders'],
  ])('not: %j', (m, from) => {
    expect(team(from, m)).toBe(from);
  });
});

describe("the loyalty programme and a points balance are the money team's", () => {
  it.each([
    'Hola, ¿tenéis algún programa de puntos? Compro bastante en vuestra tienda.',
    'do you have a loyalty program?',
    'Gibt es bei euch ein Punkteprogramm?',
    'how do I reach the Summit tier of Trailpoints?',
  ])('%j', (m) => {
    expect(team('sales', m)).toBe('billing');
  });

  it.each([
    ['Guten Tag, ich möchte meine Trailpoints sehen, aber die Seite lädt nicht.', 'technical'],
    ['I want to check my points but the page is blank', 'technical'],
    ['quiero ver mis puntos pero la web da error', 'technical'],
  ])('%j', (m, from) => {
    expect(team(from, m)).toBe('billing');
  });

  it.each([
    ['do you have a club discount programme for our running team?', 'sales'],
    ['how many lumens does the Lumen 900R have?', 'sales'],
    ['my watch does not show my points in the app', 'technical'],
    ['the app crashes when I open my trailpoints', 'technical'],
  ])('not: %j', (m, from) => {
    expect(team(from, m)).toBe(from);
  });
});

describe("money taken for a cancelled order is the payments team's", () => {
  it.each([
    'Me habéis cobrado 89,90 € por un pedido que cancelé a los 20 minutos, el NW-812265.',
    'I cancelled order NW-123456 an hour after placing it and you still charged my card €60.',
    'Ich habe NW-123456 storniert, aber es wurden trotzdem 45 € abgebucht.',
    'you billed me for an order I cancelled yesterday',
  ])('%j', (m) => {
    expect(team('orders', m)).toBe('billing');
  });

  it.each([
    'I cancelled order NW-123456 but it shipped anyway, can I refuse the parcel?',
    'can I cancel my order NW-123456? I have not been charged yet',
    'I want to cancel NW-123456, I was charged shipping twice... no wait, just cancel it',
    'my cancelled order arrived today, how do I return it?',
  ])('not: %j', (m) => {
    expect(team('orders', m)).toBe('orders');
  });
});

describe('battery life asked for a planned event is pre-sales', () => {
  it.each([
    '¿cuánto dura la batería del Pace 5 con GPS? voy a correr un ultra de 50 km',
    "how long does the Trailsense battery last in GPS mode? I'm going to run a 100 km ultra",
    'Wie lange hält der Akku der Pace 5 mit GPS? Ich laufe nächsten Monat einen Ultra.',
    'battery life of the Pace 5 with GPS on, for a multi-day trek?',
  ])('%j', (m) => {
    expect(team('technical', m)).toBe('sales');
  });

  it.each([
    'how long does the pace 5 battery last with gps on?',
    'my Pace 5 battery only lasts 5 hours now, I am going to run an ultra next week',
    'mi reloj ya no dura nada la batería, voy a correr un maratón',
    'the battery drains since the update, and I am planning to run a marathon',
  ])('not: %j', (m) => {
    expect(team('technical', m)).toBe('technical');
  });
});

describe('the new patterns stay fast on hostile input', () => {
  it('returns on a 4,000-character string', () => {
    for (const s of ['a '.repeat(2000), 'do you have any '.repeat(250), 'charged '.repeat(500), 'return '.repeat(570)]) {
      expect(typeof team('technical', s)).toBe('string');
      expect(typeof team('orders', s)).toBe('string');
      expect(typeof team('sales', s)).toBe('string');
      expect(typeof asksDeliveryTime(s)).toBe('boolean');
      expect(typeof dutyOf('dispute', false, s)).toBe('string');
      expect(typeof dutyOf('legal', false, s)).not.toBe('number');
    }
  });
});
