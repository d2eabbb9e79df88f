/**
 * Review 1 of session 62: look-alikes the first batch's new readings took, each narrowed. A lone "unreal" with a
 * delighted emoji; a caps-lock typist who greets or asks for help "EVERY SINGLE TIME"; a product part "just decoration",
 * or an estimate waved off; a German "zweite Mal, dass ich schreibe, weil…"; a power bank's box, a smell denied or read
 * about; the day a return must be back, a gift card's day, the warranty's start; a model of one's own, sent, or faulty
 * since a version came out; a return with no money owed. With the true readings kept.
 */
import { describe, expect, it } from 'vitest';
import { detectFrustration, scoreFrustration } from './frustration.js';
import { LONE_EXASPERATION } from './frustrationOpener.js';
import { findHighStakes } from './highStakes.js';
import { chasesRefundMoney } from './refundMoney.js';
import { alternatingTurns, northwindNames } from './testContext.js';
import { normalise } from '../bot/text.js';
import { asksDeliveryPromise } from '../bot/deliveryPromise.js';
import { asksUpcomingProduct } from '../bot/unsettledOffers.js';

const afterAnswer = (...turns: string[]) => detectFrustration(alternatingTurns(...turns))?.trigger ?? null;
const opener = (m: string) => detectFrustration(alternatingTurns(m))?.trigger ?? null;
const kind = (m: string) => findHighStakes(m, '', '', northwindNames)?.kind ?? null;
const promise = (m: string) => asksDeliveryPromise(normalise(m), 'Northwind Gear');

describe('a lone word of surprise with a delighted emoji is no exasperation', () => {
  it.each(['unreal 😍', 'unbelievable 😂', 'come on 🙌'])('%j', (m) => expect(afterAnswer('is the student discount 10%?', m)).toBeNull());
  it.each(['unbelievable', 'come on!', 'give me a break 🙄'])('still: %j', (m) => expect(afterAnswer('why is my card declined?', m)).toBe('frustration'));
});

describe('a caps-lock typist who greets or asks for help is not shouting "every single time"', () => {
  it.each([
    'HI, MY WATCH SHOWS E20 EVERY SINGLE TIME I UPDATE. WHAT SHOULD I DO?',
    'HELLO. MY CARD GETS PAY-101 EVERY SINGLE TIME I TRY TO PAY. CAN YOU HELP PLEASE',
    'I USE MY LUMEN 400 EVERY SINGLE TIME I GO CAVING, HOW DO I CLEAN IT',
    'GOOD MORNING, MY ORDER WAS LATE YET AGAIN, IS THERE A DISCOUNT CODE?',
    'HI I AM 78 AND TYPE IN CAPS. MY PAYMENT FAILED YET AGAIN, WHAT CAN I DO',
  ])('%j', (m) => expect(opener(m)).toBeNull());
  it.each(['WHY IS MY CARD DECLINED AGAIN. PAY-101 EVERY SINGLE TIME. THERE IS MONEY ON IT', 'DECLINED YET AGAIN. THIRD CARD I TRY'])('still: %j', (m) =>
    expect(opener(m)).toBe('frustration'));
});

describe('a product part called decoration, or an estimate waved off, is no sarcasm', () => {
  it.each([
    'so the chest pocket thing is just decoration. no problem',
    'so the logo bit is just decoration, ok cool',
    'the 48 hours is more of a guideline, fine by me',
    'no worries, the 2 day estimate was more like a suggestion but it came in 3, all good',
  ])('%j', (m) => expect(afterAnswer('how long does shipping take?', m)).toBeNull());
  it.each(["so the '1 business day' thing is just decoration. cool.", "so the 'ships within 24h' bit is just window dressing, noted"])('still: %j', (m) =>
    expect(afterAnswer('price match request', m)).toBe('frustration'));
});

