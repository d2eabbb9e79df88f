/**
 * Review of session 60's first two batches: look-alikes the new patterns read wrongly. A person asked after, told as
 * asked of someone else; an order "never placed" with an object after it; German and Spanish orders someone else put on
 * the account; card details typed into the shop's own checkout in German or Spanish; a promise's range and unit; the
 * same again that did work; the praise opening the message; a watch's colour setting and a battery asked before buying.
 */
import { describe, expect, it } from 'vitest';
import { findExplicitRequest } from './explicitRequest.js';
import { detectHighStakes, findHighStakes } from './highStakes.js';
import { detectFrustration } from './frustration.js';
import { correctTeam } from './teamCorrections.js';
import { alternatingTurns as ctx, fiveTeamsSite, northwindNames } from './testContext.js';

const asks = (m: string) => findExplicitRequest(m, 'Northwind Gear') !== null;
const kind = (m: string) => findHighStakes(m, '', '', northwindNames)?.kind ?? null;
const frustrated = (...turns: string[]) => detectFrustration(ctx(...turns))?.trigger ?? null;
const team = (from: string, m: string) => correctTeam(fiveTeamsSite, from, { topical: m, conversation: m, current: m });

describe('a person asked after, told as asked of someone else', () => {
  it.each([
    'I asked in the Berlin store "is there a manager available?" and they said no. What are the Saturday hours?',
    "I asked the lady at the till 'is there a manager available?' but she just shrugged",
    'we asked them: is there someone available? and they said come back tomorrow',
  ])('%j is no request', (m) => expect(asks(m)).toBe(false));
  it.each([
    'Is there a manager available?',
    'I asked you before, is there a manager available?',
    'ok. is there someone available right now?',
  ])('%j still asks', (m) => expect(asks(m)).toBe(true));
});

describe('orders on the account never placed: not one with an object after it', () => {
  it.each([
    'orders in my order history which we never made a review for, where do reviews go?',
    'there are orders on our account that we never placed a return for, can we still?',
    'two orders in our order history which we never made any returns for, do they count for points?',
  ])('%j is not security', (m) => expect(kind(m)).toBeNull());
  it('the disowned order still is', () => expect(kind('There are two orders on my account that I never placed, NW-445566 and NW-445567')).toBe('security'));
});

describe('an order someone else put on the account, in German and Spanish', () => {
  it.each([
    'Jemand hat auf meinem Konto zwei Uhren bestellt, das war ich nicht! NW-391747',
    'Jemand hat über mein Kundenkonto eine Bestellung aufgegeben, NW-391750',
    'Alguien hizo un pedido con mi cuenta que yo no hice, NW-391748',
    'Hay pedidos en mi cuenta que yo no hice',
  ])('%j is security, the fraud team\'s', (m) => {
    expect(kind(m)).toBe('security');
    expect(detectHighStakes(m, 1)?.skillDuty).toBe('fraud\\w*');
  });
  it.each([
    '¿Puede alguien hacer un pedido con mi cuenta si estoy de viaje?',
    'Wenn jemand auf meinem Konto bestellt, bekomme ich dann eine E-Mail?',
    'Mi marido hizo un pedido con mi cuenta, ¿puedo cambiar la dirección?',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
});

describe('card details typed into the shop\'s own checkout, in German or Spanish', () => {
  it.each([
    'Ich habe die Kartendaten im Checkout eingegeben und die E-Mail bestätigt den Kauf. Wann kommt das Paket?',
    'Ich habe meine Kartendaten eingegeben, dann kam eine Nachricht von der Bank zur Bestätigung. Ist das normal?',
    'Ich habe meine Kartendaten an der Kasse eingegeben und eine Bestellbestätigung per E-Mail bekommen.',
  ])('%j is not security', (m) => expect(kind(m)).toBeNull());
  it.each([
    'Metí los datos de mi tarjeta en el enlace del SMS',
    'Ich habe auf den Link in der SMS geklickt und meine Kartendaten zur Bestätigung eingegeben',
    'Ich habe meine Kartendaten eingegeben, die Nachricht war wohl Betrug',
  ])('%j still is', (m) => expect(kind(m)).toBe('security'));
});

describe('a promised number of days passed: its range and its unit', () => {
  it.each([
    ['where is my parcel', "you said 3 to 5 days, it's now 4 days!! can't wait"],
    ['where is my parcel', 'you said 2 weeks and it has been 3 days. no worries!!'],
    ['where is my parcel', 'your email said 1-2 weeks, been 9 days now!! just checking'],
  ])('%j → %j is none', (...t) => expect(frustrated(...t)).toBeNull());
  it.each([
    ['where is my parcel', 'you said 5 days and it has been 9 days!!'],
    ['where is my parcel', 'you said 3 to 5 days. its been 8 days now!! WHERE IS IT'],
    ['where is my parcel', 'you said 1 week, been 10 days now!! ridiculous'],
  ])('%j → %j still is', (...t) => expect(frustrated(...t)).toBe('frustration'));
});

describe('praise, then the same again, which did work', () => {
  it.each([
    ['how do I reset my watch', 'Perfect. Again a link, this one worked!'],
    ['how do I pair the Trailsense', 'Brilliant. Again a link, and that one did the trick'],
    ['wie setze ich die Uhr zurück', 'Super! Wieder ein Link, und jetzt funktioniert es'],
  ])('%j → %j is none', (...t) => expect(frustrated(...t)).toBeNull());
  it('the let-down again still is', () => expect(frustrated('wie lange dauert die Rückerstattung', 'FANTASTISCH. Wieder nur ein Link.')).toBe('frustration'));
});

describe('praise underlined, opening the message', () => {
  it.each([
    ['my Lumen 900R dies after 20 minutes', 'Outstanding support. Truly. My Lumen 900R still dies after 20 minutes even after your fix.'],
    ['my tent leaks', 'Excellent service. Really. The seam still leaks after the sealer you told me to use.'],
    ['my watch will not sync', 'Great help. Honestly. It still failed to sync after the reset.'],
  ])('%j → %j is sarcasm', (...t) => expect(frustrated(...t)).toBe('frustration'));
  it('not when it was put right', () => expect(frustrated('my tent leaks', 'Excellent service. Truly. The replacement arrived and it no longer leaks, thank you!')).toBeNull());
});

describe('team: a watch\'s colour setting and a battery asked before buying keep their team', () => {
  it.each([
    ['technical', 'can I change the watch to show different colours?'],
    ['technical', 'how do I set other colours for the display on the Pace 5?'],
    ['technical', 'is there a way to switch to different colours on the watch face?'],
  ])('%s: %j', (from, m) => expect(team(from, m)).toBe(from));
  it.each([
    ['sales', 'does the battery only last 2 days on GPS mode? asking before buying'],
    ['sales', 'I read the Pace 5 battery only lasts 10 hours with GPS, thinking of buying one'],
    ['sales', 'will its battery only last a day? want to buy one for a long hike'],
  ])('%s: %j', (from, m) => expect(team(from, m)).toBe(from));
  it('a battery of one owned still goes to the troubleshooters', () => expect(team('sales', 'my Pace 5 battery only lasts 2 days now')).toBe('technical'));
  it('another colour asked before buying still goes to pre-sales', () => expect(team('orders', 'is the Stormshell available in a smaller size for women?')).toBe('sales'));
});
