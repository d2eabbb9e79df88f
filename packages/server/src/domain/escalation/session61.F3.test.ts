/**
 * Session 61 (helper F3): frustration's timing and the refund rule. A flat chase ("filed the form 6 days ago, no reply")
 * is not yet clear emotion; "stop telling me about…" turns the bot's answer down; "love being ignored" is sarcasm; a
 * chargeback threatened over a damaged item's claim stays the money team's (taken back); the price and the same money told as
 * already back are one amount, not two. With look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { frustrationModel } from '../../site/botModels.js';
import { detectFrustration } from './frustration.js';
import { detectLearnedFrustration } from './learnedFrustration.js';
import { calmChase } from './calmChase.js';
import { refundAmount } from './refundAmount.js';
import { dutyOf } from './highStakesDuty.js';
import { alternatingTurns } from './testContext.js';

const afterAnswer = (...turns: string[]) => detectFrustration(alternatingTurns(...turns))?.trigger ?? null;
const learned = (...turns: string[]) => detectLearnedFrustration({ ...alternatingTurns(...turns), frustration: frustrationModel })?.trigger ?? null;

describe('a step already taken and nothing heard since, told flatly, is a chase, not yet anger', () => {
  it.each([
    'I sent the damage form 3 days ago. No response. The page says 48 hours.',
    'we submitted the claim last week and got an automatic email and nothing else',
    'I emailed the photos on tuesday. no reply so far',
    'I already filled in the return form yesterday. Have not heard anything.',
  ])('%j', (m) => {
    expect(calmChase(m)).toBe(true);
    expect(learned('my tent arrived with a torn pole, NW-100200', m)).toBeNull();
  });
  it.each([
    // Heat beside the chase keeps the anger reading.
    'I sent the damage form 3 days ago. STILL no response.',
    'I filed the form 6 days ago and no reply!! ridiculous',
    'I emailed the photos on tuesday. no reply. love being ignored',
    // A question or a step not yet taken is no chase.
    'I sent the damage form 3 days ago, is there no reply yet?',
    'should I send the damage form? no reply from the courier either',
    // Nothing said about the silence.
    'I filed the damage form 6 days ago and got a label.',
  ])('%j keeps its reading', (m) => expect(calmChase(m)).toBe(false));
});

describe('"stop telling me about…" turns the answer down', () => {
  it.each([
    ['why was I charged twice for NW-100200?', 'I paid ONCE. stop telling me about authorisation holds'],
    ['where is my parcel NW-100200?', 'it is not lost. stop telling me to wait 5 days'],
    ['my headlamp flickers', 'quit telling me that it is the battery, I replaced it'],
    ['the refund for NW-100200 is missing', 'please stop telling me it takes 10 days, it has been 20'],
  ])('%j → %j', (q, m) => expect(afterAnswer(q, m)).toBe('frustration'));
  it.each([
    // The newsletter, a device, or the word in passing.
    ['how do I unsubscribe?', 'please stop telling me about offers by email, how do I opt out'],
    ['my watch keeps beeping', 'how do I make the watch stop telling me to calibrate'],
    ['is the ridgeline waterproof?', 'ok thanks. my friend told me about it, she loves hers'],
  ])('%j → %j', (q, m) => expect(afterAnswer(q, m)).toBeNull());
});

describe('"love being ignored" is sarcasm after the bot had its chance', () => {
  it.each([
    'great. love being ignored.',
    'wonderful, really enjoying being given the runaround',
    'i just love getting ghosted by a shop i paid',
  ])('%j', (m) => expect(afterAnswer('where is my refund for NW-100200?', m)).toBe('frustration'));
  it.each([
    "I'd love being kept in the loop, can you email me when it ships?",
    'my kids love being outside in the tent, thanks for the tips',
    "I don't love being the one to ask, but could you check NW-100200?",
  ])('%j', (m) => expect(afterAnswer('where is my order NW-100200?', m)).toBeNull());
});

describe("a chargeback threatened over a damaged item's claim stays the money team's", () => {
  // F3 read these as the damaged-items team's (fresh330 labels it so); taken back on the development pool, where an older
  // label of the same case ("filled in the damaged item form 5 days ago… opening a paypal dispute") says billing.
  it.each([
    ['my tent arrived soaked. I filed the damage form a week ago.', "I'll dispute the charge with my card company if nobody answers"],
    ['the box arrived crushed and the lamp is broken', 'filing a chargeback tomorrow unless someone replies to my damage claim'],
    ['there is a tear in the flysheet, NW-100200', 'I will open a PayPal dispute if this is not sorted'],
  ])('%j → %j', (before, m) => expect(dutyOf('dispute', true, m, `${before} ${m}`)).toBe('chargebacks?|disputes?'));
  it.each([
    // The money itself gone wrong, or the item sent back and its refund awaited.
    ['the box arrived crushed', "you charged me twice, I'm disputing it with my bank"],
    ['I returned the damaged tent two weeks ago', 'no refund yet, I will dispute the charge with my bank'],
    ['where is my parcel NW-100200?', "I'm filing a chargeback, it never arrived"],
  ])('%j → %j', (before, m) => expect(dutyOf('dispute', true, m, `${before} ${m}`)).toBe('chargebacks?|disputes?'));
});

describe('the price and the same money told as already back are one amount', () => {
  it.each([
    ['I returned one jacket from my order, it was €189 and I got €189 back. is the postage refunded too?', 189],
    ["the boots cost $150 and I've been refunded $150. what about return shipping?", 150],
    ['sent back the tent, it was €199 and we received €199. do I get the delivery fee back?', 199],
  ])('%j', (m, total) => expect(refundAmount(m).total).toBe(total));
  it.each([
    // Two items at the same price, or the money asked for again.
    ['I sent back the €179 jacket and the €179 boots, refund please', 358],
    ['two jackets at €179 each, refund please', 358],
    ['returned a jacket (€179) and I got €179 back, but the €179 tent went back too and nothing yet', 358],
  ])('%j', (m, total) => expect(refundAmount(m).total).toBe(total));
});

describe('the new patterns stay fast on a hostile string', () => {
  it('returns', () => {
    const hostile = 'a '.repeat(2000);
    calmChase(hostile);
    refundAmount(`€5 ${'i got '.repeat(600)}€5 back`);
    dutyOf('dispute', true, hostile, hostile);
    detectFrustration(alternatingTurns('q', `stop telling me ${hostile}`));
    detectFrustration(alternatingTurns('q', `love being ${hostile}`));
  });
});
