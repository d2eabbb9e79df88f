/**
 * Session 62 (FH): the shop's promise called ornament ("so the '1 business day' thing is just decoration"), a shouted
 * opener about the same failure "EVERY SINGLE TIME", a lone "unbelievable" after an answer, a hostile German or Spanish
 * opener that chases ("Dritte Mal dass ich frage"), "is anyone there in the afternoon?" (support hours, not a person),
 * and a power bank that hisses or smells of chemicals when plugged in. With look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { detectFrustration, scoreFrustration } from './frustration.js';
import { LONE_EXASPERATION } from './frustrationOpener.js';
import { findExplicitRequest } from './explicitRequest.js';
import { findHighStakes } from './highStakes.js';
import { alternatingTurns, northwindNames } from './testContext.js';

const afterAnswer = (...turns: string[]) => detectFrustration(alternatingTurns(...turns))?.trigger ?? null;
const opener = (m: string) => detectFrustration(alternatingTurns(m))?.trigger ?? null;
const kind = (m: string) => findHighStakes(m, '', '', northwindNames)?.kind ?? null;

describe("the shop's promise called ornament is sarcasm", () => {
  it.each([
    "sent the form on monday and nothing since. so the '1 business day' thing is just decoration. cool.",
    'no reply in a week, so your 48 hours promise is purely for show then',
    'still nothing. the 5 working days thing was clearly just decoration.',
    "so the 'ships within 24h' bit is just window dressing, noted",
    'your delivery estimate is more of a suggestion then',
  ])('%j', (m) => expect(afterAnswer('price match request', m)).toBe('frustration'));
  it.each([
    'is the little loop on the strap just decorative?',
    'so the 1 business day thing is just decoration? genuinely asking, no rush',
    'the reflective strip is purely decorative, I like it',
    'the gold zip is just for show but it looks great, thanks',
    'so the 14 days, is that business days or calendar days?',
  ])('not: %j', (m) => expect(afterAnswer('price match request', m)).toBeNull());
});

describe('a shouted opener about the same failure every time is hostile', () => {
  it.each([
    'WHY IS MY CARD DECLINED AGAIN. PAY-101 EVERY SINGLE TIME. THERE IS MONEY ON IT',
    'THE APP LOGS ME OUT EVERY SINGLE TIME I OPEN IT. FIX IT',
    'MY PAYMENT FAILS EACH AND EVERY TIME AT CHECKOUT. SAME CARD WORKS EVERYWHERE ELSE',
    'DECLINED YET AGAIN. THIRD CARD I TRY',
  ])('%j', (m) => expect(opener(m)).toBe('frustration'));
  it.each([
    'my card is declined every single time, what can I do?',
    'HI, DOES THE VOLTPACK COME WITH A CABLE? I AM ORDERING TODAY.',
    'the app logs me out every single time I open it, any idea why?',
    'IT WORKS EVERY SINGLE TIME NOW, THANK YOU SO MUCH',
    // Annoyed but not shouting: the stress on the repeat counts only in capitals (an older label).
    'ok this is driving me nuts. my watch says E20 every single time I try to update. what does it WANT from me',
    'this is driving me crazy, the app crashes every single time I open a route',
  ])('not: %j', (m) => expect(opener(m)).toBeNull());
  it('a calm report of it after an answer is not enough alone', () =>
    expect(afterAnswer('why does the app log me out?', 'it logs me out every single time I open the app')).toBeNull());
});

describe('a lone word of exasperation replying to an answer', () => {
  it.each(['unbelievable', 'Come on.', 'you must be kidding me', 'are you serious', 'Das ist doch nicht zu fassen!'])('%j', (m) =>
    expect(afterAnswer('why is my card declined?', m)).toBe('frustration'));
  it.each([
    'unbelievable, it arrived already! thanks',
    'increíble',
    'come on friday to the store, is that ok?',
    'unbelievable how light the ridgeline is',
  ])('not: %j', (m) => expect(afterAnswer('why is my card declined?', m)).toBeNull());
  it('an opener of one word is not yet aimed at the bot', () => expect(opener('unbelievable')).toBeNull());
});

describe('a hostile German or Spanish opener that chases', () => {
  it.each([
    'Ihr Bot ist nutzlos. Dritte Mal dass ich frage: wo ist Bestellung NW-615578?',
    'Lächerlich. Ich schreibe euch zum dritten Mal wegen NW-100200, wo bleibt das Paket?',
    'Euer Chat ist nutzlos, vierte Mal, dass ich nachfrage: wann kommt NW-100200?',
    'Servicio inútil. Tercera vez que pregunto por el pedido NW-100200, ¿dónde está?',
  ])('%j', (m) => expect(opener(m)).toBe('frustration'));
  it.each([
    'Das ist das dritte Mal, dass ich bei euch bestelle, super Laden!',
    'Zweite Mal dass ich frage: gibt es den Akku auch in Schwarz?',
    'Tercera vez que compro aquí, ¿tenéis envío gratis?',
    'Ich frage zum ersten Mal: wo ist NW-100200?',
  ])('not: %j', (m) => expect(opener(m)).toBeNull());
  it('the chase is counted', () => expect(scoreFrustration('Dritte Mal dass ich frage: wo ist NW-615578?').labels).toContain('chasing'));
});

describe('"is anyone there" with a time asks about support hours', () => {
  it.each([
    "what's the phone number for support if I'm in the US? and is anyone there in the afternoon pacific time?",
    'is anybody there on a Sunday afternoon?',
    'is someone there after 6pm? I finish work late',
    'is anyone there over Christmas?',
    'is anyone there at lunchtime or should I call in the morning?',
  ])('%j', (m) => expect(findExplicitRequest(m, 'Northwind Gear')).toBeNull());
  it.each(['is anyone there?', 'hello?? is anyone actually there at all', 'is anyone there now? I need help with my order'])('still asks: %j', (m) =>
    expect(findExplicitRequest(m, 'Northwind Gear')).not.toBeNull());
});

describe('a power bank that hisses or smells of chemicals when plugged in', () => {
  it.each([
    'My VoltPack 20000 hisses a little when I plug it in and smells like chemicals. Is that normal?',
    'my power bank smells of chemicals while charging',
    'the lumen 900r hisses every time I charge it',
    'my battery pack reeks of chemicals when I connect it, is that ok?',
  ])('%j', (m) => expect(kind(m)).toBe('safety'));
  it.each([
    'does the voltpack hiss when I plug it in?',
    'my new tent smells like chemicals when I unpack it, is that normal?',
    'what should I do if my power bank smells of chemicals?',
    'my new jacket smells of chemicals, can I wash it before wearing?',
  ])('not: %j', (m) => expect(kind(m)).toBeNull());
});

describe('hostile input returns', () => {
  const hostile = ['a '.repeat(2000), '1'.repeat(4000), '!?'.repeat(2000), 'is anyone there '.repeat(250), 'every single time '.repeat(222), 'voltpack smells of '.repeat(210), 'dritte mal dass ich '.repeat(200)];
  it.each(hostile.map((h) => [h.slice(0, 20), h]))('%j…', (_, h) => {
    expect(typeof scoreFrustration(h).score).toBe('number');
    expect(afterAnswer('q', h) === null || afterAnswer('q', h) === 'frustration').toBe(true);
    expect(typeof LONE_EXASPERATION.test(h)).toBe('boolean');
    expect(findExplicitRequest(h, 'Northwind Gear') === undefined).toBe(false);
    expect(findHighStakes(h, '', '', northwindNames) === undefined).toBe(false);
  });
});
