/**
 * Session 58, blind batch fresh290-292: a takeover told over two messages or by money on the card that "wasn't me", an
 * eye hurt when a pole snapped, a device that "charges back up", a fear asked ("is it going to explode??"), anger at a
 * run-around said as leaving for a named shop or as distrust, a bad weekend that is no insult, a colleague asked to
 * check, and a reassurance taken ("ok so that's normal").
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { scoreFrustration } from './frustration.js';
import { findExplicitRequest } from './explicitRequest.js';
import { chat, repeatedFailureOf } from './testContext.js';

const kind = (m: string, previous = '') => findHighStakes(m, previous)?.kind ?? null;
const frustrated = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear', 'Some reply from the help articles.').score >= 1;
const asks = (m: string) => findExplicitRequest(m, 'Northwind Gear') !== null;

describe('high stakes: a takeover told in two messages, money on the card disowned', () => {
  const notice = 'got an email saying my northwind password was changed an hour ago';
  it('"i didn\'t do that" after a notice of a changed password is a takeover', () =>
    expect(kind("i didn't do that. and now i can't log in, it says wrong password", notice)).toBe('security'));
  it.each(["i didn't do that though, the app did it", "i didn't do that, maybe autofill did"])('%j is put down to something harmless', (m) =>
    expect(kind(m, notice)).toBeNull());
  it('"i didn\'t do that" after the customer\'s own change is not', () => expect(kind("i didn't do that", 'i changed my password yesterday')).toBeNull());
  it.each([
    "i haven't ordered from you in months, and there's $412.60 from northwind gear on my amex. not me",
    "there's a charge from northwind on my card that wasn't me",
    "€89 on my visa from you and it wasn't me",
  ])('%j is a takeover', (m) => expect(kind(m)).toBe('security'));
  it.each([
    "there's €89 on my visa from your shop, that was me, I just forgot the order",
    'I see €89 on my card for the order, is that the deposit? not me who placed it, my wife did',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
});

describe('high stakes: an eye hurt by a snapped pole; a fear asked; recharging is no chargeback', () => {
  it.each([
    "A pole on my Summit Pro 2 snapped while I was tensioning it and the end caught my eye. Had it checked, the doctor says the scratch on the cornea will heal fine.",
    'a pole snapped and scratched my cornea',
    'the buckle snapped and the lamp hit my face',
  ])('%j is an injury', (m) => expect(kind(m)).toBe('injury'));
  it.each([
    'a tent pole caught my eye in the shop window, is it in stock?',
    'my eye doctor says I have a scratch on my cornea from my contacts, anyway do you ship to Spain?',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
  it('"is it going to explode in my hands??" about a warm power bank is a fear, not an incident', () =>
    expect(kind('help!!! my voltpack is WARM. like noticeably warm. is it going to explode in my hands??')).toBeNull());
  it.each(['my voltpack is swelling, is it going to explode?', 'the voltpack is smoking! is it about to catch fire??'])('%j with a sign told still is', (m) =>
    expect(kind(m)).toBe('safety'));
  it.each(['and how long to charge it back up?', 'how long does it take to charge back up to full?', 'how long does the pace 5 take to charge back to 100%?'])(
    '%j is recharging',
    (m) => expect(kind(m)).toBeNull(),
  );
  it("\"I'll charge it back with my bank\" still is a dispute", () =>
    expect(kind("I was charged twice for NW-123456, I'll charge it back with my bank if you don't fix it")).toBe('dispute'));
});

describe('frustration: leaving for a named shop, distrust, a fear is no rage, a bad weekend is no insult', () => {
  it.each([
    "so the bank blames you and you blame the bank. fantastic. i'll just go buy the tent at decathlon then",
    "i'll get one from rei then",
    'german tax law. right. convenient excuse to hoard my data. this is exactly why nobody trusts companies like yours',
    'this is why people dont trust companies like yours',
    'I am about to explode with rage, 3 weeks!!',
    'worst weekend of my life thanks to your useless tent',
  ])('%j is frustration', (m) => expect(frustrated(m)).toBe(true));
  it.each([
    "ok i'll buy the tent at the berlin store then",
    "I'll buy it from the outlet then, thanks",
    "that's why people trust brands like yours, great service",
    'this is why nobody trusts online reviews',
    'is it going to explode in my hands??',
    'my tent smells absolutely disgusting after the festival. packed it soaking wet on sunday in the pouring rain, worst weekend of my life honestly. is it ruined??',
  ])('%j is not', (m) => expect(frustrated(m)).toBe(false));
});

describe('explicit request: a colleague asked to check', () => {
  it.each([
    "Could a colleague of yours check why NW-418852 is still showing 'processing' after four days?",
    'can someone check why my refund hasn\'t arrived?',
    'is there a colleague who can help with a business order?',
  ])('%j asks for a person', (m) => expect(asks(m)).toBe(true));
  it.each([
    "my colleague ordered the same tent, can you check if it's in stock?",
    'your colleague at the store told me to ask the chat',
    'I asked a colleague of yours in the store yesterday, she said 30 days',
  ])('%j does not', (m) => expect(asks(m)).toBe(false));
});

describe('repeated failure: a reassurance taken', () => {
  const run = (last: string) =>
    repeatedFailureOf(chat(['c', 'help!!! my voltpack is WARM. is it going to explode in my hands??'], ['b', 'Not sure this answers it: it is normal for a power bank to feel slightly warm while charging.', { kind: 'unknown' }], ['c', last]));
  it('"ok so that\'s normal" takes the answer', () =>
    expect(run("not hot, just warm while it's charging my phone, on the desk. ok so that's normal. heart rate returning to normal")).toBeNull());
  it('"so that\'s normal? still nothing" presses', () => expect(run("it's been warm for hours, so that's normal? still hot")?.trigger).toBe('repeated_failure'));
  it('"ok so that\'s normal, but…" does not take it', () => expect(run("ok so that's normal. but it's warm even when unplugged, what now")?.trigger).toBe('repeated_failure'));
});

describe('second batch: a hiss told in Spanish, a sign-in from a country never visited, a reversal under way', () => {
  it('"empezó a hacer un silbido" while charging is a safety incident', () =>
    expect(kind('¡ayuda! el Lumen 900R estaba cargando y empezó a hacer un silbido y a oler raro. lo he desenchufado')).toBe('safety'));
  it('the wind whistling in the tent is not', () => expect(kind('el viento silbaba toda la noche en la tienda de campaña')).toBeNull());
  it.each(["I got a 'new sign-in from Vilnius' email from you at 3am. I've never been to Lithuania in my life.", "a sign-in from Madrid, I've never been to Spain."])(
    '%j is a takeover',
    (m) => expect(kind(m)).toBe('security'),
  );
  it('a store never visited is not', () => expect(kind("there was a sign-in from Berlin, I've never been to the Berlin store but I was there last week on holiday")).toBeNull());
  it('"my bank is already reversing the €89" is a dispute', () =>
    expect(kind('just so you know, my bank is already reversing the €89 for NW-266019 since the headlamp never came.')).toBe('dispute'));
});

describe('second batch: frustration at the bot, leaving for good, mock comfort, HELLO??', () => {
  it.each([
    'I PAID FOR EXPRESS FOR A REASON. NW-551930 STILL NOT SHIPPED AFTER 2 DAYS AND YOUR CHAT JUST KEEPS GIVING ME LINKS',
    "fine. honestly i'll just get the trailsense from someone else and never bother with you lot again",
    "it's been 9 days. NINE. and you keep telling me 3-7. fantastic, really reassuring",
  ])('%j is frustration', (m) => expect(frustrated(m)).toBe(true));
  it.each(['great, really helpful, thanks!', 'Hello? Is the Berlin store open today?', 'hello??'])('%j is not', (m) => expect(frustrated(m)).toBe(false));
  it('"the chat keeps giving me the same answer, thanks though, i found it" is not dismissive', () =>
    expect(scoreFrustration('the chat keeps giving me the same answer, thanks though, i found it', [], true, 'Northwind Gear').labels).not.toContain('dismissive'));
});