describe('"zweite Mal, dass ich schreibe" with a reason of their own is no chase', () => {
  it.each([
    'Das ist das zweite Mal, dass ich schreibe, weil ich noch eine Frage habe: gibt es Gutscheine?',
    'Es ist das dritte Mal, dass ich schreibe, weil mir eure Jacken so gefallen. Gibt es die in XL?',
  ])('%j', (m) => {
    expect(scoreFrustration(m).labels).not.toContain('chasing');
    expect(opener(m)).toBeNull();
  });
  it('still: a hostile chase', () => expect(opener('Euer Chat ist nutzlos, vierte Mal, dass ich nachfrage: wann kommt NW-100200?')).toBe('frustration'));
});

describe('a chemical smell of the box, denied, or read about is no incident', () => {
  it.each([
    'the voltpack box smells like chemicals, is that just the packaging?',
    'the voltpack is great, no chemical smell like my old one',
    'my power bank doesnt smell like chemicals at all, unlike my old one',
    'I read that a battery that smells of chemicals is dangerous, true?',
  ])('%j', (m) => expect(kind(m)).toBeNull());
  it.each(['my power bank smells of chemicals while charging', 'my watch charger smells like nail polish remover when I plug it in'])('still: %j', (m) =>
    expect(kind(m)).toBe('safety'));
});

describe('the day a return is due, a gift card comes, or the warranty starts is no delivery promise', () => {
  it.each([
    'what day does my return need to arrive by? order NW-123456',
    'I ordered NW-123456, which day should the return arrive at your warehouse to be within 30 days?',
    'which day will my gift card code arrive? I ordered it yesterday',
    'exactly which date does the 2-year warranty start, the day it arrives?',
  ])('%j', (m) => expect(promise(m)).toBe(false));
  it.each(['What day will my order arrive? I ordered on Monday.', 'Can you tell me exactly what day order NW-128890 will arrive?'])('still: %j', (m) =>
    expect(promise(m)).toBe(true));
});

describe('a model of their own, one being sent, or a fault since a version came out is no launch asked', () => {
  it.each([
    'when is my new model coming? ordered NW-123456',
    'is the replacement model being sent soon?',
    'will my warranty replacement model arrive soon?',
    'since the updated version of the app was released my watch wont sync, why?',
    'after the new version launched my routes are gone?',
    'is the newer model coming with a charger?',
  ])('%j', (m) => expect(asksUpcomingProduct(normalise(m))).toBe(false));
  it.each(['Any successor to the Lumen 900R planned?', 'Is a new version of the Pace 5 coming out this year?'])('still: %j', (m) =>
    expect(asksUpcomingProduct(normalise(m))).toBe(true));
});

describe('a return with no money owed or taken is no refund chased', () => {
  it.each([
    'I returned it and no money was taken for the return label, right?',
    'returned the jacket but no credit card needed for the exchange?',
    'I returned the tent, and no money is owed by me for shipping?',
  ])('%j', (m) => expect(chasesRefundMoney(m)).toBe(false));
  it('still: no sign of the refund', () => expect(chasesRefundMoney("I sent the boots back two weeks ago and there's been no sign of the refund.")).toBe(true));
});

describe('hostile input of 4,000 characters returns', () => {
  const hostile = ['a '.repeat(2000), '1'.repeat(4000), '?'.repeat(4000), 'HI '.repeat(1333), 'so the 1 day '.repeat(307), 'zweite mal dass ich frage '.repeat(153), 'voltpack no '.repeat(333), 'what day '.repeat(444), 'my new model '.repeat(307), 'returned no money '.repeat(222), '😍'.repeat(2000)];
  it.each(hostile.map((h) => [h.slice(0, 16), h.slice(0, 4000)]))('%j…', (_, h) => {
    expect(typeof LONE_EXASPERATION.test(h)).toBe('boolean');
    expect(typeof scoreFrustration(h).score).toBe('number');
    expect(opener(h) === null || opener(h) === 'frustration').toBe(true);
    expect(findHighStakes(h, '', '', northwindNames) === undefined).toBe(false);
    expect(typeof promise(h)).toBe('boolean');
    expect(typeof asksUpcomingProduct(normalise(h))).toBe('boolean');
    expect(typeof chasesRefundMoney(h)).toBe('boolean');
  });
});
